"""Posts written at length or given by a counterpart's listing, on sentences written for these
tests: a portfolio before "Undersecretary", a joint command "of the Armed Forces", a minister
delegate serving a principal with a remit, a cabinet rank beside a portfolio, and counterparts
listed as their countries are."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 9, 8)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def test_a_portfolio_before_undersecretary_is_the_post(nlp):
    text = (
        "Philippine Defense Undersecretary Ramon Castillo met Indonesian officers in Manila on Monday. "
        "The Philippines and Indonesia agreed to hold joint patrols."
    )
    assert ("Ramon Castillo", "Under Secretary of Defence", "PHL") in holdings(_extract(nlp, text))


def test_undersecretary_of_a_portfolio_keeps_its_own_form(nlp):
    # must not change: the portfolio written after the title
    text = "Philippine Undersecretary of Defense Ramon Castillo met Indonesian officers in Manila on Monday."
    assert ("Ramon Castillo", "Under Secretary of Defence", "PHL") in holdings(_extract(nlp, text))


def test_a_command_of_the_armed_forces_is_the_command_written_in_full_as_alias(nlp):
    text = (
        "The talks were also attended by the Chief of the Joint Command of the Armed Forces of Ecuador, "
        "Adm. Julio Paredes, who travelled with the minister to Lisbon."
    )
    x = _extract(nlp, text)
    assert ("Julio Paredes", "Chief of the Joint Command", "ECU") in holdings(x)
    office = next(o for o in x.offices if o.title == "Chief of the Joint Command")
    assert "Chief of the Joint Command of the Armed Forces" in office.aliases


def test_a_command_has_one_title_with_or_without_the_armed_forces(nlp):
    # one post, one title, across articles
    long = "The Commander of the Western Command of the Armed Forces of Chile, Lt. Gen. Ivo Marek, visited Oslo on Monday."
    short = "The Commander of the Western Command of Chile, Lt. Gen. Ivo Marek, visited Oslo on Monday."
    titles = [{t for p, t, _ in holdings(_extract(nlp, text)) if p == "Ivo Marek"} for text in (long, short)]
    assert titles[0] == titles[1] == {"Commander of the Western Command"}


def test_a_larger_force_of_a_name_of_its_own_stays_out_of_the_post(nlp):
    # must not fire: "of the Royal Danish Navy" is a larger body, not part of the fleet's name
    text = "The Commander of the Northern Fleet of the Royal Danish Navy, Rear Admiral Lars Holm, visited Oslo on Monday."
    held = holdings(_extract(nlp, text))
    assert ("Lars Holm", "Commander of the Northern Fleet", "DNK") in held


def test_a_minister_delegate_to_a_principal_with_a_known_remit_is_the_portfolios_post(nlp):
    # the post other texts name "Minister Delegate for Defence"; the whole written form is its alias
    text = (
        "Niger's defence minister met officials from Mali in Niamey on Monday. "
        "Mali's Minister Delegate to the President of the Republic in charge of National Defence, "
        "Amadou Keita, said the border would be patrolled jointly."
    )
    x = _extract(nlp, text)
    assert "Delegate" not in person_names(x)
    assert ("Amadou Keita", "Minister Delegate for Defence", "MLI") in holdings(x)
    office = next(o for o in x.offices if o.title == "Minister Delegate for Defence")
    assert "Minister Delegate to the President of the Republic in charge of National Defence" in office.aliases


def test_a_minister_delegate_to_a_principal_with_an_unknown_remit_keeps_the_whole_post(nlp):
    text = "Chad's Minister Delegate to the President in charge of Maritime Surveillance, Idriss Mahamat, met Cameroonian officers."
    held = holdings(_extract(nlp, text))
    assert ("Idriss Mahamat", "Minister Delegate to the President in charge of Maritime Surveillance", "TCD") in held


def test_a_remit_with_no_comma_ends_where_the_holders_name_begins(nlp):
    text = (
        "Chad's Minister Delegate to the President in charge of National Defence Idriss Mahamat "
        "met Cameroonian officers in Ndjamena on Monday."
    )
    x = _extract(nlp, text)
    assert "Idriss Mahamat" in person_names(x)
    assert all("Mahamat" not in title for _, title, _ in holdings(x))


def test_a_remit_with_no_comma_stops_at_the_holders_rank(nlp):
    text = "Chad's Minister Delegate to the President in charge of Defence Colonel Idriss Mahamat met Cameroonian officers."
    x = _extract(nlp, text)
    assert "Idriss Mahamat" in person_names(x)
    assert all("Colonel" not in title for _, title, _ in holdings(x))


def test_a_post_held_as_a_title_in_a_relative_clause(nlp):
    text = (
        "Senegal and Mali held border talks in Dakar on Monday. Keita, who holds the title of Minister Delegate "
        "to the President of the Republic in charge of National Defence, said Mali had lost soldiers. "
        "Amadou Keita is from Mali."
    )
    x = _extract(nlp, text)
    assert ("Amadou Keita", "Minister Delegate for Defence", "MLI") in holdings(x)
    office = next(o for o in x.offices if o.title == "Minister Delegate for Defence")
    assert any(a.startswith("Minister Delegate to the President") for a in office.aliases)


def test_a_minister_delegate_serving_a_principal_without_remit_is_a_minister_delegate(nlp):
    # must not fire: no remit after the principal, the post is the first title's
    text = "Mali's Minister Delegate to the President, Amadou Keita, met Senegalese officers in Bamako on Monday."
    assert ("Amadou Keita", "Minister Delegate", "MLI") in holdings(_extract(nlp, text))


def test_a_counterpart_mirrors_the_portfolio_not_the_cabinet_rank(nlp):
    text = (
        "Australia's Deputy Prime Minister and Minister for Defence Peter Clarke met his Fijian counterpart "
        "Jone Tuilagi in Suva on Tuesday."
    )
    held = holdings(_extract(nlp, text))
    assert ("Jone Tuilagi", "Defence Minister", "FJI") in held
    assert ("Jone Tuilagi", "Deputy Prime Minister", "FJI") not in held


def test_a_counterpart_of_a_deputy_premier_alone_is_a_deputy_premier(nlp):
    # must not change: the cabinet rank is the host's only post
    text = "Australia's Deputy Prime Minister Peter Clarke met his Fijian counterpart Jone Tuilagi in Suva on Tuesday."
    assert ("Jone Tuilagi", "Deputy Prime Minister", "FJI") in holdings(_extract(nlp, text))


def test_a_portfolio_is_the_same_only_where_both_posts_are_of_it():
    from diplokg.mentions import same_portfolio

    assert same_portfolio("Defence Minister", "Minister Delegate in charge of National Defence")
    assert same_portfolio("Defence Minister", "Deputy Prime Minister for Defence")
    assert not same_portfolio("Prime Minister", "Deputy Prime Minister")  # no portfolio: a word inside is no post
    assert not same_portfolio("Defence Minister", "Chairman of the Defence Committee")


def test_a_cabinet_rank_comes_after_a_portfolios_post():
    from diplokg.refdata import portfolio_post_first

    ranked = sorted(["Coordinating Minister", "Deputy Premier", "Chief of Staff", "Defence Minister"], key=portfolio_post_first)
    assert ranked[0] == "Defence Minister" and set(ranked[2:]) == {"Coordinating Minister", "Deputy Premier"}


def test_counterparts_listed_as_their_countries_are_paired_in_order(nlp):
    text = (
        "Poland's Defence Minister Adam Nowak hosted his Czech and Slovak counterparts, Jan Dvorak and "
        "Peter Hruby Kovac, in Warsaw on Monday for talks on air defence."
    )
    x = _extract(nlp, text)
    assert "Peter Hruby Kovac" in person_names(x)
    held = holdings(x)
    assert ("Jan Dvorak", "Defence Minister", "CZE") in held
    assert ("Peter Hruby Kovac", "Defence Minister", "SVK") in held


def test_a_counterpart_whose_own_post_of_the_portfolio_is_told_mirrors_nothing(nlp):
    text = (
        "Poland's Defence Minister Adam Nowak hosted his Czech and Slovak counterparts, Jan Dvorak and "
        "Peter Hruby Kovac, in Warsaw on Monday. Kovac, who is Slovakia's Minister Delegate for Defence, said "
        "the talks went well."
    )
    held = holdings(_extract(nlp, text))
    assert ("Peter Hruby Kovac", "Defence Minister", "SVK") not in held
    assert ("Peter Hruby Kovac", "Minister Delegate for Defence", "SVK") in held
    assert ("Jan Dvorak", "Defence Minister", "CZE") in held


def test_names_listed_after_counterparts_with_no_countries_are_no_persons(nlp):
    # must not fire: no list of countries before "counterparts" to pair the names with
    x = _extract(nlp, "The officials briefed their counterparts, Northrop Grumman and Lockheed Martin, on the programme.")
    assert "Northrop Grumman" not in person_names(x)
    x = _extract(nlp, "Indian officers met their counterparts, Royal Navy and Royal Air Force, in Portsmouth.")
    assert not {"Royal Navy", "Royal Air Force"} & set(person_names(x))


def test_three_countries_and_three_counterparts_are_paired(nlp):
    text = (
        "Poland's Defence Minister Adam Nowak hosted his Czech, Slovak and Hungarian counterparts, Jan Dvorak, "
        "Peter Hruby Kovac and Laszlo Toth, in Warsaw on Monday."
    )
    held = holdings(_extract(nlp, text))
    assert {("Jan Dvorak", "Defence Minister", "CZE"), ("Laszlo Toth", "Defence Minister", "HUN")} <= held


def test_a_title_at_the_root_of_a_headline_is_read_without_error(nlp):
    # a title at the root of its sentence heads nothing outside itself: looking for the verb it is the
    # post of must not fail; the headline names no holder, so it gives no person nor office
    text = (
        "Army chief in Jakarta, Indonesia and Brazil to expand defence industrial ties\n\n"
        "Chile's Navy Commander Admiral Pedro Soto met Peruvian officers in Lima on Monday."
    )
    x = _extract(nlp, text)
    assert person_names(x) == ["Pedro Soto"]
    assert holdings(x) == {("Pedro Soto", "Navy Commander", "CHL")}
