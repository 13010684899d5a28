"""A person met, named in commas after a title that is the object of the meeting verb ("After
meeting the Chief of Defence Forces, General X, Mr Y said ..."), is not the sentence's subject even
when the parser reads the name as one: the country the visitor's clause names is the visitor's,
not the host's officer's."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

LEAD = ("Malawi, Peru sign pact on defence industry\n\n"
        "MALAWI and Peru have signed a memorandum of understanding on defence industrial cooperation in Lilongwe.\n\n"
        "The Minister of Defence of Malawi, Dr Amara Toleni, hosted her Peruvian counterpart, Mr Davor Ruskan, "
        "for talks in Lilongwe yesterday.\n\n")


def test_officer_met_keeps_the_hosts_country(nlp):
    x = extract_text(nlp, LEAD + "After meeting the Chief of Defence Forces, General Osman Baraka, at the defence "
                                 "forces headquarters on Tuesday, Mr Ruskan said Peru was ready to double training slots.")
    assert ("Osman Baraka", "Chief of Defence Forces", "PER") not in holdings(x)
    assert ("Osman Baraka", "Chief of Defence Forces", "MWI") in holdings(x)


def test_officer_speaking_takes_the_country_he_names(nlp):
    x = extract_text(nlp, LEAD + "The Chief of Defence Forces, General Osman Baraka, said in Lima on Tuesday that "
                                 "Peru was ready to double training slots.")
    assert ("Osman Baraka", "Chief of Defence Forces", "MWI") not in holdings(x)
