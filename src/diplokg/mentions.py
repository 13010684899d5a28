"""Mentions: persons, offices, countries and places read from one parsed article.

Input: the Document and its spaCy Doc (from diplokg.nlp's pipeline, run on the text with the
header blanked, so token offsets index ``Document.text``). Output: an ``ArticleMentions`` with
doc-local keys, the token -> entity maps the fact rules need, and the in-article coreference:

- a short form ("Singh", "Khaleel", "Khaled Nordin") or a variant spelling ("Abdulla Khalil")
  joins the person named nearest before it in this article (after it, if none is before);
- "the Defence Secretary", "the minister" (a title with no name) joins the latest person
  holding that title;
- a person's country comes from the title ("Maldives Foreign Affairs Minister", "Singapore's
  Defence Minister", "Minister of Defence, Maldives", "Chief of Staff of the UAE Armed Forces",
  "X, Kenya's Cabinet Secretary", "X, who is also Fiji's Minister for Home Affairs", "French
  President X and Prime Minister Y"), from the side they lead ("leading the Indian delegation"),
  from "his Maldivian counterpart X", from whom they accompany ("accompanied by a delegation
  including X"), and for an unqualified title ("Defence Minister Rajnath Singh") from, in
  order: the person's country known elsewhere in the article; the one country of the people
  met together with them ("called on A's Minister X and held talks with the Chief, Y"); the one country its sentence
  places them in (a country word or a known city not bound to another title or person, not
  in a list, not where they are going, not their host's when they are the visiting subject); for
  a co-chair of a two-country body ("the India-Vietnam Dialogue, co-chaired by X and Y"), the
  pair's country the other co-chair is not of;
  the article's home country (the most mentioned country that no foreign title names or that
  the first sentence's subject's title names, else the dateline's). An organisation's post ("UN Secretary-General") has no country and a
  former post ("former Defence Minister") is not held.
- not persons: ships ("the frigate X", "INS X"), companies ("X Group"), reporters' bylines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from functools import cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from . import refdata
from .model import Document, Evidence, Holding, OfficeMention, PersonMention, PlaceMention
from .nlp import CHAIR_WORDS, rank_at, ENVOY_TITLES, LONG_NAME_PARTICLES, FORMATION_HEAD_TITLE_IDS, formation_name_end, island_after_on, town_near_a_venue_at, STAFF_POST_TITLES, HEADING_CLAUSE_VERBS, HEAD_OF_STATE_TITLES, NICKNAME_QUOTES, SHIP_PREFIX_COUNTRIES, component_command_end, family_name_in_capitals, GLUED_INITIAL_NAME, TITLE_JOINERS, force_acronym_country, skip_honorifics, QUOTE_VERBS, BODY_NAME_ENDS, TENURE_WORDS, FRAMEWORK_POST_HEADS, joined_tight, capitalised_post, CARDINAL_COMPASS_WORDS, COMPASS_WORDS, COUNTRY_NOUNS, MINISTRY_NOUNS, FORCE_HEAD_WORDS, FORCE_HEADS, POSSESSED_BODY_HEADS, MILITARY_RANK_ENDS, NAME_PARTICLES, NAME_SUFFIXES, PATRONYMIC_PARTICLES, TITLE, body_led_by_its_head, co_chair_start, ent_kind, envoy_host_span, envoy_station_end, stationed_post_end, force_named_with_country, institution_before_its_head, is_name_token, mononym_after_counterpart, name_after, PERSONAL_COURTESY_TITLES, names_listed_after, countries_listed_from, name_before, name_in_commas, past_courtesy_titles, plural_title_at, skip_official_ministry, skip_title_country, UNIT_ENDS

SIDE_NOUNS = frozenset({"side", "delegation", "team", "contingent"})
LEAD_VERBS = frozenset({"lead", "head"})
GENERIC_TITLE_HEADS = frozenset({"Minister", "Secretary", "President", "Advisor", "Chief", "Ambassador"})
DETERMINERS = frozenset({"the", "his", "her", "their", "its"})

# Confidence of each way of knowing an office's country.
CONF_TITLE_COUNTRY = 0.95
CONF_SIDE_COUNTRY = 0.85
CONF_COUNTERPART = 0.8
CONF_SENTENCE_COUNTRY = 0.7
CONF_HOME_COUNTRY = 0.6
# Verbs and nouns of going somewhere: their destination says nothing about the mover's country.
# Verbs of receiving someone somewhere: the place is the host's, not the guest's (the object).
GUEST_LEMMAS = frozenset({"welcome", "invite", "receive", "host", "bring", "escort"})
MOVEMENT_LEMMAS = frozenset({"visit", "arrive", "travel", "reach", "land", "fly", "head", "come", "go", "tour", "depart", "leave", "return", "trip", "journey", "stop"})

# "NEW DELHI:", "Male, Oct 7 (IANS)", "ABU DHABI, 5th March", "KUALA LUMPUR (Reuters) -", "ALEXANDRIA, Egypt —",
# "Colombo, Sri Lanka, March 3", "Manila, Philippines (AP)", "TOKYO [Japan], June 12 (ANI):",
# "KAZAN /Russia/, May 5. /TASS/."
# Letters of a dateline's place, accented ones too ("Brasília", "Bogotá", "Yaoundé", "İzmir", "Gdańsk",
# "Đà Nẵng"): Latin-1, Latin Extended-A (its capitals and small letters alternate, so both) and Vietnamese
_DATELINE_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_DATELINE_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ"
DATELINE = re.compile(rf"\s*([{_DATELINE_UPPER}][{_DATELINE_LETTERS}.' -]{{1,40}}?)\s*(?:\[([{_DATELINE_UPPER}][{_DATELINE_LETTERS} .'-]{{1,30}})\]\s*"
                      rf"|/([{_DATELINE_UPPER}][{_DATELINE_LETTERS} .'-]{{1,30}})/\s*)?(?:,\s*(?:[A-Z][a-z]{{2,8}}|[A-Z]{{3,9}})\.?\s+\d{{1,2}}\b|,\s*\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]{{2,8}}\b"
                      rf"|,\s*[{_DATELINE_UPPER}][{_DATELINE_LETTERS}]+(?:\s(?:[a-z]')?[{_DATELINE_UPPER}][{_DATELINE_LETTERS}]+){{0,3}}"
                      r"(?:\s[—–-]+\s|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\b|\s\()|:|\s\(|\s[—–-]\s"
                      r"|,\s*\d{1,2}\.\d{1,2}\.\d{4}\b)")  # "ASTANA, 06.03.2027 /AGENCY/.": a numeric day

# "COLOMBO" on a line of its own above the lead (The Hindu): capitals only, so no headline or label
DATELINE_ALONE = re.compile(rf"[ \t]*([{_DATELINE_UPPER}][{_DATELINE_UPPER}.' -]{{1,40}}?)[ \t]*(?=\n|$)")


def slug(text: str) -> str:
    folded = refdata.without_accents(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


@dataclass(frozen=True)
class OrganisationPost:
    """A title written with the international body it belongs to ("NATO Secretary General X",
    "Secretary-General of the X Coalition"): the body, named at ``body_token`` or inside the title
    (``body_name``), or the body last named before token ``body_before`` ("Its secretariat is
    headed by Secretary General X"), is looked up among the frameworks once they are known (facts).
    ``national_title`` is the title a country's office was guessed for meanwhile, if any (the body
    may yet be a country's: "of the National Security Council")."""

    person: str
    title: str
    written: str  # the title with the body as written: "NATO Secretary General"
    evidence: Evidence
    body_token: int | None = None
    body_name: str | None = None
    body_before: int | None = None
    national_title: str | None = None
    formation: int | None = None  # "its" or "the corps'" at this token: the multinational body named before (facts)


@dataclass
class ArticleMentions:
    doc: Document
    sdoc: Doc
    persons: list[PersonMention] = field(default_factory=list)
    person_at: dict[int, str] = field(default_factory=dict)  # token index -> person key
    person_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, key), text order
    offices: dict[str, OfficeMention] = field(default_factory=dict)
    holdings: list[Holding] = field(default_factory=list)
    office_of: dict[str, list[str]] = field(default_factory=dict)  # person key -> office keys
    titles_of: dict[str, list[str]] = field(default_factory=dict)  # person key -> titles named with them
    title_owner: dict[int, str] = field(default_factory=dict)  # token of a title written with a name -> person key
    unplaced: list[tuple[str, str, str, Evidence]] = field(default_factory=list)  # (person, title, written, evidence) of unknown country
    organisation_posts: list[OrganisationPost] = field(default_factory=list)  # titles written with an international body
    places: dict[str, PlaceMention] = field(default_factory=dict)
    place_at: dict[int, str] = field(default_factory=dict)  # token index -> place key
    country_at: dict[int, str] = field(default_factory=dict)  # token index -> ISO alpha-3
    countries: dict[str, list[Evidence]] = field(default_factory=dict)
    counterpart_country: dict[str, str] = field(default_factory=dict)  # person key -> ISO3
    counterpart_of: dict[str, str] = field(default_factory=dict)  # "X ... his counterpart, Y": Y's key -> X's key
    home_country: str | None = None
    dateline_place: str | None = None  # place key
    dateline_end: int = 0  # token index after the dateline (0 when none)
    lead_start: int = 0  # token index where the lead paragraph's text starts (after a dateline or a headline)
    agency_country: str | None = None  # ISO3 of the national news agency the dateline credits ("(IANS)")
    # The Doc's tokens, sentences and entities, made once: spaCy builds a new Token object on
    # every access, and the rules index tokens about a million times per 100k words (plain
    # attributes, not properties, for the same reason). So are the three token attributes the
    # rules read most: spaCy decodes a new string on each read of ``text``/``lower_``/``pos_``
    # (~0.3 us, and the rules read a token's text some hundred thousand times per article).
    tokens: list[Token] = field(init=False, repr=False)
    sents: list[Span] = field(init=False, repr=False)
    ents: list[Span] = field(init=False, repr=False)
    orth: list[str] = field(init=False, repr=False)  # token index -> token.text
    lower: list[str] = field(init=False, repr=False)  # token index -> token.lower_
    pos: list[str] = field(init=False, repr=False)  # token index -> token.pos_
    # index in ``ents`` of a title -> the name written with it (_name_for_title), found once per
    # article: the persons, the holdings and the title references each ask for every title
    title_holders: dict[int, tuple[int, int] | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.tokens = list(self.sdoc)
        self.sents = list(self.sdoc.sents)
        self.ents = list(self.sdoc.ents)
        self.orth = [t.text for t in self.tokens]
        self.lower = [t.lower_ for t in self.tokens]
        self.pos = [t.pos_ for t in self.tokens]

    def person(self, key: str) -> PersonMention:
        return self._by_key[key]

    def index(self) -> None:
        self._by_key = {p.key: p for p in self.persons}

    def evidence(self, start: int, end: int, rule: str, confidence: float) -> Evidence:
        return Evidence(self.doc.doc_id, start, end, self.doc.text[start:end], rule, round(confidence, 3))

    def span_evidence(self, span: Span, rule: str, confidence: float) -> Evidence:
        return self.evidence(span.start_char, span.end_char, rule, confidence)

    def place_of(self, ref: refdata.PlaceRef) -> PlaceMention:
        """The article's place for the gazetteer entry ``ref`` (one per name), added on first use."""
        key = f"place:{slug(ref.name)}"
        place = self.places.get(key)
        if place is None:
            place = self.places[key] = PlaceMention(key, ref.name, ref.kind, ref.country)
        return place


@dataclass
class _Cluster:
    key: str
    words: list[str]
    aliases: list[str]
    first: int  # token index of the first mention
    positions: list[int]  # token indices of every mention start
    country: str | None = None
    country_confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _names_match(a: list[str], b: list[str]) -> bool:
    """Same person's name in two spellings: same length, each word alike ("Khalil"/"Khaleel"), an
    initial with or without its full stop ("Peter J. Osei"/"Peter J Osei")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    a, b = [w.rstrip(".") or w for w in a], [w.rstrip(".") or w for w in b]
    for x, y in zip(a, b):
        if x[0].lower() != y[0].lower() or fuzz.ratio(x.lower(), y.lower()) < 70:
            return False
    return fuzz.ratio(" ".join(a).lower(), " ".join(b).lower()) >= 85


def _initialled(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` with its given names cut to initials, same surname ("K. Adeyemi", "Sh.
    Rahimov" of "Kunle Adeyemi", "Shavkat Rahimov")."""
    if len(short) != len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    given = list(zip(short[:-1], full[:-1]))
    return all(s.endswith(".") and 1 < len(s) <= 3 and len(f) > len(s) and f.startswith(s[:-1]) for s, f in given)


_INITIALS_RUN = re.compile(r"(?:[A-Z]\.?){2,3}|[A-Z]\.")


def _spelled_out(words: list[str]) -> list[str]:
    """A name's words without accents or case, its given names' initials one letter each however
    written ("D.K.", "D K", "DK" -> "d", "k"); the surname as it is ("AP" alone is no surname's form)."""
    out = []
    for w in words[:-1]:
        w = refdata.without_accents(w)
        out.extend(w.replace(".", "").lower() if _INITIALS_RUN.fullmatch(w) else [w.lower()])
    return out + [refdata.without_accents(words[-1]).rstrip(".").lower()] if words else out


def _written_otherwise(a: list[str], b: list[str]) -> bool:
    """One name written twice with its initials spaced, dotted or joined otherwise, or with and
    without its accents ("D.K. Rao"/"D K Rao", "Cristóvão"/"Cristovao")."""
    return len(a) >= 2 and len(b) >= 2 and a != b and _spelled_out(a) == _spelled_out(b)


def _initials_run_of(short: list[str], full: list[str]) -> bool:
    """``short`` names ``full`` by a run of its given names' initials ("MK Rao" of "Manoj Kumar
    Rao"): as many initials as given names, the same surname."""
    if len(short) != 2 or len(full) < 3 or not re.fullmatch(r"[A-Z]{2,3}", short[0]):
        return False
    s, f = _spelled_out(short), _spelled_out(full)
    return s[-1] == f[-1] and len(s) == len(f) and all(len(x) > 1 and x[0] == i for i, x in zip(s[:-1], f[:-1]))


def _given_name_shortened(a: list[str], b: list[str]) -> bool:
    """Same surname, a given name written in full once and cut short once ("Navin Ramgoolam" and
    "Navinchandra Ramgoolam"): each other word equal or the start (4+ letters) of the other."""
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or a == b:
        return False
    return all(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x, y in zip(a[:-1], b[:-1]))


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` is a trailing part of ``longer`` ("Khaled Nordin" of "Mohamed Khaled Nordin")."""
    n = len(shorter)
    # a particle capitalised at the front of the short form ("Dos Santos" of "Ana dos Santos")
    return 0 < n < len(longer) and (longer[-n:] == shorter or (shorter[0].lower() in NAME_PARTICLES
                                                               and [shorter[0].lower(), *shorter[1:]] == longer[-n:]))


def _abridged(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` is ``longer`` with middle words left out, same first and last word
    ("Hamdan Al Kaabi" of "Hamdan bin Rashid Al Kaabi")."""
    if not 2 <= len(shorter) < len(longer) or shorter[0] != longer[0] or shorter[-1] != longer[-1]:
        return False
    rest = iter(longer[1:-1])
    return all(word in rest for word in shorter[1:-1])


def _leading_part(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` is the first words of ``longer``, two or more and not ending in a particle
    ("Ahmad Faizal" of "Ahmad Faizal Rahim"): a Malay or Arab name cut to its given names."""
    n = len(shorter)
    return 2 <= n < len(longer) and longer[:n] == shorter and shorter[-1].lower() not in NAME_PARTICLES


def _suffixed(longer: list[str], shorter: list[str]) -> bool:
    """``longer`` is ``shorter`` with a generational suffix ("Ana Reyes Jr" of "Ana Reyes")."""
    return len(shorter) >= 2 and len(longer) == len(shorter) + 1 and longer[:-1] == shorter and longer[-1] in NAME_SUFFIXES


# Courtesy titles that Gulf, Malay and royal usage puts before a given name alone ("Sheikh Tamim" for
# "Hamad bin Jassim Al Kuwari", "Prince Tariq"): the short form names the person by the first word.
GIVEN_NAME_HONORIFICS = frozenset({"Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sheik", "Prince", "Princess", "Sayyid", "Sayyida",
                                   "Emir", "Amir", "Tunku", "Tengku", "Pengiran", "Pehin", "Tun"})
# "bin", "ibn" (nlp.PATRONYMIC_PARTICLES): the word before one is the person's own name ("Awang Halbi bin Yussof" -> "Pehin Halbi").


def _honorific_given_name_target(words: list[str], clusters: list[_Cluster], sdoc: Doc | None = None) -> _Cluster | None:
    """The one earlier person whose full name starts with the given name of "Sheikh Faris"; of
    several, the one named with that honorific before ("Prince Tariq" is "Prince Tariq bin X", not
    "Tariq Y"); None when the mention is not such a short form, or when none or several are left."""
    if len(words) != 2 or words[0] not in GIVEN_NAME_HONORIFICS:
        return None
    owners = [c for c in clusters if len(c.words) >= 2 and words[1] in _given_names(c.words)]
    if len(owners) > 1 and sdoc is not None:
        owners = [c for c in owners if any(p > 0 and sdoc[p - 1].text == words[0] for p in c.positions)]
    return owners[0] if len(owners) == 1 else None


def _honoured_given_name(m: ArticleMentions, i: int, clusters: list[_Cluster]) -> list[_Cluster] | None:
    """The one person a given name after a courtesy title stands for ("Prince Tariq", "Sheikh Faris"
    where the model saw no name, or only the given name, after "Tariq bin Hamad" or "Faris Al Kuwari"
    was named in full): the name's owner, as _honorific_given_name_target finds it; None otherwise."""
    if i == 0 or m.orth[i - 1] not in GIVEN_NAME_HONORIFICS or not m.tokens[i].is_title:
        return None
    if i + 1 < len(m.tokens) and (is_name_token(m.tokens[i + 1]) or m.lower[i + 1] in NAME_PARTICLES):
        return None  # "Prince Tariq bin Hamad", "Sheikh Faris Al Kuwari": a name in full, not a short form
    target = _honorific_given_name_target([m.orth[i - 1], m.orth[i]], clusters, m.sdoc)
    return [target] if target is not None else None


def _fathers_words(words: list[str]) -> set[str]:
    """The words of a name's patronymic chain: after "bin", "binti", "ibn" up to a family name's "Al"
    ("Haji", "Abdul", "Karim" of "Rosli bin Haji Abdul Karim"; "Nasser" of "Faris bin Nasser Al
    Kuwari", whose "Kuwari" is the family's): names of the father, never a short form of the son."""
    fathers: set[str] = set()
    inside = False
    for word in words:
        low = word.lower()
        if low in PATRONYMIC_PARTICLES:
            inside = True
        elif low in ("al", "el") or low.startswith(("al-", "el-")):
            inside = False
        elif inside:
            fathers.add(word)
    return fathers - {words[0]}


def _honoured_patronymic_given_name(m: ArticleMentions, i: int, clusters: list[_Cluster]) -> list[_Cluster] | None:
    """The one person named before with a patronymic ("Rosli bin Haji Abdul Karim", "Rashed ibn Fahad")
    whose given name a courtesy title or honorific leads alone ("Dato' Seri Rosli", "Datuk Rosli",
    "Mr Rosli", "Gen Rosli"): Malay and Arab names have no surname, the short form is the given name.
    None when the word is no such short form, or when several so named could be meant."""
    j = i - 1
    while j >= 0 and m.orth[j] in ("'", "’", "."):
        j -= 1  # "Dato' X", "Hj. X"
    if j < 0 or not m.tokens[i].is_title:
        return None
    before = m.orth[j].rstrip(".")
    if before not in refdata.honorific_words():  # (every MILITARY_RANK_ENDS word is one)
        return None
    if i + 1 < len(m.tokens) and (is_name_token(m.tokens[i + 1]) or m.lower[i + 1] in NAME_PARTICLES):
        return None  # "Dato' Rosli bin X": a name in full
    owners = [c for c in clusters if any(w.lower() in PATRONYMIC_PARTICLES for w in c.words[1:-1])
              and m.orth[i] in _given_names(c.words)]
    return owners if len(owners) == 1 else None


def _courtesy_surname_first(m: ArticleMentions, i: int, clusters: list[_Cluster]) -> list[_Cluster] | None:
    """The persons a surname after "Mr", "Ms", "Dr" may stand for when the surname comes first in
    their full names ("Mr Lim" for "Lim Boon Keat", however many words the name has): every person
    named so, for _short_form_target to choose from; None when the word is no such short form."""
    courtesy = m.orth[i - 1].rstrip(".") if i > 0 else ""
    # or an office title or a rank ("Minister Tran" for "Tran Van Minh"), tagged as a title or not
    titled = i > 0 and (m.tokens[i - 1].ent_type_ == TITLE or courtesy in MILITARY_RANK_ENDS) and m.orth[i - 1][:1].isupper()
    if (courtesy not in PERSONAL_COURTESY_TITLES and not titled) or courtesy in PEERAGE_WORDS or not m.tokens[i].is_title:
        return None  # "Sir Lim" would be a given name
    if i + 1 < len(m.tokens) and (is_name_token(m.tokens[i + 1]) or m.lower[i + 1] in NAME_PARTICLES):
        return None  # "Mr Lim Boon Keat": a name in full
    owners = [c for c in clusters if len(c.words) >= 2 and c.words[0] == m.orth[i]]
    return owners or None


def _given_names(words: list[str]) -> set[str]:
    """The words of a full name a courtesy title can lead alone: the first, and the one before a patronymic."""
    given = {words[0]}
    given.update(words[k - 1] for k in range(1, len(words)) if words[k].lower() in PATRONYMIC_PARTICLES)
    return given


def _nearest_before(candidates: list[_Cluster], i: int) -> _Cluster | None:
    """The candidate mentioned last before token ``i`` ("Air Marshal Singh" is the Singh just named,
    not the first Singh of the article)."""
    before = [(max(p for p in c.positions if p < i), k) for k, c in enumerate(candidates) if any(p < i for p in c.positions)]
    return candidates[max(before)[1]] if before else None


# Ranks written out and abbreviated ("General" = "Gen"): one rank to compare.
RANK_ABBREVIATIONS = {"general": "gen", "admiral": "adm", "colonel": "col", "brigadier": "brig", "major": "maj",
                      "captain": "capt", "lieutenant": "lt", "commodore": "cdre", "commander": "cdr"}


def _rank_key(word: str) -> str:
    word = word.rstrip(".").lower()
    return RANK_ABBREVIATIONS.get(word, word)


def _same_rank(sdoc: Doc, candidates: list[_Cluster], rank: str) -> list[_Cluster]:
    """The candidates once written after ``rank`` ("Gen Musa" is "Gen Ali Musa", not "Rear Adm Sani
    Musa" named since): a rank tells two namesakes apart."""
    key = _rank_key(rank)
    return [c for c in candidates if any(p > 0 and _rank_key(sdoc[p - 1].text) == key for p in c.positions)]


def _written_after_another_rank(sdoc: Doc, c: _Cluster, rank: str) -> bool:
    """``c`` was named after a rank other than ``rank`` ("Rear Admiral Azman Yusof" is no "Gen Azman")."""
    key = _rank_key(rank)
    return any(p > 0 and sdoc[p - 1].text.rstrip(".") in MILITARY_RANK_ENDS and _rank_key(sdoc[p - 1].text) != key
               for p in c.positions)


# "Habib-ul-Karim", "Zia-ur-Rahman": one written word, a South Asian name of given name, particle and name.
HYPHENED_NAME = re.compile(r"[A-Z][a-z]+-[a-z]{1,3}-[A-Z][a-z]+")


def _hyphened_head(words: list[str]) -> str | None:
    """The first part of a one-word hyphened name ("Habib" of "Habib-ul-Karim"), by which the
    article names the person again ("Gen Habib"); None for any other name."""
    return words[0].split("-", 1)[0] if len(words) == 1 and HYPHENED_NAME.fullmatch(words[0]) else None


# An Arabic article joined to a surname ("al-Burhan", "el-Sisi"), which the article may drop ("Burhan").
ARTICLE_PREFIXED_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-([A-Z][a-z]+)")


def _without_article(surname: str) -> str | None:
    """"Haftar" of "al-Haftar": the surname as written again without its article; None for any other."""
    match = ARTICLE_PREFIXED_SURNAME.fullmatch(surname)
    return match.group(1) if match else None


def _hyphened_word_end(tokens: list[Token], i: int) -> int:
    """End of the one written word that starts at token ``i``: past hyphens written tight between
    words ("Nkemelu-Obi", three tokens), so a hyphened surname the model took for an organisation
    is still found as a short form; ``i + 1`` for a word with no hyphen."""
    end = i + 1
    while end + 1 < len(tokens) and tokens[end].text == "-" and joined_tight(tokens, end) and tokens[end + 1].is_alpha:
        end += 2
    return end


def _longer_hyphened_name(m: ArticleMentions, i: int, by_word: dict[str, list]) -> bool:
    """The hyphened word at token ``i`` goes on with a capitalised part no name of the article ends
    with ("Asante-Mensah Holdings" when only "Asante" is known): a longer name, not the known one;
    not "Asante-led", nor "the Asante-Boateng talks" of two known persons."""
    following = m.tokens[i + 2]
    return following.text[0].isupper() and following.text not in by_word


def _rank_led(words: list[str]) -> bool:
    """A two-word name led by a rank kept as a given name ("Gen Dwivedi"): maybe a surname alone."""
    return len(words) == 2 and (words[0].rstrip("."),) in refdata.honorifics_by_first_word().get(words[0].rstrip("."), ())


def build_mentions(doc: Document, sdoc: Doc) -> ArticleMentions:
    """Every person, office, country and place mention of one article (see module doc)."""
    m = ArticleMentions(doc, sdoc)
    ents = m.ents
    _countries(m, ents)
    clusters = _persons(m, ents)
    _places(m, ents)
    _towns_after_a_venue(m)
    _towns_ending_a_venue(m)
    _towns_ending_a_base(m)
    _towns_where_held(m)
    _towns_of_a_journey(m)
    _towns_fronted(m)
    _dateline(m)
    m.lead_start = m.dateline_end or _headline_end(m)
    _capitals_of_named_countries(m)
    _holdings(m, ents, clusters)
    _body_portfolio_posts(m)
    _chair_posts(m)
    _title_references(m, ents)
    # after the holdings: a town of no known country is where a meeting is, not a clue to whose post is whose
    _towns_naming_a_base(m)
    m.index()
    return m


def _title_references(m: ArticleMentions, ents: list[Span]) -> None:
    """"The Defence Secretary, who ..." with no name: the latest person named with that title."""
    sdoc = m.sdoc
    added = []
    for k, ent in enumerate(ents):
        if ent.label_ != TITLE or ent.start in m.person_at or ent.start == 0:
            continue
        country = None
        det = ent.start - 1
        if m.tokens[det].ent_id_.startswith("country:") and det > 0:  # "the Japanese minister"
            country = m.tokens[det].ent_id_.split(":", 1)[1]
            det -= 1
        if not (m.lower[det] in DETERMINERS or _bare_title_subject(ent, det)) or _title_holder(m, ents, k) is not None:
            continue
        if _title_of_an_organisation(sdoc, ent):
            continue
        title = ent.ent_id_.split(":", 1)[1]
        if isinstance(body := _formation_of_head(sdoc, ent, title), str):
            title = f"{title} of {body}"  # "the Commander of Alpcorps": whoever was named with that post
        elif (place_end := title_place_end(sdoc, ent.end)) > ent.end:
            # "the President of <a region or town>": that place's post, not the country's President;
            # only a holder named with that very post
            title = f"{title} of {sdoc[ent.end + 1 + (sdoc[ent.end + 1].lower_ == 'the'):place_end].text}"
        key = None
        if country is None and (only := refdata.country_only_title(ent.text)) is not None:
            key = resolve_title_reference(m, title, ent.start, only)  # "the Raksha Mantri": India's, whoever was named last
        if key is None and country is None:
            key = _visitor_calling_on_a_host(m, ent, title)
        key = key or resolve_title_reference(m, title, ent.start, country)
        key = key or _sole_holder_named_after(m, title, ent.start, country or _country_after_of(m, ent))
        if key is None:
            continue
        added.append((ent.start, ent.end, key))
        for i in range(ent.start, ent.end):
            m.person_at[i] = key
    if added:
        m.person_spans = sorted(m.person_spans + added)


VISITED_VERBS = frozenset({"receive", "welcome", "host", "greet"})  # "<visitor> was received by <host>"


def _host_called_on(m: ArticleMentions, ent: Span) -> int | None:
    """The token of the person a bare title subject calls on ("the Minister paid a courtesy call on
    Prime Minister X", "called on X") or is received by ("was received by President X")."""
    verb = ent.root.head
    if ent.root.dep_ == "nsubj" and verb.lemma_.lower() == "pay":
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("call", "visit")]
    elif ent.root.dep_ == "nsubj" and verb.lemma_.lower() == "call":
        heads = [verb]
    elif ent.root.dep_ == "nsubjpass" and verb.lemma_.lower() in VISITED_VERBS:
        heads = [c for c in verb.children if c.dep_ == "agent"]
        return next((i for a in heads for o in a.children if o.dep_ == "pobj" and (i := _named_object(m, o)) is not None), None)
    else:
        return None
    return next((i for h in heads for p in h.children if p.dep_ in ("prep", "prt") and p.lower_ == "on"
                 for o in p.children if o.dep_ == "pobj" and (i := _named_object(m, o)) is not None), None)


def _called_on_before(m: ArticleMentions, key: str, before: int) -> bool:
    """Whether person ``key`` was, before token ``before``, the one called on ("A called on (the
    Minister of X, the Hon) B", "paid a courtesy call on B") or receiving ("A was received by B"): a
    host. Read on the tokens (the parse hangs such a name anywhere)."""
    for s, _, k in m.person_spans:
        if k != key or s >= before:
            continue
        j = s - 1
        while j > s - 5 and j >= 0 and m.tokens[j].ent_type_ != TITLE and (
                m.orth[j] == "," or m.lower[j] in DETERMINERS or m.orth[j].rstrip(".") in ("Hon", "Mr", "Mrs", "Ms", "Dr")):
            j -= 1
        if j >= 0 and m.tokens[j].ent_type_ == TITLE:
            while j > 0 and m.tokens[j - 1].ent_type_ == TITLE:
                j -= 1
            j -= 1 + (j > 0 and m.lower[j - 1] in DETERMINERS)
        if j < 1:
            continue
        p = m.tokens[j]
        if p.lower_ == "by" and p.dep_ == "agent" and p.head.lemma_.lower() in VISITED_VERBS:
            return True
        if p.lower_ == "on" and p.head.lemma_.lower() == "call":
            return True
    return False


def _named_object(m: ArticleMentions, o) -> int | None:
    """The person token of an object: the name itself, or the name in apposition to an object
    title ("received by the Commander of X, Colonel Y")."""
    if o.i in m.person_at:
        return o.i
    if o.ent_type_ != TITLE:
        return None
    return next((c.i for c in o.children if c.dep_ == "appos" and c.i in m.person_at), None)


def _visitor_calling_on_a_host(m: ArticleMentions, ent: Span, title: str) -> str | None:
    """"On Tuesday, the Minister paid a courtesy call on Prime Minister X": a bare title calling on
    (or received by) a host is the visitor, not the host's own minister just named ("... held talks
    with the Minister of Defence, Y"): of the title's holders named before, one of another country
    than the host's, the most spoken of (the article's principal); none when no holder is of the
    host's country (the general rule then reads it) or the host's country is unknown."""
    def countries(key: str) -> set[str]:  # of the posts a person holds
        return {m.offices[o].country for o in m.office_of.get(key, [])} - {"", None}

    host_at = _host_called_on(m, ent)
    if host_at is None:
        return None
    host_countries = countries(m.person_at[host_at])
    if len(host_countries) != 1:
        return None
    mentions_before, _ = _holders_named_before(m, title, ent.start, None, by_other_name=False)
    # "A called on the Minister of Internal Affairs, B ... the Minister was received by C": B, called
    # on before, is a host too, whatever country his post was given (a home release's default)
    hosts_own = {k for k in mentions_before if countries(k) & host_countries or _called_on_before(m, k, ent.start)}
    others = {k: v for k, v in mentions_before.items() if countries(k) and k not in hosts_own}
    if not hosts_own or not others:
        return None
    return max(others, key=lambda k: (len(others[k]), -min(others[k])))


def _country_after_of(m: ArticleMentions, ent: Span) -> str | None:
    """"the Sultan of Oman": the country an "of" right after the title names."""
    i = ent.end
    if i + 1 >= len(m.tokens) or m.lower[i] != "of":
        return None
    i += 2 if m.lower[i + 1] == "the" else 1
    ent_id = m.tokens[i].ent_id_ if i < len(m.tokens) else ""
    return ent_id.split(":", 1)[1] if ent_id.startswith("country:") else None


def _sole_holder_named_after(m: ArticleMentions, title: str, at: int, country: str | None) -> str | None:
    """"The President received X at State House. ... President Y said ...": a bare title told before
    any name is the one person the article later names with that very title (of its country, when
    the reference gives one) in a later sentence; none when two hold it, or when the holder was also
    named before."""
    holders = {k for k, titles in m.titles_of.items() if title in titles
               and (country is None or any(m.offices[o].country == country for o in m.office_of.get(k, [])))}
    if len(holders) != 1:
        return None
    key = holders.pop()
    first = min((s for s, _, k in m.person_spans if k == key), default=-1)
    if not any(m.orth[i] in (".", "!", "?") for i in range(at, first)):
        # "The Navy chief held talks with Chief of Navy Adm Y": in one sentence (however the parse
        # split it), his counterpart
        return None
    # "The Defence Minister received X ... Rwandan Defence Minister Y arrived": with no country in the
    # reference, a holder introduced with his country is someone else's minister
    return key if country is not None or not _title_with_country_before(m, first) else None


def _title_with_country_before(m: ArticleMentions, name_start: int) -> bool:
    """Whether the title before the name at ``name_start`` is told with a country before it
    ("Rwandan Defence Minister Y", "Kenya's President Y")."""
    i = name_start - 1
    while i >= 0 and m.tokens[i].ent_type_ == TITLE:
        i -= 1
    if i >= 0 and m.lower[i] in ("'s", "’s"):
        i -= 1
    return i >= 0 and m.tokens[i].ent_id_.startswith("country:")


def _title_of_an_organisation(sdoc: Doc, ent: Span) -> bool:
    """"the President of the Sahel Commission, Dr X": a title of the organisation named after it
    ("of" and an organisation's name) is that body's officer, not the country's President named before."""
    i = ent.end
    if i + 1 >= len(sdoc) or sdoc[i].lower_ != "of":
        return False
    i += 2 if sdoc[i + 1].lower_ == "the" else 1
    return i < len(sdoc) and sdoc[i].ent_type_ == "ORG"


def _bare_title_subject(ent: Span, det: int) -> bool:
    """"Raksha Mantri said ...", "Defence Minister is scheduled to travel ...": a press release's
    title with no article, opening its sentence as the subject, is "the Defence Minister"; so is
    one after a fronted phrase ("During the tour, Defence Minister will ...") whose comma the verb heads."""
    if det != ent.start - 1 or ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    fronted = before is not None and before.text == "," and before.head == ent.root.head
    return ent[0].is_sent_start or fronted


def _countries(m: ArticleMentions, ents: list[Span]) -> None:
    for ent in ents:
        kind, value = ent_kind(ent)
        if kind == "country" and not _bodys_own_acronym(ent) and not _inside_another_politys_name(ent):
            for i in range(ent.start, ent.end):
                m.country_at[i] = value
            m.countries.setdefault(value, []).append(m.span_evidence(ent, "country.gazetteer", 0.95))


# Compass words that open the name of a polity apart from the country named after them
# ("the Turkish Republic of Northern Cyprus")
POLITY_COMPASS_WORDS = frozenset(w.capitalize() for w in CARDINAL_COMPASS_WORDS)


def _inside_another_politys_name(ent: Span) -> bool:
    """"the Turkish Republic of Northern Cyprus", "the Republic of Northern X": a country's name (or a
    nationality) inside a longer name of another polity is not that country: the country after
    "Republic of" and a compass word, or after "<Nationality> Republic of", and the nationality opening
    such a name; not "the Republic of Cyprus", "the Czech Republic" (the gazetteer's names of the
    country), nor "Western Australia" (a part of the country, not another polity)."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "Republic" and doc[ent.end + 1].lower_ == "of":
        # the nationality opening "<Nationality> Republic of [Northern] <Country>"
        k = ent.end + 2 + (doc[ent.end + 2].lower_ == "the")
        k += k < len(doc) and doc[k].text in POLITY_COMPASS_WORDS
        return ent.label_ == "NORP" and k < len(doc) and doc[k].ent_id_.startswith("country:")
    j = ent.start - 1
    compass = j >= 0 and doc[j].text in POLITY_COMPASS_WORDS and not doc[j].ent_id_
    j -= compass
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or doc[j - 1].text != "Republic" or doc[j - 1].ent_id_:
        return False
    return compass or (j >= 2 and doc[j - 2].ent_type_ == "NORP" and doc[j - 2].ent_id_.startswith("country:"))


def _bodys_own_acronym(ent: Span) -> bool:
    """"the Danube River Commission (DRC)": a country's acronym in brackets right after a name whose
    capitalised words spell it is that body's own acronym, not the country (unlike "the Democratic
    Republic of the Congo (DRC)", where the name before is the country's own)."""
    doc = ent.doc
    acronym = ent.text
    if len(ent) != 1 or not acronym.isupper() or ent.start < 2 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    before = doc[ent.start - 2]
    if before.ent_id_ == ent[0].ent_id_:
        return False  # the country's own name, then its acronym
    initials = []
    k = ent.start - 2
    while k >= 0 and len(initials) < len(acronym) and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("of", "for", "and", "the")):
        if doc[k].text[:1].isupper():
            initials.append(doc[k].text[0])
        k -= 1
    return "".join(reversed(initials)) == acronym


# The last two words of a ruler's Arabic regnal epithet, "<X>-ud-Din wa-d-Daula" (glory of the faith and
# the state), with which Malay and Gulf rulers' full styles end: not part of the personal name.
REGNAL_EPITHET = re.compile(r"[A-Z][\w'’]*(?:ddin|ddien|ddeen)\s+Wa[dt]+[\w'’]*", re.IGNORECASE)


def _persons(m: ArticleMentions, ents: list[Span]) -> dict[str, _Cluster]:
    sdoc = m.sdoc
    clusters: list[_Cluster] = []
    singles: list[Span] = []
    span_key: list[tuple[int, int, str]] = []

    def add_mention(cluster: _Cluster, start: int, end: int, rule: str, confidence: float) -> None:
        span = sdoc[start:end]
        cluster.positions.append(start)
        cluster.evidence.append(m.span_evidence(span, rule, confidence))
        if span.text != cluster.name and span.text not in cluster.aliases:
            cluster.aliases.append(span.text)
        span_key.append((start, end, cluster.key))

    ents = [e for e in (_without_headline_verb(sdoc, ent) for ent in ents) if e is not None]
    nickname_forms: dict[tuple[str, ...], _Cluster] = {}  # nickname and surname -> the person named with both
    anchored = _title_anchored_starts(m, ents)
    things = {ent.text for ent in ents if ent.label_ == "PERSON" and _named_thing(sdoc, ent)}
    credited = _dateline_credited_names(m.doc.text, m.doc.body_start)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        words = ent.text.split()
        if words and len(words[-1]) > 2 and words[-1].endswith(".") and words[-1][:-1].isalpha():
            words[-1] = words[-1][:-1]  # "Dong Jun." at a sentence's end, "Marcos Jr."
        # 'Alfredo "Boy" Santillan': named without the nickname (and "Boy Santillan" kept for later)
        words, nickname = _without_nickname(words)
        nickname_form = nickname + words[-1:] if nickname else None
        if len(words) >= 4 and REGNAL_EPITHET.fullmatch(" ".join(words[-2:])):
            words = words[:-2]  # "Omar Ali Mu'izzaddin Waddaulah": the ruler's name, without his style's epithet
        if len(words) == 2 and family_name_in_capitals(sdoc, ent.start):
            # "KOBAYAMA Taro": named given name first ("Taro Kobayama"), so that "Minister Kobayama" names him
            words = [words[1], words[0].capitalize()]
        if any(ch.isdigit() for ch in ent.text) or any(t.ent_type_ == "DATE" for t in ent):
            continue  # "Jun 18" of a dateline
        if not words or refdata.country_iso3(ent.text) or ent.text in refdata.cities() or ent.text in things:
            continue
        if any(s <= ent.start_char and ent.end_char <= e for s, e in credited):
            continue  # the agency a dateline credits, "(Agencia Sur)"
        if ent.text.endswith("s") and refdata.country_iso3(ent.text[:-1]):
            continue  # "recruiting Papua New Guineans": a people, not a person
        if ent.text in refdata.subdivision_names() or _street_address(sdoc, ent):  # "Tamil Nadu" taken for a person
            continue
        if ent.start not in anchored and _town_misread(sdoc, ent):
            continue
        if ent.start not in anchored and ent[-1].lower_ in UNIT_PLURAL_HEADS:
            continue  # "Royal Marines trained alongside ...": a unit, not a person; a titled "General X Guards" is one
        if len(words) == 1 and _hyphened_head(words) is None and not GLUED_INITIAL_NAME.fullmatch(words[0]):
            # one word, but not "Ts.Oyunbat": an initial and a surname, a full name as "T. Oyunbat" is
            singles.append(ent)
            continue
        target = nickname_forms.get(tuple(words))  # "Boy Santillan" after 'Alfredo "Boy" Santillan'
        for c in clusters if target is None else ():
            if c.words == words or _contains(c.words, words) or _names_match(c.words, words) or _abridged(c.words, words) \
                    or _given_name_shortened(c.words, words) or _initialled(words, c.words) \
                    or _written_otherwise(c.words, words) or _initials_run_of(words, c.words):
                target = c
                break
            if _rank_led(words) and _hyphened_head(c.words) == words[1]:  # "Gen Habib" after "Habib-ul-Karim"
                target = c
                break
            if _rank_led(words) and _contains(c.words, words[1:]):  # "Gen Sehgal" after "Tarun Sehgal"
                owners = [o for o in clusters if _contains(o.words, words[1:])]
                target = _nearest_before(_same_rank(sdoc, owners, words[0]) or owners, ent.start) or c
                break
            if _rank_led(words) and words[0].rstrip(".") in MILITARY_RANK_ENDS and len(c.words) == 2 and c.words[0] == words[1] \
                    and len(words[1]) > 2 and not any(words[1] in o.words for o in clusters if o is not c) \
                    and not _written_after_another_rank(sdoc, c, words[0]):
                # "Gen Azman" after "Gen Tan Sri Azman Harun": a Malay name (no surname) is cut to its given
                # name, with a military rank as with a surname ("Prince Khalid" is no "Khalid Al-X": a
                # courtesy title goes with a given name anyway); only if no other name holds the word
                target = c
                break
            if _rank_led(c.words) and _contains(words, c.words[1:]):  # and before it
                c.aliases.append(c.name)
                c.words = words
                target = c
                break
            if _suffixed(words, c.words):  # "Ana Reyes Jr" after "Ana Reyes": the suffix is an alias
                target = c
                break
            if _suffixed(c.words, words):  # "Ana Reyes" after "Ana Reyes Jr": named without the suffix
                c.aliases.append(c.name)
                c.words = words
                target = c
                break
            # a fuller form of an earlier short one ("K. Adeyemi", a headline's "Ahmad Faizal", then the full name)
            if _contains(words, c.words) or _abridged(words, c.words) or _initialled(c.words, words) or _leading_part(words, c.words) \
                    or _initials_run_of(c.words, words):
                c.aliases.append(c.name)
                c.words = words
                target = c
                break
        if target is None:  # "Sheikh Faris" after "Sheikh Faris bin Nasser Al Kuwari"
            target = _honorific_given_name_target(words, clusters, sdoc)
        if target is None and not _rank_led(words):  # "Ahmad Faizal" after "Ahmad Faizal Rahim", if his alone
            owners = [c for c in clusters if _leading_part(c.words, words)]
            target = owners[0] if len(owners) == 1 else None
        rule = "person.title-before-name" if ent.start in anchored else "person.ner"
        if target is None:
            target = _Cluster(f"person:{len(clusters)}", words, [], ent.start, [])
            clusters.append(target)
        add_mention(target, ent.start, ent.end, rule, 0.9 if ent.start in anchored else 0.8)
        if nickname_form is not None and len(nickname_form) == 2:
            nickname_forms.setdefault(tuple(nickname_form), target)

    # One-word mentions: surnames (whatever the model labelled them) and lone names.
    by_word: dict[str, list[_Cluster]] = {}
    for c in clusters:
        fathers = _fathers_words(c.words)
        for w in {c.words[-1], *(c.words[1:] if len(c.words) >= 3 else ()), *filter(None, [_hyphened_head(c.words), _without_article(c.words[-1])]),
                  *([c.words[-1].rsplit(".", 1)[1]] if GLUED_INITIAL_NAME.fullmatch(c.words[-1]) else [])}:  # "Oyunbat" of "Ts.Oyunbat"
            # "Al" of "Al Udeid Air Base" is no short form of "X Al Thani"; nor the father's names or his
            # "Haji" after "bin" ("Karim" of "Rosli bin Haji Abdul Karim"): the son's name is the given one
            if w.lower() not in NAME_PARTICLES and w not in fathers:
                by_word.setdefault(w, []).append(c)
    first_words: dict[str, list[_Cluster]] = {}
    for c in clusters:
        # two words ("Kim Yong-hyun") or three with no particle ("Lim Wei Ming": a Chinese, Korean or
        # Vietnamese family name comes first, before a two-word given name); an Arabic or Malay
        # particle capitalised too ("Hamad Al Thani", "Ali Bin Said"), not a Vietnamese "Van"
        if (len(c.words) == 2 or (len(c.words) == 3 and not any(w in NAME_PARTICLES or w.lower() in LONG_NAME_PARTICLES for w in c.words))) \
                and len(c.words[0]) > 2:
            first_words.setdefault(c.words[0], []).append(c)
    for w, owners in first_words.items():  # surname-first names ("Kim" of "Kim Yong-hyun"), if unambiguous
        if len(owners) == 1 and w not in by_word:
            by_word[w] = owners
    covered = {i for start, end, _ in span_key for i in range(start, end)}
    sentence_starts = [sent.start for sent in m.sents]
    short_forms_told: dict[str, set[str]] = {}  # a one-word form -> whom it named so far
    for token in m.tokens:
        if not token.text[:1].isupper():  # skipped below anyway: tested first, before the look-ups and _month_day
            continue
        if token.i in covered or token.ent_id_ or _month_day(m, token.i):
            continue
        end = _hyphened_word_end(m.tokens, token.i)
        candidates = by_word.get("".join(t.text for t in m.tokens[token.i:end]))
        if not candidates and end > token.i + 1 and not _longer_hyphened_name(m, token.i, by_word):
            end = token.i + 1  # "X-led officials", "the X-Y talks": X alone (not "X-Z" of a longer name)
            candidates = by_word.get(token.text)
        candidates = candidates or _honoured_given_name(m, token.i, clusters) or _honoured_patronymic_given_name(m, token.i, clusters) \
            or _courtesy_surname_first(m, token.i, clusters)
        if not candidates or not token.text[0].isupper():
            continue
        if len(candidates) > 1 and token.i > 0 and m.orth[token.i - 1].rstrip(".") in MILITARY_RANK_ENDS:
            candidates = _same_rank(sdoc, candidates, m.orth[token.i - 1]) or candidates  # "Gen. Bello"
        word = "".join(t.text for t in m.tokens[token.i:end])
        target = _titled_short_form_target(candidates, anchored, token.i) or \
            _short_form_target(sentence_starts, candidates, token.i, m,
                               lambda: _persons_named_beside(m, sentence_starts, by_word, candidates, token.i),
                               [c for c in candidates if c.key in short_forms_told.get(word, ())])
        start = _particles_before_surname(m, token.i, target.words, covered)
        add_mention(target, start, end, "person.short-form", 0.8)
        short_forms_told.setdefault(word, set()).add(target.key)
        covered.update(range(start, end))
    mononyms: dict[tuple[str, str], _Cluster] = {}  # (peerage word or "", name) -> the person known by that one name
    for ent in singles:
        if ent.start in covered:
            continue
        if ent.text in by_word:  # "Zielinski-Nowak" of "Marek Zielinski-Nowak": one written word, three tokens
            add_mention(_short_form_target(sentence_starts, by_word[ent.text], ent.start, m), ent.start, ent.end, "person.short-form", 0.8)
            continue
        peer = sdoc[ent.start - 1].text if ent.start > 0 and sdoc[ent.start - 1].text in PEERAGE_WORDS and sdoc[ent.start - 1].ent_iob_ == "O" else ""
        known = mononyms.get((peer, ent.text))
        if known is not None:
            # the one-name person told before, named again ("Lord X, who also serves as ...", "A and
            # Lord X had held a call"): one person, not a second of the same name ("Lady X" is another)
            add_mention(known, ent.start, ent.end, "person.title-before-name" if ent.start in anchored else "person.short-form", 0.7)
            continue
        if ent.start in anchored or mononym_after_counterpart(sdoc, ent.start):  # "EAM Bhandari" with no full name in the article
            c = _Cluster(f"person:{len(clusters)}", [ent.text], [], ent.start, [])
            clusters.append(c)
            mononyms[(peer, ent.text)] = c
            add_mention(c, ent.start, ent.end, "person.title-before-name", 0.7)
            if peer:
                # a peer known by one name: "Lord X" is a name of his; not the last word of a title ("First Sea Lord X")
                c.aliases.append(f"{peer} {ent.text}")

    m.persons = []
    for c in clusters:
        m.persons.append(PersonMention(c.key, c.name, list(c.aliases), None, c.evidence))
    span_key.sort()
    m.person_spans = span_key
    for start, end, key in span_key:
        for i in range(start, end):
            m.person_at[i] = key
    return {c.key: c for c in clusters}


# Titles of peers and knights that, before a single name, are part of how the person is named ("Lord X").
PEERAGE_WORDS = frozenset({"Lord", "Lady", "Sir", "Dame"})
THING_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "operation", "operations", "programme", "program", "initiative", "summit", "dialogue", "class", "frigate", "submarine", "missile", "aircraft", "jet", "jets", "system",
                         "base", "airbase", "barracks", "cantonment", "academy", "university", "institute", "hospital", "airport", "harbour", "harbor", "shipyard", "plant", "factory", "headquarters", "stadium", "centre", "center",
                         "dome", "shield", "network", "project", "drone", "satellite", "radar", "helicopter", "helicopters"})
# Nouns after the name of a country's subdivision ("in Laos's X province"): a place, not a person.
SUBDIVISION_NOUNS = frozenset({"province", "provinces", "district", "prefecture", "county", "governorate", "oblast", "municipality"})
APPOSED_NOUN_REACH = 10  # tokens from a name's comma to the head noun of "the ..." set beside it
# Last words of a street's name ("at his Ridge Road residence": a street, not a person, before "residence")
STREET_WORDS = frozenset({"road", "marg", "street", "avenue", "lane", "drive", "path", "boulevard"})
# First words of a place named after someone ("Camp Humphreys", "Fort Bragg") or of a building
# ("Wisma Pertahanan", "Istana Nurul Iman": Malay and Indonesian for building, palace, tower).
PLACE_PREFIXES = frozenset({"Camp", "Fort", "Wisma", "Istana", "Menara", "Gedung"})
# Words before a storm's given name ("Cyclone Ditwah", "Typhoon Haiyan").
STORM_WORDS = frozenset({"Cyclone", "Typhoon", "Hurricane", "Storm", "cyclone", "typhoon", "hurricane", "storm"})
# Prepositions that introduce examples of the noun they follow ("exercises, including X", "drills such as X").
EXAMPLE_WORDS = frozenset({"including", "include", "like", "as"})


# Words before a ship's name ("the frigate X", "INS X", "aircraft carrier X").
SHIP_NOUNS = frozenset({"frigate", "destroyer", "corvette", "submarine", "carrier", "warship", "ship", "vessel", "cruiser",
                        "boat", "tanker", "icebreaker", "patrol", "flagship"})
SHIP_PREFIXES = frozenset({"INS", "HMS", "USS", "USNS", "HMAS", "HMNZS", "HMCS", "PNS", "KRI", "BNS", "SLNS", "JS", "ROKS", "HTMS",
                           "TCG", "FS", "ARA", "BRP", "RSS", "KD", "NRP", "ITS", "ESPS", "HNLMS", "HDMS", "CNS", "MV", "SS",
                           "MDVS", "MNS", "RFS", "PLANS", "NS", "HS", "BAP", "HMSAS", "SAS", "NNS", "GNS", "KNS",
                           "ICGS", "USCGC", "CCGS"})  # coast guards' ships too
# Words that end a company's name ("EDGE Group", "Dassault Aviation", "Larsen Ltd").
COMPANY_WORDS = frozenset({"group", "ltd", "limited", "inc", "corp", "corporation", "company", "co", "industries", "aerospace",
                           "aviation", "systems", "technologies", "holdings", "gmbh", "ag", "plc", "llc", "shipyard", "shipyards",
                           "dynamics", "motors", "electronics", "engineering"})
# Last words of institutions and buildings, named after people or not ("the King Abdulaziz War College",
# "Jubilee House", "Rashtrapati Bhavan"); not "Hall", a common surname.
INSTITUTION_WORDS = frozenset({"college", "university", "academy", "institute", "school", "centre", "center", "hospital",
                               "foundation", "museum", "memorial", "stadium", "auditorium", "library", "house", "palace",
                               "bhawan", "bhavan", "building", "secretariat", "headquarters", "hotel", "castle", "mansion",
                               # government bodies ("the Defense Acquisition Program Administration")
                               "administration", "agency", "ministry", "commission", "directorate", "authority", "department",
                               # military installations, often named after people ("Queen Victoria Barracks")
                               "barracks", "base", "airbase", "cantonment", "airfield", "aerodrome", "dockyard",
                               # airports, often named after a country's founders ("Sir John Doe International Airport")
                               "airport", "hostel"})
# Words of an event or prize named after a person ("the Admiral X Memorial Seminar", "the X
# Memorial Lecture", "the X Trophy"): a span holding one past its first word is the event's name
MEMORIAL_NAME_WORDS = frozenset({"memorial", "lecture", "oration", "trophy"})
# Last words of groupings, pacts and operations ("the Lagos Initiative", "the Danube Conclave").
GROUPING_HEADS = frozenset({"initiative", "dialogue", "forum", "conclave", "partnership", "agreement", "pact", "alliance",
                            "council", "coalition", "framework", "mechanism", "treaty", "accord", "charter", "symposium",
                            "mission", "command", "force", "forces", "exercise", "operation", "strategy", "doctrine",
                            "troika", "arrangement", "memorandum", "protocol", "convention", "declaration"})
# Plural last words of units named for their men ("Royal Marines", "Royal Engineers", "Gurkha Rifles",
# "Irish Guards"): a unit's name the model takes for a person's, at a sentence's start above all.
UNIT_PLURAL_HEADS = frozenset({"marines", "engineers", "rifles", "fusiliers", "rangers", "commandos", "hussars", "lancers",
                               "dragoons", "gunners", "guards", "grenadiers", "highlanders", "paratroopers", "gurkhas"})
# Words that start the name of an exercise or operation ("Exercise Kestrel", "Operation Sea Guard").
EVENT_NAME_WORDS = frozenset({"exercise", "exercises", "operation"})
# Lower-case nouns a force or mission is named after ("the peacekeeping force X", "the training mission X")
FORCE_NOUNS = frozenset({"force", "forces", "mission"})
# Words of a byline before "by" ("Reporting by X; Editing by Y").
BYLINE_WORDS = frozenset({"reporting", "editing", "writing", "written", "edited", "compiled", "additional", "photo", "photos", "video", "graphics", "translated", "translation"})


def _street_address(sdoc: Doc, ent: Span) -> bool:
    """"at 7, Lok Kalyan Marg", "at 10 Downing Street": a house number after "at" starts an address."""
    i = ent.start - 1
    if i >= 0 and sdoc[i].text == ",":
        i -= 1
    return i >= 1 and sdoc[i].like_num and sdoc[i].ent_type_ not in ("DATE", "TIME") and sdoc[i - 1].lower_ == "at"


CAPTION_WORDS = frozenset({"photo", "photos", "picture", "caption", "credit", "credits"})  # "Photo Credit: ..."


_EMAILS_KEY = "diplokg.emails"


def _contact_line(ent: Span) -> bool:
    """"(X can be contacted at x@agency.in)": a reporter's contact line, not news."""
    # the article's e-mail tokens found once (in Doc.user_data): most have none, and reading each
    # person's sentence to find so was a third of _named_thing
    emails = ent.doc.user_data.get(_EMAILS_KEY)
    if emails is None:
        emails = ent.doc.user_data[_EMAILS_KEY] = [t.i for t in ent.doc if t.like_email]
    if not emails:
        return False
    sent = ent.sent
    return any(sent.start <= i < sent.end for i in emails)


def _byline(sdoc: Doc, ent: Span) -> bool:
    """"(Reporting by X in Tokyo and Y in Seoul; Editing by Z)", "By X" on a line of its own: a journalist."""
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 12 and sdoc[i].text not in (";", ".", "(") and "\n" not in sdoc[i].whitespace_ and not sdoc[i].is_space:
        if sdoc[i].lower_ == "by" and any(sdoc[j].lower_ in BYLINE_WORDS for j in range(max(0, i - 3), i)):
            return True
        i -= 1
    i = ent.start - 1
    while i >= 0 and (sdoc[i].ent_type_ == "PERSON" or sdoc[i].text in (",", "and")):
        i -= 1  # "Editing by Y and Z"
    if i < 0 or sdoc[i].lower_ != "by":
        return False
    if any(sdoc[j].lower_ in BYLINE_WORDS for j in range(max(0, i - 3), i)):
        return True
    return i == 0 or "\n" in sdoc[i - 1].text or "\n" in sdoc[i - 1].whitespace_ or sdoc[i - 1].is_space


BYLINE_MAX_WORDS = 4
BYLINE_MAX_LINES_ABOVE = 3  # headline, standfirst, a kicker or "Updated:" line


_DOC_TEXT_KEY = "diplokg.text"


def doc_text(sdoc: Doc) -> str:
    """The Doc's text, joined once per article (in ``Doc.user_data``): spaCy joins every token
    again on each read of ``Doc.text``, and a rule asking per entity made that a third of extraction."""
    text = sdoc.user_data.get(_DOC_TEXT_KEY)
    if text is None:
        text = sdoc.user_data[_DOC_TEXT_KEY] = sdoc.text
    return text


def remember_doc_text(sdoc: Doc, text: str) -> None:
    """Give ``doc_text`` the text the Doc was parsed from, so it never joins the tokens at all."""
    sdoc.user_data[_DOC_TEXT_KEY] = text


def _name_line_in_header(sdoc: Doc, ent: Span) -> bool:
    """A name alone on its line among the article's first lines ("Arvind Kumar Rao" under the
    headline and standfirst): the writer's byline without "By"."""
    text = doc_text(sdoc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : len(text) if end < 0 else end]
    words = line.split()
    if not 2 <= len(words) <= BYLINE_MAX_WORDS or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words):
        return False
    if line.rstrip() != text[start : ent.end_char] or len(text[start : ent.start_char].split()) > 1:
        return False  # the name is the line, but for a given name the model left out
    above = [line for line in text[:start].split("\n") if line.strip(" .")]
    return 1 <= len(above) <= BYLINE_MAX_LINES_ABOVE  # under a headline


OWNED_WORDS = frozenset({"owned", "run", "controlled"})  # "state-owned X", "state-run X"
FOUGHT_VERBS = frozenset({"fight", "combat"})  # "fighting X": an armed group, not a person


# Institutions often named after a person, the name written right after the noun ("Air Force Academy X").
NAMED_INSTITUTION_NOUNS = frozenset({"academy", "college", "university", "institute", "school", "hospital", "base", "centre", "center"})


def _named_thing(sdoc: Doc, ent: Span) -> bool:
    """"the Mitra Shakti exercise", "Exercise Alon", "Freedom Edge, the multi-domain exercise",
    "the frigate X", "INS X", "X Group", a reporter's byline: a name the model took for a person."""
    after = sdoc[ent.end] if ent.end < len(sdoc) else None
    before = sdoc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in SHIP_NOUNS or before.text.rstrip(".") in SHIP_PREFIXES):
        return True
    if before is not None and before.ent_type_ == TITLE and ent.start >= 2 and sdoc[ent.start - 2].text in SHIP_PREFIXES:
        return True  # "HMS Queen X", "INS Rani X": a ship named after a royal, its style read as a title
    if ent[0].text in SHIP_PREFIXES and not _after_military_rank(sdoc, ent.start):
        return True  # "INS Vikrant", but "Lt Gen NS Rao": initials after a rank
    if len(ent) >= 3 and any(t.lower_ in MEMORIAL_NAME_WORDS for t in ent[1:]):
        return True  # "Ravi X Memorial Seminar": an event named after a person
    if after is not None and after.lower_ in MEMORIAL_NAME_WORDS and after.text[:1].isupper():
        return True  # "the Admiral X Memorial Seminar", the name tagged alone
    if ent[0].text in PLACE_PREFIXES or ent[-1].lower_ in COMPANY_WORDS or ent[-1].lower_ in INSTITUTION_WORDS \
            or (len(ent) >= 2 and ent[-1].lower_ in GROUPING_HEADS):
        return True  # "the Lagos Initiative": no person's name ends in a grouping's head word
    if ent[0].text in STORM_WORDS or (before is not None and before.text in STORM_WORDS):
        return True
    if after is not None and after.lower_ in COMPANY_WORDS and after.text[:1].isupper() and not after.is_sent_start:
        return True
    if _byline(sdoc, ent) or _name_line_in_header(sdoc, ent) or ent[0].lower_ in CAPTION_WORDS or _contact_line(ent):
        return True
    if _headline_words(sdoc, ent):
        return True
    if before is not None and before.lower_ == "at" and len(ent) >= 2 and (after is None or after.text not in POSSESSIVE_MARKS):
        return True  # "called on X at Wisma Pertahanan": where, not whom ("at X's invitation" is whom)
    if before is not None and before.is_lower and before.lower_ in FORCE_NOUNS:
        return True  # "the EU-led peacekeeping force X Y": a force's name; a person after it has a post between
    if (after is not None and after.lower_ in THING_NOUNS | SUBDIVISION_NOUNS) or (before is not None and before.lower_ in EVENT_NAME_WORDS):
        return True  # "the X air exercise", "Laos's X province"
    if after is not None and after.lower_ == "residence" and ent[-1].lower_ in STREET_WORDS:
        return True  # "at his Ridge Road residence"; "the X residence" of a named person is still a person's
    if len(ent) >= 2 and (ent[0].lower_ in EVENT_NAME_WORDS or ent[0].lower_ in THING_NOUNS):
        # "alongside Exercise Kestrel", "the Light Utility Helicopter Falcon" tagged from the class noun on:
        # no person's name starts with such a noun
        return True
    if before is not None and (before.lower_ in FIRM_NOUNS or before.lower_ in OWNED_WORDS and ent.start >= 3 and sdoc[ent.start - 2].text == "-"):
        return True  # "the Spanish defence firm X", "the state-owned X": a company
    if before is not None and before.ent_type_ == TITLE:
        return False  # "... Dialogue with Japan's Vice-Minister X": a title names a person, however the parse hangs it
    if _title_and_rank_before(sdoc, ent.start):
        return False  # "co-chair the Dialogue with the Deputy Minister for Defence, Maj. Gen. X": so too past a rank
    if _honorifics_noun(sdoc, ent.start, ent.end):
        return True
    if ent.start >= 2 and before.lower_ in ("after", "for") and sdoc[ent.start - 2].lower_ in ("named", "renamed"):
        return True  # "the Cadet College named after X": a namesake, no one the story is about
    if before is not None and before.lower_ in NAMED_INSTITUTION_NOUNS and before.text[:1].isupper():
        return True  # "the Pakistan Air Force Academy X at Risalpur": an institution named after a person
    if ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in FOUGHT_VERBS:
        return True  # "troops fighting X": an armed group
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in THING_NOUNS:
        return True
    if root.dep_ == "compound" and root.head.lower_ in THING_NOUNS and root.head.i - ent.end <= 2:
        return True  # "the Desert Knight air exercise"
    if _example_of_thing(root):
        return True
    if before is not None and before.text == "," and ent.start > 1 and sdoc[ent.start - 2].lower_ in THING_NOUNS:
        return True  # "their first joint exercise, Desert Cyclone,"
    if _named_by_a_naming_verb(sdoc, ent.start):
        return True  # "a joint exercise codenamed Desert Cyclone", "the drills, dubbed Iron Wall,"
    if after is not None and after.text == ",":  # "Freedom Edge, the multi-domain exercise"
        k = ent.end + 1
        if k < len(sdoc) and sdoc[k].lower_ in ("the", "a", "an"):
            k += 1
            while k < len(sdoc) and k - ent.end < 6 and sdoc[k].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT") and sdoc[k].lower_ not in THING_NOUNS:
                k += 1
            if k < len(sdoc) and sdoc[k].lower_ in THING_NOUNS:
                return True
            noun = sdoc[ent.end + 1].head  # "X, the planned air and missile defence dome": the noun the article is of
            nouns = [noun, *(c for c in noun.children if c.dep_ == "conj")]  # "the long-range air and coastal network"
            if sdoc[ent.end + 1].dep_ == "det" and ent.end + 1 < noun.i and any(
                    n.i <= ent.end + APPOSED_NOUN_REACH and n.lower_ in THING_NOUNS for n in nouns):
                return True
    return any(c.dep_ == "appos" and c.lower_ in THING_NOUNS for c in root.children)


def _honorifics_noun(sdoc: Doc, start: int, end: int) -> bool:
    """One capitalised word after "of the" ("Father of the Nation", "Hero of the People"): a noun
    of an honorific style, no one's name."""
    return end - start == 1 and start >= 2 and sdoc[start - 1].lower_ == "the" and sdoc[start - 2].lower_ == "of"


# Verbs that give a thing its name ("an exercise codenamed X", "the drills, dubbed X,").
NAMING_VERBS = frozenset({"codenamed", "dubbed", "named", "called", "nicknamed", "christened", "titled"})


def _named_by_a_naming_verb(sdoc: Doc, start: int) -> bool:
    """The name at ``start`` follows a naming verb right after a thing noun ("a joint exercise
    codenamed X", "an exercise code-named the X", "the drills, dubbed X,"): a thing's name, not a
    person's ("the minister named X" names a person: no thing noun)."""
    i = start - 1 - (start > 0 and sdoc[start - 1].lower_ == "the")
    if i < 1 or sdoc[i].lower_ not in NAMING_VERBS:
        return False
    j = i - 1
    if sdoc[i].lower_ == "named" and j >= 1 and sdoc[j].text == "-" and sdoc[j - 1].lower_ == "code":
        j -= 2  # "code-named"
    j -= j >= 1 and sdoc[j].text == ","
    return j >= 0 and sdoc[j].lower_ in THING_NOUNS


# Verbs of a title-case headline ("Defence Minister Meets Visiting Delegation"), which the model
# reads into the name after them ("Meets Visiting", "Inaugurates X Hostel")
HEADLINE_VERBS = frozenset({"meets", "holds", "visits", "hosts", "receives", "calls", "inaugurates", "launches", "signs", "reviews",
                            "attends", "addresses", "discusses", "welcomes", "chairs", "opens", "unveils", "commissions", "arrives",
                            "concludes", "begins", "pays", "lays", "congratulates", "witnesses", "inspects", "interacts", "praises",
                            "urges", "seeks", "says", "vows", "backs", "greets", "thanks", "flags", "dedicates", "felicitates",
                            "honours", "honors", "embarks", "wraps", "leads", "heads", "co-chairs", "briefs", "assumes", "takes"})


def _headline_line(sdoc: Doc, ent: Span) -> tuple[int, int] | None:
    """The character bounds of the span's line (trailing space left out) when the line has no closing
    full stop (a headline, a label), else None."""
    text = doc_text(sdoc)
    start, end = text.rfind("\n", 0, ent.start_char) + 1, text.find("\n", ent.end_char)
    line = text[start : len(text) if end < 0 else end].rstrip()
    if not line or line.endswith((".", "!", "?", '"', "”")):
        return None
    return start, start + len(line)


def _without_headline_verb(sdoc: Doc, ent: Span) -> Span | None:
    """A person span led by a headline's verb, on a headline line: the name after the verb, if two
    or more words are left ("Meets Paulo Ribanta"), else nothing ("Meets Visiting")."""
    if ent.label_ != "PERSON" or ent[0].lower_ not in HEADLINE_VERBS or not ent[0].text[:1].isupper() or _headline_line(sdoc, ent) is None:
        return ent
    return Span(sdoc, ent.start + 1, ent.end, label=ent.label_) if len(ent) >= 3 else None


def _headline_words(sdoc: Doc, ent: Span) -> bool:
    """A title-case headline's words the model took for a name ("Defence Chief Wraps Up Official
    Visit"): on a line with no closing full stop, every word of the span is written in lower case
    in the article too ("wrapped up", "official visit"), as no name's every word is."""
    line = _headline_line(sdoc, ent)
    if line is None:
        return False
    if len(ent) < 2:
        # one word ("Minister for Defence Visits Brunei"): only when the article never writes it
        # capitalised off the headline, as it would a one-word name it tells of ("Minister Kostel ...")
        if not ent[0].is_alpha or any(t.text == ent[0].text and not line[0] <= t.idx < line[1] for t in sdoc):
            return False
    lowered: set[str] = set()
    verbs_lowered: set[str] = set()  # lemmas of the verbs written in lower case, read in the same pass
    for t in sdoc:
        if t.text[:1].islower():
            lowered.update((t.lower_, t.lemma_.lower()))
            if t.pos_ == "VERB":
                verbs_lowered.add(t.lemma_.lower())
    # the model gives a capitalised verb no lemma: "Wraps" is written "wrapped" (lemma "wrap")
    words = [t for t in ent if t.is_alpha]
    if len(words) >= 2 and words[0].i == ent.start and ent[0].text.endswith("s") and (
            ent[0].tag_ == "VBZ" or ent[0].dep_ == "ROOT" or _verb_lemma_written(verbs_lowered, ent[0].lower_)):
        # "Minister of Defence II Makes Introductory Visit to X": the headline's verb, read as one
        # (tagged so, or the headline's root, or a verb the article writes: "conducted"), which the
        # article may never write as it is ("makes"), before words the article writes in lower case
        words = words[1:]
    return all({t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")} & lowered for t in words)


def _verb_lemma_written(verbs_lowered: set[str], word: str) -> bool:
    """A third-person "-s" form ("conducts") whose verb the article writes in lower case ("conducted"):
    ``verbs_lowered`` holds the lemmas of the article's verbs written in lower case."""
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return not stems.isdisjoint(verbs_lowered)


def _title_and_rank_before(sdoc: Doc, i: int) -> bool:
    """A title, then (after a comma or not) a military rank, right before token ``i``: "the Deputy
    Minister for Defence, Maj. Gen. X", "Chief of Staff Lt Gen X"."""
    k = i
    while k > 0 and i - k < 4 and sdoc[k - 1].text.rstrip(".") in MILITARY_RANK_ENDS:
        k -= 1
    if k == i:
        return False
    k -= k > 0 and sdoc[k - 1].text == ","
    return k > 0 and sdoc[k - 1].ent_type_ == TITLE


def _after_military_rank(sdoc: Doc, i: int) -> bool:
    return i > 0 and sdoc[i - 1].text.rstrip(".") in MILITARY_RANK_ENDS


def _example_of_thing(root) -> bool:
    """"bilateral exercises, including X (and Y)", "drills such as X" (the parse hangs "as" on
    "drills"): a name given as an example of a kind of thing."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in EXAMPLE_WORDS:
        return False
    return prep.head.lower_ in THING_NOUNS


MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _month_day(m: ArticleMentions, i: int) -> bool:
    """Token ``i`` is a month before a day ("BISHKEK, Jun 26 (PTI)"), not "Jun" of "Dong Jun"."""
    token = m.tokens[i]
    return token.ent_type_ == "DATE" or (token.lower_.rstrip(".") in MONTH_ABBREVIATIONS and i + 1 < len(m.tokens)
                                         and m.orth[i + 1].isdigit() and 1 <= int(m.orth[i + 1]) <= 31)


def _titled_short_form_target(candidates: list[_Cluster], anchored: dict[int, Span], i: int) -> _Cluster | None:
    """Who "Defence Secretary Singh" is when several Singhs are named: the only one named after the
    same title before ("defence secretary Rajesh Kumar Singh"), if any."""
    title = anchored.get(i)
    if title is None or len(candidates) < 2:
        return None
    same = [c for c in candidates if any(p < i and p in anchored and anchored[p].ent_id_ == title.ent_id_ for p in c.positions)]
    if not same:
        # "Minister Diallo" after "the Minister of Defence, A Diallo" and "President B Diallo": the one
        # named after a title holding every word of the short one
        words = set(_title_words(title))
        same = [c for c in candidates if words and any(p < i and p in anchored and words <= set(_title_words(anchored[p])) for p in c.positions)]
    return same[0] if len(same) == 1 else None


def _title_words(title: Span) -> list[str]:
    """The lowercased words of a title's canonical name ("title:Defence Minister": defence, minister)."""
    return title.ent_id_.partition(":")[2].lower().split()


def _persons_named_beside(m: ArticleMentions, sentence_starts: list[int], by_word: dict[str, list[_Cluster]],
                          candidates: list[_Cluster], i: int) -> list[_Cluster]:
    """The other persons the sentence of token ``i`` names by a one-word form only one person has
    (a word of ``by_word``: "Silva and Okafor also discussed ...": Okafor)."""
    k = bisect_right(sentence_starts, i)
    start, end = sentence_starts[k - 1], sentence_starts[k] if k < len(sentence_starts) else len(m.tokens)
    found: list[_Cluster] = []
    for t in m.tokens[start:end]:
        owners = by_word.get(t.text, [])
        if t.i != i and len(owners) == 1 and owners[0] not in candidates and owners[0] not in found:
            found.append(owners[0])
    return found


def _named_with_companion(sentence_starts: list[int], candidates: list[_Cluster], companions: list[_Cluster], i: int) -> _Cluster | None:
    """Of several Silvas, the one last named in one sentence with a person the short form's sentence
    names too ("A Silva and B co-chaired ... . Silva and B also discussed ...")."""
    here = bisect_right(sentence_starts, i)
    best: tuple[int, _Cluster] | None = None
    for companion in companions:
        for p in companion.positions:
            sent_no = bisect_right(sentence_starts, p)
            if sent_no >= here:
                continue
            together = [c for c in candidates if any(bisect_right(sentence_starts, q) == sent_no for q in c.positions)]
            if len(together) == 1 and (best is None or sent_no > best[0]):
                best = (sent_no, together[0])
    return best[1] if best is not None else None


def _short_form_target(sentence_starts: list[int], candidates: list[_Cluster], i: int, m: ArticleMentions | None = None,
                       companions: Callable[[], list[_Cluster]] | None = None,
                       told_so: list[_Cluster] | None = None) -> _Cluster:
    """Who "Singh" is: the only Singh named before; of several, the one named earlier in the same
    paragraph (a paragraph keeps to the person it opened with; without the article, in this or the
    previous sentence), else the one last named with a person named beside it here ("Silva and
    Okafor also discussed"; ``companions`` gives those persons, read only when needed), else the one
    the article is about (named first)."""
    before = [c for c in candidates if c.first < i]
    if not before:
        return min(candidates, key=lambda c: c.first)
    if len(before) == 1:
        return before[0]
    nearest = max(before, key=lambda c: max(p for p in c.positions if p < i))
    last = max(p for p in nearest.positions if p < i)
    if m is None and bisect_right(sentence_starts, i) - bisect_right(sentence_starts, last) <= 1:
        return nearest
    # a new paragraph goes back to the one the article is about, even when the paragraph before
    # ended with the other one ("... during Defence Minister A Singh's visit. \n\n Singh also called on")
    if m is not None and "\n" not in m.doc.text[m.tokens[last].idx : m.tokens[i].idx]:
        return nearest
    principal = min(before, key=lambda c: c.first)
    if principal in (told_so or []):
        # "Varga and Kovac met ..." then paragraphs on, after "Air Chief Marshal T K Kovac",
        # "Varga invited Kovac to visit": the one the story is about, whom the bare surname
        # already named, even when the other was last named beside the same companion
        return principal
    return (_named_with_companion(sentence_starts, before, companions() if companions else [], i)
            or min(before, key=lambda c: c.first))


def _particles_before_surname(m: ArticleMentions, i: int, words: list[str], covered: set[int]) -> int:
    """Start of the short form whose last word is at token ``i``: back over the particles the full
    name has before that word ("Van der Berg" of "Jan van der Berg", "De Smet" of "Pieter de Smet",
    capitalised or not), so the particles stay in the name; ``i`` when none come before."""
    k = len(words) - 1
    if k < 1 or m.orth[i] != words[k]:
        return i
    start = i
    while k >= 1 and start >= 1 and words[k - 1].lower() in NAME_PARTICLES and start - 1 not in covered \
            and m.lower[start - 1] == words[k - 1].lower():
        k -= 1
        start -= 1
    return start if k >= 1 else i


def _without_nickname(words: list[str]) -> tuple[list[str], list[str]]:
    """The words of a name without a quoted nickname inside it, between its first and last word
    ('Ramon "Jun" Dizon' -> Ramon Dizon), and the nickname's words without their quotes (Jun); the
    name as it is and no nickname when none is there."""
    if len(words) < 3 or not any(w[:1] in NICKNAME_QUOTES for w in words[1:-1]):
        return words, []
    kept, inside = [], None
    for w in words:
        if inside is None and w[:1] in NICKNAME_QUOTES:
            inside = NICKNAME_QUOTES[w[0]]
        if inside is None:
            kept.append(w)
        elif w.endswith(inside) and (len(w) > 1 or w[0] not in NICKNAME_QUOTES):
            inside = None
    if len(kept) < 2 or inside is not None:
        return words, []
    return kept, [w.strip(NICKNAME_QUOTE_MARKS) for w in words if w not in kept]


NICKNAME_QUOTE_MARKS = "".join(NICKNAME_QUOTES) + "".join(NICKNAME_QUOTES.values())


def _title_anchored_starts(m: ArticleMentions, ents: list[Span]) -> dict[int, Span]:
    """Start token of each name written next to a title -> that title's span."""
    result: dict[int, Span] = {}
    for k, ent in enumerate(ents):
        if ent.label_ != TITLE:
            continue
        found = _title_holder(m, ents, k)
        if found is not None:
            result[found[0]] = ent
    return result


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _title_holder(m: ArticleMentions, ents: list[Span], k: int) -> tuple[int, int] | None:
    """_name_for_title of the article's ``k``-th entity, memoised on ``m`` (the Doc is not changed
    while the mentions are built)."""
    if ents is not m.ents:
        return _name_for_title(m.sdoc, ents, k)
    if k not in m.title_holders:
        m.title_holders[k] = _name_for_title(m.sdoc, ents, k)
    return m.title_holders[k]


def _name_for_title(sdoc: Doc, ents: list[Span], k: int) -> tuple[int, int] | None:
    ent = ents[k]
    if ent.end < len(sdoc) and sdoc[ent.end].text in POSSESSIVE_MARKS:
        return None  # "X, the president's younger brother": the title owns what follows, it is not X's
    i = skip_official_ministry(sdoc, stationed_post_end(sdoc, ent))
    i = title_place_end(sdoc, i)  # "the President of <island>, Dr X", "the Governor of <town> and Chairman of ..."
    if ent.ent_id_.split(":", 1)[-1] in SUBDIVISION_HEAD_TITLES and (state := subdivision_after_of(sdoc, i)) is not None:
        i = state[0]  # "the Governor of Kerala, X": the state the post heads, then its holder
    if i + 2 < len(sdoc) and sdoc[i].lower_ == "of" and sdoc[i + 2].text == "," and _spelt_out_acronym(sdoc, i + 1):
        i += 2  # "the Force Commander of UNMIX, Major General X": a body by the acronym the story gave it
    elif (acronym_end := _acronym_before_a_ranked_name(sdoc, i)) is not None:
        i = acronym_end  # "the Chief of the Defence Force of the F-FDTL, Major General X": a force by its acronym
    elif len(ent) == 1 and ent.ent_id_ in FORMATION_HEAD_TITLE_IDS and (body_end := formation_name_end(sdoc, i)) is not None \
            and body_end < len(sdoc) and sdoc[body_end].text == ",":
        i = body_end  # "The Commander of Alpcorps, Lt Gen X": past the body's name (nlp.titles_of_formation_heads)
    if i + 2 < len(sdoc) and sdoc[i].text == "(" and sdoc[i + 2].text == ")":
        i += 3
        if i < len(sdoc) and sdoc[i].lower_ == "of":
            i = skip_title_country(sdoc, i)  # "the Chief of the Army Staff (COAS) of the Nepali Army, General X"
    # "Deputy Prime Minister and Defence Minister Richard Marles": both titles are his
    if i + 1 < len(sdoc) and sdoc[i].lower_ == "and":
        # the next title, past the place a title may name ("President of <island> and Chairman of ...")
        nxt = next((n for n in range(k + 1, len(ents)) if ents[n].start >= i + 1), None)
        if nxt is not None and ents[nxt].start == i + 1 and ents[nxt].label_ == TITLE:
            return _name_for_title(sdoc, ents, nxt)
    found = past_courtesy_titles(sdoc, name_after(sdoc, i) or name_in_commas(sdoc, i))
    if found is not None and sdoc[found[0]].ent_type_ == "PERSON":
        return found
    if (found := _formation_head_holder(sdoc, ent, i)) is not None:
        return found
    found = name_before(sdoc, _title_chain_start(sdoc, ents, k))
    if found is not None and sdoc[found[1] - 1].ent_type_ == "PERSON" and not _honorifics_noun(sdoc, *found):
        return found
    found = _name_after_comma_chain(sdoc, ents, k)
    if found is not None:
        return found
    return _relative_clause_holder(sdoc, ent) or _copula_subject_holder(sdoc, ent)


def _formation_head_holder(sdoc: Doc, ent: Span, i: int) -> tuple[int, int] | None:
    """"its commander, Maj. Gen. X of Austria": the name in commas after a formation's head
    (nlp.titles_of_formation_heads), which may end with its holder's country ("of Austria")."""
    if len(ent) != 1 or ent.ent_id_ not in FORMATION_HEAD_TITLE_IDS or i >= len(sdoc) or sdoc[i].text != ",":
        return None
    found = past_courtesy_titles(sdoc, name_after(sdoc, i + 1))
    if found is None or sdoc[found[0]].ent_type_ != "PERSON" or found[1] + 2 >= len(sdoc):
        return None
    after = found[1]
    if sdoc[after].lower_ == "of" and sdoc[after + 1].ent_id_.startswith("country:") and sdoc[after + 1].ent_iob_ == "B":
        after += 2
        while after < len(sdoc) and sdoc[after].ent_iob_ == "I":
            after += 1
    return found if after < len(sdoc) and sdoc[after].text in (",", ".", ";") else None


# Words before a title that make "X is <title>" not a post held now ("X is a former Defence Minister")
NOT_HELD_NOW = frozenset({"former", "ex", "late", "then", "next", "new", "incoming", "outgoing", "retired", "previous"})


def _copula_subject_holder(sdoc: Doc, ent: Span) -> tuple[int, int] | None:
    """The person a main clause gives a title to, as an article often does a sentence after naming
    him ("Admiral X met ... . X is the Chief of Defence of Norway."): the named subject of a present
    "is" whose attribute the title is; not a post once or next held ("X is a former ...", "was")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == TITLE and root.head.i < root.i:
        root = root.head  # "X is <country>'s Deputy Prime Minister and Minister for Defence": both titles
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(t.lower_ in NOT_HELD_NOW for t in sdoc[max(verb.i + 1, ent.start - 3) : ent.end]):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].ent_type_ != "PERSON" or subjects[0].i > ent.start:
        return None
    start, end = subjects[0].i, subjects[0].i + 1
    while start > 0 and sdoc[start].ent_iob_ == "I":
        start -= 1
    while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
        end += 1
    return start, end


def title_place_end(sdoc: Doc, i: int) -> int:
    """Index after the place an "of" at token ``i`` names right after a title, when that place is a
    town, region or province rather than a country ("President of <island>", "Governor of <town>"):
    the post is that place's, and its holder's name may follow it; else ``i``. Not "the Governor of
    <town>'s office"."""
    if i + 1 >= len(sdoc) or sdoc[i].lower_ != "of":
        return i
    j = i + 2 if sdoc[i + 1].lower_ == "the" else i + 1
    if j >= len(sdoc) or sdoc[j].ent_iob_ != "B" or sdoc[j].ent_type_ != "GPE":
        return i
    end = j + 1
    while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
        end += 1
    # a town the gazetteer knows, or a state or province; not any name the model calls a place
    # ("Inspector General of the Bundeswehr": a force)
    if not (sdoc[j].ent_id_.startswith("city:") or sdoc[j:end].text in refdata.subdivision_names()):
        return i
    return i if end < len(sdoc) and sdoc[end].text in POSSESSIVE_MARKS else end


def _name_after_comma_chain(sdoc: Doc, ents: list[Span], k: int) -> tuple[int, int] | None:
    """The name a run of comma-joined titles ends with, when it is set off by a comma: "the Minister
    of State, Minister of Defence, X, said", "The President of the Republic, Commander of the Armed
    Forces, General Y, ..."; every title of the run is the name's. Not a name run straight into the
    next title ("the President, Foreign Minister X and ..." lists two people)."""
    nxt = k + 1
    while nxt < len(ents) and ents[nxt].label_ == "GPE":
        nxt += 1  # "President of the Republic of Ruritania, Commander-in-Chief ...": past the title's country
    if nxt >= len(ents) or ents[nxt].label_ != TITLE:
        return None
    gap = sdoc[ents[k].end : ents[nxt].start]
    # "the First Deputy Minister of Defence - Chief of the General Staff, Major General X": a dash
    # joins one holder's two posts as a comma does
    dashed = len(gap) == 1 and gap[0].text in ("-", "–", "—")
    if not gap or not dashed and (gap[-1].text != "," or not _title_chain_link(gap)):
        return None
    found = _name_for_title(sdoc, ents, nxt)
    if found is None or found[0] <= ents[nxt].end or not any(t.text == "," for t in sdoc[ents[nxt].end : found[0]]):
        return None
    return found


# Verbs of "X, who is also / who also serves as / who doubles as <title>": a post held now, by the
# person the clause is about (_relative_clause_holder); also of an aide named by his verb ("X serves /
# acts as deputy to Y", _delegate_named); and the nouns of "who also holds the portfolio of <title>".
HOLDING_CLAUSE_VERBS = frozenset({"be", "serve", "double", "act", "hold"})
HELD_POST_NOUNS = frozenset({"portfolio", "post", "office", "position", "title"})


def _relative_clause_holder(sdoc: Doc, ent: Span) -> tuple[int, int] | None:
    """The person a relative clause gives a title to ("X, who also serves as Poland's deputy prime
    minister", "X, who is also the Deputy Prime Minister", "X, who also holds the portfolio of Y"):
    the PERSON the clause hangs on; not "who was Defence Minister" (a post once held)."""
    verb = _holding_verb(ent.root)
    if ent.root.dep_ == "dobj" and ent.root.head.lower_ in HEADING_CLAUSE_VERBS:
        verb = ent.root.head  # "X, who heads <body>" (nlp.bodies_headed_in_a_clause): the head of that body
    elif ent.root.dep_ == "dobj" and ent.root.head.lower_ == "chairs" and ent.ent_id_ == "title:Chairman of the Presidency":
        verb = ent.root.head  # "X, who chairs the country's collective presidency" (nlp.titles_in_a_collective_presidency)
    if verb is None:  # a long title the parser split ("Minister Delegate | to the President ..."): its first head
        verb = _holding_verb(next((t for t in ent if not ent.start <= t.head.i < ent.end), ent.root))
    if verb is None and ent.root.dep_ == "oprd" and ent.root.head.lemma_ in APPOINTING_VERBS:
        verb = ent.root.head  # "who was appointed <title> in January"
    taken_up = verb is not None and _post_taken_up(verb, ent.root)
    if verb is None or verb.dep_ != "relcl" or verb.lemma_ not in HOLDING_CLAUSE_VERBS and verb.lower_ not in HEADING_CLAUSE_VERBS \
            and not (verb.lower_ == "chairs" and ent.ent_id_ == "title:Chairman of the Presidency") \
            and not taken_up or verb.tag_ not in ("VBZ", "VBP") and not _held_since(verb) and not taken_up:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in verb.children):
        return None
    person = verb.head
    if person.ent_type_ != "PERSON":
        return None
    start, end = person.i, person.i + 1
    while start > 0 and sdoc[start].ent_iob_ == "I":
        start -= 1
    while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
        end += 1
    return start, end


# Verbs of a post taken up, so held now: "who took over as <title>", "who became <title>", "who was
# appointed / named <title>"; not where the clause goes on to its end ("... until 2020", "and retired")
APPOINTING_VERBS = frozenset({"appoint", "name"})


def _post_taken_up(verb: Token, root: Token) -> bool:
    """The relative clause's ``verb`` tells its subject took up the post ``root`` heads: "took over as",
    "became" (the title its attribute), "was appointed / named" (passive, the title its predicate)."""
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children) \
            or any(c.lower_ in ("until", "till", "later", "briefly") for c in verb.subtree):
        return False
    if verb.lemma_ == "take" and root.dep_ == "pobj" and root.head.lower_ == "as":
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    if verb.lemma_ == "become" and root.dep_ == "attr":
        return True
    return verb.lemma_ in APPOINTING_VERBS and root.dep_ == "oprd" and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _held_since(verb: Token) -> bool:
    """"who has served as <title> since 2021", "who has been <title> since May": a present perfect
    with "since" tells a post held to this day (not "who has served as <title> in the past")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _holding_verb(root: Token) -> Token | None:
    """The verb a title's head word ``root`` is the post of: "serves as <title>", "holds the portfolio
    of <title>", "is <title>"; None otherwise."""
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        return root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in HELD_POST_NOUNS and root.head.head.dep_ == "dobj":
        return root.head.head.head  # "who also holds the portfolio of <title>"
    if root.dep_ == "attr":
        return root.head
    if root.dep_ == "dobj" and root.lower_ == "portfolio":
        return root.head  # "who also holds the defence portfolio"
    return None


def _title_chain_start(sdoc: Doc, ents: list[Span], k: int) -> int:
    """Start of the first title in a run of titles in apposition that ends with ``ents[k]``: "X, Crown
    Prince of Dubai, Deputy Prime Minister and Minister of Defence, received ...": every title of the
    run is X's."""
    start = ents[k].start
    while True:
        j = start - 1
        while j >= 0 and start - j <= 9 and sdoc[j].ent_type_ not in (TITLE, "PERSON"):
            j -= 1
        if j < 0 or sdoc[j].ent_type_ != TITLE or not _title_chain_link(sdoc[j + 1 : start]):
            return start
        while j > 0 and sdoc[j].ent_iob_ != "B":
            j -= 1
        start = j


def _title_chain_link(gap: Span) -> bool:
    """Whether the words between two titles join them in one run: a comma or "and", after the
    place of the first title if any ("of Dubai, ", "of the Eastern Province and ")."""
    words = [t.text for t in gap]
    if words and words[0] == "of":
        first = 2 if words[1:2] == ["the"] else 1
        end = first
        while end < len(words) and (words[end][:1].isupper() or (words[end] in POSSESSIVE_MARKS or words[end] == "of") and end > first
                                    and words[end + 1 : end + 2] != [] and words[end + 1][:1].isupper()):
            # "of the Vietnam People's Army and ": a possessive inside the force's name; "of the
            # Republic of Ruritania, ": an "of" inside the country's
            end += 1
        if end == first:
            return False  # "of" and no place
        words = words[end:]
    if len(words) > 1 and words[-1].lower() in TENURE_WORDS and _title_of_a_named_body(gap.doc, gap.end):
        words = words[:-1]  # "Head of State and current chairman of the X Community": a post held now
    return words in ([","], ["and"], [",", "and"])


def _title_of_a_named_body(sdoc: Doc, start: int) -> bool:
    """The title starting at token ``start`` is followed by "of (the)" and an organisation's name."""
    end = start + 1
    while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
        end += 1
    return _body_after_title(sdoc, end) is not None


def _city_state_as_a_place(m: ArticleMentions, start: int) -> bool:
    """A city-state's name at token ``start`` is where something is after "in"/"at", as the object
    of "visit" ("will visit Monaco for talks": the meeting is in its city), and after a comma that
    ends a district's name placed by "in"/"at" ("in Kallang, Singapore"), unless that district is a
    place of its own already ("in Monte Carlo, Monaco")."""
    before = m.tokens[start - 1]
    # (and "before departing Luxembourg": the city one leaves)
    if before.lower_ in ("in", "at") or before.pos_ == "VERB" and before.lemma_.lower() in ("visit", "depart", "leave"):
        return True
    if before.lower_ == "to" and before.head.lemma_.lower() in ("visit", "trip", "tour"):
        return True  # "is on an official visit to Luxembourg": the visit is to its city
    if before.text != ",":
        return False
    j = start - 2
    while j >= 0 and m.pos[j] == "PROPN" and j not in m.place_at:
        j -= 1
    return 0 <= j < start - 2 and m.lower[j] in ("in", "at")


def _state_after_a_town(m: ArticleMentions, ent: Span) -> bool:
    """A city's name that is also a US state's, written after a comma that closes a town's name
    placed by "in"/"at" ("in Tacoma, Washington", "at Fort Drum, New York"): the state the town is
    in, not a city of its own."""
    if ent.text not in refdata.us_state_names() or ent.start < 3 or m.orth[ent.start - 1] != ",":
        return False
    j = ent.start - 2
    while j > 0 and m.tokens[j].is_title and m.tokens[j].is_alpha and ent.start - 2 - j < 4:
        j -= 1
    return j < ent.start - 2 and m.lower[j] in ("in", "at")


def _places(m: ArticleMentions, ents: list[Span]) -> None:
    for ent in ents:
        kind, value = ent_kind(ent)
        if kind == "city":
            if _state_after_a_town(m, ent):
                continue  # "in Tacoma, Washington": the state the town is in, not the capital
            ref = refdata.cities().get(value) or refdata.PlaceRef(value, "City", None)
        elif kind == "region":
            ref = refdata.regions()[value] if value in refdata.regions() else refdata.PlaceRef(value, "Region")
        elif kind == "country" and ent.text in refdata.city_states() and ent.start > 0 and _city_state_as_a_place(m, ent.start):
            ref = refdata.city_states()[ent.text]  # "in Singapore": the city as much as the country
        elif (ent.label_ == "GPE" or _town_misread(m.sdoc, ent)) and not kind and ent.start > 0:
            # a place the gazetteer lacks ("New York"), trusted only after "in"/"at" or "the city of"
            if not _place_context_before(m, ent.start) or ent.start in m.person_at or any(c.isdigit() for c in ent.text) or ent.text.isupper():
                continue
            if _city_after_comma(m, ent.end):
                continue  # "in Ichigaya, Tokyo": a district of the known city after it, which is the place
            # (the model may take a headline's blank line in, and "the" of "in the Western Province")
            name = ent.text.strip()
            ref = refdata.PlaceRef(name[4:] if name[:4].lower() == "the " and len(name) > 4 else name, "City", None)
        else:
            continue
        place = _mark_place(m, ref, ent, f"place.{ref.kind.lower()}", 0.9 if kind else 0.7)
        if ent.text != ref.name and ent.text not in place.aliases:
            place.aliases.append(ent.text)


# what the "in" of a town's name hangs on: the meeting's verb, or a noun naming the meeting
TOWN_HOLDERS = frozenset({"talk", "talks", "meeting", "visit", "summit", "dialogue", "conference", "call", "session"})
# what follows a town where the clause goes on: its day, a comma, the sentence's end
AFTER_TOWN = frozenset({"on", "last", "this", "next", "yesterday", "today", "earlier", "later", "during", "for",
                        "ahead", "after", "before", "to", "and", ",", ".", ";", "—", "–", "("})


# Capitalised words that make a city's name part of a building's ("Hyderabad House", "Baghdad Hotel")
BUILDING_NAME_WORDS = frozenset({"House", "Palace", "Hall", "Hotel", "Bhawan", "Bhavan", "Castle", "Tower", "Towers", "Building",
                                 "Mansion", "Lodge", "Club"})
# words that make a name a building or a site rather than a town ("Camp Crame", "Government House")
VENUE_WORDS = BUILDING_NAME_WORDS | {"Camp", "Base", "Fort", "Centre", "Center", "Headquarters", "Complex", "Airport", "Station",
                                     "Academy", "College", "University", "Parliament", "Secretariat", "Ministry", "Square",
                                     "Park", "Stadium", "Dockyard", "Barracks", "Airfield", "Cantonment", "Gardens", "Museum"}


def _town_misread(sdoc: Doc, ent: Span) -> bool:
    """"met X in Ban Phe on Monday": a name the model reads as a person or a facility (no venue word
    in it), with no title, right after an "in" that hangs on the meeting's verb or noun and followed
    by the clause's day or its end, is a town below the gazetteer's threshold ("confidence in Smith"
    hangs on another noun; "in Smith's view" is followed by a possessive)."""
    if ent.label_ not in ("PERSON", "FAC", "ORG") or ent.start == 0 or ent.end >= len(sdoc):
        return False
    if ent.label_ == "ORG" and (len(ent) != 1 or ent.text in VENUE_WORDS or ent.text in BODY_WORDS):
        return False  # "met B in Ilulissat on Tuesday": one word the model took for a body; not "in Congress"
    if ent.label_ == "FAC" and any(t.text in VENUE_WORDS or t.pos_ != "PROPN" for t in ent):
        return False
    before, after = sdoc[ent.start - 1], sdoc[ent.end]
    if after.lower_ not in AFTER_TOWN or not all(t.is_title and t.is_alpha for t in ent):
        return False
    if before.lower_ == "of" and ent.start > 1 and sdoc[ent.start - 2].lower_ in SETTLEMENT_NOUNS:
        return True  # "in the border town of X"
    if before.lower_ != "in":
        return False
    holder = before.head
    if ent.label_ == "ORG" and holder.ent_type_ == "PERSON" and holder.dep_ == "dobj" and holder.head.pos_ == "VERB":
        return True  # "met B in X on Tuesday": the parse hangs "in" on B, the object of the meeting's verb
    return holder.pos_ in ("VERB", "AUX") or holder.lower_ in TOWN_HOLDERS


# one-word bodies a meeting may be "in" ("talks in Congress"), no towns
BODY_WORDS = frozenset({"Congress", "Senate", "Parliament", "Cabinet", "Council", "Assembly", "Government", "Command",
                        "Ministry", "Court", "Office", "Secretariat", "Headquarters"})
VENUE_LABELS = frozenset({"FAC", "ORG"})
# the model may read a small town as a body, a person (one no person mention took) or as nothing
TOWN_LABELS = frozenset({"", "ORG", "GPE", "LOC", "PERSON"})
JOURNEY_TOWN_LABELS = TOWN_LABELS | {"FAC", "NORP"}  # a town after a verb of travel may also be read as a building or a people


def _towns_after_a_venue(m: ArticleMentions) -> None:
    """"at Fort Belvoir Airfield in Kettering on Tuesday": one capitalised word after "in" that
    follows a named venue after "at" is the town the venue is in, though the gazetteer lacks it
    and the model reads it as a body or as nothing."""
    tokens = m.tokens
    for i in range(3, len(tokens) - 1):
        word, before, venue = tokens[i], tokens[i - 1], tokens[i - 2]
        if before.lower_ != "in" or i in m.place_at or i in m.person_at or i in m.country_at:
            continue
        if not (word.pos_ == "PROPN" and word.is_title and word.is_alpha and (word.ent_type_ in TOWN_LABELS or _town_read_as_people(tokens, i))):
            continue
        if word.ent_type_ and (word.ent_iob_ != "B" or tokens[i + 1].ent_iob_ == "I") and not _venue_stretched_over_town(tokens, i):
            continue  # one word only: not a body of several words ("in Central Command")
        if tokens[i + 1].pos_ == "PROPN" or venue.ent_type_ not in VENUE_LABELS and not _venue_read_as_person(m, venue):
            continue
        start = venue.i
        while start > 0 and tokens[start].ent_iob_ == "I":
            start -= 1
        if tokens[start - 1].lower_ != "at":
            continue
        _add_town(m, i, i + 1, "place.town-of-venue")


def _venue_read_as_person(m: ArticleMentions, venue: Token) -> bool:
    """"at Raj Bhavan in Panaji": the model may read a venue's name of words it does not know as a
    person's; after "at", and taken by no person mention, it is the venue."""
    return venue.ent_type_ == "PERSON" and venue.i not in m.person_at and venue.pos_ == "PROPN"


def _mark_place(m: ArticleMentions, ref: refdata.PlaceRef, words: Span, rule: str, confidence: float) -> PlaceMention:
    """The place ref names, evidenced by words, and each of their tokens marked as that place."""
    place = m.place_of(ref)
    place.evidence.append(m.span_evidence(words, rule, confidence))
    for j in range(words.start, words.end):
        m.place_at[j] = place.key
    return place


def _add_town(m: ArticleMentions, start: int, end: int, rule: str, country: str | None = None) -> None:
    """The words from token start to end are a town the gazetteer lacks: a city place, weakly evidenced."""
    while end - 1 > start and m.sdoc[end - 1].is_space:
        end -= 1  # a headline's last word: not the blank line after it
    town = m.sdoc[start:end]
    _mark_place(m, refdata.PlaceRef(town.text, "City", country), town, rule, 0.6)


# verbs of an occasion sitting somewhere: "was held at X", "convened in X"
SITTING_VERBS = frozenset({"hold", "convene"})


def _towns_where_held(m: ArticleMentions) -> None:
    """"The session ... was held at Kwelitsha from 2 to 4 March": one capitalised word after the
    "at"/"in" of a passive "held"/"convened", then its day or the clause's end, is where the occasion
    sat though the gazetteer lacks it and the model reads it as nothing, a person or a body (not a
    venue word: "held in Parliament"; not a name of several words: "held at Defence Headquarters")."""
    tokens = m.tokens
    for i in range(2, len(tokens) - 1):
        word, before = tokens[i], tokens[i - 1]
        if before.lower_ not in ("in", "at") or i in m.place_at or i in m.person_at or i in m.country_at:
            continue
        verb = before.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SITTING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if not (word.pos_ == "PROPN" and word.is_title and word.is_alpha and word.ent_type_ in TOWN_LABELS) or word.text in VENUE_WORDS:
            continue
        if word.ent_type_ and (word.ent_iob_ != "B" or tokens[i + 1].ent_iob_ == "I"):
            continue
        if tokens[i + 1].lower_ not in AFTER_TOWN | {"from"} or tokens[i - 2].text in BUILDING_NAME_WORDS:
            continue
        _add_town(m, i, i + 1, "place.town-where-held")


# verbs of a journey whose "to" ("travel to X") or "in" ("arrived in X") takes where the traveller goes
JOURNEY_TO_VERBS = frozenset({"travel", "fly", "head", "proceed", "go", "sail", "continue", "move", "return"})
JOURNEY_IN_VERBS = frozenset({"arrive", "land"})
# lowercase words inside a town's name ("San Rafael del Sur", "Bandar Seri Begawan" has none)
TOWN_NAME_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "la", "el"})
# what follows the end of a journey's town: its island, its day, its "where" clause, the sentence's end
AFTER_JOURNEY_TOWN = AFTER_TOWN | {"where", "in", "at"}
JOURNEY_TOWN_LIMIT = 4  # words of a town's name


def _towns_of_a_journey(m: ArticleMentions) -> None:
    """"will travel to Korotoga on Vanua Mira, where he ...", "flew to Puerto Williams and
    met X", "arrived in Baucau on Tuesday": capitalised words right after the "to" of a verb of
    travel (the "in" of "arrive") are the town the traveller goes to, though the gazetteer lacks it
    and the model reads it as a body, a person or nothing; not a name after "the" ("to the
    Pentagon"), an acronym or a name with a venue or body word ("to NATO headquarters",
    "to Supreme Headquarters Allied Powers Europe"), nor a person's or country's name."""
    tokens = m.tokens
    for i in range(2, len(tokens) - 1):
        before = tokens[i - 1]
        verb = before.head
        if not (before.dep_ == "prep" and verb.pos_ == "VERB"):
            continue
        lemma = verb.lemma_.lower()
        if not (before.lower_ == "to" and lemma in JOURNEY_TO_VERBS or before.lower_ == "in" and lemma in JOURNEY_IN_VERBS):
            continue
        end = i
        while end < len(tokens) and end - i < JOURNEY_TOWN_LIMIT and (
                tokens[end].is_title and tokens[end].is_alpha
                or tokens[end].lower_ in TOWN_NAME_PARTICLES and end > i and end + 1 < len(tokens) and tokens[end + 1].is_title):
            end += 1
        if end == i or end >= len(tokens) or tokens[end].lower_ not in AFTER_JOURNEY_TOWN or tokens[end - 1].lower_ in TOWN_NAME_PARTICLES:
            continue
        words = range(i, end)
        if any(j in m.place_at or j in m.person_at or j in m.country_at for j in words):
            continue
        if any(tokens[j].text in VENUE_WORDS or tokens[j].text in BODY_WORDS or tokens[j].text.isupper()
               or tokens[j].pos_ != "PROPN" and tokens[j].lower_ not in TOWN_NAME_PARTICLES
               or tokens[j].ent_type_ not in JOURNEY_TOWN_LABELS or tokens[j].ent_type_ == "NORP" and tokens[j].ent_id_
               for j in words):
            continue
        if tokens[i].ent_type_ and tokens[i].ent_iob_ != "B" or tokens[end].ent_iob_ == "I":
            continue  # the model's name runs on past the words or began before them: not the town alone
        _add_town(m, i, end, "place.town-of-journey")


# what follows a town fronted at a sentence's start: its day or the comma closing the phrase
AFTER_FRONTED_TOWN = frozenset({"on", ",", "last", "this", "yesterday", "today", "earlier", "later"})
# the model's labels of a town it does not know, fronted: nothing, a body or a person (not a
# region or continent it knows as a location: "In Europe, ...")
FRONTED_TOWN_LABELS = frozenset({"", "ORG", "PERSON"})


def _towns_fronted(m: ArticleMentions) -> None:
    """"At Kirvala on Saturday, X interacted with Y", "In Ulvik, X met Y": capitalised words
    right after a sentence's opening "At"/"In" that hangs on its verb, then the day or the comma,
    are the town where the sentence happens though the gazetteer lacks it and the model reads it as
    nothing, a body or a person; not an acronym, a venue or body word ("At Army Command, ..."),
    nor a person's or country's name."""
    tokens = m.tokens
    for sent in m.sdoc.sents:
        start = sent.start
        while start < sent.end and tokens[start].is_space:
            start += 1
        i = start + 1
        if i >= sent.end or tokens[start].lower_ not in ("at", "in") or tokens[start].dep_ != "prep" \
                or tokens[start].head.pos_ not in ("VERB", "AUX"):
            continue
        end = i
        while end < sent.end and end - i < JOURNEY_TOWN_LIMIT and tokens[end].is_title and tokens[end].is_alpha:
            end += 1
        if end == i or end >= sent.end or tokens[end].lower_ not in AFTER_FRONTED_TOWN:
            continue
        words = range(i, end)
        if any(j in m.place_at or j in m.person_at or j in m.country_at for j in words):
            continue
        if any(tokens[j].text in VENUE_WORDS or tokens[j].text in BODY_WORDS or tokens[j].text.isupper()
               or tokens[j].pos_ != "PROPN" or tokens[j].ent_type_ not in FRONTED_TOWN_LABELS for j in words):
            continue
        if tokens[i].ent_type_ and tokens[i].ent_iob_ != "B" or tokens[end].ent_iob_ == "I":
            continue  # the model's name runs on past the words or began before them: not the town alone
        _add_town(m, i, end, "place.town-fronted")


def _town_read_as_people(tokens: list[Token], i: int) -> bool:
    """"at the Royal Lodge in Belvoire the same day": the model may read a town the gazetteer lacks as
    a people's name; no known people's (no country behind it) and no noun after it ("in Basque country")."""
    word = tokens[i]
    return word.ent_type_ == "NORP" and not word.ent_id_ and tokens[i + 1].pos_ not in ("NOUN", "ADJ", "PROPN")


def _venue_stretched_over_town(tokens: list[Token], i: int) -> bool:
    """"at the Government House in Kolonia": the model may read the venue's name on, over "in", to
    the town as its last word."""
    word, before = tokens[i], tokens[i - 1]
    return (word.ent_type_ in VENUE_LABELS and word.ent_iob_ == "I" and before.ent_iob_ == "I"
            and before.ent_type_ == word.ent_type_ and tokens[i + 1].ent_iob_ != "I")


# the last word of a base's kind that a town's name may follow ("Canadian Forces Base Halifax", "Naval Station Norfolk")
BASE_NAME_WORDS = frozenset({"Base", "Station"})
BASE_NAME_LIMIT = 5  # capitalised words of the base's kind before its town ("Royal Canadian Air Force Base")


def _towns_ending_a_base(m: ArticleMentions) -> None:
    """"at Canadian Forces Base Halifax", "at Naval Station Norfolk": a known city written right after a
    capitalised "Base" or "Station" that ends a base's kind placed by "at"/"in" is the town the base
    is in (the model often tags none of it); not a city that goes on into a longer name."""
    tokens = m.tokens
    by_name = refdata.cities()
    for i in range(1, len(tokens) - 1):
        if tokens[i].text not in BASE_NAME_WORDS or i + 1 in m.place_at:
            continue
        start = i
        while start > 0 and i - start < BASE_NAME_LIMIT and tokens[start - 1].is_title and tokens[start - 1].is_alpha:
            start -= 1
        if start == 0 or tokens[start - 1].lower_ not in ("at", "in") or any(j in m.person_at for j in range(start, i)):
            continue
        for end in (i + 3, i + 2):
            if end > len(tokens) or not all(t.is_title and t.is_alpha for t in tokens[i + 1 : end]):
                continue
            if end < len(tokens) and tokens[end].is_title and tokens[end].is_alpha:
                continue  # the name goes on ("Naval Station Norfolk Annex")
            ref = by_name.get(m.sdoc[i + 1 : end].text)
            if ref is None or any(j in m.person_at or j in m.country_at for j in range(i + 1, end)):
                continue
            _mark_place(m, ref, m.sdoc[i + 1 : end], "place.town-ending-base", 0.7)
            break


def _towns_ending_a_venue(m: ArticleMentions) -> None:
    """"at State House Kinshasa", "at Casa Azul, Canelones": a known city written right after a
    building word or a comma, as the last word(s) of a venue's name the model reads as one body, is
    the town the venue is in."""
    by_name = refdata.cities()
    for ent in m.ents:
        if ent.label_ not in VENUE_LABELS or any(i in m.place_at for i in range(ent.start, ent.end)):
            continue
        for split in range(ent.start + 1, ent.end):
            ref = by_name.get(m.sdoc[split : ent.end].text)
            if ref is None or m.orth[split - 1] not in BUILDING_NAME_WORDS | {","}:
                continue
            _mark_place(m, ref, m.sdoc[split : ent.end], "place.town-ending-venue", 0.7)
            break


# lowercase words before "base" that describe it ("the X naval base", "the X air base")
BASE_KIND_WORDS = frozenset({"naval", "air", "military", "army", "navy", "marine", "submarine"})
TOWN_KIND_WORDS = frozenset({"garrison", "cantonment", "border", "frontier", "coastal", "port"})


def _towns_naming_a_base(m: ArticleMentions) -> None:
    """"was received at the Puerto Verde naval base": the capitalised words between "the" and a
    lowercase "naval base" (air base) name the locality the base is at, though the gazetteer lacks
    it (not a nationality, a country or a person: "the Chilean naval base")."""
    tokens = m.tokens
    for i in range(3, len(tokens)):
        base = tokens[i].lower_ == "base" and tokens[i - 1].text in BASE_KIND_WORDS \
            or tokens[i].lower_ == "station" and tokens[i - 1].text in ("air", "naval")  # "Bodo air station"
        # "the Kharkhorin garrison town": the words before a kind of town are the town's name
        town = tokens[i].lower_ in ("town", "city") and tokens[i - 1].text in TOWN_KIND_WORDS
        if not (base or town) or not tokens[i].is_lower:
            continue
        start = i - 1
        while start > 0 and tokens[start - 1].is_title and tokens[start - 1].is_alpha and tokens[start - 1].pos_ == "PROPN":
            start -= 1
        # "at Rota naval base", "visited Rota naval base": the name without "the", after "at" or a verb of visiting
        opener = start > 0 and (tokens[start - 1].lower_ in ("the", "at") or base and tokens[start - 1].lemma_ in BASE_VISIT_VERBS)
        if start == i - 1 or start > 0 and not opener or i - 1 - start > 3:
            continue
        words = range(start, i - 1)
        if any(j in m.place_at or j in m.person_at or j in m.country_at or tokens[j].ent_type_ == "NORP" for j in words):
            continue
        # its country: that of the city named last before it (the story's trip goes on in that country)
        country = next((m.places[k].country for j in range(start - 1, -1, -1) if (k := m.place_at.get(j))
                        and m.places[k].kind == "City" and m.places[k].country), None)
        _add_town(m, start, i - 1, "place.town-of-base", country)


LIST_GOES_ON = frozenset({",", "and", "or", "&"})
BASE_VISIT_VERBS = frozenset({"visit", "tour", "reach", "inspect"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "port"})  # "in the <country adjective> city of <city>"


def _place_context_before(m: ArticleMentions, start: int) -> bool:
    """The words before token ``start`` say a place follows: "in X", "at X", "the city of X"."""
    before = m.lower[start - 1]
    return before in ("in", "at") or before == "of" and start > 1 and m.lower[start - 2] in SETTLEMENT_NOUNS \
        or town_near_a_venue_at(m.sdoc, start) or island_after_on(m.sdoc, start)  # "at Camp X near Y", "on the island of Y"


def _same_id_run(m: ArticleMentions, i: int) -> str:
    """The text of the tokens from ``i`` on that share token ``i``'s entity id ("Hong Kong")."""
    j = i
    while j < len(m.tokens) and m.tokens[j].ent_id_ == m.tokens[i].ent_id_:
        j += 1
    return " ".join(t.text for t in m.tokens[i:j])


def _city_after_comma(m: ArticleMentions, i: int) -> bool:
    """Token ``i`` is a comma followed by a city of the gazetteer, or a city-state, that ends no list
    ("..., Tokyo." or "..., Singapore." but not "..., Tokyo and Osaka")."""
    if i + 1 >= len(m.tokens) or m.orth[i] != ",":
        return False
    j = i + 1
    ident = m.tokens[j].ent_id_
    if ident.startswith("city:") or ident.startswith("country:") and _same_id_run(m, j) in refdata.city_states():
        while j < len(m.tokens) and m.tokens[j].ent_id_ == ident:
            j += 1
    elif m.orth[j] in refdata.cities():
        j += 1
    else:
        return False
    return j >= len(m.tokens) or m.lower[j] not in LIST_GOES_ON


def _capitals_of_named_countries(m: ArticleMentions) -> None:
    """A lone proper noun that is the capital of a country the article names is that city, even
    without "in"/"to" before it ("reached Victoria", with Seychelles named): the model may read it
    as an organisation or leave it untagged."""
    named = set(m.countries)
    for token in m.tokens:
        ref = refdata.cities().get(token.text)
        if (ref is None or ref.country not in named or token.text not in refdata.capitals() or token.pos_ != "PROPN"
                or token.i in m.place_at or token.i in m.person_at or token.i in m.country_at
                or token.ent_type_ in ("NORP", TITLE) or _in_longer_name(m, token)
                or token.ent_type_ == "PERSON" and not _gone_to(m, token) or _state_after_a_town(m, m.sdoc[token.i : token.i + 1])):
            continue
        place = m.place_of(ref)
        key = place.key
        place.evidence.append(m.evidence(token.idx, token.idx + len(token.text), "place.capital", 0.7))
        m.place_at[token.i] = key


GONE_TO_WORDS = frozenset({"to", "visit", "visited", "visiting", "visits"})


def _gone_to(m: ArticleMentions, token) -> bool:
    """"is expected to visit Niamey", "travelled to Lome": a capital the model read as a person (and
    no person rule took) is the place a journey goes to."""
    return token.i > 0 and m.lower[token.i - 1] in GONE_TO_WORDS


def _in_longer_name(m: ArticleMentions, token) -> bool:
    """"Lake Victoria", "Victoria Harbour", "Queen Victoria": a capitalised word beside it makes one name."""
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(m.tokens) and m.orth[i][:1].isupper() and m.pos[i] == "PROPN" and m.tokens[i].is_alpha:
            return True
    return False


def _dateline(m: ArticleMentions) -> None:
    """A dateline ("NEW DELHI:", "Male, Oct 7 (IANS)") names where the article was filed."""
    found = next(((match, ref) for match in _dateline_matches(m.doc.text, m.doc.body_start)
                  if (ref := _dateline_place(match.group(1).strip()) or _city_of_bracketed_country(match)
                             or _city_of_country_after(match) or _city_the_text_names(m, match.group(1).strip())) is not None), None)
    # "(EFE) - PORTHAVEN, MARCH 5 - Defence Minister X ...": the agency credited before the dateline,
    # whether or not the gazetteer knows its town, tells the story from its own country as one after it does
    lead_agency = _lead_agency_country(m.doc.text, m.doc.body_start)
    m.agency_country = lead_agency
    if found is None:
        return
    match, ref = found
    name = match.group(1).strip()
    s, e = match.start(1), match.end(1)
    place = m.place_of(ref)
    key = place.key
    if place.country is None:
        place.country = ref.country  # a town the gazetteer lacks, named in the body too: its country is the dateline's
    if name.casefold() != ref.name.casefold() and name not in place.aliases:  # "NEW DELHI" is no other name
        place.aliases.append(name)
    place.evidence.append(m.evidence(s, e, "place.dateline", 0.9))
    m.dateline_place = key
    slash_credit = SLASH_AGENCY_CREDIT.match(m.doc.text, match.end())
    end = slash_credit.end() if slash_credit else _past_bracketed_country_date(m.doc.text, match.end())  # "..., May 5. /TASS/.": the credit ends the dateline
    m.agency_country = (refdata.news_agencies().get(slash_credit.group(1)) if slash_credit
                        else _credited_agency_country(m.doc.text, match.end())) or lead_agency
    span = m.sdoc.char_span(s, end, alignment_mode="expand")
    if span is not None:
        m.dateline_end = span.end
        for i in range(span.start, span.end):
            m.place_at.setdefault(i, key)


HEADLINE_MAX_WORDS = 20


def _headline_end(m: ArticleMentions) -> int:
    """Token index after a headline: a first line of at most HEADLINE_MAX_WORDS words that ends with
    no full stop, above more text ("Readout: Minister X hosts ... in The Hague"); 0 when none."""
    first = TEXT_LINE.search(m.doc.text, m.doc.body_start)
    if first is None or first.end() >= len(m.doc.text.rstrip()):
        return 0
    line = first.group().strip()
    if len(line.split()) > HEADLINE_MAX_WORDS or line.endswith((".", "!", "?", '"', "”")):
        return 0
    span = m.sdoc.char_span(first.start(), first.end(), alignment_mode="expand")
    return span.end if span is not None else 0


DATELINE_LOOKAHEAD_LINES = 6  # headline, standfirst, byline, "Updated:" line: the dateline opens the lead after them
TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")
LEAD_MIN_WORDS = 30  # a line this long is the lead paragraph itself: no dateline after it


def _dateline_matches(text: str, start: int) -> Iterator[re.Match]:
    """Dateline-shaped openings of the body's first lines, in order: the first line, else a line after
    a headline, standfirst or byline ("By X", "Updated: ..."), up to and including the lead paragraph;
    or a city in capitals alone on such a line."""
    lines = 0
    for line in TEXT_LINE.finditer(text, start):
        # "(EFE) - MADRID, MARCH 5 - ...": an agency's mark in brackets may open the line before the city
        at = mark.end() if (mark := AGENCY_MARK_OPENING.match(text, line.start())) is not None else line.start()
        if (match := DATELINE.match(text, at) or DATELINE_ALONE.match(text, at)) is not None:
            yield match
        lines += 1
        if lines >= DATELINE_LOOKAHEAD_LINES or len(line.group().split()) >= LEAD_MIN_WORDS:
            return


# "(EFE) - PORTHAVEN, MARCH 5 - ...", "(Reuters) - ...": an agency's mark opening the lead, before any dateline
AGENCY_MARK_OPENING = re.compile(r"[ \t]*\(\s*([A-Za-z]{2,12})\s*\)[ \t]*[—–-]+[ \t]*")
# "KAZAN, May 5. /TASS/.", "ASTANA, 06.03.2027 /AGN "Name"/." (an agency's name after its letters)
SLASH_AGENCY_CREDIT = re.compile(r"\.?[ \t]*/([A-Z]{2,12})(?:[ \t]+[\"“][^\"”/\n]{1,30}[\"”])?/\.?")


def _leading_agency_credit(text: str, start: int) -> re.Match | None:
    """A national news agency's credit opening the line at ``start`` ("(EFE) - ..."); None else."""
    credit = AGENCY_MARK_OPENING.match(text, start)
    return credit if credit and credit.group(1) in refdata.news_agencies() else None


def _lead_agency_country(text: str, start: int) -> str | None:
    """Country of the national agency credited at the opening of one of the body's first lines."""
    for lines, line in enumerate(TEXT_LINE.finditer(text, start)):
        if lines >= DATELINE_LOOKAHEAD_LINES:
            return None
        if (credit := _leading_agency_credit(text, line.start())) is not None:
            return refdata.news_agencies()[credit.group(1)]
        if len(line.group().split()) >= LEAD_MIN_WORDS:
            return None
    return None


# "Colombo, May 4 (IANS):", "Lima, Jun 2 (Agencia Sur) The ...": an agency's letters or name of up to three words
AGENCY_CREDIT = re.compile(r"[^\n(]{0,30}?\(\s*([A-Za-z]{2,12}(?:[ \t][A-Z][a-z]{1,12}){0,2})\s*\)")


BRACKETED_COUNTRY_DATE = re.compile(rf"\(\s*([{_DATELINE_UPPER}][{_DATELINE_LETTERS} .'-]{{1,30}}?)\s*\)\s*,\s*"
                                    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b)")


def _past_bracketed_country_date(text: str, end: int) -> int:
    """Where a dateline ends: the pattern stops at the "(" of "Suva (Fiji), Mar 3 (IANS)", but the
    city's country in brackets and the date after it are the dateline's too (its date dates the story)."""
    start = end - 1 if end and text[end - 1] == "(" else end
    after = BRACKETED_COUNTRY_DATE.match(text, start)
    return after.end() if after and after.group(1) in refdata.country_by_name() else end


def _dateline_agency_credit(text: str, end: int) -> re.Match | None:
    """The agency credited in brackets after a dateline that ends at ``end`` ("Colombo, May 4 (IANS):"),
    past the city's country in brackets before the date ("Suva (Fiji), May 4 (IANS)"); None if none."""
    start = end - 1 if end and text[end - 1] == "(" else end  # the dateline pattern may have taken its "("
    credit = AGENCY_CREDIT.match(text, start)
    if credit and credit.group(1) in refdata.country_by_name():
        credit = AGENCY_CREDIT.match(text, credit.end())
    return credit


def _credited_agency_country(text: str, end: int) -> str | None:
    """Country of the national news agency a dateline credits: "Colombo, May 4 (IANS):" -> India."""
    credit = _dateline_agency_credit(text, end)
    return refdata.news_agencies().get(credit.group(1)) if credit else None


def _dateline_credited_names(text: str, start: int) -> list[tuple[int, int]]:
    """Character spans of the agencies credited after the dateline-shaped openings of the body's first
    lines ("Lima, Jun 2 (Agencia Sur) The Minister ..."): an agency the model may take for a person."""
    return [credit.span(1) for match in _dateline_matches(text, start)
            if (credit := _dateline_agency_credit(text, match.end())) is not None]


@cache
def _places_by_folded_name() -> dict[str, refdata.PlaceRef]:
    """Cities and city states by case-folded name: datelines are in capitals ("DAR ES SALAAM")."""
    table: dict[str, refdata.PlaceRef] = {}
    for form, ref in {**refdata.city_states(), **refdata.cities()}.items():
        table.setdefault(form.casefold(), ref)
    return table


def _city_of_bracketed_country(match: re.Match) -> refdata.PlaceRef | None:
    """"KAZAN /Russia/, ..." or "TOKYO [Japan], ...": a dateline that names the city's country names a
    city, known to the gazetteer or not (a town too small for it)."""
    bracketed = next((g for g in match.groups()[1:3] if g), None) if match.re is DATELINE else None
    country = refdata.country_by_name().get(bracketed.strip()) if bracketed else None
    name = match.group(1).strip()
    if country is None or not name.replace(" ", "").isalpha():
        return None
    return refdata.PlaceRef(name.title() if name.isupper() else name, "City", country)


COUNTRY_AFTER_CITY = re.compile(rf",\s*([{_DATELINE_UPPER}][{_DATELINE_LETTERS}']+(?:\s[{_DATELINE_LETTERS}']+){{0,3}}?)\s*,")


def _city_of_country_after(match: re.Match) -> refdata.PlaceRef | None:
    """"KITWE, Zambia, 3 May 2025 (ZANIS) –": a dateline city followed by its country names a
    city, known to the gazetteer or not (a town too small for it)."""
    after = COUNTRY_AFTER_CITY.match(match.string, match.end(1)) if match.re is DATELINE else None
    country = refdata.country_by_name().get(after.group(1)) if after else None
    name = match.group(1).strip()
    if country is None or not name.replace(" ", "").isalpha():
        return None
    return refdata.PlaceRef(name.title() if name.isupper() else name, "City", country)


def _city_the_text_names(m: ArticleMentions, name: str) -> refdata.PlaceRef | None:
    """A dateline's town the gazetteer lacks ("PORTHAVEN, MARCH 5 -") that the text names as a city
    ("at the Naval School in Porthaven, Maine")."""
    place = next((p for p in m.places.values() if p.kind == "City" and p.name.strip().casefold() == name.casefold()), None)
    return refdata.PlaceRef(place.name.strip(), "City", place.country) if place is not None else None


def _dateline_place(name: str) -> refdata.PlaceRef | None:
    """The city a dateline names, as written or in any case."""
    return refdata.cities().get(name) or refdata.city_states().get(name) or _places_by_folded_name().get(name.casefold())


def _speaker_of_what_went_before(sdoc: Doc, name_end: int, title_before: Span) -> bool:
    """The name ending before ``name_end`` is the subject of a verb of saying right after it ("...,
    spokesman X said.") and ``title_before`` is in the clause said, not in the name's own phrase: a
    speaker attributing the clause before, not one more post of a list."""
    last = sdoc[name_end - 1]
    if last.dep_ != "nsubj" or last.head.i < name_end or last.head.lemma_.lower() not in QUOTE_VERBS:
        return False
    other = title_before.root
    return other not in last.subtree and last not in other.subtree


def _post_modifier(sdoc: Doc, i: int) -> bool:
    """Token ``i`` is one word that qualifies the title after it: a kind of post ("Acting",
    "Parliamentary") or when it is held ("New", "Outgoing"); no name, country, title or force word
    of its own. Only known words: "Pakistan's Ousted Army Chief" is no post held. Capitalised, or
    lower-case before a lower-case title ("Poland's acting defence minister")."""
    if i < 1 or i + 1 >= len(sdoc):
        return False
    token = sdoc[i]
    written_like_title = token.text[:1].isupper() or token.is_lower and sdoc[i + 1].is_lower
    return token.is_alpha and written_like_title and not token.is_sent_start and token.ent_type_ not in ("PERSON", TITLE) \
        and not token.ent_id_ and token.lower_ in POST_QUALIFIERS | TIME_QUALIFIERS | FORMER_WORDS


def _before_word(sdoc: Doc, start: int, end: int, word: str) -> int:
    """The index of the first ``word`` (lower case) in ``sdoc[start:end]``, else ``end``."""
    return next((j for j in range(start, end) if sdoc[j].lower_ == word), end)


def _country_before(sdoc: Doc, i: int) -> tuple[str, int] | None:
    """Country written right before token ``i``: "Maldives X", "Malaysian X", "Singapore's X", and
    the country of a force whose post it is ("the Philippine Navy's X", "Japan Self-Defense Forces X")."""
    j = i - 1
    if j >= 0 and sdoc[j].text in ("'s", "’s", "'", "’"):
        j -= 1
    if j >= 1 and (sdoc[j].lower_ in FORCE_HEADS or j < i - 1 and sdoc[j].lower_ in POSSESSED_BODY_HEADS) and not sdoc[j].ent_id_:
        # (a ministry only before its possessive: "the Ruritanian Defence Ministry's Permanent Secretary")
        j = _force_country_word(sdoc, j)
        if j is None:
            return None
    elif j >= 1 and sdoc[i].lower_ in FORCE_HEADS and sdoc[j].text[:1].isupper() and sdoc[j].ent_type_ in ("", "ORG") \
            and (j == i - 1 or sdoc[j].lower_ == "people"):
        # "Somali National Army commander X", "Vietnam People's Navy Commander X": the title took the
        # force's last word
        j = _force_country_word(sdoc, i)
        if j is None:
            return None
    if j >= 0 and sdoc[j].ent_id_.startswith("country:"):
        return sdoc[j].ent_id_.split(":", 1)[1], j
    return None


RANK_REACH = 4  # words a rank may take before a name ("Air Vice Marshal", "Lieutenant General")


def _country_before_rank(sdoc: Doc, start: int) -> str | None:
    """Country written before the rank that opens the name at ``start`` ("Ruritanian Navy Rear Admiral
    X", "Ruritania's Major General X"): the person's own, as a title's country is; None without a rank."""
    opening = next((j for j in range(max(0, start - RANK_REACH), start) if skip_honorifics(sdoc, j, start) == start), None)
    if opening is None:
        return None
    before = _country_before(sdoc, opening)
    return before[0] if before else None


def _country_from(sdoc: Doc, i: int) -> tuple[str, int] | None:
    """(ISO3, last token) of "from <country>" / "of <country>" starting at token ``i``, else None."""
    j = i + 1
    if j >= len(sdoc) or sdoc[i].lower_ not in ("from", "of") or not sdoc[j].ent_id_.startswith("country:"):
        return None
    while j + 1 < len(sdoc) and sdoc[j + 1].ent_iob_ == "I":
        j += 1  # "from Papua New Guinea"
    return sdoc[i + 1].ent_id_.split(":", 1)[1], j


def _name_apposed_before(m: ArticleMentions, token: Token) -> tuple[str, tuple[int, int]] | None:
    """(key, token range) of the name set off right before "his <country> counterpart" at ``token``
    ("met Y, his Italian counterpart, on Monday"), else None."""
    before = _country_before(m.sdoc, token.i)
    if before is None or before[1] < 3 or m.lower[before[1] - 1] not in ("his", "her") or m.orth[before[1] - 2] != ",":
        return None
    comma = before[1] - 2
    return next(((key, (start, end)) for start, end, key in m.person_spans if end == comma), None)


def _subject_after_fronted_phrase(sdoc: Doc, token: Token, found: tuple[int, int]) -> bool:
    """"After meeting his Swedish counterpart, X told reporters": the name past the comma is the
    subject of the verb that the phrase holding "counterpart" opens the sentence for (a fronted
    adverbial: a prepositional or adverbial clause before the subject), so not the counterpart."""
    subject = next((sdoc[k] for k in range(*found) if sdoc[k].dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.head.i < found[0]:
        return False
    step = token
    while step.head.i != step.i and step.head.i != subject.head.i:
        step = step.head
    return step.head.i == subject.head.i and step.dep_ in ("prep", "advcl") and step.i < token.i


def _after_country_of_counterpart(sdoc: Doc, i: int) -> int | None:
    """The comma closing "counterpart from Lebanon," at token ``i`` (the name follows it), else None."""
    found = _country_from(sdoc, i + 1)
    return found[1] + 1 if found and found[1] + 1 < len(sdoc) and sdoc[found[1] + 1].text == "," else None


def _counterpart_country_after(sdoc: Doc, i: int, name_end: int) -> str | None:
    """Country of the counterpart at token ``i`` written after the word or after the name ending at
    ``name_end``: "his counterpart from Lebanon, X" or "his counterpart X of Lebanon"."""
    if (found := _country_from(sdoc, i + 1)) is not None:
        return found[0]
    if name_end < len(sdoc) and sdoc[name_end].lower_ == "from" and (found := _country_from(sdoc, name_end)) is not None:
        return found[0]
    return _country_after(sdoc, name_end) if name_end < len(sdoc) and sdoc[name_end].lower_ == "of" else None


def _countries_listed_before(sdoc: Doc, i: int) -> list[tuple[str, int]]:
    """(ISO3, first token) of each country of a list written right before token ``i``, in order:
    "Thai and Lao counterparts", "Czech, Slovak and Polish counterparts"."""
    before = _country_before(sdoc, i)
    listed: list[tuple[str, int]] = []
    while before is not None:
        iso, k = before
        while k > 0 and sdoc[k].ent_iob_ == "I":
            k -= 1  # "Papua New Guinea": the first word
        listed.insert(0, (iso, k))
        k -= 1
        if k < 1 or sdoc[k].lower_ not in ("and", ","):
            break
        k -= 1 if sdoc[k - 1].text != "," else 2  # ", and"
        before = (sdoc[k].ent_id_.split(":", 1)[1], k) if k >= 0 and sdoc[k].ent_id_.startswith("country:") else None
    return listed


def _counterparts_listed_on(m: ArticleMentions, i: int) -> list[tuple[str, str, int, int]]:
    """(person key, ISO3, country's first token, name's end token) of the names listed from token
    ``i`` (after a counterpart's name) each after its country's possessive: "his Danish counterpart X,
    Finland's Y, Sweden's Z and ...": the list's other counterparts. Stops at any other item
    ("Iceland's Minister for Foreign Affairs, W": a title of its own)."""
    starts = {start: (end, key) for start, end, key in m.person_spans}
    found = []
    while i + 1 < len(m.tokens) and m.orth[i] in (",", "and"):
        j = i + 1 + (m.orth[i] == "," and m.lower[i + 1] == "and")  # ", and"
        iso = m.country_at.get(j)
        if iso is None:
            break
        k = j
        while k in m.country_at and m.country_at[k] == iso:
            k += 1
        if k + 1 >= len(m.tokens) or m.orth[k] not in POSSESSIVE_MARKS or k + 1 not in starts:
            break
        end, key = starts[k + 1]
        found.append((key, iso, j, end))
        i = end
    return found


def _counterparts_paired(m: ArticleMentions, token: Token) -> list[tuple[str, str, int, int]]:
    """(person key, ISO3, country's first token, name's end token) of counterparts listed as their
    countries are ("his Thai and Lao counterparts, X and Y", "his counterparts from A and B, X and Y"): the countries and the names paired in
    order; empty unless two or more of each, as many of each, every name a person's."""
    countries, names_from = countries_listed_from(m.sdoc, token.i + 1)  # or "his counterparts from A and B, X and Y"
    countries = countries or _countries_listed_before(m.sdoc, token.i)
    names = names_listed_after(m.sdoc, names_from if names_from > token.i + 1 else token.i + 1)
    keys = [m.person_at.get(start) for start, _ in names]
    if len(countries) < 2 or len(countries) != len(names) or None in keys:
        return []
    return [(key, iso, start, end) for key, (iso, start), (_, end) in zip(keys, countries, names)]


# Who acts for another: "X, a close aide of President Y" (Y is X's country's).
DELEGATE_NOUNS = frozenset({"aide", "adviser", "advisor", "confidant", "envoy", "emissary", "representative", "ally"})
PRINCIPAL_NOUNS = DELEGATE_NOUNS | {"deputy"}  # "deputy to President Y", "a delegate of Y": Y is the principal


def _principal_country(m: ArticleMentions, key: str, clusters: dict[str, _Cluster]) -> str | None:
    """The country of person ``key``'s aide or envoy: "X, a close aide of President Y" makes Y of X's
    country, when X's is known."""
    for start, end, k in m.person_spans:
        if k != key:
            continue
        root = m.tokens[end - 1]
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("of", "to") or prep.head.lemma_.lower() not in PRINCIPAL_NOUNS:
            continue
        aide_token = _delegate_named(prep.head)
        aide = _person_of(m, aide_token, pronoun=False) if aide_token is not None else None
        if aide is not None and aide != key and clusters[aide].country:
            return clusters[aide].country
    return None


def _delegate_named(noun):
    """Who the aide or deputy noun ``noun`` is said of: the name it is in apposition to ("X, a
    close aide of Y"), or the subject of a verb of HOLDING_CLAUSE_VERBS ("X serves as deputy to Y",
    "X is an aide to Y", "X acts as deputy to Y"); None otherwise."""
    if noun.dep_ == "appos":
        return noun.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head if noun.dep_ == "attr" else None
    if verb is None or verb.lemma_.lower() not in HOLDING_CLAUSE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


TITLE_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w' -]+)$")


UNIT_WORDS = frozenset({"region", "province", "district", "division", "area", "zone", "sector", "command"})


def _compass_unit(name: str) -> bool:
    """"Northern Region", "Eastern Province": also the name of many a military command."""
    words = name.lower().split()
    return words[0] in COMPASS_WORDS and words[-1] in UNIT_WORDS


def _title_subdivision_country(title: str) -> str | None:
    """The country of the state or province a title ends with ("Chief Minister of the Northern
    Territory" -> AUS); None for any other title."""
    match = TITLE_OF_PLACE.search(title)
    if match is None or _compass_unit(match.group(1)):
        return None
    return refdata.subdivision_countries().get(match.group(1))


def _force_named_before_title(sdoc: Doc, country_start: int, title: Span) -> bool:
    """The title opens with a force's last word, the rest of the force's name written between its
    country and the title ("Somali National Army commander", "Kenya Navy Commander": the force
    named with its country; not "Vietnam's Navy Commander")."""
    between = title.start - country_start
    return title[0].lower_ in FORCE_HEADS and (between > 2 or between >= 1 and sdoc[title.start - 1].text not in POSSESSIVE_MARKS)


def _force_of_country_post(m: ArticleMentions, title: str, ent: Span, country_last: int) -> tuple[str, str] | None:
    """"Armed Forces of Malta chief of staff X": the post written head first with the force and its
    country ("Chief of Staff of the Armed Forces of Malta") and without the country ("Chief of Staff
    of the Armed Forces"); None unless a force named with "of <country>" ends right before the title."""
    country = next((e for e in m.ents if e.start <= country_last < e.end), None)
    if country is None or country.start < 2 or country.end != ent.start or (found := force_named_with_country(m.sdoc, country)) is None:
        return None
    start, of = found
    return f"{title} of the {m.sdoc[start:country.end].text}", f"{title} of the {m.sdoc[start:of].text}"


# "Commander of the U.S. Southern Command": a force or command whose name opens with its country's
# code is as often written without "the" ("Commander of U.S. Southern Command")
COUNTRY_CODE_AFTER_THE = re.compile(r"\bof the ((?:[A-Z]\.){2,3}\s|[A-Z]{2,3}\s)")


def _post_of_force_named_first(sdoc: Doc, country_last: int, ent: Span) -> str | None:
    """"Philippine Navy Flag Officer in Command", "Philippine Air Force commanding general": a post
    written after its force and the force's country, named head first with the force ("Flag Officer
    in Command of the Philippine Navy", "Commanding General of the Philippine Air Force"), as the
    post is also written; None unless a force's head word ends the words before the post's head
    (not "Philippine Defence Secretary", nor "the Philippines' Navy Chief": a possessive, no name)."""
    start = country_last
    while start > 0 and sdoc[start].ent_iob_ == "I":
        start -= 1  # "Sri Lanka Navy Commander": the country's first word
    if any(t.text in POSSESSIVE_MARKS for t in sdoc[start : ent.start]):
        return None
    words = list(sdoc[country_last + 1 : ent.end])
    last_force = max((k for k, t in enumerate(words[:-1]) if t.lower_ in FORCE_HEADS), default=None)
    if last_force is None or country_last + 1 + last_force < ent.start - 1:
        return None  # the force's head word ends the words before the post (or opens the post)
    head = words[last_force + 1 :]
    if len(head) > 3 and head[0].text == "(" and head[2].text == ")":
        head = head[3:]  # "U.S. Southern Command (SOUTHCOM) commander": the acronym is no part of the post
    if not head or head[0].lower_ in ("of", "for", "and") or component_command_end(sdoc, head[0].i):
        return None  # "U.S. Army South commander": the region word is the command's, not the post's
    head_text = capitalised_post(head, TITLE_JOINERS | {"in", "at", "to"})
    force = sdoc[start : country_last + 2 + last_force].text
    return f"{head_text} of the {force}"


def _post_of_possessed_body(sdoc: Doc, country_last: int, ent: Span) -> list[str]:
    """"the Ruritanian Army's Chief of Staff", "the Ruritanian Defence Ministry's Permanent Secretary":
    the post head first with its body, with and without the country ("Chief of Staff of the
    Ruritanian Army", "Permanent Secretary of the Defence Ministry"), as posts of a force or ministry
    are also written; none unless the body's possessive ends right before the title."""
    mark = ent.start - 1
    if mark < 2 or sdoc[mark].text not in POSSESSIVE_MARKS or sdoc[mark - 1].lower_ not in POSSESSED_BODY_HEADS \
            or not sdoc[mark - 1].text[:1].isupper() or country_last >= mark - 1:
        return []
    start = country_last
    while start > 0 and sdoc[start].ent_iob_ == "I":
        start -= 1  # "the Sri Lanka Navy's ...": the country's first word
    return [f"{ent.text} of the {sdoc[start:mark].text}", f"{ent.text} of the {sdoc[country_last + 1:mark].text}"]


def _force_country_word(sdoc: Doc, head: int) -> int | None:
    """Index of the country word that opens the force's name ending at ``head`` ("Japan Self-Defense
    Forces", "Royal Thai Air Force"), at most four words before; None without one."""
    j = head - 1
    while j >= 0 and head - j <= 4 and not sdoc[j].ent_id_.startswith("country:"):
        word = sdoc[j].text[:1].isupper() and sdoc[j].ent_type_ in ("", "ORG")  # the model may take "People's" for an organisation
        possessive = sdoc[j].text in POSSESSIVE_MARKS and j > 0 and sdoc[j - 1].lower_ == "people"  # "Vietnam People's Army"
        if not (word or possessive or sdoc[j].text == "-" and not sdoc[j].whitespace_):
            return None
        j -= 1
    return j if j >= 0 and sdoc[j].ent_id_.startswith("country:") else None


FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "late", "retired", "previous", "ousted", "deposed", "sacked"})
# Words before a title that tell which kind of post it is ("South Korea's Acting Defence Minister")
POST_QUALIFIERS = frozenset({"acting", "interim", "caretaker", "administrative", "parliamentary", "principal", "additional", "senior", "special", "executive"})
# Words before a title that tell when its holder holds it, not which post it is ("Japan's New Defence Minister")
TIME_QUALIFIERS = frozenset({"new", "newly", "outgoing", "incoming", "current", "present", "incumbent", "serving", "then"})


# Heads of organisations: after "its" ("its President, Dr X", "led by its Secretary-General X") the
# post is the organisation's the sentence is about, not a country's.
ORGANISATION_HEAD_TITLES = CHAIR_WORDS | frozenset({"president", "secretary-general", "secretary general", "director general",
                                      "director-general", "head", "executive director",
                                      "executive secretary"})


def _organisation_post(sdoc: Doc, i: int) -> bool:
    """The title at token ``i`` is led by an organisation ("UN Secretary-General", "ASEAN's ...", "its
    President")."""
    j = i - 1
    if j >= 0 and sdoc[j].lower_ == "its" and sdoc[i].ent_type_ == TITLE:
        return _its_organisation_head(sdoc, i)
    if j >= 0 and sdoc[j].text in ("'s", "’s"):
        j -= 1
    if j < 0 or sdoc[j].ent_id_.startswith("country:"):
        return False
    token = sdoc[j]
    if not token.text[:1].isupper():
        return False  # "after" that the model swept into an organisation's span
    if token.text.rstrip(".") in refdata.honorifics_by_first_word() and sdoc[j - 1].text not in ("'s", "’s"):
        return False  # "HRH Minister of Defence Prince X", "H.E. Minister X": an honorific, not a body's acronym
    return token.ent_type_ == "ORG" or token.ent_id_.startswith("framework:") or (token.text.isupper() and len(token.text) >= 2 and token.is_alpha)


def _formation_of_head(sdoc: Doc, ent: Span, title: str) -> str | int | None:
    """The body of a commander nlp.titles_of_formation_heads read: its name ("Commander of Alpcorps,
    X" -> "Alpcorps"), or the index of "its" before the head ("its commander, Maj Gen Y"); None for
    any other title, and for "led by its Commander" (a national body's, see nlp.body_led_by_its_head)."""
    if title not in ("Commander", "Commandant") or len(ent) != 1:
        return None
    i = ent.start
    if i >= 1 and sdoc[i - 1].lower_ == "its":
        if body_led_by_its_head(sdoc, i) is not None or institution_before_its_head(sdoc, i) is not None:
            return None
        return i - 1
    end = formation_name_end(sdoc, ent.end)
    if end is None:
        return None
    first = ent.end + 1 + (sdoc[ent.end + 1].lower_ == "the")
    return sdoc[first:end].text


# Nouns a multinational formation is called by once named ("the corps' Chief of Staff")
FORMATION_NOUNS = frozenset({"corps", "command", "force"})


def _formation_possessing(sdoc: Doc, i: int) -> int | None:
    """"the corps' Chief of Staff" / "the force's commander": the index of the lowercase formation
    noun whose possessive opens the title at ``i``, else None."""
    if not _the_nouns_possessive(sdoc, i, FORMATION_NOUNS):
        return None
    noun = sdoc[i - 2]
    return noun.i if noun.is_lower else None


def _the_nouns_possessive(tokens: Doc | list[Token], i: int, nouns: frozenset[str]) -> bool:
    """"the <noun>'s" (or "the <noun>'") right before token ``i``, its noun one of ``nouns``: "the
    state's Governor", "the country's", "the ministry's", "the corps' Chief of Staff"."""
    return i >= 3 and tokens[i - 1].text in POSSESSIVE_MARKS and tokens[i - 2].lower_ in nouns and tokens[i - 3].lower_ == "the"


def _its_organisation_head(sdoc: Doc, i: int) -> bool:
    """"its President" at ``i``: an organisation's head when the last country or organisation named
    before in the sentence is an organisation ("Sri Lanka and its President X" is the country's);
    with neither, only for titles no country has ("its Secretary-General")."""
    end = i
    while end < len(sdoc) and sdoc[end].ent_type_ == TITLE and (end == i or sdoc[end].ent_iob_ != "B"):
        end += 1
    title = sdoc[i:end].text.lower()
    if title not in ORGANISATION_HEAD_TITLES or institution_before_its_head(sdoc, i) is not None:
        return False  # "the X Institute ... its President": a national body's head (see _holdings)
    for k in range(i - 2, sdoc[i].sent.start - 1, -1):
        token = sdoc[k]
        if token.ent_id_.startswith("country:"):
            return False
        if token.ent_type_ == "ORG" or token.ent_id_.startswith("framework:"):
            return True
    return title not in ("president", "head") and title not in CHAIR_WORDS


def _post_body_token(sdoc: Doc, i: int) -> int | None:
    """The token naming the body whose post the title at ``i`` is, when ``_organisation_post`` holds:
    the name right before it ("NATO Secretary General", "ASEAN's ..."), or for "its
    Secretary-General" the organisation last named before it in the sentence."""
    j = i - 1
    if sdoc[j].lower_ == "its":
        return next((k for k in range(i - 2, sdoc[i].sent.start - 1, -1)
                     if sdoc[k].ent_type_ == "ORG" or sdoc[k].ent_id_.startswith("framework:")), None)
    return j - 1 if sdoc[j].text in ("'s", "’s") else j


def _spelt_out_acronym(sdoc: Doc, i: int) -> bool:
    """Token ``i`` is an acronym the text gave a name in brackets before ("the United Nations Mission
    in X (UNMIX)" ... "UNMIX") and no country's."""
    word = sdoc[i].text
    if not (2 <= len(word) <= 8 and word.isupper() and word.isalpha()) or sdoc[i].ent_id_.startswith("country:"):
        return False
    return any(sdoc[k].text == word and sdoc[k - 1].text == "(" and sdoc[k + 1].text == ")" for k in range(1, i - 1))


def _acronym_before_a_ranked_name(sdoc: Doc, i: int) -> int | None:
    """Index of the comma after "of (the) <acronym>" at token ``i`` when a rank opens the name after it
    ("Chief of the Defence Force of the F-FDTL, Major General X", "Commander of the KDF, Lt Gen X"): the
    body a post is of, by an acronym the story never spelt out (not a country's: "of the UAE")."""
    if i >= len(sdoc) or sdoc[i].lower_ != "of":
        return None
    j = i + 1 + (i + 1 < len(sdoc) and sdoc[i + 1].lower_ == "the")
    end = j
    # the acronym's parts joined by hyphens with no space ("F-FDTL")
    while end < len(sdoc) and sdoc[end].text.isupper() and sdoc[end].is_alpha and not sdoc[end].ent_id_.startswith("country:"):
        end += 1
        if end + 1 < len(sdoc) and sdoc[end].text == "-" and not sdoc[end - 1].whitespace_ and not sdoc[end].whitespace_:
            end += 1
        else:
            break
    letters = sum(len(t.text) for t in sdoc[j:end] if t.is_alpha)
    if end == j or not 2 <= letters <= 10 or end + 2 >= len(sdoc) or sdoc[end].text != "," or not rank_at(sdoc, end + 1, len(sdoc)):
        return None
    return end


def _body_after_title(sdoc: Doc, end: int) -> int | None:
    """The last token of a body named after a title by "of (the)" ("Secretary-General of the X
    Coalition", "Commander of the CMF"): an organisation, not a country's ("of India")."""
    j = end + 1
    if end >= len(sdoc) or sdoc[end].lower_ != "of" or j >= len(sdoc):
        return None
    if sdoc[j].ent_type_ != "ORG" and _spelt_out_acronym(sdoc, j):
        return j  # "Head of Mission of UNMIX": an acronym the model left untagged, spelt out before
    if sdoc[j].lower_ == "the" and sdoc[j].ent_type_ != "ORG":
        j += 1
    if j >= len(sdoc) or sdoc[j].ent_type_ != "ORG" or sdoc[j].ent_id_.startswith("country:"):
        return None
    # to the end of the name: the entity, and capitalised words the model left out ("ECOWAS | Commission")
    while j + 1 < len(sdoc) and (sdoc[j + 1].ent_type_ == "ORG" and sdoc[j + 1].ent_iob_ == "I"
                                 or not sdoc[j + 1].ent_type_ and sdoc[j + 1].is_alpha and sdoc[j + 1].text[:1].isupper()):
        j += 1
    return j


# Posts only international bodies have, written after the body with a portfolio: "ECOWAS Commissioner
# for Political Affairs, Peace and Security X", "EU High Representative for Foreign Affairs and
# Security Policy X" (the last word of the head -> the word before it, if any).
BODY_PORTFOLIO_HEADS = {"commissioner": None, "representative": "high"}
PORTFOLIO_MAX_TOKENS = 12


def _body_portfolio_posts(m: ArticleMentions) -> None:
    """A body's post with its portfolio, right before its holder's name (or their name in commas):
    "ECOWAS Commissioner for Political Affairs, Peace and Security X". Not "High Commissioner" (a
    country's envoy), nor a post no body is named before ("Police Commissioner")."""
    sdoc = m.sdoc
    for i in (i for i, low in enumerate(m.lower) if low in BODY_PORTFOLIO_HEADS and m.orth[i][:1].isupper()):
        first = BODY_PORTFOLIO_HEADS[m.lower[i]]
        head = i - 1 if first else i
        if (first and m.lower[head] != first) or (not first and i > 0 and m.lower[i - 1] == "high"):
            continue
        body = head - 1
        if body < 0 or not (sdoc[body].ent_type_ == "ORG" or sdoc[body].ent_id_.startswith("framework:")) or sdoc[body].ent_id_.startswith("country:"):
            continue
        if i + 1 >= len(sdoc) or m.lower[i + 1] != "for" or m.title_owner.get(i):
            continue
        holder = _portfolio_holder(m, i + 2)
        if holder is None:
            continue
        end, key, name_end = holder
        title = sdoc[head:end].text.rstrip(" ,")
        lo, hi = _body_start(sdoc, body), name_end
        evidence = _post_evidence(m, lo, hi)
        m.organisation_posts.append(OrganisationPost(key, title, sdoc[lo:end].text.rstrip(" ,"), evidence, body_token=body))


def _chair_posts(m: ArticleMentions) -> None:
    """"The chairperson of the X Commission, Y, said" / "Chairman of the X Committee Y": the post of
    the body named after it, held by the name right after (the body is looked up among the frameworks)."""
    sdoc = m.sdoc
    for i in (i for i, low in enumerate(m.lower) if low in CHAIR_WORDS and i + 1 < len(m.lower) and m.lower[i + 1] == "of"):
        body = _body_after_title(sdoc, i + 1)
        if body is None or body + 1 >= len(sdoc) or m.title_owner.get(i) or _former(sdoc, i):
            continue
        found = name_in_commas(sdoc, body + 1) if sdoc[body + 1].text == "," else name_after(sdoc, body + 1)
        key = m.person_at.get(found[0]) if found is not None else None
        if key is None:
            continue
        m.organisation_posts.append(_organisation_post_at(m, key, m.lower[i].capitalize(), body, sdoc[i : i + 1], *found))


def _portfolio_holder(m: ArticleMentions, start: int) -> tuple[int, str, int] | None:
    """(end of the portfolio, the holder's key, end of their name) for a portfolio of capitalised
    words, commas and "and" from ``start`` up to a person's name ("Political Affairs, Peace and
    Security Kwesi Adjei", "..., Peace and Security, Kwesi Adjei,")."""
    for j in range(start, min(start + PORTFOLIO_MAX_TOKENS, len(m.tokens))):
        token = m.tokens[j]
        at = j + 1 if token.text == "," else j
        if j > start and at < len(m.tokens) and (key := m.person_at.get(at)) is not None:
            name_end = next((e for s, e, k in m.person_spans if s == at), at + 1)
            return j, key, name_end
        if not (token.text[:1].isupper() or token.text == "," or token.lower_ in ("and", "&")):
            return None
    return None


def _post_named_in_commas_after_body(m: ArticleMentions, ent: Span) -> None:
    """"The President of the X Commission, Y, said": the post of the body named after the title,
    held by the name set off by commas after it, or by a person's name right after the body
    ("Secretary-General of the X Pact Jane Roe said"; the body is looked up among the frameworks)."""
    sdoc = m.sdoc
    body = _body_after_title(sdoc, ent.end)
    after = None if body is None else _past_bracketed_acronym(sdoc, body + 1)
    found = None if after is None else name_in_commas(sdoc, after) or _person_named_at(m, after)
    key = m.person_at.get(found[0]) if found is not None else None
    if key is None or _former(sdoc, ent.start):
        return
    title = ent.ent_id_.split(":", 1)[1]
    m.organisation_posts.append(_organisation_post_at(m, key, title, body, ent, found[0], found[1]))


def _past_bracketed_acronym(sdoc: Doc, i: int) -> int:
    """Index past the body's acronym in brackets at ``i`` ("the X Commission (XC), Y, said"), else ``i``."""
    if i + 2 < len(sdoc) and sdoc[i].text == "(" and sdoc[i + 2].text == ")" and sdoc[i + 1].text.isupper():
        return i + 3
    return i


def _person_named_at(m: ArticleMentions, i: int) -> tuple[int, int] | None:
    """The token range of a person's name that starts at token ``i``, if one does."""
    found = name_after(m.sdoc, i) if i in m.person_at else None
    return found if found is not None and found[0] == i else None


def _title_name_evidence(m: ArticleMentions, ent: Span, start: int, end: int) -> Evidence:
    """An organisation's post from the title ``ent`` to its holder's name at ``start:end``."""
    return _post_evidence(m, min(ent.start, start), max(ent.end, end))


def _post_evidence(m: ArticleMentions, lo: int, hi: int) -> Evidence:
    """An organisation's post read in tokens ``lo:hi``."""
    return m.evidence(m.tokens[lo].idx, m.tokens[hi - 1].idx + len(m.orth[hi - 1]), "office.organisation-post", CONF_TITLE_COUNTRY)


# Words before "secretariat" that make it a body's ("its secretariat", "the IORC Secretariat"), not
# a head of state's office ("the Presidential Secretariat").
SECRETARIAT_OWNERS = frozenset({"its", "the", "whose", "a"})


def _heads_a_secretariat(sdoc: Doc, ent: Span) -> bool:
    """A bare "Secretary General" in a sentence about a body's secretariat ("Its secretariat ... is
    headed by Secretary General X"): the body's head, not a country's official."""
    if ent.text.lower().replace("-", " ") != "secretary general":
        return False
    for t in sdoc[ent.sent.start:ent.start]:
        if t.lower_ == "secretariat" and t.i > 0:
            before = sdoc[t.i - 1]
            if before.lower_ in SECRETARIAT_OWNERS or before.ent_id_.startswith("framework:"):
                return True
    return False


def _commissioner_for_a_remit(ent: Span) -> bool:
    """"Commissioner for Political Affairs, Peace and Security": a member of a commission with a
    remit (the post of a union's commission), not "High Commissioner", "Commissioner of Police"."""
    return len(ent) > 2 and ent[0].lower_ == "commissioner" and ent[1].lower_ == "for"


def _body_in_title(title: str, commands: bool = False) -> tuple[str, str] | None:
    """(head title, body) of a head's title that names its body: "Secretary-General of the X
    Coalition" -> ("Secretary-General", "X Coalition"); with ``commands``, also a post heading a
    force or a commission ("Force Commander of the X Task Force"); None for any other title."""
    head, of, body = title.partition(" of ")
    if not of or head.lower() not in ORGANISATION_HEAD_TITLES and not (commands and head.split()[-1].lower() in FRAMEWORK_POST_HEADS):
        return None
    body = body.removeprefix("the ").strip()
    return (head, body) if body[:1].isupper() else None


def _organisation_post_at(m: ArticleMentions, key: str, title: str, body: int, ent: Span, start: int, end: int,
                          national_title: str | None = None) -> OrganisationPost:
    """The post of ``title`` held by ``key``, of the body at token ``body``, with its evidence."""
    sdoc = m.sdoc
    if body >= ent.end:  # "Secretary-General of the X Coalition"
        written = sdoc[ent.start:body + 1].text
    elif _adjacent_body(sdoc, body, ent.start):  # "NATO Secretary General", "ASEAN's Secretary-General"
        written = sdoc[_body_start(sdoc, body):ent.end].text
    else:  # "its Secretary-General"
        written = ent.text
    lo, hi = min(body, ent.start, start), max(body + 1, ent.end, end)
    evidence = _post_evidence(m, lo, hi)
    return OrganisationPost(key, title, written, evidence, body_token=body, national_title=national_title)


def _adjacent_body(sdoc: Doc, body: int, title_start: int) -> bool:
    """The body's name runs into the title ("NATO Secretary General", "ASEAN's Secretary-General")."""
    return body == title_start - 1 or body == title_start - 2 and sdoc[body + 1].text in ("'s", "’s")


def _body_start(sdoc: Doc, last: int) -> int:
    """The first token of the entity (organisation name) that ends at ``last``."""
    k = last
    while k > 0 and sdoc[k].ent_iob_ == "I":
        k -= 1
    return k


def _command_of_force(sdoc: Doc, i: int) -> Span | None:
    """The command or unit named after a force's possessive at ``i`` ("[the Indian Army]'s Northern
    Command", "'s Eastern Naval Command", "'s Pacific Fleet"): capitalised words ending in a unit's
    word; else None."""
    if i + 2 >= len(sdoc) or sdoc[i].text not in POSSESSIVE_MARKS:
        return None
    # the LAST capitalised unit's word within the window ends it: "'s Western Theatre Command", "'s Pacific Fleet Command"
    end = None
    k = i + 1
    while k < len(sdoc) and k - i <= 5 and sdoc[k].text[:1].isupper() and sdoc[k].is_alpha:
        if sdoc[k].lower_ in UNIT_ENDS:
            if k == i + 1:
                return None  # "'s Command": no name before the unit's word
            end = k
        k += 1
    if end is None:
        return None
    return sdoc[i + 1 : end + 1]


def _former(sdoc: Doc, i: int) -> bool:
    """The title starting at token ``i`` is one its holder no longer holds ("former", "ex-")."""
    j = i - 1
    hyphen = j >= 0 and sdoc[j].text == "-"
    if hyphen:
        j -= 1
    # "then-Defence Minister X" held the post at the time told of; a bare "then" is the adverb ("then met Minister X")
    return j >= 0 and (sdoc[j].lower_ in FORMER_WORDS or hyphen and sdoc[j].lower_ == "then")


BODY_HEAD_FIRST = re.compile(r"^(\w+) of the [A-Z]")


def _post_before_its_principal(ent: Span) -> str | None:
    """The post alone of a title that names the principal it serves under ("Secretary of the Defence
    Council under the President": "Secretary of the Defence Council"), as nlp.titles_serving_a_principal
    joins them."""
    under = next((t.i for t in ent if t.lower_ == "under" and t.i + 1 < ent.end and t.nbor().lower_ == "the"), None)
    return ent.doc[ent.start : under].text if under is not None and under > ent.start + 1 else None


def _acronym_head_form(sdoc: Doc, ent: Span, title: str) -> str | None:
    """"Chairman of the Defence Research Organisation (DRO), X": the post as news also write it,
    by the body's acronym ("DRO Chairman"); None without a bracketed acronym after the title."""
    i = ent.end
    if i + 2 >= len(sdoc) or sdoc[i].text != "(" or sdoc[i + 2].text != ")" or not re.fullmatch(r"[A-Z]{2,6}", sdoc[i + 1].text):
        return None
    match = BODY_HEAD_FIRST.match(title)
    if match is None or title.split()[-1].lower() not in BODY_NAME_ENDS:
        return None  # "Chief of the General Staff (CGS)": a post's acronym, not a body's
    return f"{sdoc[i + 1].text} {match.group(1)}"


def _capital_of_station(m: ArticleMentions, sdoc, ent: Span, title: str) -> str | None:
    """The country whose capital an envoy's post is written in ("High Commissioner of Malta in
    Canberra", "Malta's Ambassador in Rome"), when that is not the post's own country named around it;
    None for a city that is no capital ("Consul General in Mumbai") or no station written."""
    if title not in ENVOY_TITLES or ent.end >= len(sdoc):
        return None
    after = skip_title_country(sdoc, ent.end) if sdoc[ent.end].lower_ == "of" else ent.end
    if after + 1 >= len(sdoc) or sdoc[after].lower_ != "in" or envoy_station_end(sdoc, ent, after) <= after:
        return None
    if (after + 1) not in m.place_at:
        return None
    place = m.places[m.place_at[after + 1]]
    host = refdata.capital_country(place.name)
    if place.kind != "City" or host is None or host != place.country:
        return None
    senders = {m.country_at[j] for j in range(max(0, ent.start - 3), after) if j in m.country_at}
    return None if host in senders else host


def _title_city(m: ArticleMentions, ent: Span) -> PlaceMention | None:
    """The city a title names right after it ("X, Crown Prince of Dubai, ..."): the post is the
    city's, in the city's country; not "the Governor of Lagos's office"."""
    i = ent.end
    if i + 1 >= len(m.tokens) or m.lower[i] != "of" or (i + 1) not in m.place_at:
        return None
    place = m.places[m.place_at[i + 1]]
    end = i + 1
    while end < len(m.tokens) and m.place_at.get(end) == m.place_at[i + 1]:
        end += 1
    if place.kind != "City" or place.country is None or (end < len(m.tokens) and m.orth[end] in POSSESSIVE_MARKS):
        return None
    return place


# Titles of the head of a state or province of a country ("Governor of Kerala", "Chief Minister of X")
SUBDIVISION_HEAD_TITLES = frozenset({"Governor", "Lieutenant Governor", "Deputy Governor", "Chief Minister", "Premier"})


def _title_subdivision(sdoc: Doc, ent: Span) -> tuple[str, str] | None:
    """The state or province a subdivision head's title names right after it, and its country:
    "the Governor of Kerala, X" -> ("Kerala", "IND"). Only a name the gazetteer gives one country;
    not a body ("Governor of the Central Bank") nor "the Governor of Kerala's office"."""
    if ent.ent_id_.split(":", 1)[-1] not in SUBDIVISION_HEAD_TITLES:
        return None
    found = subdivision_after_of(sdoc, ent.end)
    return (sdoc[ent.end + 1 : found[0]].text, found[1]) if found is not None else None


STATE_NOUNS = frozenset({"state", "province", "prefecture"})


def _subdivision_named_before(sdoc: Doc, ent: Span) -> tuple[str, str] | None:
    """The state "the state's" before a subdivision head's title stands for, and its country: the
    one named last before it in the sentence ("flew to Kerala, ... received by the state's
    Governor, X" -> ("Kerala", "IND")); only a name the gazetteer gives one country."""
    i = ent.start
    if ent.ent_id_.split(":", 1)[-1] not in SUBDIVISION_HEAD_TITLES or not _the_nouns_possessive(sdoc, i, STATE_NOUNS):
        return None
    for j in range(i - 4, sdoc[i].sent.start - 1, -1):
        token = sdoc[j]
        if not (token.is_alpha and token.text[:1].isupper()) or token.ent_id_:
            continue
        if j > 0 and (two := refdata.subdivision_countries_unaccented().get(sdoc[j - 1 : j + 1].text)) is not None:
            return sdoc[j - 1 : j + 1].text, two
        if (one := refdata.one_word_subdivision_countries().get(token.text)) is not None \
                and not (j + 1 < i and sdoc[j + 1].is_alpha and sdoc[j + 1].text[:1].isupper()):
            return token.text, one
    return None


def subdivision_after_of(sdoc: Doc, i: int) -> tuple[int, str] | None:
    """(index after it, its country) of the state or province an "of" at ``i`` names, when the
    gazetteer gives the name one country ("of Kerala", "of Tamil Nadu"); not "of Kerala's ..."."""
    if i + 1 >= len(sdoc) or sdoc[i].lower_ != "of":
        return None
    j = end = i + 1
    while end < len(sdoc) and end - j < 3 and sdoc[end].is_alpha and sdoc[end].text[:1].isupper() and not sdoc[end].ent_id_:
        end += 1
    if end == j or (end < len(sdoc) and sdoc[end].text in POSSESSIVE_MARKS):
        return None
    name = sdoc[j:end].text
    country = refdata.subdivision_countries_unaccented().get(name) if end - j > 1 else refdata.one_word_subdivision_countries().get(name)
    return (end, country) if country is not None else None


def _country_named_before(m: ArticleMentions, i: int) -> str | None:
    """The country "the country's" before the title at token ``i`` stands for: the one named last
    before it, in this sentence or the one before."""
    if not _the_nouns_possessive(m.tokens, i, COUNTRY_NOUNS):
        return None
    k = next((n for n, sent in enumerate(m.sents) if sent.start <= i < sent.end), 0)
    earliest = m.sents[max(0, k - 1)].start
    named = [j for j in range(i - 3, earliest - 1, -1) if j in m.country_at]
    return m.country_at[named[0]] if named else None


MINISTRY_COUNTRY_REACH = 4  # tokens between a ministry's word and its country ("Ministry of National Defence of X")


def _ministry_country_named_before(m: ArticleMentions, i: int) -> str | None:
    """The country of the ministry "the ministry's" before the title at token ``i`` stands for: the
    ministry named last before it ("Kenya's Ministry of Defence", "the Ministry of Defence of Kenya"),
    in this sentence or the one before; None if that ministry names no country."""
    if not _the_nouns_possessive(m.tokens, i, MINISTRY_NOUNS):
        return None
    k = next((n for n, sent in enumerate(m.sents) if sent.start <= i < sent.end), 0)
    earliest = m.sents[max(0, k - 1)].start
    word = next((j for j in range(i - 4, earliest - 1, -1) if m.lower[j] in MINISTRY_NOUNS), None)
    if word is None:
        return None
    around = sorted(range(max(earliest, word - MINISTRY_COUNTRY_REACH), min(i - 3, word + MINISTRY_COUNTRY_REACH + 1)),
                    key=lambda j: abs(j - word))
    named = [j for j in around if j in m.country_at]
    return m.country_at[named[0]] if named else None


def _one_post_of_a_country(title: str, country: str, first_title: str) -> bool:
    """Whether ``title`` names, in ``country``, the post ``first_title`` names: the same kind of post
    ("Defence Minister", "Secretary of Defence") or an alias of it there ("Defence Secretary" and
    "Defence Minister" in a country whose defence minister is a secretary)."""
    return title == first_title or _post_kind(title) == _post_kind(first_title) \
        or title in refdata.office_aliases(first_title, country)


def _joined_title_country(sdoc: Doc, ents: list[Span], k: int) -> str | None:
    """Country of the title joined to ``ents[k]`` by "and" right after it, written inside or after
    that title ("Deputy Prime Minister and Minister of State for Defence Affairs of the State of Qatar")."""
    ent = ents[k]
    if k + 1 >= len(ents) or ents[k + 1].label_ != TITLE or ents[k + 1].start != ent.end + 1 or sdoc[ent.end].lower_ != "and":
        return None
    following = ents[k + 1]
    return title_country(following) or _country_after(sdoc, following.end) or _joined_title_country(sdoc, ents, k + 1)


_GENERIC_FORCES_END = re.compile(r"\bof the (?:Armed|Defen[cs]e|National|Military) Forces\Z")


# Rules that read a title's country from the person or the title's own words, not the context
_OWN_COUNTRY_RULES = frozenset({"office.title-with-country", "office.person-country"})


def _post_held_beside(m: ArticleMentions, pending: list, key: str, title: str, country: str, char_start: int) -> bool:
    """Another person of the sentence holds ``title`` of ``country`` by its own words ("met Spanish
    Defence Minister Y", "Ruritanian Defence Secretary Y", where that is one post): a country has one
    such post, so the context's ``country`` is not ``key``'s."""
    sent = _sentence_at(m, char_start)
    return sent is not None and any(
        other != key and iso == country and _one_post_of_a_country(title, country, other_title) and sent.start_char <= start < sent.end_char
        for other, other_title, _, iso, _, start, _ in pending)


# Last words of a unit inside a national administration ("Head of the European Department"): its head is
# a country's official, whatever region the unit deals with
ADMINISTRATIVE_UNIT_WORDS = frozenset({"department", "division", "directorate", "desk", "section", "bureau", "unit", "office"})


def _head_of_a_regional_body(title: str) -> bool:
    """"President of the European Council", "Chairperson of the African Union Commission": the head
    (nlp's ORGANISATION_HEAD_TITLES) of a body named by a region's people word (lexicon/
    regional_adjectives.txt), an international body's post; not a ministry's regional desk."""
    found = _body_in_title(title)
    if found is None:
        return False
    body = found[1].lower()
    regional = refdata.regional_adjectives()
    words = body.split()
    return any(" ".join(words[:size]) in regional for size in (1, 2, 3) if size < len(words)) \
        and words[-1] not in ADMINISTRATIVE_UNIT_WORDS


def _region_people_word_before(sdoc: Doc, i: int) -> bool:
    """A region's people word written right before the title at token ``i`` ("Latin American defence
    minister X", "a Nordic defence minister"): the holder is of one of the region's countries."""
    regional = refdata.regional_adjectives()
    return any(i - size >= 0 and sdoc[i - size : i].text.lower() in regional for size in (1, 2, 3))


def title_without_country(ent: Span) -> str | None:
    """A title with a country inside written without it ("Secretary General of Oman's Ministry of
    Defence" -> "Secretary General of the Ministry of Defence", "Commander of the Egyptian Air Force"
    -> "Commander of the Air Force"): the form other texts write; None without a country inside."""
    words = [t.text for t in ent]
    for size in (3, 2, 1):
        for k in range(1, len(words) - size + 1):
            if words[k - 1].lower() in ("of", "for", "the") and refdata.country_iso3(" ".join(words[k : k + size])):
                rest = words[k + size :]
                if rest[:1] and rest[0] in POSSESSIVE_MARKS:
                    rest = rest[1:]
                article = [] if words[k - 1].lower() == "the" else ["the"]
                if not rest:
                    # "Commander of the Southern Command of the Armed Forces of X": the post as written before the country
                    of = k - 1 - (words[k - 1].lower() == "the")
                    return " ".join(words[:of]) if of > 0 and words[of].lower() == "of" and _GENERIC_FORCES_END.search(" ".join(words[:of])) else None
                if rest[0].lower() in FORCE_HEAD_WORDS:  # "Armed Forces of Malta commander" -> "Armed Forces commander"
                    of = k - 1 - (words[k - 1].lower() == "the")
                    return " ".join(words[:of] + rest)
                # "Commander of the Navy's Second Fleet": a possessive stays joined to its word
                return " ".join(words[:k] + article + rest).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")
    return None


SERVICE_LAST_WORDS = frozenset({"Army", "Navy", "Force", "Forces", "Guard", "Corps", "Gendarmerie"})


def _ship_country(ent: Span) -> str | None:
    """The country a warship's prefix names inside a ship's commanding officer's title (see
    nlp.titles_of_ship_commanders), else None."""
    if not ent.ent_id_.startswith("title:Commanding Officer of "):
        return None
    return next((SHIP_PREFIX_COUNTRIES[t.text] for t in ent if t.text in SHIP_PREFIX_COUNTRIES), None)


def title_country(ent: Span) -> str | None:
    """Country written inside a title span ("Chief of Staff of the UAE Armed Forces", "Commander of
    the Royal Saudi Land Forces"), if any."""
    words = [t.text for t in ent]
    if any(ent.ent_id_.startswith(f"title:{staff} to the ") for staff in STAFF_POST_TITLES):
        # "the Ruritanian defence minister's chief of staff" (nlp.staff_posts_of_a_principal): the
        # principal's country, written anywhere in the span, is the post's
        return next((iso for t in ent if t.text[:1].isupper() and (iso := refdata.country_iso3(t.text))), None)
    if " to the " in ent.ent_id_:
        # "State Secretary to the Norwegian Minister for Defence" (nlp.titles_serving_a_principal): the
        # principal's country adjective, left out of the title, is the post's
        for k in range(2, len(words) - 1):
            if words[k - 2].lower() == "to" and words[k - 1].lower() == "the" and words[k] not in ent.ent_id_ \
                    and (iso := refdata.country_iso3(words[k])):
                return iso
    # "commander of X Command and U.S. Y Command": the second body's post spans its name alone
    # (nlp._second_body_of_one_head), its country first; so does a body a clause's verb heads ("who
    # heads Ruritania's Defence Intelligence Agency": nlp.bodies_headed_in_a_clause)
    first = 0 if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("and", *HEADING_CLAUSE_VERBS) else 1
    for size in (3, 2, 1):
        if first == 0 and (iso := refdata.country_iso3(" ".join(words[:size]))) and size < len(words):
            return iso
        for k in range(1, len(words) - size + 1):
            # "of the UAE Armed Forces", "the Royal Saudi Land Forces"; not "Ambassador to the UAE"
            # "Chief of Staff, Ruritanian Army" (a post and its service in brackets): after the comma,
            # before the service's last word
            after_comma = words[k - 1] == "," and k + size == len(words) - 1 and words[-1] in SERVICE_LAST_WORDS
            if (words[k - 1].lower() in ("of", "for", "the", "royal") or after_comma) and not (k >= 2 and words[k - 2].lower() == "to"):
                iso = refdata.country_iso3(" ".join(words[k : k + size]))
                if iso:
                    return iso
    return None


def _country_owns_what_follows(sdoc: Doc, i: int) -> bool:
    """The country starting at token ``i`` owns what follows ("India's defence ministry"), or, after
    a comma, opens the next item of a list ("X, U.S. Secretary of War Y and ..."): the country of
    a title or noun after it, not of the name before the comma."""
    j = i
    while j < len(sdoc) and sdoc[j].ent_id_.startswith("country:") or (j < len(sdoc) and sdoc[j].lower_ == "the" and j == i):
        j += 1
    if j >= len(sdoc):
        return False
    if sdoc[j].text in ("'s", "’s", "'", "’"):
        return True
    if i == 0 or sdoc[i - 1].text != ",":
        return False
    # a title within the next words ("X, Ruritanian Navy chief Y") or a group ("X, Ruritanian officials");
    # not a body the name before works at ("Attache X, Ruritania High Commission, said")
    for k in range(j, min(j + 4, len(sdoc))):
        if sdoc[k].ent_type_ == TITLE:
            return True
        if sdoc[k].is_punct:
            break
    return sdoc[j].tag_ == "NNS"


def _country_after(sdoc: Doc, i: int) -> str | None:
    """Country written right after token ``i``: ", Maldives" or "of Maldives"."""
    if i + 1 < len(sdoc) and sdoc[i].text in (",", "of") and sdoc[i + 1].ent_id_.startswith("country:"):
        return sdoc[i + 1].ent_id_.split(":", 1)[1]
    if i + 2 < len(sdoc) and sdoc[i].text == "of" and sdoc[i + 1].lower_ == "the" and sdoc[i + 2].ent_id_.startswith("country:"):
        return sdoc[i + 2].ent_id_.split(":", 1)[1]
    if i + 3 < len(sdoc) and sdoc[i].text == "of" and sdoc[i + 1].lower_ == "the" and sdoc[i + 2].text == "Royal" \
            and sdoc[i + 3].ent_id_.startswith("country:"):
        return sdoc[i + 3].ent_id_.split(":", 1)[1]  # "of the Royal Australian Navy"
    if i + 2 < len(sdoc) and sdoc[i].text == "of" and sdoc[i + 1].lower_ == "the":
        return force_acronym_country(sdoc, i + 2)  # "of the RMA", the acronym given "the Royal Moroccan Army (RMA)"
    return None


def _side_countries(m: ArticleMentions) -> dict[str, str]:
    """person key -> country of the side/delegation they lead ("leading the Indian delegation")."""
    result: dict[str, str] = {}
    for verb in m.tokens:
        if verb.lemma_ not in LEAD_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        side_country = None
        side_nouns = _led_side_nouns(m, verb)
        for noun in side_nouns:
            for mod in noun.subtree:  # of a side named before the verb, only words before it: not the led part
                if mod.i in m.country_at and (noun.i > verb.i or mod.i < verb.i):
                    side_country = m.country_at[mod.i]
                    break
            if side_country is not None:
                break
        if side_country is None:
            side_country = _country_of_side_named_before(m, side_nouns)
        if side_country is None:
            continue
        leaders = []
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i in m.person_at:
                leaders.append(child)
            elif child.dep_ == "nsubj":
                # "The navy chief, Admiral X, led ...", and a parse that glued the name to a dateline
                # ("COLOMBO, April 15: Adviser X led ..."): the name in apposition to the subject
                leaders.extend(c for c in child.children if c.dep_ == "appos" and c.i in m.person_at)
            if child.dep_ == "agent":
                # "led by X, ..., and the Qatari delegation, headed by Y": Y leads the other side
                other_sides = {t.i for noun in child.subtree if noun.lemma_ in SIDE_NOUNS for t in noun.subtree}
                # the person, or the title the parser hung the name on ("headed by Assistant Minister ... X");
                # not whom the leader met, in a clause the parser hung on the name ("led by X, called on Y")
                leaders.extend(t for t in _outside_clauses(child) if (t.i in m.person_at or t.i in m.title_owner) and t.i not in other_sides)
        if verb.dep_ in ("acl", "advcl", "relcl"):
            head = verb.head
            if head.i in m.person_at:
                leaders.append(head)
            leaders.extend(c for c in head.children if c.dep_ == "nsubj" and c.i in m.person_at)
        for token in leaders:
            result.setdefault(m.person_at.get(token.i) or m.title_owner[token.i], side_country)
    return result | _gapped_side_countries(m)


SIDE_COUNTRY_REACH = 3  # tokens before a side noun its country may be ("a Vietnamese defence delegation")


def _country_of_side_named_before(m: ArticleMentions, nouns: list) -> str | None:
    """"A Vietnamese delegation arrived ... The delegation was led by X": "the delegation" without a
    country is the side named last before it, in this sentence or the one before; its country, if
    the words just before that side noun name one (and only one)."""
    noun = next((n for n in nouns if n.i >= 1 and m.lower[n.i - 1] == "the"), None)
    if noun is None:
        return None
    k = next((n for n, sent in enumerate(m.sents) if sent.start <= noun.i < sent.end), 0)
    earliest = m.sents[max(0, k - 1)].start
    before = next((j for j in range(noun.i - 1, earliest - 1, -1) if m.tokens[j].lemma_ == noun.lemma_), None)
    if before is None:
        return None
    named = {m.country_at[j] for j in range(max(earliest, before - SIDE_COUNTRY_REACH), before) if j in m.country_at}
    return named.pop() if len(named) == 1 else None


# Words that open the next member of a list of clauses sharing one verb ("..., Peru by Y; and Chile by Z").
GAP_OPENERS = frozenset({";", ",", "and"})


def _gapped_side_countries(m: ArticleMentions) -> dict[str, str]:
    """person key -> country of a clause that leaves out the verb of a list of leads ("The Chilean
    delegation was led by X; Peru by Y; and the Argentine delegation by Z", "Peru was represented by
    Y, and Chile by Z"): the country just before "by" is the side of the person named after it. This
    wins over the first clause's side, which the parser spreads over every name of the list."""
    result: dict[str, str] = {}
    for i in [i for i, lower in enumerate(m.lower) if lower == "by" and i >= 2]:
        if (country := _gapped_side_before(m, i)) is None:
            continue
        by = m.tokens[i]
        if not any(t.lemma_ in LEAD_VERBS | {"represent"} and m.lower[t.i + 1] == "by" for t in m.tokens[by.sent.start:by.i - 2]):
            continue  # no verb of leading before it for the clause to leave out
        for k in range(by.i + 1, min(by.i + 8, by.sent.end)):
            if m.lower[k] in (";", "by"):
                break
            if (key := m.person_at.get(k)) is not None:
                result[key] = country
                break
    return result


def _gapped_side_before(m: ArticleMentions, by: int) -> str | None:
    """The country named just before the "by" at ``by`` as the whole subject of a gapped clause: a
    country word (or a side noun it qualifies) right after ";", "," or "and"."""
    j = by - 1
    if m.tokens[j].lemma_ in SIDE_NOUNS:
        j -= 1  # "and the Peruvian delegation by Z"
    if j not in m.country_at:
        return None
    iso = m.country_at[j]
    while j - 1 >= 0 and m.country_at.get(j - 1) == iso:
        j -= 1  # the first word of the country's name
    if j > 0 and m.lower[j - 1] == "the":
        j -= 1
    return iso if j >= 1 and m.lower[j - 1] in GAP_OPENERS else None


def _led_side_nouns(m: ArticleMentions, verb) -> list:
    """The side or delegation that ``verb`` ("lead", "head") says is led: its subject or object,
    the noun it qualifies ("the Qatari delegation, headed by X"), or the noun before its comma
    ("the UAE side, led by X", which the parser may hang on the sentence's verb)."""
    nouns = [c for c in verb.children if c.lemma_ in SIDE_NOUNS and c.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")]
    if verb.dep_ == "acl" and verb.head.lemma_ in SIDE_NOUNS:
        nouns.append(verb.head)
    if verb.i >= 2 and m.orth[verb.i - 1] == "," and m.tokens[verb.i - 2].lemma_ in SIDE_NOUNS:
        nouns.append(m.tokens[verb.i - 2])
    return nouns


def _represented_countries(m: ArticleMentions) -> dict[str, str]:
    """person key -> the country they represent ("Australia was represented by X", "X represented
    Fiji"): a country, not a person or an office, as the other party of "represent"."""
    result: dict[str, str] = {}
    for i in [i for i, lower in enumerate(m.lower) if lower.startswith("represent")]:
        verb = m.tokens[i]
        if verb.lemma_.lower() != "represent" or m.pos[i] != "VERB":
            continue
        countries = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.i in m.country_at]
        if len(countries) != 1:
            continue
        # not whom the representative met: "represented by X, who held talks with Y"
        agents = [t for c in verb.children if c.dep_ == "agent" for t in _outside_clauses(c)]
        people = agents if countries[0].dep_ == "nsubjpass" else [c for c in verb.children if c.dep_ == "nsubj"]
        for token in people:
            if (key := m.person_at.get(token.i)) is not None:
                result.setdefault(key, m.country_at[countries[0].i])
    return result


def _outside_clauses(token) -> list:
    """``token``'s subtree without the relative and participle clauses in it ("X, who met Y"):
    the words that say who ``token`` is, not whom they met."""
    clauses = {t.i for d in token.subtree if d.dep_ in ("relcl", "acl") for t in d.subtree}
    return [t for t in token.subtree if t.i not in clauses]


# Verbs that list who a side or delegation is made of ("The Indonesian delegation includes X and Y").
MEMBERS_VERBS = frozenset({"include", "comprise", "consist"})


def _delegation_members(m: ArticleMentions) -> dict[str, str]:
    """person key -> country of the delegation or side their verb says they belong to ("The
    Indonesian delegation includes Deputy Minister X", "the Kenyan team comprised Y"): the country
    word that qualifies the side noun, the persons its object names."""
    result: dict[str, str] = {}
    for verb in m.tokens:
        if verb.lemma_ not in MEMBERS_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        sides = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in SIDE_NOUNS]
        country = next((m.country_at[c.i] for s in sides for c in s.children
                        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in m.country_at), None)
        if country is None:
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" or obj.dep_ == "prep" and obj.lower_ == "of":  # "consists of X"
                for token in _outside_clauses(obj):  # not whom a member met: "includes X, who met Y"
                    if (key := m.person_at.get(token.i)) is not None:
                        result.setdefault(key, country)
    return result


GROUP_NOUNS = frozenset({"official", "leader", "minister", "delegate", "representative", "dignitary", "officer", "envoy", "counterpart", "member"})


def _named_beside_a_person(m: ArticleMentions, iso: str) -> bool:
    """Country ``iso`` is named in a sentence that names a person."""
    starts = [m.tokens[start].idx for start, _, _ in m.person_spans]
    for evidence in m.countries.get(iso, ()):
        sent = _sentence_at(m, evidence.start)
        if sent is not None and any(sent.start_char <= s < sent.end_char for s in starts):
            return True
    return False


def _a_third_country_in_background(m: ArticleMentions, iso: str, foreign: set[str]) -> bool:
    """Country ``iso`` is named only in sentences that name no person, each beside a country of the
    story's titles ("A and B, together with C, form the X Union", "B and C launched the fleet in 2016,
    and A joined"): a third member of the sides' groupings, not the country the story is told from."""
    starts = [m.tokens[start].idx for start, _, _ in m.person_spans]
    for evidence in m.countries.get(iso, ()):
        sent = _sentence_at(m, evidence.start)
        if sent is None or any(sent.start_char <= s < sent.end_char for s in starts):
            return False
        if not any(m.country_at.get(t.i) in foreign for t in sent):
            return False
    return True


def _named_as_a_subject(m: ArticleMentions, iso: str) -> bool:
    """Country ``iso`` is (one of) a clause's subject(s): a party that acts ("A and B agreed to ...")."""
    for i, at in m.country_at.items():
        token = m.tokens[i]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if at == iso and token.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _visiting_guest_countries(m: ArticleMentions, received: bool = False) -> set[str]:
    """Countries of guests named by post or side, not by name ("received the visiting Ruritanian
    minister", "the visiting Ruritanian delegation"): foreign, as a named guest's title's country is.
    ``received``: sides a host receives count too ("received the Ruritanian team"): guests of the
    dateline's country, yet not foreign to every bare title (the team's own officers may bear one)."""
    found: set[str] = set()
    for token in m.tokens:
        j = token.i + 1
        if j not in m.country_at or token.i in m.country_at:
            continue
        iso = m.country_at[j]
        while j in m.country_at and m.country_at[j] == iso:
            j += 1
        if j >= len(m.tokens):
            continue
        after = m.tokens[j]
        noun = after if after.ent_type_ == TITLE or after.lemma_ in SIDE_NOUNS else _side_qualified(m.tokens[j - 1])
        if noun is None:
            continue
        if token.lower_ == "visiting" or received and _received_side(noun):
            found.add(iso)
    return found


def _side_qualified(country_word: Token) -> Token | None:
    """The side noun a country word qualifies, directly or through the names of its service written
    between ("the Ruritanian delegation", "a Ruritanian Armed Forces delegation", "a Ruritanian
    military team"); None when it qualifies anything else ("a Ruritanian Armed Forces officer")."""
    noun = country_word
    while noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i and noun.head.i - country_word.i <= 4:
        noun = noun.head
        if noun.lemma_ in SIDE_NOUNS:
            return noun
    return None


RECEIVING_LEMMAS = frozenset({"welcome", "receive", "host"})


# a visiting side's verb towards its host ("called on X"); not "visited <city>", told by a delegation's
# own story as well, where its country is the home one
def _named_only_as_a_guest(m: ArticleMentions, iso: str) -> bool:
    """Every word naming country ``iso`` qualifies a guest: a post or side a host receives ("received
    the Ruritanian minister"), or a side that calls on its host ("a delegation of the Ruritanian Navy called on X"):
    the country a guest comes from is not the one the story is told from."""
    words = [i for i, at in m.country_at.items() if at == iso]
    return bool(words) and all(_qualifies_a_guest(m.tokens[i]) for i in words)


def _qualifies_a_guest(word: Token) -> bool:
    """``word`` qualifies, directly or through "of", a received post or side or a side calling on its host."""
    noun = word
    for _ in range(4):
        if noun.dep_ not in ("amod", "compound", "nmod", "pobj", "prep") or noun.head.i == noun.i:
            return False
        noun = noun.head
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_ in RECEIVING_LEMMAS and (noun.ent_type_ == TITLE or noun.lemma_ in SIDE_NOUNS):
            return True
        if noun.dep_ == "nsubj" and noun.lemma_ in SIDE_NOUNS and verb.lemma_ == "call" \
                and any(c.lower_ in ("on", "upon") for c in verb.children):
            return True
    return False


def _received_side(noun: Token) -> bool:
    """"X received the Ruritanian delegation": the side a host receives is a guest's (not a
    title's holder: "welcomed the Ruritanian Defence Minister" names a person the title places)."""
    verb = noun.head
    return noun.lemma_ in SIDE_NOUNS and noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in RECEIVING_LEMMAS


def _group_countries(m: ArticleMentions) -> dict[str, str]:
    """person key -> country of a group they are listed in ("Maldivian officials, including X")."""
    result: dict[str, str] = {}
    for start, end, key in m.person_spans:
        if (own := _country_before(m.sdoc, start)) is not None and m.orth[own[1] + 1] in POSSESSIVE_MARKS:
            continue  # "his Danish counterpart X, Finland's Y": Y's own country is written with Y
        token = m.tokens[end - 1]
        for _ in range(4):
            if token.head.i == token.i:
                break
            token = token.head
            # the group is named before its member; a name before the noun is whose group it is
            # ("X's Thai counterpart") or a headline misparse ("X hosts Thai counterpart")
            if token.lemma_ in GROUP_NOUNS and token.pos_ == "NOUN":
                for child in (token.children if token.i < start else ()):
                    if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i in m.country_at:
                        result.setdefault(key, m.country_at[child.i])
                break
    return result


def _ministry_named_before(m: ArticleMentions, ent: Span, start: int, end: int) -> tuple[str, str, int] | None:
    """(minister's title, country, the ministry's first token) of a country's ministry named earlier
    in the sentence as its subject ("The Japanese Ministry of Defense said Minister X met ...", "The
    Ministry of Defence of Poland announced that Minister X ..."), when the bare "Minister X" right
    after its reporting verb is the subject of what it reports; None otherwise."""
    sdoc = m.sdoc
    sent = sdoc[ent.start].sent
    name_root = sdoc[start:end].root
    if name_root.dep_ not in ("nsubj", "nsubjpass") or _country_before(sdoc, ent.start) is not None:
        return None
    for i in range(sent.start, ent.start - 2):
        if sdoc[i].lower_ != "ministry" or sdoc[i + 1].lower_ != "of":
            continue
        j = i + 2
        while j < ent.start and (sdoc[j].text[:1].isupper() and sdoc[j].i not in m.country_at or sdoc[j].lower_ == "and"):
            j += 1
        if j == i + 2 or sdoc[j - 1].lower_ == "and":
            continue
        title = refdata.normalise_title(f"Minister of {sdoc[i + 2:j].text}")
        if f"minister of {sdoc[i + 2:j].text.lower()}" not in refdata.titles().phrases:
            continue  # not a portfolio the lexicon knows
        before = _country_before(sdoc, i)
        after = _country_from(sdoc, j)
        country = before[0] if before else after[0] if after else None
        reporter = sdoc[i]
        while reporter.dep_ in ("compound", "amod", "prep", "pobj") and reporter.head.i != reporter.i:
            reporter = reporter.head
        stop = after[1] + 1 if after else j
        # only verb-ish words between the ministry and the title ("said", "announced that")
        between = [t for t in sdoc[stop:ent.start] if not (t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ == "that")]
        if country is None or reporter.dep_ != "nsubj" or between:
            return None
        return title, country, (before[1] if before else i)
    return None


def _holdings(m: ArticleMentions, ents: list[Span], clusters: dict[str, _Cluster]) -> None:
    sdoc = m.sdoc
    pending: list[tuple[str, str, str, str | None, float, int, int]] = []
    regional: set[tuple[str, str]] = set()  # (person, title) written after a region's people word
    supranational: set[tuple[str, str]] = set()  # (person, title) heading a body named for a region
    foreign: set[str] = set()
    country_of_name_end: dict[int, tuple[str, str]] = {}  # token after a name whose title names a country -> it, the title
    plain_written: dict[tuple[str, str], str] = {}  # (person, title) -> the title written without its country
    force_head_first: dict[tuple[str, str], str] = {}  # (person, title) -> the post head first, with its country's force
    possessed_body_forms: dict[tuple[str, str], list[str]] = {}  # (person, title) -> "<title> of the <body>" forms
    holders_of_title: dict[str, set[str]] = {}  # title id -> the persons it was written for so far
    envoy_hosts: dict[tuple[str, str], str] = {}  # (person, "Ambassador to X") -> X: never the post's own country
    for k, ent in enumerate(ents):
        if ent.label_ != TITLE:
            continue
        found = _title_holder(m, ents, k)
        if found is None:
            _post_named_in_commas_after_body(m, ent)  # "The President of the X Commission, Y, ..."
            continue
        start, end = found
        key = m.person_at.get(start)
        if key is None:
            continue
        if _bare_title_of_another_before_and(sdoc, ents, k, holders_of_title.get(ent.ent_id_, set()), key):
            continue  # "The President and Under Secretary X discussed ...": the President named before, not X
        holders_of_title.setdefault(ent.ent_id_, set()).add(key)
        title = ent.ent_id_.split(":", 1)[1]
        written = ent.text
        if ent.start > 0 and sdoc[ent.start - 1].lower_ == "and" and " of the " in title and title_country(ent) \
                and k > 0 and ents[k - 1].label_ == TITLE and ents[k - 1].end == ent.start - 1:
            # "commander of X Command and U.S. Y Command": the second post is written with the first's head
            written = f"{title.split(' of the ', 1)[0]} of {ent.text}"
        place_country = None
        host_start, host_end = envoy_host_span(sdoc, ent)
        if host_end > ent.end:  # "Ambassador to India", "Ambassador of Egypt to India": the post names its host
            title, written = f"{title} {sdoc[host_start:host_end].text}", f"{ent.text} {sdoc[host_start:host_end].text}"
            if (hosts := [j for j in range(host_start, host_end) if j in m.country_at]):
                envoy_hosts[(key, title)] = m.country_at[hosts[0]]
        elif (host := _capital_of_station(m, sdoc, ent, title)) is not None:
            # "the High Commissioner of Malta in Canberra, X": an envoy at a country's capital is the
            # envoy to that country, as "High Commissioner to Australia" (also written without the host)
            plain_written[(key, f"{title} to {refdata.country_label(host)}")] = ent.text
            title = written = f"{title} to {refdata.country_label(host)}"
            envoy_hosts[(key, title)] = host
        elif ent.end < len(sdoc) and sdoc[ent.end].lower_ == "at" and _country_before(sdoc, ent.start) is None \
                and (station := envoy_station_end(sdoc, ent)) > ent.end \
                and (named := [j for j in range(ent.end, _before_word(sdoc, ent.end, station, "in")) if j in m.country_at]):
            # "the Defence Adviser at the Indian High Commission", "at the Embassy of India in X": the
            # mission's country is the post's; not where it is ("at the High Commission in Ghana"), nor
            # when the title has its country already ("India's Defence Adviser at ...")
            place_country = m.country_at[named[0]]
        elif (city := _title_city(m, ent)) is not None:  # "Crown Prince of Dubai": a post of a city, in its country
            title, written, place_country = f"{title} of {city.name}", f"{ent.text} of {city.name}", city.country
        elif (state := _title_subdivision(sdoc, ent) or _subdivision_named_before(sdoc, ent)) is not None:
            # "Governor of Kerala", "flew to Kerala, ... the state's Governor": a state's post, in its country
            title, written, place_country = f"{title} of {state[0]}", f"{ent.text} of {state[0]}", state[1]
        elif len(ent) == 1 and (body := body_led_by_its_head(sdoc, ent.start) or institution_before_its_head(sdoc, ent.start)) is not None:
            # "a delegation from the Thai Army War College led by its Commandant, X": the post is the
            # body's head, in the country the body's name says (if it says one)
            # "from Kenya's National Defence University": no "the" before a name that opens with its owner's;
            # the head word alone is how the article names the post ("its Commandant")
            article = "" if any(t.text in POSSESSIVE_MARKS for t in body) else "the "
            plain_written[(key, f"{title} of {article}{body.text}")] = ent.text
            title = written = f"{title} of {article}{body.text}"
            place_country = next((m.country_at[t.i] for t in body if t.i in m.country_at), None)
            if place_country is None and m.dateline_place and body_led_by_its_head(sdoc, ent.start) is None:
                # "TOKYO: ... a lecture at the National Defence Institute, where its President X ...":
                # an institution one is at stands where the story is filed from
                place_country = m.places[m.dateline_place].country
        elif (after := skip_title_country(sdoc, ent.end)) > ent.end and (sdoc[after - 1].lower_ in FORCE_HEADS
                                                                           or ent[-1].lower_ in FORCE_HEADS and sdoc[ent.end].lower_ == "of"
                                                                           or any(t.lower_ in FORCE_HEADS for t in sdoc[ent.end:after])):
            # "Chief of the General Staff of the Vietnam People's Army", "Chief of Staff of the Armed
            # Forces of the Philippines", "Chief of the General Staff of the Armed Forces of Ruritania":
            # as written
            written = sdoc[ent.start:after].text
            if (named := [j for j in range(ent.end, after) if j in m.country_at]) and sdoc[named[0] - 1].lower_ in ("of", "the") \
                    and any(t.lower_ in FORCE_HEADS for t in sdoc[ent.end:named[0]]):
                # the country the force is of is the post's; the post is also written without it
                place_country = m.country_at[named[0]]
                plain_written[(key, title)] = sdoc[ent.start : named[0] - 1 - (sdoc[named[0] - 1].lower_ == "the")].text
            elif named and len(ent) >= 3 and named[0] - (sdoc[named[0] - 1].lower_ == "the") == ent.end + 1 \
                    and sdoc[after - 1].lower_ in FORCE_HEADS and all(t.text[:1].isupper() or t.text in POSSESSIVE_MARKS for t in sdoc[named[0]:after]):
                # "Assistant Chief of the General Staff of the British Army": a post of several words
                # of the country's force, also written without the force
                plain_written[(key, title)] = ent.text
            if (command := _command_of_force(sdoc, after)) is not None:
                # "GOC-in-C of the Indian Army's Northern Command": the post is the command's
                title = written = f"{ent.text} of the {command.text}"
        elif (ministry_end := skip_official_ministry(sdoc, ent.end)) > ent.end:
            written = sdoc[ent.start:ministry_end].text  # "Joint Secretary in the Ministry of Defence": the post as written
            # "Secretary of State in Poland's Ministry of National Defence": the ministry's country is the
            # post's, and the post is also written without it ("... in the Ministry of National Defence")
            named = [j for j in range(ent.end, ministry_end) if j in m.country_at]
            # the post without its country is joined to the ministry as written ("of the Ministry",
            # "in the Ministry"; "at" reads as "in")
            joiner = sdoc[ent.end].lower_ if sdoc[ent.end].lower_ in ("of", "in") else "in"
            if named and sdoc[ministry_end - 1].i in m.country_at:
                # "Permanent Secretary of the Ministry of Defence of the United Kingdom": the country after the ministry
                place_country = m.country_at[named[0]]
                tail = named[0] - 1 - (sdoc[named[0] - 1].lower_ == "the")
                plain_written[(key, title)] = f"{ent.text} {joiner} {sdoc[ent.end + 1:tail].text}"
            elif named:
                # "Permanent Secretary of Zambia's Ministry of Defence" -> "... of the Ministry of Defence"
                place_country = m.country_at[named[0]]
                rest = named[-1] + 1 + (sdoc[named[-1] + 1].text in POSSESSIVE_MARKS)
                plain_written[(key, title)] = f"{ent.text} {joiner} the {sdoc[rest:ministry_end].text}"
        if (served := _post_before_its_principal(ent)) is not None:
            plain_written.setdefault((key, title), served)  # "Secretary of the X Council [under the President]"
        if (short := _acronym_head_form(sdoc, ent, title)) is not None:
            plain_written.setdefault((key, title), short)  # "Chairman of the X Organisation (XO)" is the "XO Chairman"
        for i in range(ent.start, ent.end):
            m.title_owner[i] = key
        if title == "Minister":
            if (ministry := _ministry_named_before(m, ent, start, end)) is not None:
                # "The Polish Ministry of Defence said Minister X met ...": the bare title of the
                # reported speaker is that ministry's head, of its country
                ministers_title, ministry_country, lo = ministry
                pending.append((key, ministers_title, ministers_title, ministry_country, CONF_TITLE_COUNTRY,
                                m.tokens[lo].idx, m.tokens[end - 1].idx + len(m.orth[end - 1])))
            continue  # "Minister Kim": the post is named elsewhere, if at all
        country = None
        holder_of = False  # the country is written after the holder's name ("X of Maldives")
        before = _country_before(sdoc, ent.start)
        if not before and _post_modifier(sdoc, ent.start - 1) and (before := _country_before(sdoc, ent.start - 1)) is not None \
                and sdoc[ent.start - 1].lower_ not in TIME_QUALIFIERS and not _former(sdoc, ent.start):
            # "South Korea's Acting Defence Minister X", "Japan's Parliamentary Vice-Minister of Defense, X":
            # the word between the country and the title is part of the post as written (and the
            # post is also written without it); "Japan's New (Former) Defence Minister": the word
            # tells when the post is held, not which post it is
            # the post as the branches above wrote it ("Acting Ambassador to Nepal"), never the bare title
            plain_written.setdefault((key, title), written)
            written = f"{sdoc[ent.start - 1].text} {written}"
        if before and _force_named_before_title(sdoc, before[1], ent):
            written = sdoc[before[1] : ent.end].text  # "Vietnam People's Navy Commander": the post as written, its force in full
        if before and (force_post := _force_of_country_post(m, title, ent, before[1])) is not None:
            written, plain = force_post  # "Armed Forces of Malta chief of staff X": the post of the force, head first
            plain_written.setdefault((key, title), plain)
        if before and (head_first := _post_of_force_named_first(sdoc, before[1], ent)) is not None:
            force_head_first[(key, title)] = head_first  # "Philippine Navy Flag Officer in Command X"
        if before and (forms := _post_of_possessed_body(sdoc, before[1], ent)):
            possessed_body_forms[(key, title)] = forms  # "the Ruritanian Army's Chief of Staff"
        if not before and k > 0 and ents[k - 1].label_ == TITLE and ents[k - 1].end == ent.start - 1 and m.lower[ent.start - 1] in ("and", ",") \
                and not (m.orth[ent.start - 1] == "," and _speaker_of_what_went_before(sdoc, end, ents[k - 1])):
            # "Ruritanian Minister of State and (or ",") Minister of Defence X": both posts are the country's;
            # not "... received the Ruritanian minister, palace spokesman X said": the comma ends a clause
            before = _country_before(sdoc, ents[k - 1].start)
        if place_country is not None:
            country = place_country
        elif (ship := _ship_country(ent)) is not None:
            country = ship  # "Commanding Officer of INS X": the ship's prefix names the navy's country
        elif (inside := title_country(ent)) is not None:
            country = inside
            if (plain := title_without_country(ent)) is not None:
                plain_written[(key, title)] = plain
        elif (state := _title_subdivision_country(ent.text)) is not None:
            country = state  # "Chief Minister of the Northern Territory": a state's post, in its country
        elif (joined := _joined_title_country(sdoc, ents, k)) is not None:
            country = joined  # "Deputy Prime Minister and Minister of Defence of Qatar": both are Qatar's
        elif before:
            country = before[0]
        elif (named := _country_named_before(m, ent.start)) is not None:
            country = named  # "the country's defence minister": the country last named
        elif (named := _ministry_country_named_before(m, ent.start)) is not None:
            country = named  # "the ministry's permanent secretary": the ministry's country
        elif (after := _country_after(sdoc, ent.end)) is not None:
            country = after
        elif (after := _country_after(sdoc, end)) is not None and not _country_owns_what_follows(sdoc, end + 1):
            country, holder_of = after, True  # "FM Dr. Amina Rasheed of Maldives", not "X, India's ministry said"
        elif ent.start >= 2 and m.lower[ent.start - 1] == "and" and ent.start - 1 in country_of_name_end \
                and not _one_post_of_a_country(title, *country_of_name_end[ent.start - 1]):
            # "French President X and Prime Minister Y"; not "Ruritanian Defence Secretary X and Defence
            # Minister Y" where the two name one post there: a country has one holder, Y is another side's
            country = country_of_name_end[ent.start - 1][0]
        if country:
            foreign.add(country)
            country_of_name_end[end] = (country, title)
        if (country is None or holder_of) and (formation := _formation_of_head(sdoc, ent, title)) is not None:
            # ("its commander, Maj. Gen. X of Austria": a country after the name is the holder's)
            # "The Commander of Alpcorps, Lt Gen X", "the force X ... its commander, Maj Gen Y": the post
            # of a body the article reads as a multinational one (facts), no country's whatever the dateline
            if not _former(sdoc, ent.start):
                if isinstance(formation, str):
                    evidence = _title_name_evidence(m, ent, start, end)
                    if (named := f"{title} of {formation}") not in m.titles_of.setdefault(key, []):
                        m.titles_of[key].append(named)  # for "the Commander of Alpcorps" named again (_title_references)
                    m.organisation_posts.append(OrganisationPost(key, title, f"{title} of {formation}", evidence, body_name=formation))
                else:
                    evidence = _title_name_evidence(m, ent, min(formation, start), end)
                    m.organisation_posts.append(OrganisationPost(key, title, title, evidence, formation=formation))
            continue
        if country is None and not _former(sdoc, ent.start) and (noun := _formation_possessing(sdoc, ent.start)) is not None:
            # "The corps' Chief of Staff, Brig Gen X": the post of the multinational corps named before, if
            # the article reads one (facts; else a country's, as guessed meanwhile)
            evidence = _title_name_evidence(m, ent, min(noun, start), end)
            m.organisation_posts.append(OrganisationPost(key, title, ent.text, evidence, formation=noun, national_title=title))
        if country is None and _organisation_post(sdoc, ent.start):
            # "UN Secretary-General X", "NATO's Secretary General X": no country's post, the body's
            body = _post_body_token(sdoc, ent.start)
            if body is not None and not (_former(sdoc, ent.start) or _former(sdoc, _body_start(sdoc, body))):
                m.organisation_posts.append(_organisation_post_at(m, key, title, body, ent, start, end))
            continue
        if (country is None or holder_of) and not _former(sdoc, ent.start) and _heads_a_secretariat(sdoc, ent):
            # "Its secretariat is headed by Secretary General X (of Maldives)": the body the article
            # spoke of last; a country after the name is the holder's
            evidence = _title_name_evidence(m, ent, start, end)
            m.organisation_posts.append(OrganisationPost(key, title, ent.text, evidence, body_before=ent.start, national_title=title))
        elif country is None and not _former(sdoc, ent.start):
            # "Secretary-General of the X Coalition, Y": the body's post if X is a framework (see facts)
            if (body := _body_after_title(sdoc, ent.end)) is not None:
                m.organisation_posts.append(_organisation_post_at(m, key, title, body, ent, start, end, national_title=title))
            elif _commissioner_for_a_remit(ent) and not _former(sdoc, ent.start):
                # "X (Commissioner for Political Affairs, Peace and Security)" told no country: a
                # commissioner of the union's body the article named last (its commission), if any
                evidence = _title_name_evidence(m, ent, start, end)
                m.organisation_posts.append(OrganisationPost(key, title, ent.text, evidence, body_before=ent.start, national_title=title))
            elif (head_body := _body_in_title(title, commands=True)) is not None:
                # "Force Commander of the X Task Force": the post is the body's if the body is a framework (see facts)
                evidence = _title_name_evidence(m, ent, start, end)
                m.organisation_posts.append(OrganisationPost(key, head_body[0], ent.text, evidence, body_name=head_body[1], national_title=title))
        if _former(sdoc, ent.start) or before and _former(sdoc, before[1]) \
                or _post_modifier(sdoc, ent.start - 1) and _former(sdoc, ent.start - 1):  # "former Acting Defence Minister X"
            if country and clusters[key].country is None:  # "former Indian army chief X" is still Indian
                clusters[key].country, clusters[key].country_confidence = country, CONF_COUNTERPART
            continue  # a post once held is not held
        lo = min(ent.start, start)
        hi = max(ent.end, end)
        if before:
            lo = min(lo, before[1])
        if country is None and _region_people_word_before(sdoc, ent.start):
            regional.add((key, title))
        if country is None and _head_of_a_regional_body(title):
            supranational.add((key, title))
        pending.append((key, title, written, country, CONF_TITLE_COUNTRY, m.tokens[lo].idx, m.tokens[hi - 1].idx + len(m.orth[hi - 1])))

    # "his Maldivian counterpart X"
    mirrored: list[tuple[str, str, str, int, int]] = []  # (counterpart, whose, country, start, end token)
    for token in m.tokens:
        if token.lower_ == "counterparts" and (paired := _counterparts_paired(m, token)):
            # "his Thai and Lao counterparts, X and Y": each of the country named in his place
            his = min(paired[0][2], token.i) - 1  # "his" opens "his A and B counterparts" or "his counterparts from A"
            of = _person_before_in_sentence(m, token) if his >= 0 and m.lower[his] in ("his", "her") else None  # not the last token
            for key, iso, _, end in paired:
                m.counterpart_country[key] = iso
                foreign.add(iso)
                if of not in (None, key):
                    mirrored.append((key, of, iso, his, end))
            continue
        if token.lower_ in ("counterpart", "counterparts") and token.i + 1 < len(sdoc):
            found = name_after(sdoc, token.i + 1)
            if found is None and sdoc[token.i + 1].text == "," and token.i + 2 < len(sdoc):
                found = name_after(sdoc, token.i + 2)  # "his Polish counterpart, X,"
                if found is not None and _subject_after_fronted_phrase(sdoc, token, found):
                    continue  # "After meeting his Swedish counterpart, X told ...": X is the one who met him
            if found is None and (comma := _after_country_of_counterpart(sdoc, token.i)) is not None:
                found = name_after(sdoc, comma + 1)  # "his counterpart from Lebanon, X"
            key = m.person_at.get(found[0]) if found else None
            if key is None and (titled := _person_after_title(m, token.i + 1 + (sdoc[token.i + 1].text == ","))) is not None:
                # "her Namibian counterpart, Minister of Defence X": the name after the title
                key, found = titled, next((s, e) for s, e, k in m.person_spans if k == titled and s > token.i)
            apposed = _name_apposed_before(m, token) if key is None else None
            if apposed is not None:  # "conferred with Minister Y, his French counterpart,": the name before
                key, found = apposed
            before = _country_before(sdoc, token.i)
            if key and before is None and (after := _counterpart_country_after(sdoc, token.i, found[1])) is not None:
                before = (after, token.i)  # "his counterpart X of Lebanon": as "his Lebanese counterpart X"
            if key and before:
                m.counterpart_country[key] = before[0]
                foreign.add(before[0])
                whose = m.tokens[found[0]] if apposed is not None else token  # the one named before the counterpart
                if before[1] > 0 and m.lower[before[1] - 1] in ("his", "her") and (of := _person_before_in_sentence(m, whose)) not in (None, key):
                    # the evidence runs from "his" to the name, or from a name set off before it to the counterpart
                    mirrored.append((key, of, before[0], min(before[1] - 1, found[0]), max(found[1], token.i + 1)))
                    for other, iso, start, end in _counterparts_listed_on(m, found[1]):
                        # "his Danish counterpart X, Finland's Y and Sweden's Z": each a counterpart of its country
                        m.counterpart_country[other] = iso
                        foreign.add(iso)
                        if other != of:
                            mirrored.append((other, of, iso, start, end))
            elif token.i > 0 and m.lower[token.i - 1] in ("his", "her") and (of := _person_before_in_sentence(m, token)):
                # "X held talks with his counterpart, (Army Chief of Staff) General Y": Y is of the other side
                if key and key != of:  # ``key``: found by name or through a title above
                    m.counterpart_of[key] = of

    pending.extend(_mirrored_posts(m, mirrored, pending))
    counterparts_from: dict[str, set[str]] = {}  # "his Vietnamese counterpart": whose counterpart -> that country
    for _, of, iso, _, _ in mirrored:
        counterparts_from.setdefault(of, set()).add(iso)

    named_of: dict[str, str] = {}  # "Lieutenant General X of South Korea", "Ruritanian Navy Rear Admiral X"
    for start, end, key in m.person_spans:
        if end < len(m.tokens) and m.lower[end] == "of" and (iso := _country_after(sdoc, end)) is not None:
            named_of.setdefault(key, iso)
            foreign.add(iso)
        elif (iso := _country_before_rank(sdoc, start)) is not None:
            named_of.setdefault(key, iso)
            foreign.add(iso)

    for key, title, written, iso, s, e in _plural_title_holders(m, named_of):  # "Defence ministers X of A and Y of B"
        pending.append((key, title, written, iso, CONF_TITLE_COUNTRY, s, e))
        foreign.add(iso)
    titled = {p[0] for p in pending}  # one whose post is named has no need of the body's headship
    pending.extend(p for p in _heads_of_bodies_headed_by(m) if p[0] not in titled)  # "The X Coast Guard is headed by Y"

    shortened = _short_forms_of_held_titles(pending)
    pending = [p for p in pending if (p[0], p[1]) not in shortened]
    side = _side_countries(m)
    for key, iso in (_group_countries(m) | _represented_countries(m) | _delegation_members(m)).items():
        side.setdefault(key, iso)
    counts = {iso: len(evs) for iso, evs in m.countries.items()}
    foreign |= _visiting_guest_countries(m)
    guests = _visiting_guest_countries(m, received=True)
    guests |= {iso for iso in counts if iso not in foreign and _named_only_as_a_guest(m, iso)}  # "received the Ruritanian minister"
    # an unqualified title belongs to the country the article is written from: never one that a
    # foreign title names ("his US counterpart"); unknown when every country mentioned is foreign
    # (and one named more than once: a country listed once is not where the article stands)
    unlisted = _unlisted_mentions(m, ents)
    listed_only = {iso for iso, n in unlisted.items() if n < 2}  # "comprises A, B and C": members, not where the article stands
    home_candidates = [iso for iso in counts if iso not in foreign and counts[iso] >= 2 and iso not in listed_only]
    if home_candidates and all(_a_third_country_in_background(m, iso, foreign) for iso in home_candidates) \
            and (untitled_lead := _home_of_untitled_lead(m, pending, counts, listed_only)) not in (None, *home_candidates):
        # "the Minister of Defence X welcomed her Latvian counterpart ... Estonia and Latvia, together with
        # Lithuania, form the Baltic Council": a third country named only beside the titles' ones where no
        # person is tells the sides' groupings, not where the story stands; the untitled lead's side does
        home_candidates = [untitled_lead]
    lead = _lead_country(m, pending)
    dateline_country = m.places[m.dateline_place].country if m.dateline_place else None
    # "New Delhi, May 7 (PTI) Egypt's Minister of Defence X is set to hold talks with Defence Minister Y":
    # a story filed from a country that no title names is told from there, whoever leads it
    if lead and counts.get(lead, 0) >= 2 and lead not in home_candidates and dateline_country not in home_candidates \
            and not _lead_visits(m, pending, home_candidates):
        home_candidates.append(lead)  # "India's Defence Minister X held talks with ...": the story is told from India
    gone_to = _lead_destinations(m)
    if dateline_country and dateline_country not in foreign | guests and all(iso in foreign | gone_to for iso in home_candidates) \
            and (gone_to or any(m.places[m.place_at[i]].kind == "City" for i in m.place_at if i >= m.dateline_end)):
        # "NEW DELHI: Defence Minister X met Italian Defence Minister Y in Rome", "CANBERRA: Chief of
        # Navy X visited Jakarta": a story filed from a country no title names, every country it names
        # more than once another side's (a title's, or where its lead goes: "will visit Indonesia ...
        # Indonesian naval leadership"), is told from where it is filed. Only where it places its
        # events: in "ACCRA - Minister X held talks with Dutch Minister Y" either may be the visitor
        home_candidates = [dateline_country]
    if dateline_country and dateline_country not in gone_to | guests and home_candidates \
            and (background := [iso for iso in home_candidates if iso not in foreign | gone_to
                                and _a_third_country_in_background(m, iso, foreign | gone_to)]) \
            and all(iso in foreign | gone_to or iso in background for iso in home_candidates):
        # "NEW DELHI: Defence Minister X will visit Ruritania ... the two sides will discuss Y, the
        # largest US-led exercise, which Ruritania and the United States have staged since 2004": a
        # country named only in sentences naming no person, beside the sides' own, is a third party
        # in background; the story is told from where it is filed, even where a title names that
        # country too ("India's Ambassador to Ruritania, Z")
        home_candidates = [dateline_country]
    if m.agency_country in counts or m.agency_country and m.agency_country == dateline_country:
        # "KUALA LUMPUR, Oct 7 (IANS) - Navy chief X called on Malaysia's ...", "CANBERRA (AAP) -- Air
        # Marshal X, Chief of Air Force, met Indonesian ...": a national agency tells the story from its
        # own country, named or filed from at home
        home_candidates = [m.agency_country]
    if not home_candidates and dateline_country in counts:  # "ISLAMABAD: Pakistan Army chief X ..."
        home_candidates = [dateline_country]
    if not home_candidates and dateline_country and not counts:
        # "LUSAKA, May 2 - President X hosted ..., State House spokesman Y said": a story naming no
        # country at all is told from where it is filed
        home_candidates = [dateline_country]
    if not home_candidates and guests and dateline_country and dateline_country not in guests:
        home_candidates = [dateline_country]  # "TUNIS - X received the visiting Libyan minister": the guest visits the dateline's
    if not home_candidates and (by_form := _home_told_by_forms(m, pending)) is not None:
        home_candidates = [by_form]  # "Shri X", "Raksha Mantri": an Indian release, whether or not it names India
    if not home_candidates and (untitled_lead := _home_of_untitled_lead(m, pending, counts, listed_only)) is not None:
        home_candidates = [untitled_lead]  # "Home Affairs Minister X held talks with Italian Defence Minister Y in Rome"
    visited, visitors = None, set()
    if not home_candidates and (first_place := _first_sentence_city_country(m)) in counts:
        if first_place in (lead_shape := _untitled_lead(m, pending))[1]:
            # "Air Chief X called on the Egyptian Air Force Commander Y in Cairo", "X held talks with her
            # Saudi counterpart Y in Riyadh": the city is the other side's, the subject its visitor; the
            # story is told from the one country left that no title names, even one named once
            visited, visitors = first_place, lead_shape[0]
            if len(others := [iso for iso in counts if iso not in foreign and iso not in guests]) == 1:
                home_candidates = others
        else:
            home_candidates = [first_place]  # "X hosted his counterparts ... in New Delhi": no dateline, the lead's place
    if not home_candidates and len(others := [iso for iso in counts if iso not in foreign]) == 1 \
            and (counts[others[0]] >= 2 or _named_beside_a_person(m, others[0]) or _named_as_a_subject(m, others[0])) \
            and others[0] not in guests:
        home_candidates = others  # not a country named once in background ("a partnership based in Ruritania")
    if not home_candidates and (city_country := _most_named_cities_country(m)) in counts and counts[city_country] >= 2 \
            and city_country != visited:
        home_candidates = [city_country]  # "Kenya and Ghana signed ... in Nairobi ... at State House, Nairobi"
    first_seen = {iso: evs[0].start for iso, evs in m.countries.items()}
    m.home_country = max(home_candidates, key=lambda iso: (counts.get(iso, 0), -first_seen.get(iso, 0))) if home_candidates else None

    for key, iso in side.items():
        c = clusters[key]
        c.country, c.country_confidence = iso, CONF_SIDE_COUNTRY
    for key, iso in m.counterpart_country.items():
        c = clusters[key]
        if c.country_confidence < CONF_COUNTERPART:
            c.country, c.country_confidence = iso, CONF_COUNTERPART
    for key, _, _, country, conf, _, _ in pending:
        if country and clusters[key].country_confidence < conf:
            clusters[key].country, clusters[key].country_confidence = country, conf

    # the person's own country, known from elsewhere in the article, comes before any context
    for start, _, key in m.person_spans:  # "Pakistan's Shehbaz Sharif", "Chinese leader Xi Jinping"
        c = clusters[key]
        if c.country is None:
            before = _country_before(sdoc, start)
            if before is None and start > 0 and m.lower[start - 1] in ("leader", "counterpart", "envoy", "official"):
                before = _country_before(sdoc, start - 1)
            if before is not None:
                c.country, c.country_confidence = before[0], CONF_COUNTERPART
            elif key in named_of:
                c.country, c.country_confidence = named_of[key], CONF_COUNTERPART
    for key, title, *_ in pending:  # titles first: "the Deputy Minister" is resolved with them
        if title not in m.titles_of.setdefault(key, []):
            m.titles_of[key].append(title)
    companions = _companions(m)
    for companion, lead in companions.items():  # "He is accompanied by ... Defence Secretary X"
        c, lead_country = clusters[companion], clusters[lead].country
        if lead_country and c.country is None:
            c.country, c.country_confidence = lead_country, CONF_SIDE_COUNTRY

    attached = _attached_country_tokens(m, ents)
    fellows = _fellow_objects(m)
    co_chairs = _bilateral_co_chairs(m)
    seen: set[tuple[str, str]] = set()
    lent_by_rule: dict[str, str] = {}  # person -> the context rule that gave their country through an earlier post
    for key, title, written, country, conf, s, e in _leads_first(pending, companions):
        held_titles = m.titles_of.setdefault(key, [])
        if title not in held_titles:
            held_titles.append(title)
        rule = "office.title-with-country"
        if country is None and (key, title) in supranational:
            # "X, President of the European Council": the head of a region's body holds no country's post,
            # whatever the holder's nationality or the place
            add_office(m, key, title, written, "", m.evidence(s, e, "office.organisation-post", conf))
            continue
        if country is None:
            c = clusters[key]
            if c.country:
                # "Deputy Prime Minister and Foreign Minister Y": a country the context lent the first
                # post is the second's by the same rule (a host's visit moves both), not the person's own
                country, conf, rule = c.country, c.country_confidence, lent_by_rule.get(key, "office.person-country")
            elif (by_form := refdata.country_of_title_form(written) or refdata.country_of_native_title(written)) is not None:
                # "Union Finance Minister X met ... in Washington", "Tánaiste X met ... in Oslo": the
                # title's form tells whose post
                country, conf, rule = by_form, CONF_SENTENCE_COUNTRY, "office.country-of-title-form"
            elif (key, title) in regional:
                continue  # "Latin American defence minister X": of one country of many, none the context may lend
            elif (lead := companions.get(key)) is not None and clusters[lead].country:
                # the lead's country known only from an office placed above ("the home country"): the companion's too
                # no surer than the lead's own country
                country, conf, rule = clusters[lead].country, min(clusters[lead].country_confidence, CONF_SIDE_COUNTRY), "office.companion-side"
            elif (principal := _principal_country(m, key, clusters)) is not None:
                country, conf, rule = principal, CONF_SENTENCE_COUNTRY, "office.principal-of-aide"
            elif (other_side := _co_chair_country(co_chairs.get(key), clusters)) is not None:
                country, conf, rule = other_side, CONF_SENTENCE_COUNTRY, "office.co-chair-country"
            elif (met_with := _fellows_country(fellows.get(key), clusters)) is not None and \
                    _sentence_country(m, key, s, attached, clusters, cities_only=True) in (None, met_with):
                # not where the sentence names another country's city: "visited Cairo, where he called
                # on Prime Minister X and held talks with Saudi Foreign Minister Y"
                country, conf, rule = met_with, CONF_SENTENCE_COUNTRY, "office.met-with-country"
            elif (sender := _greetings_sender_country(m, key, clusters)) is not None:
                country, conf, rule = sender, CONF_SENTENCE_COUNTRY, "office.greetings-sender"
            elif (agency := _home_agency_filing_abroad(m, key, s)) is not None:
                country, conf, rule = agency, CONF_SENTENCE_COUNTRY, "office.home-agency-abroad"
            elif (context := _sentence_country(m, key, s, attached, clusters)) is not None:
                if context == SIDES_UNTOLD and (host := _dateline_host_country(m, key, s, clusters)) is not None:
                    # "A and B agreed ... after A's minister X sat down with Prime Minister Y in B's
                    # capital": of two sides acting there, the one a visitor holds talks with is the host
                    country, conf, rule = host, CONF_SENTENCE_COUNTRY, "office.dateline-host"
                elif context == SIDES_UNTOLD:  # the sentence's place is one of two sides': whose post is unknown
                    m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
                    continue
                elif context == visited and key in visitors and m.home_country:
                    # the first sentence's subject in the other side's city ("called on the Egyptian
                    # Air Force Commander Y in Cairo"): a visitor, of the story's home country
                    country, conf, rule = m.home_country, CONF_HOME_COUNTRY, "office.home-country"
                else:
                    country, conf, rule = context, CONF_SENTENCE_COUNTRY, "office.sentence-country"
            elif (other_side := _counterpart_side(m, key, clusters, counts)) is not None:
                country, conf, rule = other_side, CONF_SENTENCE_COUNTRY, "office.counterpart-other-side"
            elif (host := _dateline_host_country(m, key, s, clusters)) is not None \
                    and not (title in HEAD_OF_STATE_TITLES and _post_held_by_another(m, key, title, host)):
                # not a second "President Y" after the host's President X: a country has one
                country, conf, rule = host, CONF_SENTENCE_COUNTRY, "office.dateline-host"
            elif (only := refdata.country_only_title(written)) is not None and only in counts and only not in listed_only:
                # "Chief of Staff, Joint Staff X" in a story told from elsewhere: a post only one
                # country has, if the article names that country (not only in a list of members)
                country, conf, rule = only, CONF_SENTENCE_COUNTRY, "office.country-only-title"
            elif (service := refdata.country_of_service_secretary(written)) is not None:
                # "Secretary of the Navy X visited Japan": no country told, the post alone names one
                country, conf, rule = service, CONF_SENTENCE_COUNTRY, "office.service-secretary"
            elif m.home_country and _received_by_home_official(m, _sentence_at(m, s), key, clusters) \
                    and (other := _sole_other_side(m, ents, unlisted)) is not None:
                # "CAIRO: Egyptian Defence Minister Y received Chief of the Army Staff General X ... India and
                # Egypt agreed ...": the guest of an official marked as the home country's is the story's
                # other side; with no other country named, the guest may be a home official after all
                country, conf, rule = other, CONF_SENTENCE_COUNTRY, "office.guest-of-home-official"
            elif m.home_country and (home_visit := _visit_to_home(m, key, s, attached, clusters))[0]:
                # "the State Visit of President X to India" in a story told from India: X comes from
                # the one other country the sentence names ("Kenya and Tunisia signed ... during the
                # visit of King X"), else the article's one other country (not one named in lists only)
                other = home_visit[1] or _other_main_country(m, {iso: n for iso, n in counts.items() if iso not in listed_only})
                if other is None:
                    m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
                    continue
                country, conf, rule = other, CONF_SENTENCE_COUNTRY, "office.visitor-to-home"
            elif m.home_country and _home_post_held_by_another(m, key, title) and \
                    (other := _other_main_country(m, {iso: n for iso, n in counts.items() if iso not in listed_only})) is not None \
                    and not _goes_to(m, key, s, other):
                # "Defence Minister X (home) ... talks with the Minister of the Armed Forces, General Y":
                # the home country's post of that kind is X's, so Y's is the article's other country's;
                # not one whose own visit goes there ("after Prime Minister Y's visit to <its capital>"):
                # a visitor is not of the country visited (the post taken may be a host's, moved later)
                country, conf, rule = other, CONF_SENTENCE_COUNTRY, "office.home-post-taken"
            elif m.home_country:
                country, conf, rule = m.home_country, CONF_HOME_COUNTRY, "office.home-country"
            elif key in counterparts_from and dateline_country is not None and dateline_country not in counterparts_from[key]:
                # "NEW DELHI: Chief of Defence Staff X held a video call with his French counterpart Y":
                # the one facing a foreign counterpart is of the country the story is filed from
                country, conf, rule = dateline_country, CONF_HOME_COUNTRY, "office.dateline-beside-counterpart"
            else:
                # an office belongs to exactly one country: kept aside until the fact rules
                # find one (the host of a visit), else dropped
                m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
                continue
        if rule not in _OWN_COUNTRY_RULES and country in counterparts_from.get(key, ()):
            # "Defence Minister X met his Vietnamese counterpart Y in Hanoi": X is not of Y's country,
            # whatever the context says
            m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
            continue
        if rule not in _OWN_COUNTRY_RULES and _post_held_beside(m, pending, key, title, country, s):
            # "Defence Minister X met Spanish Defence Minister Y in Madrid": the context's country is
            # the other side's, not X's; X is of the side the story is told from, if it is another
            if not m.home_country or m.home_country == country or rule == "office.home-country":
                m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
                continue
            country, conf, rule = m.home_country, CONF_HOME_COUNTRY, "office.home-country"
        if country == envoy_hosts.get((key, title)):
            # "He was accompanied by Ambassador to Peru X" in a visit to Peru: an envoy is sent to a
            # country by another; the context lent the host's country, the post is the other side's
            sender = _envoy_sender(m, country, counts, listed_only)
            if sender is None:
                m.unplaced.append((key, title, written, m.evidence(s, e, "office.title", conf)))
                continue
            country, conf, rule = sender, CONF_SENTENCE_COUNTRY, "office.envoy-of-the-other-side"
            if clusters[key].country == envoy_hosts[(key, title)]:
                clusters[key].country, clusters[key].country_confidence = sender, CONF_SIDE_COUNTRY
        okey = add_office(m, key, title, written, country, m.evidence(s, e, rule, conf))
        if (plain := plain_written.get((key, title))) and plain.lower() != m.offices[okey].title.lower() and plain not in m.offices[okey].aliases:
            m.offices[okey].aliases.append(plain)
        if head_first := force_head_first.get((key, title)):
            for form in (head_first, COUNTRY_CODE_AFTER_THE.sub(r"of \1", head_first)):
                if form not in m.offices[okey].aliases:
                    m.offices[okey].aliases.append(form)
        for form in possessed_body_forms.get((key, title), ()):
            if form.lower() != m.offices[okey].title.lower() and form not in m.offices[okey].aliases:
                m.offices[okey].aliases.append(form)
        if clusters[key].country is None:
            clusters[key].country, clusters[key].country_confidence = country, conf
            if rule not in _OWN_COUNTRY_RULES:
                lent_by_rule[key] = rule
        seen.add((key, title))

    for person in m.persons:
        person.country = clusters[person.key].country


GREETING_NOUNS = frozenset({"greeting", "greetings", "message", "regards", "wishes", "letter"})
CONVEY_VERBS = frozenset({"convey", "deliver", "pass", "extend", "carry", "bring", "hand"})


def _bare_title_of_another_before_and(sdoc: Doc, ents: list[Span], k: int, holders: set[str], key: str) -> bool:
    """"The President and Under Secretary X discussed ...": "the" and a title joined by "and" to the
    next title and its holder's name is a bare title for the person already named with it in the
    article (another), not a second post of X's, as in "the Deputy Prime Minister and Defence
    Minister X" (a title no one else was named with)."""
    ent = ents[k]
    if ent.start == 0 or sdoc[ent.start - 1].lower_ != "the" or ent.end + 1 >= len(sdoc) or sdoc[ent.end].lower_ != "and":
        return False
    nxt = ents[k + 1] if k + 1 < len(ents) else None
    if nxt is None or nxt.label_ != TITLE or nxt.start != ent.end + 1:
        return False
    return bool(holders) and key not in holders


def _greetings_sender_country(m: ArticleMentions, key: str, clusters: dict[str, _Cluster]) -> str | None:
    """Country of the envoy who "conveyed the greetings of King X" (or "a message from President X"):
    the sender of the greetings, named without a country, is the envoy's head of state or government."""
    for start, end, owner in m.person_spans:
        if owner != key:
            continue
        noun = m.tokens[end - 1].head
        while noun.dep_ in ("conj", "prep", "pobj") and noun.head.i != noun.i:  # "of King X and the PM", "greetings of X"
            noun = noun.head
        if noun.lemma_.lower() in CONVEY_VERBS and m.tokens[end - 1].head.lower_ == "from":
            # "conveyed greetings from X": the "from" hung on the verb ("conveyed greetings to X": X receives them)
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.lower_ in GREETING_NOUNS), noun)
        if noun.lower_ not in GREETING_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in CONVEY_VERBS:
            continue
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), noun.head)
        envoy = _person_of(m, subject, pronoun=False)
        if envoy is None and subject.lower_ in PRONOUNS:  # "X was received by Y, where he conveyed the greetings of Z"
            envoy = _guest_received_in(m, subject.sent)
        if envoy is None and noun.head.dep_ == "relcl":  # "X, who conveyed the greetings of ..."
            envoy = m.person_at.get(noun.head.head.i)
        if envoy is not None and envoy != key and clusters[envoy].country:
            return clusters[envoy].country
    return None


def _guest_received_in(m: ArticleMentions, sent: Span) -> str | None:
    """The guest a sentence has received, hosted or welcomed ("X was received by Y", "Y welcomed X"):
    the one who brings a sender's greetings to the host, whom a "he" conveying them stands for."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in GUEST_LEMMAS:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "nsubjpass" or child.dep_ == "dobj" and not passive:
                # "he was received by Y, where he conveyed ...": the guest's "he" is the subject before
                guest = _person_of(m, child, pronoun=True)
                if guest is not None:
                    return guest
    return None


def _listed_only_countries(m: ArticleMentions, ents: list[Span]) -> set[str]:
    """Countries named at most once outside lists of three or more countries ("comprises India,
    Sri Lanka and Mauritius ... the next meeting in Mauritius") and outside what the article speaks
    of ("the peacekeeping mission in Mali", "the invasion of Ukraine", "supporting Ukraine", "the Gulf of
    Guinea")."""
    return {iso for iso, n in _unlisted_mentions(m, ents).items() if n < 2}


def _unlisted_mentions(m: ArticleMentions, ents: list[Span]) -> dict[str, int]:
    """Each country's mentions outside lists of three or more countries and outside what the article
    speaks of (see _listed_only_countries)."""
    unlisted: dict[str, int] = {}
    for ent in ents:
        if ent.start in m.country_at:
            iso = m.country_at[ent.start]
            spoken_of = _scene_of_a_thing(ent.root) or _topic_object(ent.root)
            unlisted[iso] = unlisted.get(iso, 0) + (_country_list_size(m, ent.root) < 3 and not spoken_of)
    return unlisted


# What troops do or are somewhere ("the AU mission in Mali", "troops stationed in Mali"): the place
# of a deployment, not where anyone the article names stands.
DEPLOYMENT_NOUNS = frozenset({"mission", "operation", "operations", "deployment", "deployments", "troops", "contingent",
                              "contingents", "peacekeepers", "presence", "base", "bases"})
DEPLOYMENT_VERBS = frozenset({"deploy", "station", "base", "operate", "serve"})


def _scene_of_a_thing(token) -> bool:
    """"in <country>" that tells where a deployment is or a war happens ("the AU mission in Mali",
    "operations in Mali", "contingents deployed in Mali", "the war in Mali"), not where the article's
    events take place ("met in Mali"): a country the article speaks about, not from."""
    while token.dep_ == "compound" and token.head.i != token.i:  # "in Vatican City": the name's head word
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.i == token.i:
        return False
    owner = prep.head
    if prep.lower_ == "of":  # "the invasion of Ukraine"
        return owner.lemma_.lower() in SCENE_NOUNS
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner.lower_ in DEPLOYMENT_NOUNS or owner.lemma_.lower() in SCENE_NOUNS
    if owner.tag_ != "VBN" or owner.dep_ not in ("acl", "relcl"):
        return False
    return owner.lemma_.lower() in DEPLOYMENT_VERBS or _where_a_document_was_made(owner)


# Verbs of making a document: "the treaty, signed in <city> in 1990" tells where the treaty was made.
DOCUMENT_MAKING_VERBS = frozenset({"sign", "ink", "conclude", "ratify"})


def _where_a_document_was_made(participle) -> bool:
    """"the accord, signed in X": the place of a document's making, not of the sentence's people;
    not one signed by someone the sentence names ("the pact signed in X by President Y")."""
    return participle.lemma_.lower() in DOCUMENT_MAKING_VERBS and not any(c.dep_ == "agent" for c in participle.children)


def _country_list_size(m: ArticleMentions, token) -> int:
    """How many countries the list holding the country ``token`` names (1 when in none): "India and
    Vietnam" (2, a bilateral pair that may be home), "India, Sri Lanka and Mauritius" (3)."""
    head = token
    while head.dep_ in ("conj", "compound") and head.head.i in m.country_at and head.head.i != head.i:
        head = head.head
    listed = {m.country_at[t.i] for t in head.subtree if t.i in m.country_at and (t.i == head.i or t.dep_ == "conj")}
    return max(1, len(listed))


CITY_LEAD_MIN = 3  # city mentions of one country (and half as many again as any other's) for the cities to tell the home


def _most_named_cities_country(m: ArticleMentions) -> str | None:
    """The country whose cities the article names most, well ahead of any other's ("signed in
    Nairobi ... State House, Nairobi ... the base in Mombasa ... next session in Accra"): in a story
    of two countries whose titles both name them, where the events take place. None when close."""
    per_country: dict[str, int] = {}
    for place in m.places.values():
        if place.kind == "City" and place.country:
            per_country[place.country] = per_country.get(place.country, 0) + len(place.evidence)
    ranked = sorted(per_country.values(), reverse=True) + [0]
    if ranked[0] < CITY_LEAD_MIN or ranked[0] < 1.5 * ranked[1]:
        return None
    return max(per_country, key=per_country.get)


def _first_sentence_city_country(m: ArticleMentions) -> str | None:
    """The country of the one known city the article's first sentence names (not a heading line
    without a verb, as a dateline the parser could not read: "TOKYO")."""
    first = next((sent for sent in m.sents if sent.end > m.lead_start and any(t.pos_ in ("VERB", "AUX") for t in sent[max(0, m.lead_start - sent.start):])), None)
    if first is None:
        return None
    found = {m.places[m.place_at[t.i]].country for t in first if t.i in m.place_at and m.places[m.place_at[t.i]].kind == "City"}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _first_sentence_visit_country(m: ArticleMentions) -> str | None:
    """The country of "a visit to <country>" in the article's first sentence naming a person ("The Minister today
    concluded a three-day visit to Lebanon"): where the visit goes, when no city says so."""
    # the first sentence naming a person: not a line of the release's layout ("Published on 17 February")
    first = next((sent for sent in m.sents if sent.start >= m.lead_start and any(t.i in m.person_at for t in sent)), None)
    if first is None:
        return None
    found = {m.country_at[t.i + 2] for t in first[:-2] if t.lemma_.lower() == "visit" and t.pos_ == "NOUN"
             and t.nbor().lower_ == "to" and t.i + 2 in m.country_at}
    return next(iter(found)) if len(found) == 1 else None


# Courtesy words before a name that only one country's official English uses ("Shri Rajesh
# Kumar Singh", "Smt X")
INDIAN_COURTESY = re.compile(r"\b(?:Shri|Smt\.?|Shrimati) [A-Z]")


def _home_told_by_forms(m: ArticleMentions, pending: list) -> str | None:
    """The country whose own forms the article writes in: Indian courtesy words before names, or a
    post only that country's releases name ("Raksha Mantri"); a press release of that country
    need not name it ("Chief of the Army Staff General X called on Tanzania's Minister of Defence")."""
    by_title = {iso for _, _, written, *_ in pending if (iso := refdata.country_of_title_form(written))}
    if INDIAN_COURTESY.search(m.doc.text):
        by_title.add("IND")
    return next(iter(by_title)) if len(by_title) == 1 else None


def _countries_beside_untitled_lead(m: ArticleMentions, pending: list) -> set[str]:
    """The countries the titles beside a first sentence's subject name when the subject's own title
    names none ("Home Affairs Minister X held talks with Italian Defence Minister Y"): {"ITA"};
    empty for any other first sentence. The first sentence naming a titled person counts."""
    return _untitled_lead(m, pending)[1]


def _untitled_lead(m: ArticleMentions, pending: list) -> tuple[set[str], set[str]]:
    """The subjects of the first sentence and the countries the titles beside them name, when the
    subjects' own titles name none (see ``_countries_beside_untitled_lead``); two empty sets else."""
    starts = [start for *_, start, _ in pending]
    first = next((sent for sent in m.sents if sent.end > m.lead_start and any(sent.start_char <= s < sent.end_char for s in starts)), None)
    if first is None:
        return set(), set()
    subjects = {m.person_at.get(t.i) or m.title_owner.get(t.i) for t in first if t.dep_ in ("nsubj", "nsubjpass")} - {None}
    if not subjects:  # "Chief of the Air Staff X, accompanied by Y, called on ...": parsed with the title as the root
        subjects = {m.person_at.get(first.root.i) or m.title_owner.get(first.root.i)} - {None}
    in_first = [(key, country) for key, _, _, country, _, start, _ in pending if first.start_char <= start < first.end_char]
    named = {country for key, country in in_first if country and key not in subjects}
    if not named or not any(key in subjects and country is None for key, country in in_first) \
            or any(key in subjects and country for key, country in in_first):
        return set(), set()
    return subjects, named


def _home_of_untitled_lead(m: ArticleMentions, pending: list, counts: dict[str, int], listed_only: set[str]) -> str | None:
    """A first sentence whose subject's title names no country while a title beside it does ("Home
    Affairs Minister X held talks with Italian Defence Minister Y in Rome"): the story is told from
    the subject's side, the country the article names most (twice or more) other than those the
    titles name; None on a tie. The first sentence naming a titled person counts (past a standfirst)."""
    named = _countries_beside_untitled_lead(m, pending)
    if not named:
        return None
    others = sorted(((n, iso) for iso, n in counts.items() if iso not in named and iso not in listed_only and n >= 2), reverse=True)
    return others[0][1] if others and (len(others) == 1 or others[0][0] > others[1][0]) else None


def _lead_country(m: ArticleMentions, pending: list) -> str | None:
    """The country the title of the first sentence's subject names ("India's Defence Minister X
    held talks with ..."): the side the story is told from."""
    first = next((sent for sent in m.sents if sent.end > m.lead_start and any(t.is_alpha for t in sent[max(0, m.lead_start - sent.start):])), None)
    if first is None:
        return None
    subjects = {m.person_at.get(t.i) or m.title_owner.get(t.i) for t in first if t.dep_ in ("nsubj", "nsubjpass", "ROOT")} - {None}
    for key, _, _, country, _, start, _ in pending:
        if key in subjects and country and first.start_char <= start < first.end_char:
            return country
    return None


def _lead_destinations(m: ArticleMentions) -> set[str]:
    """The countries the first sentence's subjects go to, named or by a city ("The Chief of Naval
    Staff, Admiral X, will visit Indonesia", "X arrived in Cairo"): where a visitor is, not whence."""
    first = next((sent for sent in m.sents if sent.end > m.lead_start and any(t.is_alpha for t in sent[max(0, m.lead_start - sent.start):])), None)
    if first is None:
        return set()
    heads = [t for t in first if t.dep_ in ("nsubj", "nsubjpass", "ROOT")]
    heads += [c for t in heads for c in t.children if c.dep_ == "appos"]  # "New Delhi: The Chief of ...": parsed in apposition to the dateline
    subjects = {m.person_at.get(t.i) or m.title_owner.get(t.i) for t in heads} - {None}
    found: set[str] = set()
    for token in first:
        place = m.places[m.place_at[token.i]] if token.i in m.place_at else None
        iso = m.country_at.get(token.i) or (place.country if place is not None and place.kind == "City" else None)
        if iso and iso not in found and any(_destination_of(m, token, key) for key in subjects):
            found.add(iso)
    return found


def _lead_visits(m: ArticleMentions, pending: list, isos: list[str]) -> bool:
    """The first sentence's titled subject goes to one of ``isos`` ("Japan's Navy chief X, who is
    on a visit to India, held talks with ..."): a visitor's story is told from where the visit is,
    so the lead's country is not the article's home."""
    first = next((sent for sent in m.sents if sent.end > m.lead_start and any(t.is_alpha for t in sent[max(0, m.lead_start - sent.start):])), None)
    if first is None or not isos:
        return False
    leads = {key for key, _, _, country, _, start, _ in pending if country and first.start_char <= start < first.end_char}
    for token in first:
        place = m.places[m.place_at[token.i]] if token.i in m.place_at else None
        iso = m.country_at.get(token.i) or (place.country if place is not None and place.kind == "City" else None)
        if iso in isos and any(_destination_of(m, token, key) for key in leads):
            return True
    return False


def _short_forms_of_held_titles(pending: list) -> set[tuple[str, str]]:
    """(person, title) pairs where the title is a short form of a longer one the same person is named
    with: "CS Tuya" after "Cabinet Secretary for Defence Soipan Tuya" is that post, not another."""
    titles: dict[str, set[str]] = {}
    for key, title, *_ in pending:
        titles.setdefault(key, set()).add(title)
    return {(key, short) for key, held in titles.items() for short in held
            if any(long.startswith((f"{short} for ", f"{short} of ")) or (" " in short and long.endswith(f" {short}"))
                   for long in held if long != short)}


HEADED_VERBS = LEAD_VERBS | {"command"}


def _heads_of_bodies_headed_by(m: ArticleMentions) -> list[tuple[str, str, str, str | None, float, int, int]]:
    """"The Seychelles Coast Guard is headed by an Indian Navy officer, Commandant X", "The Kenya Navy
    is commanded by Maj Gen Y": the named person is the head of the body (a force's or a body's name
    ending in its kind word), of the country its name says (the person's own may differ)."""
    found = []
    for i in [i for i, lower in enumerate(m.lower) if lower in ("headed", "led", "commanded")]:
        verb = m.tokens[i]
        if verb.lemma_.lower() not in HEADED_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        body = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in BODY_NAME_ENDS and c.text[:1].isupper()), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if body is None or agent is None:
            continue
        named = [t for t in agent.subtree if t.i in m.person_at and t.dep_ in ("pobj", "appos")]
        start = body.left_edge.i + (body.left_edge.lower_ == "the")
        words = m.tokens[start : body.i + 1]
        if len(named) != 1 or len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            continue
        name = " ".join(t.text for t in words)
        country = next((m.country_at[t.i] for t in words if t.i in m.country_at), None)
        key = m.person_at[named[0].i]
        head = "Commander" if verb.lemma_.lower() == "command" else "Head"
        found.append((key, f"{head} of the {name}", f"{head.lower()} of the {name}", country, CONF_TITLE_COUNTRY,
                      m.tokens[start].idx, named[0].idx + len(named[0].text)))
    return found


# Labels a plural title never has: the model's other guesses ("The Defence Ministers of A" as a LAW) stand
NOT_PLURAL_TITLE_LABELS = frozenset({TITLE, "PERSON", "GPE", "NORP", "LOC", "FAC", "DATE"})


def _plural_title_holders(m: ArticleMentions, named_of: dict[str, str]) -> list[tuple[str, str, str, str, int, int]]:
    """"Defence ministers Richard Marles of Australia and Gen Nakatani of Japan": each person listed
    right after a plural title, with their own country, holds that title of that country.
    Returns (person key, title, written, country, start char, end char)."""
    found = []
    starts = {start: (end, key) for start, end, key in m.person_spans}
    for token in m.tokens:
        # "Defence Ministers" (a PROPN); "Army chiefs" may be parsed as a verb; "Chiefs of Staff" (the model's ORG)
        if not token.text.endswith("s") or token.ent_type_ in NOT_PLURAL_TITLE_LABELS or token.ent_id_ or (plural := plural_title_at(m.sdoc, token)) is None:  # "s": plural_title_at's cheap test, first
            continue
        first, title_end, title = plural
        if title in GENERIC_TITLE_HEADS:
            continue  # "ministers X and Y": which post is not said
        written = m.sdoc[first:title_end].text
        found.extend((key, title, written, iso, s, e) for key, iso, s, e in _holders_of_listed_countries(m, title_end, starts))
        found.extend((key, title, written, iso, s, e) for key, iso, s, e in _holders_of_countries_listed_before(m, first, title_end, starts))
        found.extend((key, title, written, iso, s, e) for key, iso, s, e in _holders_listed_before(m, first, named_of))
        i = title_end
        while i in starts:
            end, key = starts[i]
            if key in named_of:
                found.append((key, title, written, named_of[key], m.tokens[i].idx, m.tokens[end - 1].idx + len(m.orth[end - 1])))
            i = end
            while i < len(m.tokens) and (m.orth[i] in (",", "and", "of", "the") or i in m.country_at):
                i += 1
    return found


# Words that may stand between "the" and a plural title set after a list of its holders ("the three defence ministers")
HOLDER_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "both", "respective"})


def _holders_listed_before(m: ArticleMentions, first: int, named_of: dict[str, str]) -> list[tuple[str, str, int, int]]:
    """"Kenya's A, Uganda's B and Tanzania's C, the three defence ministers," (or "A of Kenya and B of
    Uganda, the army chiefs,"): two or more people listed right before a plural title set in apposition
    each hold it, of the country written with them. Returns (person key, country, start char, end char)."""
    i = first - 1
    if i >= 0 and m.lower[i] in HOLDER_COUNT_WORDS:
        i -= 1
    if i < 1 or m.lower[i] != "the" or m.orth[i - 1] != ",":
        return []
    listed = []
    gap_end = i - 1  # the comma: only list words between the names
    for start, end, key in reversed(m.person_spans):
        if end > gap_end:
            continue
        if any(not (m.lower[j] in (",", "and", "of", "the", "'s", "’s") or j in m.country_at) for j in range(end, gap_end)):
            break
        iso = named_of.get(key) or (before[0] if (before := _country_before(m.sdoc, start)) else None)
        listed.append((key, iso, m.tokens[start].idx, m.tokens[end - 1].idx + len(m.orth[end - 1])))
        gap_end = start
        while gap_end > 0 and (m.lower[gap_end - 1] in ("'s", "’s") or gap_end - 1 in m.country_at):
            gap_end -= 1  # "Uganda's B": the country is his, not a gap
    if len(listed) < 2 or len({k for k, _, _, _ in listed}) < len(listed):
        return []
    return [entry for entry in reversed(listed) if entry[1] is not None]


def _holders_of_listed_countries(m: ArticleMentions, i: int, starts: dict[int, tuple[int, str]]) -> list[tuple[str, str, int, int]]:
    """"(the defence ministers) of Kenya, Uganda and Tanzania, A, B and C": as many names as countries
    listed after "of", each the holder of the country in the same place (respectively).
    Returns (person key, country, start char, end char)."""
    if i >= len(m.tokens) or m.lower[i] not in ("of", "from"):  # or "(the army chiefs) from A and B, X and Y"
        return []
    countries: list[str] = []
    i += 1
    while i < len(m.tokens) and (i in m.country_at or m.lower[i] in (",", "and", "the")):
        if i in m.country_at and (not countries or m.country_at[i] != countries[-1] or i - 1 not in m.country_at):
            countries.append(m.country_at[i])
        i += 1
    if len(countries) < 2 or m.orth[i - 1] != ",":
        return []  # "ministers of A and B met ...": no names listed after the countries
    return _paired_in_order(countries, _persons_listed_from(m, i, starts))


def _holders_of_countries_listed_before(m: ArticleMentions, first: int, end: int,
                                        starts: dict[int, tuple[int, str]]) -> list[tuple[str, str, int, int]]:
    """"the Kenyan and Ugandan defence ministers, A and B": the plural title ``first:end`` after a
    list of countries and before a list of names, each name the holder of the country in the same
    place. Returns (person key, country, start char, end char)."""
    countries = [iso for iso, _ in _countries_listed_before(m.sdoc, first)]
    if len(countries) < 2 or end >= len(m.tokens) or m.orth[end] != ",":
        return []
    return _paired_in_order(countries, _persons_listed_from(m, end + 1, starts))


def _persons_listed_from(m: ArticleMentions, i: int, starts: dict[int, tuple[int, str]]) -> list[tuple[str, int, int]]:
    """(person key, start char, end char) of each person of a list joined by commas and "and" from
    token ``i`` on, past a rank opening a name ("Lt Gen X")."""
    holders = []
    while (i := skip_honorifics(m.sdoc, i, len(m.tokens))) in starts:
        end, key = starts[i]
        holders.append((key, m.tokens[i].idx, m.tokens[end - 1].idx + len(m.orth[end - 1])))
        i = end
        while i < len(m.tokens) and m.lower[i] in (",", "and"):
            i += 1
    return holders


def _paired_in_order(countries: list[str], holders: list[tuple[str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Each holder with the country in the same place (respectively); empty unless as many of each, no person twice."""
    if len(holders) != len(countries) or len({h[0] for h in holders}) != len(holders):
        return []
    return [(key, iso, s, e) for (key, s, e), iso in zip(holders, countries)]


def _bilateral_co_chairs(m: ArticleMentions) -> dict[str, tuple[str, frozenset[str]]]:
    """person key -> (the other co-chair, the pair of countries) where a sentence says two persons
    co-chair a body of two countries ("the India-Vietnam Dialogue, co-chaired by X and Y", "he
    co-chaired the India-Philippines JDCC with Y"): one co-chair is of each country."""
    result: dict[str, tuple[str, frozenset[str]]] = {}
    for k, sent in enumerate(m.sents):
        tokens = m.tokens[sent.start : sent.end]
        verb = next((t for t in tokens if "chair" in m.lower[t.i] and co_chair_start(t) is not None), None)
        if verb is None:
            continue
        pairs = _hyphened_country_pairs(m, tokens)
        if not pairs and k > 0 and "\n" not in doc_text(m.sdoc)[m.sents[k - 1].start_char : verb.idx].strip():
            # "The India-Kenya Joint Committee (JC) was set up in 2019. Its meeting was co-chaired by X
            # and Y": the body the sentence before names, in the same paragraph
            pairs = _hyphened_country_pairs(m, m.tokens[m.sents[k - 1].start : m.sents[k - 1].end])
        # those the co-chairing clause names, not those of a clause joined to it ("..., and held talks with Z")
        joined = {d.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for d in c.subtree}
        clause = [t for t in verb.subtree if t.i not in joined]
        chairs = {m.person_at.get(t.i) or m.title_owner.get(t.i) or _bare_title_holder(m, t) for t in clause} - {None}
        chairs |= {k for t in clause if t.dep_ == "nsubj" and t.lower_ in PRONOUNS and (k := _person_of(m, t))}
        if not chairs:  # a parse that hangs the names elsewhere ("..., with X and Y co-chairing the talks"): the sentence's two
            chairs = {k for t in tokens if (k := m.person_at.get(t.i) or m.title_owner.get(t.i))}
        if len(pairs) == 1 and len(chairs) == 2:
            a, b = sorted(chairs)
            result[a], result[b] = (b, next(iter(pairs))), (a, next(iter(pairs)))
    return result


def country_pair_at(m: ArticleMentions, j: int) -> frozenset[str] | None:
    """The two different countries a hyphen or unspaced en dash at ``j`` joins ("Chile-Peru",
    "Chile–Peru"), else None."""
    if not joined_tight(m.tokens, j):
        return None
    a, b = m.country_at.get(j - 1), m.country_at.get(j + 1)
    return frozenset((a, b)) if a and b and a != b else None


def _hyphened_country_pairs(m: ArticleMentions, tokens: list) -> set[frozenset[str]]:
    """The pairs of two countries joined by a hyphen or an en dash in ``tokens`` ("India-Vietnam")."""
    return {pair for t in tokens if (pair := country_pair_at(m, t.i)) is not None}


def _bare_title_holder(m: ArticleMentions, token) -> str | None:
    """The person "the Defence Secretary" (a title with no name, starting at ``token``) stands for:
    the holder of that title named before ("the Defence Secretary and X co-chaired ...")."""
    if token.ent_iob_ != "B" or token.ent_type_ != TITLE or token.i == 0 or m.lower[token.i - 1] != "the":
        return None
    return resolve_title_reference(m, token.ent_id_.split(":", 1)[1], token.i)


def _co_chair_country(entry: tuple[str, frozenset[str]] | None, clusters: dict[str, _Cluster]) -> str | None:
    """The country of a bilateral body's pair that the other co-chair is not of."""
    if entry is None:
        return None
    other, pair = entry
    if clusters[other].country not in pair:
        return None
    return next(iter(pair - {clusters[other].country}))


# Links from a name or title up to the verb it is the object of ("held talks with the Chief, X").
OBJECT_LINKS = frozenset({"dobj", "pobj", "prep", "conj", "appos", "compound", "nmod", "dative", "attr"})


def _fellow_objects(m: ArticleMentions) -> dict[str, tuple[set[str], set[str]]]:
    """person key -> (the other persons met through the same verb, or verbs joined to it that share
    its subject; that verb's subjects) ("hosting Deputy Prime Minister Marles and Minister Y",
    "called on A's Minister X and held talks with the Chief of Defence Forces, Y"): the people
    one visitor meets together."""
    groups: dict[int, set[str]] = {}
    for token in m.tokens:
        owner = m.person_at.get(token.i) or m.title_owner.get(token.i)
        if owner is None:
            continue
        head = token
        while head.dep_ in OBJECT_LINKS and head.pos_ != "VERB" and head.head.i != head.i and head.lower_ != "between":
            head = head.head
        if head.pos_ != "VERB" or head.i == token.i:
            continue  # "talks between A and B": two sides, not one
        while head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head  # "called on A and held talks with B": one subject, one set of hosts
        groups.setdefault(head.i, set()).add(owner)
    subjects_of = {verb_i: {k for c in m.tokens[verb_i].children if c.dep_ in ("nsubj", "nsubjpass") and (k := _person_of(m, c))}
                   for verb_i in groups}
    # "A held talks with B. Later C joined A and B": who met face to face are two sides, not fellows
    faced = {frozenset((subject, member)) for verb_i, members in groups.items() for subject in subjects_of[verb_i] for member in members}
    fellows: dict[str, tuple[set[str], set[str]]] = {}
    for verb_i, members in groups.items():
        if members & m.counterpart_country.keys():
            continue  # "X and his Maldivian counterpart Y": two sides
        for key in members:
            others, subs = fellows.setdefault(key, (set(), set()))
            others.update(k for k in members - {key} if frozenset((key, k)) not in faced)
            subs.update(subjects_of[verb_i])
    return fellows


def _fellows_country(entry: tuple[set[str], set[str]] | None, clusters: dict[str, _Cluster]) -> str | None:
    """The one country of the persons met together with someone, if all that are known (from their
    own titles or sides, not from context) share it and it is not the visiting subject's ("met
    Defence Secretary X and Indian envoy Y": Y is of the visitor's side)."""
    if entry is None:
        return None
    others, subjects = entry
    known = {clusters[k].country for k in others if clusters[k].country and clusters[k].country_confidence >= CONF_COUNTERPART}
    visitors = {clusters[k].country for k in subjects}
    return next(iter(known)) if len(known) == 1 and not known & visitors else None


PRONOUNS = frozenset({"he", "she"})
# Institutions a country word may qualify as a source ("India's defence ministry said"): not where anyone is.
SOURCE_NOUNS = frozenset({"ministry", "government", "embassy", "office", "spokesperson", "spokesman", "statement", "navy", "army",
                          "military", "force", "forces", "media", "agency", "department", "official", "officials", "side",
                          "commission", "consulate", "mission"})  # "the Indian High Commission said"


def _leads_first(pending: list, companions: dict[str, str]) -> list:
    """The posts in `pending` with a companion's post of no country put after the last post of
    the one they accompany ("Y, who accompanied X, ..." names the companion first), so the lead's
    country is known when the companion's post is placed (office.companion-side)."""
    last = {p[0]: n for n, p in enumerate(pending)}
    ordered: list = []
    deferred: dict[int, list] = {}
    for n, p in enumerate(pending):
        lead = companions.get(p[0])
        if p[3] is None and lead is not None and last.get(lead, -1) > n:
            deferred.setdefault(last[lead], []).append(p)
        else:
            ordered.append(p)
        ordered += deferred.pop(n, [])
    return ordered


def _companions(m: ArticleMentions) -> dict[str, str]:
    """person key -> key of the person they accompany ("X is accompanied by a delegation including
    Y", "Y accompanied X"): a companion is of the same side."""
    result: dict[str, str] = {}
    for verb in m.tokens:
        if verb.lemma_.lower() != "accompany" or verb.pos_ not in ("VERB", "AUX"):
            continue
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            lead_token = passive[0]
            if verb.dep_ == "relcl" and lead_token.lower_ in RELATIVE_WORDS:
                lead_token = verb.head  # "X, who was accompanied by Y, ...": the lead is the one the clause is about
            side = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        else:
            lead_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
            side = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
            if verb.dep_ == "relcl" and side and all(t.lower_ in RELATIVE_WORDS for t in side):
                side = [verb.head]  # "Y, who accompanied X, said ...": the companion is the one the clause is about
        if lead_token is None and not side and verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBN":
            # "X began a visit to Y, accompanied by Z": Z goes with the subject of the clause
            governor = verb.head
            lead_token = governor if verb.dep_ == "acl" else next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            side = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        lead = _person_of(m, lead_token) if lead_token is not None else None
        if lead is None:
            continue
        for token in side:
            key = m.person_at.get(token.i) or m.title_owner.get(token.i)
            if key and key != lead:
                result.setdefault(key, lead)
    for key, lead in _members_of_led_delegations(m).items():
        result.setdefault(key, lead)
    for key, lead in _fellows_of_subjects(m).items():
        result.setdefault(key, lead)
    for key, lead in _subjects_joined_by_and(m).items():
        result.setdefault(key, lead)
    return result


CO_SUBJECT_MEETING_VERBS = frozenset({"meet", "hold", "call", "visit", "tour", "receive", "brief"})


def _subjects_joined_by_and(m: ArticleMentions) -> dict[str, str]:
    """person key -> the first of two subjects ("X and Rear Adm. Y, commander of Z, met W", "On
    Monday, X and Y held talks with W"): Y goes with X when the verb meets another person. Not two
    subjects that meet each other ("X and Y met in Z"), nor names after the verb ("W met X and Y")."""
    result: dict[str, str] = {}
    for word in m.tokens:
        if word.lower_ != "and" or word.i == 0 or (lead := m.person_at.get(word.i - 1)) is None:
            continue
        lead_start = next((s for s, e, k in m.person_spans if k == lead and e == word.i), None)
        if lead_start is None or lead_start > word.sent.start and m.orth[lead_start - 1] != ",":
            continue  # the first subject opens the sentence or follows a fronted phrase ("On March 5, X and ...")
        j = word.i + 1
        while j < min(word.i + 1 + RANK_REACH, word.sent.end) and j not in m.person_at and m.orth[j][:1].isupper():
            j += 1  # a rank before the second name ("Capt.", "Rear Adm.")
        key = m.person_at.get(j)
        if key is None or key == lead:
            continue
        end = next((e for s, e, k in m.person_spans if k == key and s == j), None)
        if end is None:
            continue
        if end < word.sent.end and m.orth[end] == ",":  # past the post in commas: ", commander of Z,"
            close = next((t.i for t in m.tokens[end + 1 : word.sent.end] if t.text == ","), None)
            if close is None:
                continue
            end = close + 1
        verb = m.tokens[end] if end < word.sent.end else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CO_SUBJECT_MEETING_VERBS:
            continue
        if not any(k not in (lead, key) for t in m.tokens[verb.i + 1 : word.sent.end] if (k := m.person_at.get(t.i))):
            continue  # no one else met: the two subjects may be the meeting's two sides
        result[key] = lead
    return result


def _fellows_of_subjects(m: ArticleMentions) -> dict[str, str]:
    """person key -> the subject whose "along with" / "together with" / "alongside" phrase names
    them before the verb ("X, along with Y, met Z"): Y goes with X. Not a phrase after the verb
    ("X met Z, along with Y": Y may be of Z's side)."""
    result: dict[str, str] = {}
    for word in m.tokens:
        if word.lower_ not in ("along", "together", "alongside"):
            continue
        nxt = m.tokens[word.i + 1] if word.i + 1 < len(m.tokens) else None
        if word.lower_ != "alongside" and (nxt is None or nxt.lower_ != "with"):
            continue
        attach = word.head if word.dep_ != "ROOT" else word
        if word.lower_ == "together" and attach.i == nxt.i:
            attach = nxt.head  # "together" hangs on "with", which hangs on the subject or the verb
        if attach.pos_ in ("VERB", "AUX"):
            verb = attach
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            subject, verb = attach, attach.head
            if attach.dep_ not in ("nsubj", "nsubjpass"):
                continue
        if subject is None or not subject.i < word.i < verb.i:
            continue
        lead = _person_of(m, subject)
        phrase = nxt if word.lower_ != "alongside" else word
        if lead is None:
            continue
        for token in phrase.subtree:
            if token.i <= phrase.i:
                continue
            key = m.person_at.get(token.i) or m.title_owner.get(token.i)
            if key and key != lead:
                result.setdefault(key, lead)
    return result


def _members_of_led_delegations(m: ArticleMentions) -> dict[str, str]:
    """person key -> lead of the delegation a member's verb names without its country ("X will lead
    a delegation ... The delegation will include Y", "His delegation includes Y"): a member goes
    with the lead (_delegation_members gives the country of a delegation that names it)."""
    result: dict[str, str] = {}
    for verb in m.tokens:
        if verb.lemma_ not in MEMBERS_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        for side in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in SIDE_NOUNS):
            if any(c.i in m.country_at for c in side.children):
                continue  # "The Indonesian delegation includes X": _delegation_members
            lead = _delegation_lead(m, side)
            if lead is None:
                continue
            for obj in verb.children:
                if obj.dep_ == "dobj" or obj.dep_ == "prep" and obj.lower_ == "of":
                    for token in _outside_clauses(obj):
                        if (key := m.person_at.get(token.i) or m.title_owner.get(token.i)) is not None and key != lead:
                            result.setdefault(key, lead)
    return result


def _delegation_lead(m: ArticleMentions, side) -> str | None:
    """Who leads the delegation ``side`` names: "his/her delegation", the subject of the sentence
    before; "the delegation", the latest lead of a delegation named before it ("X will lead a
    delegation", "a delegation led by X")."""
    owner = next((c for c in side.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _previous_subject(m, owner) if owner.lower_ in ("his", "her") else _person_of(m, owner)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in side.children):
        return None
    lead = None
    for verb in m.tokens[: side.i]:
        if verb.lemma_ not in LEAD_VERBS or verb.pos_ not in ("VERB", "AUX") or not _led_side_nouns(m, verb):
            continue
        for child in verb.children:
            if child.dep_ == "nsubj" or child.dep_ == "agent":
                found = next((k for t in child.subtree if (k := _person_of(m, t, pronoun=child.dep_ == "nsubj"))), None)
                lead = found or lead
        if verb.dep_ == "acl" and (found := _person_of(m, verb.head)) is not None:
            lead = found
    return lead or _latest_traveller(m, side.i)


def _latest_traveller(m: ArticleMentions, before: int) -> str | None:
    """The person last said to go on a journey before token ``before`` ("X will embark on a visit to
    ...", "X arrived in ..."): whose delegation "the delegation" is when no one is said to lead one."""
    traveller = None
    for sent in m.sents:
        if sent.start >= before:
            break
        root = sent.root
        if root.lemma_ in GUEST_LEMMAS:
            continue  # "X received a delegation": the guests' delegation, not X's
        journey = root.lemma_ in MOVEMENT_LEMMAS or any(t.lemma_ in JOURNEY_NOUNS and t.head.i == root.i or
                                                         t.lemma_ in JOURNEY_NOUNS and t.head.head.i == root.i for t in sent)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if journey and subject is not None and (found := _person_of(m, subject)) is not None:
            traveller = found
    return traveller


def _previous_subject(m: ArticleMentions, token) -> str | None:
    """The person that is the subject of the sentence before ``token``'s ("he", "his")."""
    k = next((n for n, sent in enumerate(m.sents) if sent.start <= token.i < sent.end), 0)
    if k == 0:
        return None
    for t in m.sents[k - 1]:
        if t.dep_ in ("nsubj", "nsubjpass") and (found := _person_of(m, t, pronoun=False)):
            return found
    return None


def _person_of(m: ArticleMentions, token, pronoun: bool = True) -> str | None:
    """The person a subject or object token names: a name, a title written with a name, "the
    Deputy Minister" (the latest holder), or "he"/"she" (the subject of the sentence before)."""
    key = m.person_at.get(token.i) or m.title_owner.get(token.i)
    if key:
        return key
    if token.ent_type_ == TITLE and token.ent_id_.startswith("title:"):
        return resolve_title_reference(m, token.ent_id_.split(":", 1)[1], token.i)
    if pronoun and token.lower_ in PRONOUNS:
        k = next((n for n, sent in enumerate(m.sents) if sent.start <= token.i < sent.end), 0)
        if k > 0:
            for t in m.sents[k - 1]:
                if t.dep_ in ("nsubj", "nsubjpass"):
                    found = _person_of(m, t, pronoun=False)
                    if found:
                        return found
    return None


def _attached_country_tokens(m: ArticleMentions, ents: list[Span]) -> set[int]:
    """Country tokens that belong to a title or a person ("Saudi Foreign Minister", "Minister of
    Defence of Kenya", "Kenya's X", "his Indian counterpart"): not context for anyone else."""
    sdoc = m.sdoc
    anchors = [i for i in range(len(m.tokens)) if m.lower[i] in ("counterpart", "counterparts")]
    anchors += [ent.start for ent in ents if ent.label_ == TITLE]
    anchors += [start for start, _, _ in m.person_spans]
    tokens: set[int] = set()
    for _, end, _ in m.person_spans:  # "X of South Korea"
        if end + 1 < len(sdoc) and sdoc[end].lower_ == "of":
            tokens.update(j for j in (end + 1, end + 2) if j in m.country_at)
    for i in anchors:
        before = _country_before(sdoc, i)
        if before is not None:
            tokens.add(before[1])
    for ent in ents:
        if ent.label_ == TITLE:
            tokens.update(t.i for t in ent)
            tokens.update(range(ent.end, envoy_station_end(sdoc, ent)))  # "Ambassador in Washington": no one's home
            tokens.update(range(*envoy_host_span(sdoc, ent)))  # "Ghana's High Commissioner to Zambia": the envoy's host, part of the post
            after_sender = skip_title_country(sdoc, ent.end)
            if after_sender > ent.end:  # "the Defence Attache of X in Riyadh": nor after the sending country
                tokens.update(range(after_sender, envoy_station_end(sdoc, ent, after_sender)))
            for j in (ent.end + 1, ent.end + 2):
                if j < len(sdoc) and sdoc[ent.end].text in (",", "of") and j in m.country_at:
                    tokens.add(j)
    tokens.update(i for i in m.country_at if _nationality_of_subject(m.tokens[i]))
    # the whole country name, not just the token next to the title
    grown = set(tokens)
    for i in tokens:
        if i in m.country_at:
            j = i
            while j - 1 in m.country_at and m.country_at[j - 1] == m.country_at[i]:
                j -= 1
                grown.add(j)
            j = i
            while j + 1 in m.country_at and m.country_at[j + 1] == m.country_at[i]:
                j += 1
                grown.add(j)
    return grown


def _nationality_of_subject(token) -> bool:
    """``token`` is the country word of a subject named by nationality ("the Portuguese Admiral is
    to call on X"): it is that person's country, not the sentence's."""
    subject = token.head
    return (token.dep_ in ("amod", "compound") and subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" for c in subject.children))


def _sentence_at(m: ArticleMentions, char_start: int) -> Span | None:
    """The sentence holding the character at ``char_start``."""
    return next((sent for sent in m.sents if sent.start_char <= char_start < sent.end_char), None)


# _sentence_country: the sentence places the holder among sides acting together, whose post is untold
SIDES_UNTOLD = ""


def _sentence_country(m: ArticleMentions, key: str, char_start: int, attached: set[int], clusters: dict[str, _Cluster], cities_only: bool = False) -> str | None:
    """The one country the sentence of a title places its holder in ("Foreign ministers met in
    Washington, a day after President X's inauguration"): country words and known cities of the
    sentence, minus those that belong to another title or person, those in a list of countries,
    and where the holder is going to; None unless exactly one is left. A holder who is the
    subject ("X called on Sri Lanka's President Y in Colombo") is the visitor of anyone else
    named there: their countries are not the holder's. ``cities_only``: from known cities alone.
    SIDES_UNTOLD: the place is that of sides acting together, the home country among them."""
    sent = _sentence_at(m, char_start)
    if sent is None:
        return None
    subjects: set[str] = set()
    others: set[str] = set()
    # the holder attends an event, or the act is on its sidelines: its city is where the event is, not whose the post is
    attends = _beside_a_gathering(m, sent)
    # "After meeting the Chief of Defence Forces, General X, Mr Y said ...": a title that is a verb's
    # object makes its holder one met, even where the parser reads the name in commas as a subject
    met_by_title = {m.title_owner[t.i] for t in m.tokens[sent.start : sent.end]
                    if t.i in m.title_owner and t.dep_ == "dobj" and m.title_owner.get(t.head.i) != m.title_owner[t.i]}
    for token in m.tokens[sent.start : sent.end]:
        owner = m.person_at.get(token.i) or m.title_owner.get(token.i)
        if owner is None:
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in PRONOUNS and (owner := _person_of(m, token)) is not None:
                subjects.add(owner)  # "He also met Deputy Minister Y": he is the one who meets
            continue
        others.add(owner)
        head = token
        while head.dep_ in ("conj", "nmod", "compound", "appos") and head.head.i != head.i:
            head = head.head  # "X and Y met ...", "Secretary X and Secretary Y", a parse glued to a dateline
        if owner in met_by_title and token.i in m.person_at:
            continue
        if head.dep_ in ("nsubj", "nsubjpass") or _root_with_clause_verb(head):
            subjects.add(owner)
            if owner == key and head.head.lemma_.lower() in ATTEND_LEMMAS:
                attends = True
    is_subject = key in subjects
    # the countries of the people the subject meets (not of those acting with the subject), named
    # or not ("met Spanish officers", "held talks with South Korea's defence minister in Seoul")
    theirs = {clusters[o].country for o in others - subjects if clusters[o].country}
    if is_subject:
        theirs |= {m.country_at[t.i] for t in m.tokens[sent.start : sent.end] if t.i in m.country_at and _of_a_party_met(m, t)}
    # for one the subject meets, a sentence that names the subject's own country places no one
    # ("X met Deputy Minister Y ... with Indian assistance": India is the visitor's)
    visitors = set() if is_subject else \
        {clusters[o].country for o in subjects if clusters[o].country and clusters[o].country_confidence >= CONF_HOME_COUNTRY}
    if is_subject and any(clusters[o].country is None for o in others - subjects):
        return None  # "X called on President Y in Male": the place is the host's, and who hosts is unknown
    # "signed by Prime Minister X and PNG Prime Minister Y in Port Moresby": two parties, and the
    # place is the named one's, not the holder's
    partners = _paired_party_countries(m, sent, key)
    found: set[str] = set()
    found_by_city: set[str] = set()  # of ``found``, the countries a city of the sentence gave
    listed: set[str] = set()  # countries of a list ("co-chaired by India and Fiji")
    travels = False
    for token in m.tokens[sent.start : sent.end]:
        if token.i in attached or token.i < m.dateline_end:  # the dateline is the article's, not the sentence's
            continue
        if token.i in m.country_at:
            if cities_only:
                continue
            iso = m.country_at[token.i]
            if _in_country_list(m, token):
                listed.add(iso)
                continue  # "Australia, Japan and India"
            if token.head.lemma_.lower() in SOURCE_NOUNS:
                continue  # "India's defence ministry said"
            if _country_as_venue(m, token) and (attends or is_subject and _third_country_venue(m, iso, theirs, named_as_venue=True)):
                continue  # "on the sidelines of the forum in Singapore": a city-state is a venue, as a city is
        elif token.i in m.place_at:
            place = m.places[m.place_at[token.i]]
            if place.kind != "City" or not place.country or attends:
                continue
            iso = place.country
            if is_subject and _third_country_venue(m, iso, theirs):
                continue  # the subject meets a foreigner there; one called on there is its host ("visited Cairo, where he called on ...")
        else:
            if token.lower_ in COUNTRY_NOUNS and token.i > 0 and m.lower[token.i - 1] == "the" and _destination_of(m, token, key):
                travels = True  # "signed in Riyadh during President X's visit to the kingdom": X is away from home
            continue
        if _destination_of(m, token, key):
            travels = True
            continue
        if (is_subject and iso in theirs) or iso in partners or _places_no_one(m, token):
            continue
        found.add(iso)
        if token.i in m.place_at:
            found_by_city.add(iso)
    if travels or found & visitors or (journey := _journey_of(m, sent, key)) is not None and _visit_is_the_scene(m, journey):
        return None  # "A's visit to Colombo follows the visit of Prime Minister X to Sri Lanka": X is away from home
    if m.home_country in listed and found and found <= listed and found_by_city - {m.home_country}:
        # "co-chaired by India and Fiji in Suva, when Prime Minister X announced ...": the place is
        # another side's city than the home one's, both acting there; it tells neither that side's
        # post nor the home country's ("India and Fiji ... in New Delhi": the home country's, as
        # without a list; "India and Kenya held talks, where X spoke about Kenyan troops": a country
        # word, no place, as without a list)
        return SIDES_UNTOLD
    if m.home_country in listed and found and found <= listed:
        return None
    return next(iter(found)) if len(found) == 1 else None


def _third_country_venue(m: ArticleMentions, city_country: str, met_countries: set[str], named_as_venue: bool = False) -> bool:
    """A city of a country the article never names, in a story told from another country (named
    there twice), where the holder meets someone of a third one (``met_countries``): "Defence
    Minister X met Ruritanian Defence Minister Y in Vienna" is a venue, not the holder's home.
    Not the dateline's country: the story is filed from there. ``named_as_venue``: a city-state
    written as a country ("in Singapore"), named only as where people are."""
    dateline_country = m.places[m.dateline_place].country if m.dateline_place else None
    if named_as_venue:
        unnamed = all(_country_as_venue(m, m.tokens[i]) for i, iso in m.country_at.items() if iso == city_country)
    else:
        unnamed = city_country not in m.countries
    # the home country sure: named twice, the story filed from there ("NEW DELHI: ... met Australian
    # Defence Minister Y in Kuala Lumpur"), or acting as a party ("India and Australia agreed ...")
    sure = len(m.countries.get(m.home_country, ())) >= 2 or m.home_country == dateline_country \
        or _named_as_a_subject(m, m.home_country)
    return bool(m.home_country) and sure \
        and city_country not in (m.home_country, dateline_country) and unnamed \
        and bool(met_countries - {city_country})


def _country_as_venue(m: ArticleMentions, token) -> bool:
    """The country word at ``token`` is a city-state's name written as a place ("in Singapore"):
    the object of "in"/"at", the country's capital bearing its name."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.text in refdata.city_states()


def _in_clause_on_a_thing(m: ArticleMentions, token) -> bool:
    """``token`` is in a relative clause on a thing that names no one ("talks to prepare the
    conclave, which Mauritius will host", "the treaty, which Fiji ratified in May"): it tells of the
    thing, not where the sentence's people are."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            noun = ancestor.head
            clause = range(ancestor.left_edge.i, ancestor.right_edge.i + 1)
            return noun.pos_ in ("NOUN", "PROPN") and noun.i not in m.person_at and noun.i not in m.title_owner \
                and noun.ent_type_ not in ("PERSON", TITLE) \
                and not any(j in m.person_at or j in m.title_owner for j in clause)
    return False


PAIR_GAP_MAX = 7  # words of a title before a name: "his then Japanese counterpart", "Kenyan Prime Minister"


def _paired_party_countries(m: ArticleMentions, sent: Span, key: str) -> set[str]:
    """Countries written in the title of a person named after ``key`` and "and" ("X and his Thai
    counterpart Y", "X and Kenyan President Y"): the other party of one act, of another country
    than the holder, whose title names none. Not so of a partner whose country is known from
    elsewhere only ("President Y and Foreign Minister X": one government, maybe), nor of a country
    written first ("French President Y and Prime Minister X": both French, see _holdings)."""
    spans = [(s, e, k) for s, e, k in m.person_spans if sent.start <= s < sent.end]
    countries: set[str] = set()
    for (_, e1, k1), (s2, _, k2) in zip(spans, spans[1:]):
        if k1 != key or k2 == key or e1 >= len(m.lower) or m.lower[e1] != "and" or s2 - e1 > PAIR_GAP_MAX:
            continue
        if any(m.pos[j] in ("VERB", "AUX") or m.lower[j] in (",", ";") for j in range(e1 + 1, s2)):
            continue  # "X and the officials who met Y": not a pair of names
        countries.update(m.country_at[j] for j in range(e1 + 1, s2) if j in m.country_at)
    return countries


# Nouns of a journey whose "of"/"by" names who makes it ("the visit of Prime Minister X").
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "stay"})


def _visit_made_by(m: ArticleMentions, sent: Span, key: str) -> bool:
    """The holder is who makes a visit told in the sentence ("signed in Colombo during the visit of
    Prime Minister X", "a visit by Minister X", "during President X's visit"): the sentence's places
    are where X went, not X's home."""
    return _journey_of(m, sent, key) is not None


def _journey_of(m: ArticleMentions, sent: Span, key: str):
    """The journey noun of the visit the holder makes in the sentence (see _visit_made_by), or None."""
    for token in m.tokens[sent.start : sent.end]:
        if m.person_at.get(token.i) != key and m.title_owner.get(token.i) != key:
            continue
        head = token
        while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("of", "by") and head.head.head.lemma_.lower() in JOURNEY_NOUNS:
            return head.head.head
        if head.dep_ == "poss" and head.head.lemma_.lower() in JOURNEY_NOUNS:  # "during Prime Minister X's visit"
            return head.head
    return None


# Prepositions that set what a clause tells inside a visit ("signed in Accra during X's visit"), not
# before or after it ("met in Delhi after X's visit")
WITHIN_VISIT_PREPS = frozenset({"during", "on", "at", "amid", "throughout"})


def _visit_is_the_scene(m: ArticleMentions, journey) -> bool:
    """The visit told by ``journey`` is where the rest of its sentence happens: it names no other
    destination ("after X's tour of Africa", "X's visit to Japan"; not "the visit of X") and is not a
    time before or after the clause ("met in Delhi after X's visit")."""
    for child in journey.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "of", "in") and any(
                c.dep_ == "pobj" and (c.i in m.place_at or c.i in m.country_at or c.ent_type_ in ("GPE", "LOC"))
                and not (c.lower_ in COUNTRY_NOUNS and c.i not in m.country_at) for c in child.children):
            return False  # the visit names where it goes; "to the Kingdom" is the scene's own country, not another
    return journey.dep_ != "pobj" or journey.head.lower_ in WITHIN_VISIT_PREPS or journey.head.lower_ in ("of", "by")


def _place_of_journey(m: ArticleMentions, journey, place) -> bool:
    """City token ``place`` is where the visit told by ``journey`` happens: under the journey noun
    ("X's visit to Accra") or in the clause the visit is the time of ("signed in Accra during X's
    visit")."""
    while place.dep_ in ("compound", "flat") and place.head.i in m.place_at and place.head.i != place.i:
        place = place.head  # "New Delhi": the name's head word
    if place.dep_ == "pobj" and place.head.head.i == journey.i:
        return place.head.lower_ in ("to", "in", "of", "at")  # not where it starts ("X's trip from Y to Z")
    if journey.dep_ != "pobj" or journey.head.lower_ not in WITHIN_VISIT_PREPS or not _visit_is_the_scene(m, journey):
        return False
    verb = journey.head.head
    return place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.i == verb.i


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _qualifies_a_side(token) -> bool:
    """"Almeida and the Brazilian delegation paid a call on General X": the country of a delegation
    or side is its members' (its leader's, see _side_countries), not that of others in the sentence."""
    return token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.lemma_.lower() in SIDE_NOUNS


def _of_a_party_met(m: ArticleMentions, token) -> bool:
    """The country word qualifies people someone meets, unnamed ("met Spanish officers", "talks with
    South Korea's defence minister"): the object of a verb or preposition, a group or side noun or
    an office without a name."""
    head = token.head
    if token.dep_ not in ("amod", "compound", "poss", "nmod") or head.i == token.i or head.dep_ not in ("dobj", "pobj", "conj"):
        return False
    if head.lemma_.lower() in GROUP_NOUNS or head.lemma_.lower() in SIDE_NOUNS:
        return True
    return head.ent_type_ == TITLE and head.i not in m.title_owner  # a title no name was written with


def _root_with_clause_verb(token) -> bool:
    """A name the parser made the sentence's root, its verb a relative clause without a relative
    word ("General X on Monday called on Y", parsed as "X [who] called on Y"): the subject after all."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and any(
        c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > token.i and not any(g.lower_ in RELATIVE_WORDS for g in c.children)
        for c in token.children)


# Verbs whose subject takes part in an event ("X attended the meeting in Port Louis")
ATTEND_LEMMAS = frozenset({"attend", "participate", "address"})

# Nouns of "on the sidelines (margins) of X": an act set beside a gathering, held where the gathering is.
SIDELINES_WORDS = frozenset({"sidelines", "sideline", "margins", "margin"})


def _beside_a_gathering(m: ArticleMentions, sent: Span) -> bool:
    """The sentence sets its act "on the sidelines (margins) of" a gathering: its city is where the
    gathering is held, which hosts every side alike, not whose post anyone there holds."""
    return any(t.lower_ in SIDELINES_WORDS and any(c.lower_ == "of" for c in t.children) for t in m.tokens[sent.start : sent.end])


# Verbs whose subject goes to see their object ("X called on / met / held talks with Y").
VISIT_VERB_LEMMAS = frozenset({"call", "meet", "hold", "have", "pay", "interact", "confer"})  # "pay" of "paid a courtesy call on X"


def sat_down(verb: Token) -> bool:
    """"X sat down with Y": talks, as "held talks with" (the particle makes "sit" a meeting verb)."""
    return verb.lemma_.lower() == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _home_agency_filing_abroad(m: ArticleMentions, key: str, char_start: int) -> str | None:
    """The agency's country for a bare "the <title>" holder who acts in a story a national agency files
    from abroad ("Accra, May 4 (XNA) The Minister of Defence, X, joined his counterparts in Accra,
    Ghana"): its own official, the one who travelled, wherever the sentence places him; not one he
    meets there ("called on the Chief of Defence Staff Y": the host's)."""
    if not m.agency_country or m.agency_country != m.home_country or not m.dateline_place:
        return None
    if m.places[m.dateline_place].country in (None, m.agency_country):
        return None
    span = m.sdoc.char_span(char_start, char_start + 1, alignment_mode="expand")
    if span is None or span.start == 0 or m.lower[span.start - 1] != "the":
        return None
    return m.agency_country if _subject_of_its_sentence(m, key, span.sent) else None


def _subject_of_its_sentence(m: ArticleMentions, key: str, sent: Span) -> bool:
    """Person ``key`` (or the title in apposition to the name) is the subject of sentence ``sent``."""
    for token in sent:
        if m.person_at.get(token.i) != key and m.title_owner.get(token.i) != key:
            continue
        head = token
        while head.dep_ in ("compound", "flat", "appos", "prep", "pobj") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _dateline_host_country(m: ArticleMentions, key: str, char_start: int, clusters: dict[str, _Cluster]) -> str | None:
    """"TOKYO: ... Mr. Singh called on Prime Minister X": whom a visitor from another country calls on
    or holds talks with, where the visit is abroad (the dateline's city, else the first sentence's),
    is of that country."""
    where = m.places[m.dateline_place].country if m.dateline_place else _first_sentence_city_country(m) or _first_sentence_visit_country(m)
    sent = _sentence_at(m, char_start)
    if where is None or where == m.home_country or sent is None:
        return None
    for token in sent:
        if m.person_at.get(token.i) != key and m.title_owner.get(token.i) != key:
            continue
        head = token
        host_agent = False  # "X was received by Y": Y receives the visitor
        while (head.dep_ in OBJECT_LINKS or head.dep_ == "agent") and head.pos_ != "VERB" and head.head.i != head.i:
            host_agent = host_agent or head.dep_ == "agent"
            head = head.head
        if host_agent and head.pos_ == "VERB" and head.lemma_.lower() in GUEST_LEMMAS:
            subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
            if not subjects and head.dep_ == "conj":  # "X held talks with A and was received by B"
                subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            visitors_from = {_visitor_country(m, c, clusters) for c in subjects}
            return where if subjects and None not in visitors_from and where not in visitors_from else None
        if _acts_on_visitor(m, key, token, where, clusters):
            return where
        if head.pos_ != "VERB" or not (head.lemma_.lower() in VISIT_VERB_LEMMAS or sat_down(head)) or head.i == token.i:
            return None
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects and head.dep_ == "xcomp":  # "X is expected to call on ...": the subject of "expected"
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and head.dep_ == "acl" and head.head.dep_ == "appos" and head.head.head.i < m.dateline_end:
            # "KATHMANDU - The Army chief of B, General X, called on President Y": the parse hung the
            # subject on the dateline as its apposition and the verb on the subject
            subjects = [head.head]
        visitors_from = {_visitor_country(m, c, clusters) for c in subjects}
        return where if subjects and None not in visitors_from and where not in visitors_from else None
    return None


# What a host does to a visitor ("where Commissioner Y is due to brief him", "Y will receive him")
HOST_ACTION_LEMMAS = GUEST_LEMMAS | {"brief", "greet"}
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _acts_on_visitor(m: ArticleMentions, key: str, token, where: str, clusters: dict[str, _Cluster]) -> bool:
    """Person ``key`` (named at ``token``) is the subject that briefs, receives or hosts (maybe "is
    due/set to") a visitor from another country than ``where``: the host's official. An object
    pronoun is the sentence's subject ("X will visit the base, where Y is due to brief him")."""
    subject = token
    while subject.head.i != subject.i and key in (m.person_at.get(subject.head.i), m.title_owner.get(subject.head.i)):
        subject = subject.head  # "Commissioner" hangs on the name
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    for _ in range(3):  # "is" -> "due" -> "brief"
        if verb.pos_ == "VERB" and verb.lemma_.lower() in HOST_ACTION_LEMMAS:
            break
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), None)
        if verb is None:
            return False
    else:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in OBJECT_PRONOUNS:
            obj = next((c for c in obj.sent.root.children if c.dep_ == "nsubj"), None)
        visitor = _person_of(m, obj) if obj is not None else None
        if visitor is not None and clusters[visitor].country not in (None, where):
            return True
    return False


def _visitor_country(m: ArticleMentions, subject, clusters: dict[str, _Cluster]) -> str | None:
    """Country of the subject of a call or talks: the named person's, or the country word of "the
    Indian Admiral" (a visitor named by nationality and rank)."""
    if (key := _person_of(m, subject)) is not None:
        return clusters[key].country
    named = next((c for c in subject.children if c.dep_ == "appos" and c.i in m.person_at), None)
    if named is not None and _after_military_rank(m.sdoc, subject.i + 1):
        return clusters[m.person_at[named.i]].country  # "Ruritanian Navy Vice Admiral X": the rank heads, the name apposed
    if subject.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" for c in subject.children):
        return next((m.country_at[c.i] for c in subject.children if c.dep_ in ("amod", "compound") and c.i in m.country_at), None)
    return None


def _other_stop(token) -> bool:
    """``token`` names where someone went before or after the sentence's events ("Before arriving in
    Mauritius, he was in Victoria, where he called on ..."): another stop of a tour; or where someone
    came from ("X, who arrived from Cairo on Monday, was received by President Y"): the journey's
    origin, not where the sentence's people are."""
    if _origin_of_journey(token):
        return True
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in MOVEMENT_LEMMAS:
            linked = [ancestor.head] if ancestor.dep_ == "pcomp" else [c for c in ancestor.children if c.dep_ == "mark"]
            return any(t.lower_ in ("before", "after") for t in linked)
    return False


def _origin_of_journey(token) -> bool:
    """``token`` is what a verb of going sets out from: "arrived from Cairo", "flew in from Lagos"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in MOVEMENT_LEMMAS


# Events a country is the scene of when talks are about them ("lessons from the war in Ukraine").
SCENE_NOUNS = frozenset({"war", "conflict", "crisis", "situation", "fighting", "invasion", "tension", "tensions", "violence"})


# What is given to or against a country talked about ("support for Ukraine", "aid to Sudan",
# "sanctions on Russia"): the country is a topic, not where anyone is.
AID_NOUNS = frozenset({"support", "aid", "assistance", "solidarity", "help", "backing", "sanction", "pressure"})
AID_PREPOSITIONS = frozenset({"for", "to", "on", "against"})


# Nouns of companies ("the French firm X", "Turkish drone maker Y"): a firm's country is not a person's.
FIRM_NOUNS = frozenset({"firm", "firms", "company", "companies", "maker", "makers", "manufacturer", "manufacturers",
                        "contractor", "contractors", "shipbuilder", "shipyard", "conglomerate"})


# Nouns of a country's bond with another ("relations with X", "ties with X"): X is the partner.
RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "relationship"})


def _partner_of_relations(token) -> bool:
    """"described relations with Kuala Lumpur as ...": the partner talked about (its name's last word
    the preposition's object), not one's own country or where one is."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in RELATION_NOUNS


def _topic_object(token) -> bool:
    """The country is what a verb acts on, not where anyone is ("who described India as a partner",
    "thanked Japan"); not so of a place one goes to ("visited Japan"). Nor is the scene of a war or
    crisis talked about ("the war in Ukraine", "the Sudan crisis"), nor what is given to one
    ("support for Ukraine", "aid to Sudan"), nor a firm's home ("hosted a
    team from the Italian defence firm X")."""
    head = token.head
    if token.dep_ in ("amod", "compound", "nmod", "poss") and token.i < head.i <= token.i + 4 \
            and any(t.lower_ in FIRM_NOUNS for t in token.doc[token.i + 1 : head.i + 1]):
        return True  # "the Italian defence firm X", "a Turkish drone maker"
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in SCENE_NOUNS:
        return True
    if token.dep_ == "pobj" and head.lower_ in AID_PREPOSITIONS and head.head.lemma_.lower() in AID_NOUNS and head.head.pos_ == "NOUN":
        return True  # "discussed support for Ukraine", "military aid to Sudan"
    if token.dep_ in ("compound", "amod", "poss") and head.lemma_.lower() in SCENE_NOUNS:
        return True
    if _partner_of_relations(token):
        return True
    return token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() not in MOVEMENT_LEMMAS


def _in_country_list(m: ArticleMentions, token) -> bool:
    """"between Australia, the United Kingdom and the United States": one of a list of countries."""
    head = token
    while head.i in m.country_at and head.dep_ == "compound" and head.head.i in m.country_at:
        head = head.head
    if head.dep_ == "conj" and head.head.i in m.country_at:
        return True
    return any(c.dep_ == "conj" and c.i in m.country_at for c in head.children)


def _destination_of(m: ArticleMentions, token, key: str) -> bool:
    """``token`` is where person ``key`` goes ("X arrived in Male", "X's visit to India")."""
    if _visit_of_named_to(m, token, key):
        return True
    head = token
    for _ in range(5):  # "hosting A and Minister B in Washington": up through a list of guests
        if head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in GUEST_LEMMAS and head.pos_ == "VERB":
            guests = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            return any(m.person_at.get(t.i) == key or m.title_owner.get(t.i) == key for g in guests for t in g.subtree)
        if head.lemma_.lower() in MOVEMENT_LEMMAS:
            movers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "agent")]
            if head.dep_ in ("acl", "relcl", "advcl") or head.tag_ == "VBG":
                movers.append(head.head)
            if head.pos_ == "NOUN" and (doer := _doer_of_journey(head)) is not None:
                # "X concluded/began/paid a visit to Y", "X returned home after a visit to Y"
                movers.extend(c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass"))
            if head.pos_ == "NOUN":  # "the visit of Prime Minister X to Y"
                movers.extend(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
            if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.head.dep_ == "relcl":
                movers.append(head.head.head.head)  # "X, who is on a visit to Y": X
            elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.pos_ in ("VERB", "AUX"):
                # "X, on a visit to Y, called on Z": the subject of the verb the visit is hung on
                # ("X is on a visit to Y": of the copula)
                movers.extend(c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
            return any(m.person_at.get(t.i) == key for mover in movers for t in mover.subtree)
    return False


# Verbs and nouns of going to a country one is not from ("return" is not one: one returns home).
ARRIVAL_LEMMAS = frozenset({"visit", "arrive", "travel", "reach", "land", "fly", "come", "tour", "trip", "journey"})


def _goes_to(m: ArticleMentions, key: str, char_start: int, iso: str) -> bool:
    """The sentence at ``char_start`` says that person ``key`` goes to country ``iso`` or one of its
    cities: "the visit of President X to India", "X arrived in New Delhi", "X's visit to India"."""
    sent = _sentence_at(m, char_start)
    if sent is None:
        return False
    journey, looked = None, False  # the visit X makes in the sentence, looked for once a city of ``iso`` is found
    for i in range(sent.start, sent.end):
        place = m.places[m.place_at[i]] if i in m.place_at else None
        if m.country_at.get(i) != iso and (place is None or place.country != iso):
            continue
        if _visit_of_named_to(m, m.tokens[i], key) or _arrival_of(m, m.tokens[i], key):
            return True
        if place is not None and place.kind == "City":
            if not looked:
                journey, looked = _journey_of(m, sent, key), True
            # "signed in Accra during President X's visit"; "X's visit was a success, officials in
            # Accra said": a visit naming no other destination, told as the scene, is to the city's country
            if journey is not None and (_place_of_journey(m, journey, m.tokens[i]) or _visit_is_the_scene(m, journey)):
                return True
    return False


# Nouns of one a country receives as its honoured visitor ("X was the chief guest at the parade").
# (lemmas: "guests" is "guest"; unlike facts.VISITOR_WORDS, no "visiting" or "delegation": a copula's attribute)
GUEST_NOUNS = frozenset({"guest"})


def _tokens_naming(m: ArticleMentions, sent: Span | None, key: str) -> list[Token]:
    """The tokens of ``sent`` that name person ``key``: the name's own, or its title's."""
    if sent is None:
        return []
    return [t for t in m.tokens[sent.start : sent.end] if m.person_at.get(t.i) == key or m.title_owner.get(t.i) == key]


def _calls_on_home_official(m: ArticleMentions, sent: Span | None, key: str, clusters: dict[str, _Cluster]) -> bool:
    """Person ``key`` is the subject of a call or talks ("General X called on the Chief of Defence
    Force of Australia, Admiral Y, in Canberra") whose object's title names the home country: the
    visitor, not of the country whose official it sees."""
    for token in _tokens_naming(m, sent, key):
        head = token
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in VISIT_VERB_LEMMAS:
            continue
        met = {m.person_at.get(t.i) or m.title_owner.get(t.i) for t in verb.subtree if t.i > token.i} - {None, key}
        return any(clusters[o].country == m.home_country and clusters[o].country_confidence >= CONF_TITLE_COUNTRY for o in met)
    return False


def _received_by_home_official(m: ArticleMentions, sent: Span | None, key: str, clusters: dict[str, _Cluster]) -> bool:
    """Person ``key`` is the one received, welcomed or hosted ("Egyptian Defence Minister Y received
    Chief of the Army Staff General X", "X was welcomed by Egyptian Defence Minister Y") by an official
    whose own title names the home country: the guest, not of the host's country."""
    for token in _tokens_naming(m, sent, key):
        head = token
        while head.dep_ in OBJECT_LINKS and head.dep_ != "dobj" and head.head.i != head.i and head.head.pos_ != "VERB":
            head = head.head  # "Chief of the Army Staff General X": from the name up to the title the verb takes
        verb = head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_LEMMAS or head.dep_ not in ("dobj", "nsubjpass"):
            continue
        if head.dep_ == "dobj":
            hosts = [c for c in verb.children if c.dep_ == "nsubj"]
        else:  # "X was received by Y"
            hosts = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = {_person_of(m, h, pronoun=False) for h in hosts} - {None, key}
        return any(clusters[o].country == m.home_country and clusters[o].country_confidence >= CONF_TITLE_COUNTRY for o in found)
    return False


def _sole_other_side(m: ArticleMentions, ents: list[Span], unlisted: dict[str, int]) -> str | None:
    """The one country besides the home country that the article names as the other side: paired
    with the home country ("India and Egypt agreed"), qualifying a side ("the Indian delegation"), or
    named twice outside lists of three or more and what it speaks of; not a country named once as a
    topic ("support to Somalia"). None unless exactly one."""
    others = {iso for iso, n in unlisted.items() if iso != m.home_country and n >= 2}
    for ent in ents:
        iso = m.country_at.get(ent.start)
        if iso is None or iso == m.home_country:
            continue
        head = ent.root
        while head.dep_ in ("conj", "compound") and head.head.i in m.country_at and head.head.i != head.i:
            head = head.head
        listed = {m.country_at[t.i] for t in head.subtree if t.i in m.country_at and (t.i == head.i or t.dep_ == "conj")}
        if listed == {iso, m.home_country} or _side_qualified(ent.root) is not None:
            others.add(iso)
    return next(iter(others)) if len(others) == 1 else None


def _guest_of_honour(m: ArticleMentions, sent: Span | None, key: str) -> bool:
    """Person ``key`` is the sentence's guest: "when President X was the chief guest at the parade"
    (a copula's subject whose attribute is a guest noun)."""
    if sent is None:
        return False
    for token in m.tokens[sent.start : sent.end]:
        if m.person_at.get(token.i) != key:
            continue
        head = token
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            return any(c.dep_ == "attr" and c.lemma_.lower() in GUEST_NOUNS for c in head.head.children)
    return False


# Verbs of setting off, whose "for" names where one goes ("leave for X"; "leave X" is where one was).
SETTING_OFF_LEMMAS = frozenset({"leave", "depart", "head", "set", "sail", "fly"})


def _arrival_of(m: ArticleMentions, token, key: str) -> bool:
    """``token`` is the place of an arrival verb or visit noun whose own subject or owner is person
    ``key`` ("X visited India", "X arrived in Delhi", "X's visit to India", "X will leave for India");
    not a guest's host."""
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "in"):
        verb, lemmas = token.head.head, ARRIVAL_LEMMAS
    elif token.dep_ == "pobj" and token.head.lower_ == "for":
        verb, lemmas = token.head.head, SETTING_OFF_LEMMAS  # "X will leave for Y": the journey's end
    elif token.dep_ == "dobj":
        verb, lemmas = token.head, ARRIVAL_LEMMAS
    else:
        return False
    if verb.lemma_.lower() not in lemmas:
        return False
    if verb.pos_ == "NOUN":
        verb = _doer_of_journey(verb) or verb  # "X concluded a (his) visit to India": X's visit
    return any(c.dep_ in ("nsubj", "poss") and (m.person_at.get(c.i) == key or m.title_owner.get(c.i) == key) for c in verb.children) \
        or _journey_set_off_after(m, verb, key)


def _journey_set_off_after(m: ArticleMentions, journey: Token, key: str) -> bool:
    """"X, visiting India, met Y", "X, who is visiting India, met Y", "X, on a visit to India, met Y":
    a journey clause or phrase set off after person ``key``'s name is that person's (the clause's own
    subject, if any, a relative word standing for them)."""
    if journey.pos_ == "VERB" and journey.dep_ in ("acl", "relcl"):
        subjects = [c for c in journey.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ not in RELATIVE_WORDS for c in subjects):
            return False
        phrase = journey
    elif journey.pos_ == "NOUN" and journey.dep_ == "pobj" and journey.head.lower_ == "on":
        phrase = journey.head
    else:
        return False
    owner, start = phrase.head, phrase.left_edge.i
    set_off = start > owner.i and m.orth[start - 1] == ","  # not a headline's misparse ("X in A, Y to travel to B")
    return set_off and (m.person_at.get(owner.i) == key or m.title_owner.get(owner.i) == key)


# Prepositions by which a journey noun no owner names is the time of its clause's own subject's act
# ("X returned home after a visit to Y", "X spoke during a visit to Y"): X is the one who went.
JOURNEY_TIME_PREPS = frozenset({"after", "during", "following", "from", "on"})
OWN_POSSESSIVES = frozenset({"his", "her", "their"})  # "X ended his trip to Y": the subject's own journey


def _doer_of_journey(noun) -> Token | None:
    """The verb whose subject makes the journey ``noun`` names: its object ("X concluded/paid/wrapped
    up a visit to Y") or the time of its act ("X returned after a trip to Y")."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") or c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES for c in noun.children):
        return None  # "during the visit by Y to Z", "agreed during Y's visit": Y's journey, whoever the subject is
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in JOURNEY_TIME_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


# Posts that rank a minister in the cabinet beside his portfolio ("Deputy Prime Minister and Minister
# for Defence X"): his counterpart is the portfolio's, not the rank's, when both are written
def same_portfolio(mirrored: str, held: str) -> bool:
    """Whether the post ``held`` is of the portfolio a mirrored post names: "Defence Minister" and
    "Minister Delegate in charge of Defence", not "Deputy Prime Minister" (no portfolio) nor
    "Chairman of the Defence Committee" (no minister's post). A portfolio's "Affairs" is the same
    portfolio: a "Minister of State for Defence Affairs" holds the defence portfolio."""
    portfolio = refdata.portfolio_of(mirrored)
    held_portfolio = refdata.portfolio_of(held)
    return portfolio is not None and held_portfolio is not None and mirrored != held \
        and _portfolio_family(held_portfolio) == _portfolio_family(portfolio)


# Portfolios some governments name otherwise: a "Minister for the Armed Forces" heads (or serves in)
# the defence ministry, so a defence post's counterpart told as one holds that post, not the mirror.
PORTFOLIO_FAMILIES = {"Armed Forces": "Defence"}


def _portfolio_family(portfolio: str) -> str:
    """The portfolio a post is of, its "Affairs" and other names of the same ministry set aside."""
    bare = portfolio.removesuffix(" Affairs")
    return PORTFOLIO_FAMILIES.get(bare, bare)


def own_post_stands(mirrored: str, held: str) -> bool:
    """Whether the counterpart's own post ``held``, told in the article, stands for the mirrored one:
    of its portfolio (see same_portfolio), or a minister's post where the mirrored one is a minister's
    post of no known portfolio ("Minister of Defence and Military Production" mirrored, "Minister of
    National Defence" told: his ministry is named otherwise)."""
    if same_portfolio(mirrored, held):
        return True
    if (first := _first_joined_portfolio(held)) is not None and first == refdata.portfolio_of(mirrored):
        return True  # "Minister of Defence and National Service" told: the defence post with a second portfolio
    return refdata.portfolio_of(mirrored) is None and refdata.ministers_post(mirrored) and refdata.ministers_post(held)


JOINED_PORTFOLIOS = re.compile(r"(?:minister|secretary) (?:of|for) (?:the )?(.+?) (?:and|&) \S.*", re.IGNORECASE)


def _first_joined_portfolio(title: str) -> str | None:
    """The first of two portfolios a minister's post joins ("Minister of Defence and National
    Service" -> "Defence"), None unless it is a known portfolio."""
    joined = JOINED_PORTFOLIOS.fullmatch(" ".join(title.split()))
    return refdata.portfolio_named(joined.group(1)) if joined else None


def _mirrored_posts(m: ArticleMentions, mirrored: list[tuple[str, str, str, int, int]], pending: list) -> list:
    """"Japanese Defence Minister X and his Australian counterpart Y": Y holds X's post (as the
    counterpart table maps it) in Y's country, when no title is written with Y in that sentence (a
    title told elsewhere, "Y, who is also deputy prime minister", is a second post; none when Y's own
    post of that portfolio is told). X's post is the
    one named in the same sentence (his portfolio rather than a cabinet rank), else X's first.
    Returns entries for ``pending``."""
    entries = []
    for key, of, iso, start, end in mirrored:
        sent = m.tokens[start].sent
        # (a rank told in a clause on the name, "who doubles as deputy prime minister", is a second
        # post; apposed, "Y, Latvia's Deputy Prime Minister", it is his only one)
        if any(p[0] == key and sent.start_char <= p[5] < sent.end_char and not _second_rank(m, p) for p in pending + entries):
            continue
        posts = [p for p in pending + entries if p[0] == of and p[3] != iso]  # (its country may be told later)
        posts.sort(key=lambda p: (not (sent.start_char <= p[5] < sent.end_char), refdata.portfolio_post_first(p[1])))
        if not posts or posts[0][1] in refdata.CABINET_RANK_POSTS:
            continue  # a rank alone ("who doubles as deputy prime minister") is no post a counterpart shares
        title = joined = _counterpart_post(posts[0][1], posts[0][3])
        if title == posts[0][1] and (first := _first_joined_portfolio(title)) is not None:
            # "Minister for Defence and National Service X hosted her Indian counterpart Y": Y's post is
            # the first portfolio's plain one; a second portfolio joined to it is the host government's
            title = f"{first} Minister"
        if any(p[0] == key and (own_post_stands(title, p[1]) or own_post_stands(joined, p[1])) for p in pending):
            continue  # his own post of that portfolio is told ("Y, the Minister Delegate for Defence")
        written = posts[0][2] if posts[0][2].lower().replace("defense", "defence") == title.lower() else title  # "Defense Minister" as spelt
        if written == title and AMERICAN_DEFENSE.search(posts[0][2]):
            written = title.replace("Defence", "Defense")  # "Minister of Defense X ... her counterpart Y": Y the "Defense Minister"
        entries.append((key, title, written, iso, CONF_COUNTERPART, m.tokens[start].idx, m.tokens[end - 1].idx + len(m.orth[end - 1])))
    return entries


def _counterpart_post(title: str, country: str | None) -> str:
    """The post a foreign counterpart of the holder of ``title`` in ``country`` holds: the counterpart
    table's entry for the title or, failing that, for another name of the same post on a line of
    office_aliases.txt for that country alone ("US Defense Secretary X": the Secretary of Defence, whose
    counterpart is a Defence Minister; an Indian or Kenyan Defence Secretary's post has no such line,
    and his counterpart is a Defence Secretary)."""
    mirrored = refdata.counterpart_title(title)
    if mirrored != title or not country:
        return mirrored
    for group_country, group in refdata.office_alias_groups():
        names = [t.lstrip("~") for t in group]
        if group_country == country and title in names:
            for alias in names:
                if (mapped := refdata.counterpart_title(alias)) != alias:
                    return mapped
    return title


def _second_rank(m: ArticleMentions, post: tuple) -> bool:
    """A cabinet rank a relative clause gives its holder ("Y, who doubles as deputy prime minister")."""
    return post[1] in refdata.CABINET_RANK_POSTS and " who " in m.doc.text[post[5] : post[6]]


def _person_before_in_sentence(m: ArticleMentions, token) -> str | None:
    """The person named last before ``token`` in its sentence (whose "his counterpart" it is)."""
    found = None
    for start, end, key in m.person_spans:
        if token.sent.start <= start and end <= token.i:
            found = key
    return found


def _person_after_title(m: ArticleMentions, i: int, reach: int = 8) -> str | None:
    """The person named right after a title that starts at ``i`` ("Army Chief of Staff General Y");
    an "and" only inside a title ("Minister of Defence and Veterans Affairs"), never between two
    people ("his counterpart and British Defence Secretary Y")."""
    for start, _, key in m.person_spans:
        if i <= start <= i + reach and all(t.ent_type_ == TITLE or t.is_title or t.lower_ in ("of", "the") for t in m.tokens[i:start]):
            return key
    return None


def _counterpart_side(m: ArticleMentions, key: str, clusters: dict, counts: dict[str, int]) -> str | None:
    """"X ... his counterpart, General Y" with no country said: Y is of the article's other side, the
    home country or its one other main country, whichever X is not of; None when X's is unknown."""
    of = m.counterpart_of.get(key)
    own = clusters[of].country if of in clusters else None
    if own is None or m.home_country is None:
        return None
    return _other_main_country(m, counts) if own == m.home_country else (m.home_country if own in counts else None)


def _visit_to_home(m: ArticleMentions, key: str, char_start: int, attached: set[int],
                   clusters: dict[str, _Cluster]) -> tuple[bool, str | None]:
    """Whether person ``key`` visits the home country in the sentence at ``char_start`` (goes there,
    calls on one of its officials, or is the guest of a sentence naming another country), and the
    one other country the sentence names (see _other_country_of_sentence)."""
    sent = _sentence_at(m, char_start)
    other = _other_country_of_sentence(m, sent, m.home_country, attached)
    if _goes_to(m, key, char_start, m.home_country) or _calls_on_home_official(m, sent, key, clusters):
        return True, other
    return other is not None and _guest_of_honour(m, sent, key), other


def _places_no_one(m: ArticleMentions, token) -> bool:
    """The country or city word at ``token`` tells where no one of the sentence is from or at: a
    stop elsewhere, a topic ("discussed the war in X"), the scene of a thing, a side's qualifier, a
    clause about a thing."""
    return _other_stop(token) or _topic_object(token) or _scene_of_a_thing(token) or _qualifies_a_side(token) \
        or _in_clause_on_a_thing(m, token) or _aid_givers_word(token) or _example_of_a_group(token)


# Words giving examples of a group ("officers from 20 countries, including X", "partners such as X").
GROUP_EXAMPLE_WORDS = frozenset({"including", "like", "as"})


def _example_of_a_group(token) -> bool:
    """"has trained officers from more than 20 friendly countries, including X": a country given as
    one example of a plural group tells of the group, not where anyone of the sentence is from."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "including X and Y"
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in GROUP_EXAMPLE_WORDS:
        return False
    if head.lower_ == "as" and (head.i == 0 or token.doc[head.i - 1].lower_ != "such"):
        return False  # "as" alone: "as Y's guest" is no example
    return head.head.tag_ in ("NNS", "NNPS")


def _aid_givers_word(token) -> bool:
    """"talks with Y on Japanese support for ...": the adjective of the aid talked about names the
    giver, not where anyone of the sentence is (unlike "India's support", which may be the subject's)."""
    return token.dep_ == "amod" and token.head.lemma_.lower() in AID_NOUNS and token.head.pos_ == "NOUN"


def _other_country_of_sentence(m: ArticleMentions, sent: Span | None, home: str, attached: set[int]) -> str | None:
    """The one country besides ``home`` that sentence ``sent`` names, not in another person's title
    nor as a topic or a source ("Kenya and Morocco elevated their ties when King X was the chief
    guest", not "... as both sides discussed the war in Y"; see _sentence_country)."""
    if sent is None:
        return None
    found = {m.country_at[i] for i in range(sent.start, sent.end) if i in m.country_at and i not in attached
             and m.country_at[i] != home and m.tokens[i].head.lemma_.lower() not in SOURCE_NOUNS and not _places_no_one(m, m.tokens[i])}
    return next(iter(found)) if len(found) == 1 else None


# a country's one top military officer goes by one of these titles (each country names one of them)
TOP_MILITARY_POSTS = frozenset({"Chief of Defence", "Chief of Defence Staff", "Chief of Defence Forces"})


# the head of a country's air force goes by one of these titles; a post heading the air force joined
# with another service ("Commander of the Air Force and Air Defence Forces") is the same post
AIR_FORCE_HEAD_POSTS = frozenset({"Air Force Chief", "Air Force Commander", "Chief of Air Staff"})
AIR_FORCE_JOINED_HEAD = re.compile(r"(?:Commander|Chief) of the Air Force and ")


def _post_kind(title: str) -> str:
    """The kind of post ``title`` names, one per country: "Armed Forces Minister" and "Defence
    Minister" are one kind (counterparts.txt), as are the titles of the top military officer and
    those of the air force's head."""
    if title in TOP_MILITARY_POSTS:
        return "Chief of Defence"
    if title in AIR_FORCE_HEAD_POSTS or AIR_FORCE_JOINED_HEAD.match(title):
        return "Air Force Chief"
    return refdata.counterpart_title(title)


def _post_held_by_another(m: ArticleMentions, key: str, title: str, country: str) -> bool:
    """Another person already holds ``country``'s post of ``title``'s kind."""
    kind = _post_kind(title)
    return any(h.person != key and m.offices[h.office].country == country
               and _post_kind(m.offices[h.office].title) == kind for h in m.holdings)


def _home_post_held_by_another(m: ArticleMentions, key: str, title: str) -> bool:
    """Another person already holds the home country's post of ``title``'s kind: a country has one
    such post ("the chiefs, Admiral X (Chief of Defence Staff) and General Y (Chief of Defence)")."""
    kind = _post_kind(title)
    return any(h.person != key and m.offices[h.office].country == m.home_country
               and _post_kind(m.offices[h.office].title) == kind for h in m.holdings)


def _envoy_sender(m: ArticleMentions, host: str, counts: dict[str, int], listed_only: set[str]) -> str | None:
    """The country that sends an envoy to ``host`` when the post names no sender: the story's home
    country if it is not the host, else the one other country the article names (not in a list only)."""
    if m.home_country and m.home_country != host:
        return m.home_country
    others = [iso for iso in counts if iso != host]
    main = [iso for iso in others if iso not in listed_only]
    return main[0] if len(main) == 1 else others[0] if len(others) == 1 else None


def _other_main_country(m: ArticleMentions, counts: dict[str, int]) -> str | None:
    """The one country besides the home country that the article names more than once."""
    others = [iso for iso, n in counts.items() if iso != m.home_country and n >= 2]
    return others[0] if len(others) == 1 else None


def _visit_of_named_to(m: ArticleMentions, token, key: str) -> bool:
    """"the State Visit of President X to India", read from the words (the parser often hangs "to
    India" on the main verb): a visit noun, "of", the holder (and title), "to", ``token``."""
    i = token.i - 1
    while i > 0 and m.lower[i] == "the":
        i -= 1
    if i < 2 or m.lower[i] != "to" or m.person_at.get(i - 1) != key:
        return False
    j = i - 1
    while j > 0 and (m.person_at.get(j) == key or m.title_owner.get(j) == key):
        j -= 1
    return j > 0 and m.lower[j] == "of" and m.tokens[j - 1].lemma_.lower() in MOVEMENT_LEMMAS and m.pos[j - 1] in ("NOUN", "PROPN")


# "Deputy Minister of National Defence": a post named head first, with its portfolio after "of"/"for",
# and maybe a remit after a second "for" ("Assistant Minister of Defence for Executive Affairs").
# A modifier joined by a hyphen makes one head word with it ("Vice-Minister of National Defence" ->
# "National Defence Vice-Minister"); one written apart goes before the portfolio. Kenya's "Cabinet
# Secretary for Trade" is a head of two words ("Trade Cabinet Secretary").
HEAD_FIRST_TITLE = re.compile(r"^((?:Deputy|Vice|Assistant|Senior|Junior|Federal|Union)(?:\s+|-))?(Minister|Secretary|Cabinet Secretary|Secretary[- ]General|Director[- ]General)"
                              r"\s+(?:of|for)\s+(?:the\s+)?(?!State\b)([A-Z][\w' -]*?)(\s+for\s+[A-Z][\w' -]*)?$")


def written_word_order(written: str) -> str | None:
    """A head-first title in the usual order, its words and spelling as written: "Deputy Minister of
    National Defence" -> "Deputy National Defence Minister", "Vice-Minister of National Defence" ->
    "National Defence Vice-Minister", "Minister of Defense" -> "Defense Minister", a remit kept after
    the head ("Assistant Defence Minister for Executive Affairs");
    None for any other title ("Minister of State for Defence" stays)."""
    match = HEAD_FIRST_TITLE.match(written)
    if match is None:
        return None
    modifier, head, portfolio, remit = match.groups()
    if modifier and modifier.endswith("-"):
        return f"{portfolio} {modifier}{head}{remit or ''}"
    return f"{modifier or ''}{portfolio} {head}{remit or ''}"


AMERICAN_DEFENSE = re.compile(r"\bDefense\b", re.IGNORECASE)  # "minister of national defense" is spelt American too
# "Somali National Army commander": the post of a force named in full before its head word
FORCE_POST_HEAD_LAST = re.compile(r"^(\S+(?:\s+\S+)+\s+(?:Army|Navy|Air Force|Forces?|Guard|Corps|Command))\s+(commander|chief)$", re.IGNORECASE)
# "Armed Forces of Malta commander": a force named with its country, before its head word
FORCE_OF_COUNTRY_POST_HEAD_LAST = re.compile(r"^(.+?\s+(?:Army|Navy|Air Force|Forces?|Guard|Corps|Command)\s+of\s+.+?)\s+(commander|chief)$", re.IGNORECASE)


def _head_first_force_post(written: str) -> str | None:
    """"Somali National Army commander" -> "Commander of the Somali National Army": the post of a
    named force in the other usual order; None for any other title (and for "Army Commander")."""
    match = FORCE_POST_HEAD_LAST.match(written) or FORCE_OF_COUNTRY_POST_HEAD_LAST.match(written)
    return f"{match.group(2).capitalize()} of the {match.group(1)}" if match else None


# "Commander of the Qatari Emiri Naval Forces": the post of a named force, its head word first
FORCE_POST_HEAD_FIRST = re.compile(r"^(Commander|Chief) of the ((?:Royal\s+)?(\S+)\s+((?:\S+\s+)*?(?:Army|Navy|Air Force|Forces?|Guard|Corps)))$")


def _head_last_force_posts(written: str) -> list[str]:
    """"Commander of the Qatari Emiri Naval Forces" -> "Qatari Emiri Naval Forces Commander" and,
    without its country word, "Emiri Naval Forces Commander": the post of a named force in the other
    usual orders; none for any other title."""
    match = FORCE_POST_HEAD_FIRST.match(written)
    if match is None:
        return []
    head, force, first, rest = match.groups()
    forms = [f"{force} {head}"]
    if refdata.country_iso3(first) and " " in rest.strip():
        forms.append(f"{rest} {head}")  # not "Navy Commander", a post of any country
    return forms


def _in_written_spelling(written: str, names: list[str]) -> list[str]:
    """The post's other names in the article's spelling: "Secretary of National Defense" makes the
    "Defence Secretary" also the "Defense Secretary" (the lexicon writes British "Defence")."""
    if not AMERICAN_DEFENSE.search(written):
        return []
    return [name.replace("Defence", "Defense") for name in names if "Defence" in name]


# "Chief Operations Officer of the Royal Ruritanian Army": a post of a country's own armed service,
# the service named by its country (a "Royal" crown before it)
NATIONAL_FORCE_POST = re.compile(r"^(.+?) of the (?:Royal\s+)?(\S+(?:\s+\S+)?)\s+(?:Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces?)$")


def _post_of_national_force(written: str) -> str | None:
    """"Chief Operations Officer of the Royal Ruritanian Army" -> "Chief Operations Officer": a known
    title held in a country's own service is that country's post, and other texts name it without the
    service; None when the words before "of the" are no known title or the service is no country's
    ("Commander of the Eastern Army")."""
    match = NATIONAL_FORCE_POST.match(written)
    if match is None or refdata.country_iso3(match.group(2)) is None:
        return None
    head = match.group(1)
    return head if head.lower() in refdata.titles().phrases else None


# "Chief of Staff of the People's Army (PA)": the body's acronym in brackets is no part of the post's name
TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)$")


# "Director General of the Oman Ministry of Defence": a country word before a ministry's name
MINISTRY_WITH_COUNTRY = re.compile(r"\b(of the )([A-Z][\w'-]*(?: [A-Z][\w'-]*)?) ((?:Ministry|Department|Ministère) of\b)")


def _without_own_country(written: str, country: str) -> str | None:
    """"Director General of the Oman Ministry of Defence" -> "Director General of the Ministry of
    Defence": the ministry's country word is the office's country, written once as such."""
    match = MINISTRY_WITH_COUNTRY.search(written)
    if match is None or not country or refdata.country_iso3(match.group(2)) != country:
        return None
    return written[:match.start()] + match.group(1) + match.group(3) + written[match.end():]


def add_office(m: ArticleMentions, person_key: str, title: str, written: str, country: str, evidence: Evidence) -> str:
    """Record that ``person_key`` holds ``title`` of ``country``; returns the office key."""
    title = refdata.formal_title(title, country)
    okey = f"office:{country}:{slug(title)}"
    same_post = refdata.office_aliases(title, country)
    for held in m.office_of.get(person_key, []):  # "Army Chief" and "COAS" of one person: one post
        if m.offices[held].country == country and m.offices[held].title in same_post:
            okey = held
    office = m.offices.get(okey)
    if office is None:
        office = m.offices[okey] = OfficeMention(okey, title, country, refdata.office_aliases(title, country), [])
    written_norm = TRAILING_ACRONYM.sub("", " ".join(written.split()))
    for form in (written_norm, written_word_order(written_norm), written_word_order(title), _head_first_force_post(written_norm),
                 _post_of_national_force(written_norm), _without_own_country(written_norm, country),
                 *_head_last_force_posts(written_norm), *_in_written_spelling(written_norm, [title, *same_post])):
        if form and form.lower() != title.lower() and form not in office.aliases:
            office.aliases.append(form)
    office.evidence.append(evidence)
    held = m.office_of.setdefault(person_key, [])
    if okey not in held:
        held.append(okey)
        m.holdings.append(Holding(person_key, okey, evidence))
    return okey


def add_organisation_office(m: ArticleMentions, post: OrganisationPost, framework: str) -> str:
    """Record that ``post.person`` holds ``post.title`` of the body ``framework`` (a FrameworkMention
    key); returns the office key. No country: the post is the body's, whoever holds it."""
    okey = f"office:org:{framework}:{slug(post.title)}"
    office = m.offices.get(okey)
    if office is None:
        office = m.offices[okey] = OfficeMention(okey, post.title, "", [], [], organisation=framework)
    written = " ".join(post.written.split())
    if written.lower() != post.title.lower() and written not in office.aliases:
        office.aliases.append(written)
    office.evidence.append(post.evidence)
    held = m.office_of.setdefault(post.person, [])
    if okey not in held:
        held.append(okey)
        m.holdings.append(Holding(post.person, okey, post.evidence))
    if post.title not in m.titles_of.setdefault(post.person, []):
        m.titles_of[post.person].append(post.title)
    return okey


def resolve_title_reference(m: ArticleMentions, title: str, before_token: int, country: str | None = None) -> str | None:
    """The person a bare title refers to ("the Defence Secretary", "the Kenyan Cabinet Secretary"):
    the latest holder of that country named before; with no country, the holder most spoken of.
    With a country and no holder of the title as written, a holder of the post under another of its
    names ("the Indian Army chief" for India's "Chief of the Army Staff", office_aliases.txt)."""
    mentions_before, matched_titles = _holders_named_before(m, title, before_token, country, by_other_name=False)
    if not mentions_before and country is not None:
        mentions_before, matched_titles = _holders_named_before(m, title, before_token, country, by_other_name=True)
    if not mentions_before:
        return _sole_holder_of_a_longer_post(m, title, before_token, country)
    if country is not None and len(mentions_before) > 1 and title in GENERIC_TITLE_HEADS and len(
            told := [k for k in mentions_before if m.counterpart_country.get(k) == country]) == 1:
        # "A met his Maltese counterpart X ... Foreign Minister Y ... The Maltese minister is expected
        # to travel to ...": of that country's ministers, the one told as the counterpart
        return told[0]
    if country is None and len(matched_titles) == 1:
        # Two holders of one post, "the Defence Secretary" / "the Minister" (the article's and his
        # visitor's): the one the article has spoken of most, the first named on a tie
        return max(mentions_before, key=lambda k: (len(mentions_before[k]), -min(mentions_before[k])))
    return max(mentions_before, key=lambda k: max(mentions_before[k]))  # the latest holder named


def _sole_holder_of_a_longer_post(m: ArticleMentions, title: str, before_token: int, country: str | None) -> str | None:
    """"the Chief of Staff" for the one person named before as "Chief of Staff of the Defence Forces"
    (held as "Defence Force Chief of Staff"): a title of two words or more that ends the post
    someone holds; none when two hold such posts ("Army Chief of Staff" too: either may be meant)."""
    if " " not in title:
        return None
    holders = {k for k, titles in m.titles_of.items() if any(held.endswith(f" {title}") for held in titles)
               and (country is None or any(m.offices[o].country == country for o in m.office_of.get(k, [])))}
    if len(holders) != 1:
        return None
    key = holders.pop()
    return key if any(s < before_token for s, _, k in m.person_spans if k == key) else None


def _holders_named_before(m: ArticleMentions, title: str, before_token: int, country: str | None,
                          by_other_name: bool) -> tuple[dict[str, list[int]], set[str]]:
    """(person key -> where they were named before ``before_token``, the titles matched) of the
    holders of ``title`` (of ``country`` if given); ``by_other_name``: of a post that is also called so."""
    generic = title in GENERIC_TITLE_HEADS
    mentions_before: dict[str, list[int]] = {}
    matched_titles: set[str] = set()
    lower_grade: dict[str, bool] = {}
    for person_key, titles in m.titles_of.items():
        offices = [m.offices[o] for o in m.office_of.get(person_key, [])]
        if country and not any(o.country == country for o in offices):
            continue
        if by_other_name:
            candidates = {o.title for o in offices if title in o.aliases and o.country == country}
        else:
            # "the Cabinet Secretary" for the "Cabinet Secretary for Defence" (or "Permanent Secretary,
            # Ministry of Defence"): the post without its portfolio
            # "the minister" is no Prime Minister (called "the Prime Minister")
            candidates = [held for held in titles if held == title or (generic and held.split()[-1] == title and not held.endswith("Prime Minister"))
                          or held.startswith((f"{title} for ", f"{title} of ", f"{title}, "))]
        if not candidates:
            continue
        positions = [s for s, _, k in m.person_spans if k == person_key and s < before_token]
        if positions:
            mentions_before[person_key] = positions
            matched_titles.update(candidates)
            lower_grade[person_key] = all(held.split()[0].lower() in LOWER_GRADE_WORDS for held in candidates)
    if generic and not all(lower_grade.values()) and not (before_token > 0 and m.lower[before_token - 1] in LOWER_GRADE_WORDS):
        # "the Vietnamese Minister" is the minister, not his deputy named after him ("Deputy Minister
        # of National Defence"): a lower grade of the post only when no full holder was named (or
        # the reference tells the grade: "the Deputy Minister", the title read as "Minister")
        mentions_before = {k: v for k, v in mentions_before.items() if not lower_grade[k]}
        matched_titles = {t for t in matched_titles if t.split()[0].lower() not in LOWER_GRADE_WORDS}
    return mentions_before, matched_titles


# first words that make a post a lower grade of its kind ("Deputy Minister", "Vice Chief", "Assistant Secretary")
LOWER_GRADE_WORDS = frozenset({"deputy", "vice", "assistant", "under", "junior"})
