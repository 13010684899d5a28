"""The article's home country is one named where its people are, not a third country the article
names only in background sentences about memberships (no person in them), on sentences written
for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

# a government release: the host's posts name no country, the guest's does; the host country is
# named inside a title ("Estonia's Chief of Defence"), so it is no plain candidate either
HOSTED = ("On Tuesday, the Minister of Defence, Kadri Tamm, welcomed her Latvian counterpart, Janis Ozols, for a "
          "working visit to Tallinn. The two ministers were then hosted for a working lunch by Prime Minister Kask "
          "at Stenbock House. In parallel, Estonia's Chief of Defence, General Mart Saar, conferred with his Latvian "
          "counterpart, General Andris Kalnins, at the barracks in Tapa on the training of Estonian troops. "
          "{background}")
BACKGROUND = ("Estonia and Latvia, together with Lithuania, form the Baltic Defence College, and both are members of "
              "NATO. Estonia and Lithuania launched a shared tanker fleet in 2016, and Latvia joined in 2017.")


def test_a_third_country_named_only_in_membership_background_is_no_home(nlp):
    held = holdings(extract_text(nlp, HOSTED.format(background=BACKGROUND)))
    assert ("Kask", "Prime Minister", "EST") in held
    assert not any(country == "LTU" for _, _, country in held)
    assert ("Janis Ozols", "Defence Minister", "LVA") in held


def test_the_third_country_named_beside_a_person_stays_the_home(nlp):
    # Lithuania is where the minister speaks from: named in her own sentence, it is the home
    text = ("On Tuesday, the Minister of Defence, Ruta Petraitiene, welcomed her Latvian counterpart, Janis Ozols, "
            "for a working visit. The two ministers were then hosted for a working lunch by Prime Minister Kask. "
            "Lithuania will host the next meeting of the three ministers in Vilnius, Minister Petraitiene said. "
            "Estonia and Latvia, together with Lithuania, form the Baltic Defence College.")
    held = holdings(extract_text(nlp, text))
    assert ("Kask", "Prime Minister", "LTU") in held
    assert ("Ruta Petraitiene", "Defence Minister", "LTU") in held


def test_a_home_named_only_in_background_is_still_found_from_the_lead(nlp):
    # the one country no title names, named only where no person is: the lead beside a foreign title tells it
    text = ("Defence Minister Aino Virtanen received her Swedish counterpart Erik Lund on Monday. The two ministers "
            "discussed air policing. Finland and Sweden signed a supply agreement in 2023, and Finland will buy two ships.")
    assert ("Aino Virtanen", "Defence Minister", "FIN") in holdings(extract_text(nlp, text))
