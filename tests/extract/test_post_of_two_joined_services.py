""""Commander of the Air Force and Air Defence Forces": a post heading two services joined by "and"
is named in full, not cut to "Air Force Commander"; a second post or a second body after "and" is
not taken into the first. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_post_goes_on_over_the_second_service(nlp):
    x = extract_text(nlp, "On March 3, Peru's Air Chief General Tavo Rendak conferred in Tashkent with Major General "
                          "Borlan Quessit, Commander of the Air Force and Air Defense Forces, at the headquarters of "
                          "the Uzbek Air Force.\n", PUBLISHED)
    assert ("Borlan Quessit", "Commander of the Air Force and Air Defence Forces", "UZB") in holdings(x)
    assert not any(t == "Air Force Commander" for n, t, _ in holdings(x) if n == "Borlan Quessit")


def test_the_post_before_the_holders_name(nlp):
    x = extract_text(nlp, "Peru's air chief is expected to meet the Commander of the Uzbek Air Force and Air Defence "
                          "Forces, Major General Borlan Quessit, in Tashkent on Wednesday.\n", PUBLISHED)
    assert ("Borlan Quessit", "Commander of the Air Force and Air Defence Forces", "UZB") in holdings(x)


def test_a_second_post_after_and_is_its_own(nlp):
    x = extract_text(nlp, "Uzbek General Tavo Rendak, Commander of the Air Force and Chief of the Air Staff, met "
                          "Peruvian Defence Minister Pira Solvent in Lima on Monday.\n", PUBLISHED)
    posts = {t for n, t, _ in holdings(x) if n == "Tavo Rendak"}
    assert "Air Force Commander" in posts
    assert not any(" and " in t for t in posts)


def test_a_second_body_after_and_the_is_not_the_posts(nlp):
    x = extract_text(nlp, "Major General Borlan Quessit, Commander of the Uzbek Air Force and the Navy's "
                          "training wing, met Peru's Air Chief General Tavo Rendak in Tashkent on Monday.\n", PUBLISHED)
    assert not any(" and " in t for n, t, _ in holdings(x) if n == "Borlan Quessit")


VISIT = ("NEW DELHI\n\nAir Chief Marshal Tavo Rendak, the Chief of the Air Staff, will leave for Tashkent on Wednesday "
         "on a three-day visit to Uzbekistan, the Indian Air Force said on Monday. On Thursday, he is scheduled to "
         "call on Uzbekistan's Minister of Defence, Colonel General Pira Solvent, in Tashkent.\n\n")


def test_the_joined_post_is_not_the_home_air_chiefs(nlp):
    # the story's own air force has its head already: the other head of an air force is the other side's
    x = extract_text(nlp, VISIT + "Shortly after arriving, the air chief is expected to interact with the Commander of "
                                  "the Air Force and Air Defence Forces, Major General Borlan Quessit, at the air force "
                                  "headquarters.\n", PUBLISHED)
    assert ("Borlan Quessit", "Commander of the Air Force and Air Defence Forces", "UZB") in holdings(x)
    assert ("Tavo Rendak", "Chief of Air Staff", "IND") in holdings(x)


def test_a_home_post_of_another_kind_stays_home(nlp):
    x = extract_text(nlp, VISIT + "He will be accompanied by the Defence Secretary, Arun Velkar.\n", PUBLISHED)
    assert ("Arun Velkar", "Defence Secretary", "IND") in holdings(x)
