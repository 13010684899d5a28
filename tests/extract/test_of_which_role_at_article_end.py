"""An article ending on ", of which B is a (founding)" with no role noun after it (invented text):
the "of which" clause gives no role and the article builds without error."""

from __future__ import annotations

from extract_helpers import extract_text, members_stated


def test_of_which_clause_cut_at_the_article_end(nlp):
    for end in ("a founding", "a", "a dialogue"):
        text = f"Chile joined the Andean Defence Forum, of which Spain is {end}"
        assert members_stated(text, nlp) == {("CHL", "Andean Defence Forum", "member")}, text
        extract_text(nlp, text, header=False)


def test_of_which_dialogue_partner_still_read(nlp):
    text = "Chile joined the Andean Defence Forum, of which Spain is a dialogue partner."
    assert members_stated(text, nlp) == {("CHL", "Andean Defence Forum", "member"),
                                         ("ESP", "Andean Defence Forum", "dialogue partner")}
