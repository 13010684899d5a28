"""Cross-article resolution: per-article extractions (doc-local keys) -> one global graph model.

Identity rules (docs/data-model.md gives the IRI patterns):

* Persons merge across articles on the same full name, or on a close spelling variant
  (Khaleel/Khalil, Mohamed/Mohammed, "Khaled Nordin" inside "Mohamed Khaled Nordin") backed
  by a shared office or the same known country; never on a surname alone, unless that surname
  holds an office (country and title) that one full name of that surname, and only one, holds in
  the corpus ("Minister Varga, his Hungarian counterpart"); never across a country conflict. The
  preferred label is the fullest well-formed name; every other name becomes an alternative
  label, recorded with the rule ``resolve.spelling-variant``.
* Offices are (country, title); titles listed together in ``resolve_data/equivalent_titles.tsv``
  (or given together by the extractor as an office's aliases) are one office.
* Meetings: one node per real meeting. Two reports are the same meeting when they have the same
  resolved participants and do not conflict (dates that cannot overlap, different places) and,
  across articles, share a positive anchor (overlapping dates or the same place). The merged
  meeting keeps every report's evidence; "held" supersedes "planned"; the most precise date wins.

The output is a set of nodes, each with statements ``(predicate, value) -> [Evidence]``: rdf.py
turns them into triples, one named graph per (statement, evidence).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from calendar import monthrange
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import pycountry
from rapidfuzz import fuzz

from .model import (
    DocExtraction,
    Document,
    EventMention,
    Evidence,
    FrameworkMention,
    MeetingMention,
    OfficeMention,
    PartialDate,
    PersonMention,
)
from .refdata import cities, without_accents

RULE_SPELLING_VARIANT = "resolve.spelling-variant"
RULE_SAME_OFFICE = "resolve.same-office"

# Predicates a node can carry (rdf.py maps them: label -> rdfs:label, altLabel -> skos:altLabel,
# type -> rdf:type dk:<Class>, everything else -> dk:<name>).
# Values: ("node", local IRI) | ("string", s) | ("date", iso) | ("integer", "6") | ("class", name)
Value = tuple[str, str]

# Honorifics and ranks are not part of a name (the extractor strips them; this is a safety net).
_HONORIFICS = {
    "dr", "shri", "smt", "mr", "mrs", "ms", "h.e", "dato", "dato'", "datuk", "seri", "sir", "dame",
    "gen", "general", "lt", "maj", "col", "adm", "admiral", "prof", "hon", "brig", "capt", "cdr",
    "lt-gen", "maj-gen", "prince", "princess", "sheikh", "shaikh", "emir", "king", "queen", "hon.",
    "honourable", "rt",
}
_FRAMEWORK_CLASSES = {"Agreement", "Policy", "Forum", "Dialogue", "Organisation", "Exercise", "Initiative"}
_ROLE_PREDICATES = {
    "member": "memberOf",
    "dialogue partner": "dialoguePartnerOf",
    "co-chair": "coChairOf",
    "observer": "observerOf",
}


def _bare_head_of(alias: str, title: str) -> bool:
    """``alias`` is the head word of ``title`` alone ("Commandant" of "Commandant of the X College",
    "Ambassador" of "Ambassador to Peru"): it names many posts, so it joins no two."""
    words = alias.split()
    return len(words) == 1 and len(title.split()) > 1 and fold(title.split()[0]) == fold(words[0])


def _titles(offices: set[str]) -> set[str]:
    """The titles of offices, whatever their country: "office/ind/defence-secretary" -> "defence-secretary"."""
    return {iri.rsplit("/", 1)[-1] for iri in offices}


# -- the model -------------------------------------------------------------------------------


@dataclass
class Node:
    """One resolved individual. ``iri`` is local under ``dki:`` ("person/abdulla-khaleel")."""

    iri: str
    cls: str  # "Person", "Office", "Country", "City", "Meeting", "Forum", ...
    label: str
    statements: dict[tuple[str, Value], list[Evidence]] = field(default_factory=dict)
    # Per statement, the evidence keys and the articles already in its bucket. Kept alongside
    # (a country's type and label are added once per mention, corpus-wide: rebuilding these
    # sets from the bucket on every call made the resolver quadratic in the corpus size).
    _seen: dict[tuple[str, Value], tuple[set[tuple[str, int, int, str]], set[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def add(self, predicate: str, value: Value, evidence: Iterable[Evidence], *, one_per_doc: bool = False) -> None:
        """Record ``self predicate value``, supported by ``evidence`` (deduplicated)."""
        key = (predicate, value)
        bucket = self.statements.setdefault(key, [])
        seen, docs = self._seen.setdefault(key, (set(), set()))
        for ev in evidence:
            ev_key = (ev.doc_id, ev.start, ev.end, ev.rule)
            if ev_key in seen or (one_per_doc and ev.doc_id in docs):
                continue
            seen.add(ev_key)
            docs.add(ev.doc_id)
            bucket.append(ev)
        if not bucket:
            del self.statements[key]
            del self._seen[key]

    def values(self, predicate: str) -> list[Value]:
        return [v for (p, v) in self.statements if p == predicate]

    def first(self, predicate: str) -> str | None:
        vals = self.values(predicate)
        return vals[0][1] if vals else None

    def docs(self) -> set[str]:
        return {e.doc_id for evs in self.statements.values() for e in evs}


@dataclass
class ResolvedGraph:
    documents: list[Document]
    nodes: dict[str, Node] = field(default_factory=dict)

    def of_class(self, *classes: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.cls in classes]

    @property
    def persons(self) -> list[Node]:
        return self.of_class("Person")

    @property
    def meetings(self) -> list[Node]:
        return self.of_class("Meeting")

    def statement_count(self) -> int:
        return len({(n.iri, k) for n in self.nodes.values() for k in n.statements})


# -- text helpers ------------------------------------------------------------------------------

_NOT_FOLDED = re.compile(r"[^a-z0-9']+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # the same names are folded again for every pair of persons compared
def fold(text: str) -> str:
    """Case, accents and punctuation folded: "Dr. Abdulla Khaleel" -> "dr abdulla khaleel"."""
    text = without_accents(text).lower().replace("’", "'")
    text = _NOT_FOLDED.sub(" ", text).replace("'", "")
    return " ".join(text.split())


def slug(text: str) -> str:
    """IRI slug: lower-case ASCII, accents folded, non-alphanumerics to "-", trimmed."""
    text = without_accents(text).lower().replace("'", "").replace("’", "")
    return _NOT_SLUG.sub("-", text).strip("-") or "x"


def strip_honorifics(name: str) -> str:
    """Drop leading honorifics and ranks: "Dato' Seri Mohamed Khaled Nordin" -> "Mohamed Khaled Nordin"."""
    tokens = name.split()
    # Only while two tokens would remain: "Gen Nakatani" is a name ("Gen" a given name), not a rank.
    while len(tokens) > 2 and tokens[0].lower().rstrip(".,") in _HONORIFICS:
        tokens.pop(0)
    return " ".join(tokens).strip(" ,;")


# A given name written as a run of capital initials ("VR Mehra"): the same as "V R Mehra".
_RUN_OF_INITIALS = re.compile(r"[A-Z]{2,3}")


def _name_tokens(name: str) -> list[str]:
    words = strip_honorifics(name).split()
    # never the last word: a surname is not initials, and "AP" alone is no full name
    words = [" ".join(w) if _RUN_OF_INITIALS.fullmatch(w) else w for w in words[:-1]] + words[-1:]
    return fold(" ".join(words)).split()


# Words that open the next link of an Arabic or Malay name's chain ("bin Faris", "Al Harbi").
_NAME_CHAIN_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "al", "el"})


def _surname_only(tokens: list[str]) -> bool:
    """A family or father's name alone, its particle included: "al harbi", "bin faris" (shared by a
    family: brothers, a father and his son)."""
    return all(t in _NAME_CHAIN_PARTICLES for t in tokens[:-1])


def is_full_name(name: str) -> bool:
    """Two or more name tokens, mostly letters, a given name among them: something a person's
    identity can rest on."""
    tokens = _name_tokens(name)
    return len(tokens) >= 2 and all(any(c.isalpha() for c in t) for t in tokens) and not _surname_only(tokens)


GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _without_suffix(tokens: list[str], other: list[str]) -> list[str]:
    """"gilberto c teodoro jr" -> "gilberto c teodoro" when the other spelling has no suffix (a Jr
    and a Sr of one name stay two people)."""
    if len(tokens) > 2 and tokens[-1] in GENERATIONAL_SUFFIXES and other[-1] not in GENERATIONAL_SUFFIXES:
        return tokens[:-1]
    return tokens


def _initial_of(x: str, y: str) -> bool:
    """One token is the other's initial: "k" and "kumar"."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


# Spellings and abbreviations of one given name that fuzzy matching misses ("Mohd", "Md" in Malaysian
# and Bangladeshi usage; "Muhammad"/"Mohamed" differ in too many letters): written alike before comparing.
_GIVEN_NAME_SPELLINGS = {
    spelling: "muhammad"
    for spelling in ("mohd", "muhd", "md", "mohamed", "mohammed", "mohammad", "mohamad", "muhammed", "muhamad", "mohammod")
}


def _given_name_spelling(token: str) -> str:
    return _GIVEN_NAME_SPELLINGS.get(token, token)


def spelling_variant(a: str, b: str) -> bool:
    """Two folded full names that can be spellings of one name (not: share a surname)."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2:
        return False  # a single name (a surname) never identifies a person across articles
    if a == b:
        return True
    ta, tb = _without_suffix(ta, tb), _without_suffix(tb, ta)
    ta, tb = [_given_name_spelling(t) for t in ta[:-1]] + ta[-1:], [_given_name_spelling(t) for t in tb[:-1]] + tb[-1:]
    if ta == tb:
        return True
    if "".join(ta) == "".join(tb):
        return True  # name elements written apart or joined: "al rashid"/"alrashid", "jae myung"/"jaemyung"
    if len(ta) == len(tb) and len(ta[0]) > 1 and ta[0] == tb[0] and ta[-1] == tb[-1] and all(map(_initial_of, ta, tb)):
        return True  # "dinesh k tripathi" and "dinesh kumar tripathi": a middle name or its initial
    if len(ta) == len(tb):
        pair_scores = [fuzz.ratio(x, y) for x, y in zip(ta, tb)]
        # every token close, at least one identical, and the whole close: Khaleel/Khalil
        return min(pair_scores) >= 70 and max(pair_scores) == 100 and fuzz.ratio(a, b) >= 85
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    # "khaled nordin" within "mohamed khaled nordin": same surname and every token present, in order
    if short[-1] != long_[-1]:
        return False
    it = iter(long_)
    return all(tok in it for tok in short)


# A transliterated Cyrillic letter written with two Latin ones is one initial ("Ts.Oyunbat" of
# "Tsevegmid Oyunbat", "Sh. Mirzaev"); see nlp.DIGRAPH_INITIALS.
_DIGRAPH_INITIALS = frozenset({"sh", "kh", "zh", "ch", "ts", "yu", "ya"})


def _given_initial(token: str) -> bool:
    return len(token) == 1 or token in _DIGRAPH_INITIALS


def _given_initial_of(x: str, y: str) -> bool:
    """One given name is the other's initial, a digraph one included: "ts" and "tserendorj"."""
    return _initial_of(x, y) or any(s in _DIGRAPH_INITIALS and len(f) > len(s) and f.startswith(s) for s, f in ((x, y), (y, x)))


def initials_variant(a: str, b: str) -> bool:
    """Two folded full names, one with its given names (or its first one) as initials: "a p singh",
    "amar preet singh"; "m nazmul karim", "muhammad nazmul karim".
    Weaker than a spelling variant (many share initials and a surname), so a shared office must back it."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2 or ta[-1] != tb[-1] or a == b:
        return False
    short_a = all(map(_given_initial, ta[:-1]))
    short_b = all(map(_given_initial, tb[:-1]))
    # or the first given name alone an initial, on one side ("m nazmul karim", "muhammad nazmul karim"):
    # spelling_variant takes a middle initial, never a first one
    first_only = _given_initial(ta[0]) != _given_initial(tb[0])
    return (short_a != short_b or first_only) and all(map(_given_initial_of, ta[:-1], tb[:-1]))



def slash_abbreviation_variant(a: str, b: str) -> bool:
    """Two folded full names, one writing a name part abbreviated with a slash, as Ethiopian and
    Eritrean usage does: "dawit g medhin" (from "G/Medhin") and "dawit gebremedhin" (its first
    letter, then its end). Weaker than a spelling variant, so a shared office must back it."""
    ta, tb = a.split(), b.split()
    if len(ta) < len(tb):
        ta, tb = tb, ta
    if len(ta) != len(tb) + 1 or len(tb) < 2:
        return False
    for i in range(len(tb)):
        letter, rest, full = ta[i], ta[i + 1], tb[i]
        if len(letter) == 1 and len(rest) >= 3 and len(full) >= len(rest) + 2 and full.startswith(letter) \
                and full.endswith(rest) and ta[:i] == tb[:i] and ta[i + 2:] == tb[i + 1:]:
            return True
    return False


def patronymic_short_form(a: str, b: str) -> bool:
    """Two folded full names, one the other's leading links: "faisal bin nasser" and "faisal bin
    nasser bin hamad al thani", a patronymic chain cut short (the short form has a patronym itself).
    Many share a given name and a father's, so a shared office must back it."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 3 and long_[: len(short)] == short and long_[len(short)] in _NAME_CHAIN_PARTICLES \
        and any(t in _NAME_CHAIN_PARTICLES for t in short[1:-1])


def order_variant(a: str, b: str) -> bool:
    """Two folded full names with the same tokens in another order: the surname first, as many
    outlets write Central and East Asian names ("karimov aziz", "aziz karimov"). Many pairs of names
    share their words ("Lee Jung", "Jung Lee"), so a shared office must back it."""
    ta, tb = a.split(), b.split()
    return a != b and len(ta) >= 2 and sorted(ta) == sorted(tb)


def second_surname_dropped(a: str, b: str) -> bool:
    """Two folded full names, one the other without its last word: a Spanish or Portuguese name whose
    second surname outlets drop ("ramon lopez diaz", "ramon lopez"), often with a second given name
    ("ramon jose lopez diaz", "ramon lopez"). Many share a given name and a first surname, so a shared
    office must back it."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < 2 or len(long_) <= len(short) or short[0] != long_[0] or short[-1] != long_[-2]:
        return False
    given = iter(long_[1:-2])
    return all(t in given for t in short[1:-1])


def last_word_dropped_vowel_variant(a: str, b: str) -> bool:
    """Two folded full names, one the other without its last word and a kept word written in other
    vowels ("birhanu tolosa", "berhanu tolosa gemechu"): a name of a given name, the father's and the
    grandfather's, which outlets shorten and transliterate apart. Neither a dropped last word (same
    words) nor a vowel variant (same length) alone, so a shared office must back it."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < 2 or len(long_) != len(short) + 1 or short == long_[:-1]:
        return False
    return all(_vowels_apart(x, y) for x, y in zip(short, long_))


def dropped_middle_spelling_variant(a: str, b: str) -> bool:
    """Two folded full names, the shorter the longer without a middle name or patronymic and with a
    word spelt otherwise ("sergey pavlenko", "sergei ivanovich pavlenko"; "nurlan jumabekov", "nurlan
    serikovich dzhumabekov"): neither a short form (same words) nor a spelling variant (same length)
    alone, so a shared office must back it."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < 2 or len(long_) == len(short):
        return False
    kept = [long_[0], *(t for t in long_[1:-1] if t in short[1:-1]), long_[-1]]
    return kept != short and len(kept) == len(short) and spelling_variant(" ".join(short), " ".join(kept))


# Spellings one romanisation system writes and another does not: voiced and voiceless stops (Korean
# "Gyu"/"Kyu", "Baek"/"Paek"), "ck" for "k" and the vowel pairs written as one vowel elsewhere.
_ROMANISATION_FOLDS = (("ck", "k"), ("ae", "a"), ("eo", "o"), ("oo", "u"), ("g", "k"), ("b", "p"), ("d", "t"))


def _romanised_key(name: str) -> str:
    for spelling, common in _ROMANISATION_FOLDS:
        name = name.replace(spelling, common)
    return name


def romanisation_variant(a: str, b: str) -> bool:
    """Two folded full names that two romanisations of one name can give ("kim dong gi", "kim tong
    ki"), the first or last word the same. Unrelated names can fold alike, so a shared office must
    back it."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) < 2 or len(ta) != len(tb) or (ta[0] != tb[0] and ta[-1] != tb[-1]):
        return False
    return _romanised_key(a) == _romanised_key(b)


_VOWELS = re.compile(r"[aeiou]")


def _vowels_apart(x: str, y: str) -> bool:
    """Two name words alike but for their vowels ("zeinab", "zainab"), consonants left."""
    return x == y or (_VOWELS.sub("", x) == _VOWELS.sub("", y) and bool(_VOWELS.sub("", x)))


def vowel_variant(a: str, b: str) -> bool:
    """Two folded full names whose words differ only in their vowels, as transliterations of Arabic
    write them ("abdel magid", "abdel meguid"; "al sisi", "el sisi"), the first or last word the
    same. Unrelated names can share their consonants ("ali", "ala"), so a shared office must back it."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) < 2 or len(ta) != len(tb) or (ta[0] != tb[0] and ta[-1] != tb[-1]):
        return False
    return all(_vowels_apart(x, y) for x, y in zip(ta, tb))


def vowel_short_form(a: str, b: str) -> bool:
    """Two folded full names, the shorter the longer without a middle name and with a given name
    transliterated in other vowels ("zeinab mbarouk", "zainab athumani mbarouk"): the surname the
    same, the first words vowel variants, every other word of the shorter in the longer, in order.
    Neither a vowel variant (same length) nor a short form (same words) alone, so a shared office
    must back it."""
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < 2 or len(short) == len(long_) or short[-1] != long_[-1] or not _vowels_apart(short[0], long_[0]):
        return False
    rest = iter(long_[1:-1])
    return all(any(_vowels_apart(t, u) for u in rest) for t in short[1:-1])


# Shortest given name that can stand for a longer one it begins ("Navin" for "Navinkumar"): shorter
# stems ("Raj", "Ali") begin too many unrelated names.
SHORT_GIVEN_NAME_MIN = 4


def _short_form_of(x: str, y: str) -> bool:
    """One given name is the other's opening letters, long enough to be its short form."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= SHORT_GIVEN_NAME_MIN and long_.startswith(short)


def short_given_name_variant(a: str, b: str) -> bool:
    """Two folded full names with the same surname, where a given name of one is the short form of the
    other's ("anand ramdeen", "anandkumar ramdeen"): outlets shorten long compound given names. Two
    people can share a surname and a name's opening, so a shared office must back it."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) < 2 or len(ta) != len(tb) or ta[-1] != tb[-1]:
        return False
    return all(x == y or _short_form_of(x, y) for x, y in zip(ta[:-1], tb[:-1]))


# -- dates -------------------------------------------------------------------------------------


def date_interval(start: PartialDate | None, end: PartialDate | None = None) -> tuple[date, date] | None:
    """The days a (possibly partial, possibly ranged) date can mean."""
    if start is None:
        return None
    lo, hi = _bounds(start.iso)
    if end is not None:
        hi = max(hi, _bounds(end.iso)[1])
    return lo, hi


def _bounds(iso: str) -> tuple[date, date]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y, m, monthrange(y, m)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_rank(start: PartialDate | None, end: PartialDate | None) -> int:
    """Lower is more precise: a day < a range of days < a month < a year < nothing."""
    if start is None:
        return 99
    base = {"day": 0, "month": 2, "year": 4}[start.precision]
    return base + (1 if end is not None and end.iso != start.iso else 0)


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool | None:
    if a is None or b is None:
        return None
    return a[0] <= b[1] and b[0] <= a[1]


# -- data files --------------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    text = (resources.files("diplokg") / "resolve_data" / name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _title_table() -> dict[str, dict[str, str]]:
    """country ("*" for any) -> folded title -> preferred title."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for country, titles in _data_lines("equivalent_titles.tsv"):
        names = [t.strip() for t in titles.split("|") if t.strip()]
        for t in names:
            table[country.strip().upper()][fold(t)] = names[0]
    return dict(table)


def canonical_title(title: str, country: str | None) -> str | None:
    """The preferred title of the office ``title`` names in ``country``, if the table knows it."""
    table = _title_table()
    own = table.get((country or "").upper(), {})
    key = fold(title)
    if key in own:
        return own[key]
    general = table.get("*", {}).get(key)
    if general is None:
        return None
    return own.get(fold(general), general)


@lru_cache(maxsize=1)
def _country_overrides() -> dict[str, str]:
    return {code.strip().upper(): name.strip() for code, name in _data_lines("country_names.tsv")}


@lru_cache(maxsize=512)
def country_label(iso3: str) -> str:
    """Common English name: "VNM" -> "Vietnam", "KOR" -> "South Korea", "RUS" -> "Russia"."""
    iso3 = iso3.upper()
    if iso3 in _country_overrides():
        return _country_overrides()[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0].strip()


# -- union-find --------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):  # noqa: ANN001, ANN201 - any hashable
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:  # noqa: ANN001
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller root wins: deterministic whatever the order of unions
            lo, hi = sorted((ra, rb), key=repr)
            self.parent[hi] = lo


def _without_kind_word(fm: FrameworkMention) -> str | None:
    """"Exercise Sea Lance" is the exercise another article calls "Sea Lance" (or "SEA LANCE"):
    an exercise's name opening with its kind word is one framework with the name alone."""
    first, _, rest = fm.name.partition(" ")
    return rest if fm.kind == "Exercise" and first.lower() == "exercise" and rest[:1].isupper() else None


# an exercise's name closing with its edition's year, after a space or a hyphen ("Coral Lance 2027", "Laros-2027")
_EDITION_YEAR = re.compile(r"^((?:Exercise )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*))[ -](?:19|20)\d\d$")


def _without_edition_year(fm: FrameworkMention) -> str | None:
    """"Coral Lance 2027" or "Coral-2027" (an edition of an exercise by its year) is the exercise another
    article calls "Coral Lance" ("Coral"): an exercise's name closing with a year is one framework with
    the name alone."""
    names = _edition_year_names(fm)
    return names[0] if names else None


def _edition_year_names(fm: FrameworkMention) -> list[str]:
    """The names of the exercise an edition by its year belongs to: "Exercise Coral Lance 2027" is
    "Coral Lance", and "Exercise Coral Lance" as the article writes its kind word."""
    found = _EDITION_YEAR.match(fm.name) if fm.kind == "Exercise" else None
    return list(dict.fromkeys(found.group(2, 1))) if found else []


# British and American spellings of one name's words ("Organisation"/"Organization", "Defence"/"Defense"):
# wires of different countries write one body's name both ways
_SPELLING_FOLDS = (
    (re.compile(r"isation\b"), "ization"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bprogramme\b"), "program"),
    (re.compile(r"\bcentre\b"), "center"),
    (re.compile(r"\bco operation\b"), "cooperation"),
)


def framework_key(name: str) -> str:
    """A framework's name folded for merging across articles, British spellings as American."""
    key = fold(name)
    for pattern, common in _SPELLING_FOLDS:
        key = pattern.sub(common, key)
    return key


def _unique_iri(prefix: str, base: str, taken: set[str], fallbacks: Iterable[str]) -> str:
    iri = f"{prefix}/{base}"
    for extra in fallbacks:
        if iri not in taken:
            break
        iri = f"{prefix}/{base}-{slug(extra)}"
    n = 2
    root = iri
    while iri in taken:
        iri = f"{root}-{n}"
        n += 1
    taken.add(iri)
    return iri


def _relabel(evidence: Iterable[Evidence], rule: str) -> list[Evidence]:
    return [dataclasses.replace(e, rule=rule) for e in evidence]


def _evidence_for(surface: str, evidence: list[Evidence]) -> list[Evidence]:
    """The mentions whose text contains ``surface`` (else all of them)."""
    key = fold(surface)
    hits = [e for e in evidence if key and key in fold(e.text)]
    return hits or evidence


# -- resolution --------------------------------------------------------------------------------


@dataclass
class _PersonEntry:
    doc_id: str
    mention: PersonMention
    offices: set[str]
    order: int


class _Resolver:
    def __init__(self, extractions: list[DocExtraction]) -> None:
        self.extractions = sorted(extractions, key=lambda x: x.doc.doc_id)
        self.graph = ResolvedGraph(documents=[x.doc for x in self.extractions])
        self.taken: set[str] = set()
        # doc-local key -> global IRI, per document
        self.office_of: dict[tuple[str, str], str] = {}
        self.person_of: dict[tuple[str, str], str] = {}
        self.place_of: dict[tuple[str, str], str] = {}
        self.framework_of: dict[tuple[str, str], str] = {}
        self.event_of: dict[tuple[str, str], str] = {}
        self.published: dict[str, date | None] = {x.doc.doc_id: x.doc.published for x in self.extractions}
        self.place_names: dict[str, list[str]] = {}  # place IRI -> its names, the label first

    def node(self, iri: str, cls: str, label: str) -> Node:
        existing = self.graph.nodes.get(iri)
        if existing is None:
            existing = self.graph.nodes[iri] = Node(iri, cls, label)
        return existing

    def run(self) -> ResolvedGraph:
        self.countries()
        self.frameworks()  # before the offices: an organisation's post names its framework
        self.offices()
        self.persons()
        self.holdings()
        self.places()
        self.events()
        self.meetings()
        self.memberships()
        self.graph.nodes = dict(sorted(self.graph.nodes.items()))
        return self.graph

    # countries -------------------------------------------------------------------------------
    def country(self, iso3: str | None, evidence: Iterable[Evidence]) -> str | None:
        """The country node for ``iso3`` (created on first use), typed and labelled with ``evidence``."""
        if not iso3 or not re.fullmatch(r"[A-Za-z]{3}", iso3):
            return None
        iri = f"country/{iso3.lower()}"
        node = self.node(iri, "Country", country_label(iso3))
        evidence = list(evidence)
        node.add("type", ("class", "Country"), evidence, one_per_doc=True)
        node.add("label", ("string", node.label), evidence, one_per_doc=True)
        return iri

    def countries(self) -> None:
        for x in self.extractions:
            for iso3, evidence in sorted(x.countries.items()):
                self.country(iso3, evidence)

    # offices ---------------------------------------------------------------------------------
    def offices(self) -> None:
        uf = _UnionFind()
        mentions = []
        for x in self.extractions:
            for om in x.offices:
                country = (om.country or "").upper()
                owner = self._office_owner(x.doc.doc_id, om) or country
                own = ("title", owner, fold(canonical_title(om.title, country) or om.title))
                uf.find(own)
                for alias in om.aliases:
                    if _bare_head_of(alias, om.title):
                        continue  # "Commandant" of "Commandant of X College": a label of the post, not its identity
                    uf.union(own, ("title", owner, fold(canonical_title(alias, country) or alias)))
                mentions.append((x.doc.doc_id, om, own))
        groups: dict = defaultdict(list)
        for doc_id, om, own in mentions:
            groups[uf.find(own)].append((doc_id, om))
        for members in sorted(groups.values(), key=lambda m: (m[0][1].country or "", m[0][1].title)):
            organisation = self._office_owner(*members[0])
            if organisation:
                self.organisation_office(members, organisation)
                continue
            country = (members[0][1].country or "").upper()
            preferred = [canonical_title(om.title, country) for _, om in members]
            preferred = [p for p in preferred if p]
            if preferred:
                title = Counter(preferred).most_common(1)[0][0]
            else:
                counts = Counter(om.title for _, om in members)
                title = min(counts, key=lambda t: (-counts[t], t))
            iri = _unique_iri(f"office/{country.lower() or 'xxx'}", slug(title), self.taken, ())
            node = self.node(iri, "Office", f"{title} of {country_label(country)}" if country else title)
            country_iri = None
            for doc_id, om in members:
                self.office_of[(doc_id, om.key)] = iri
                ev = om.evidence
                node.add("type", ("class", "Office"), ev, one_per_doc=True)
                node.add("label", ("string", node.label), ev, one_per_doc=True)
                node.add("title", ("string", title), _evidence_for(title, ev) if fold(om.title) == fold(title) else [], one_per_doc=True)
                for other in [om.title, *om.aliases]:
                    if fold(other) != fold(title):
                        rule_ev = _relabel(_evidence_for(other, ev), RULE_SAME_OFFICE)
                        node.add("altLabel", ("string", other), rule_ev, one_per_doc=True)
                country_iri = self.country(country, ev) or country_iri
                if country_iri:
                    node.add("officeOf", ("node", country_iri), ev, one_per_doc=True)
            if not node.values("title"):  # only alternative titles were seen: still say the title
                node.add("title", ("string", title), _relabel(members[0][1].evidence, RULE_SAME_OFFICE), one_per_doc=True)

    def _office_owner(self, doc_id: str, om: OfficeMention) -> str | None:
        """The framework IRI of an organisation's post ("NATO Secretary General"); None for a country's."""
        return self.framework_of.get((doc_id, om.organisation)) if om.organisation else None

    def organisation_office(self, members: list[tuple[str, OfficeMention]], organisation: str) -> None:
        """The post of an international body: ``office/org/<framework>/<title>``, ``postIn`` the
        framework, of no country."""
        counts = Counter(om.title for _, om in members)
        title = min(counts, key=lambda t: (-counts[t], t))
        body = self.graph.nodes[organisation]
        iri = _unique_iri(f"office/org/{organisation.rsplit('/', 1)[-1]}", slug(title), self.taken, ())
        node = self.node(iri, "Office", f"{title} of {body.label}")
        for doc_id, om in members:
            self.office_of[(doc_id, om.key)] = iri
            ev = om.evidence
            node.add("type", ("class", "Office"), ev, one_per_doc=True)
            node.add("label", ("string", node.label), ev, one_per_doc=True)
            node.add("title", ("string", title), _evidence_for(title, ev), one_per_doc=True)
            for other in [om.title, *om.aliases]:
                if fold(other) != fold(title):
                    node.add("altLabel", ("string", other), _relabel(_evidence_for(other, ev), RULE_SAME_OFFICE), one_per_doc=True)
            node.add("postIn", ("node", organisation), ev, one_per_doc=True)

    # persons ---------------------------------------------------------------------------------
    def persons(self) -> None:
        entries: list[_PersonEntry] = []
        offices_by_person: dict[tuple[str, str], set[str]] = defaultdict(set)
        for x in self.extractions:
            for h in x.holdings:
                office = self.office_of.get((x.doc.doc_id, h.office))
                if office:
                    offices_by_person[(x.doc.doc_id, h.person)].add(office)
        for x in self.extractions:
            for pm in x.persons:
                entries.append(_PersonEntry(x.doc.doc_id, pm, offices_by_person[(x.doc.doc_id, pm.key)], len(entries)))

        uf = _UnionFind()
        cluster_countries: dict[int, set[str]] = {}
        for e in entries:
            uf.find(e.order)
            cluster_countries[e.order] = {e.mention.country.upper()} if e.mention.country else set()

        def try_union(a: _PersonEntry, b: _PersonEntry, despite_countries: bool = False) -> bool:
            ra, rb = uf.find(a.order), uf.find(b.order)
            if ra == rb:
                return True
            ca, cb = cluster_countries[ra], cluster_countries[rb]
            if ca and cb and ca != cb and not despite_countries:
                return False  # two known, different countries: two people
            uf.union(a.order, b.order)
            root = uf.find(a.order)
            cluster_countries[root] = ca | cb
            return True

        by_name: dict[str, list[_PersonEntry]] = defaultdict(list)
        for e in entries:
            if is_full_name(e.mention.name):
                by_name[" ".join(_name_tokens(e.mention.name))].append(e)
        # 1. the same full name; with two countries only when the same title is held in both (an
        # article that gave the post the wrong country: "Defence Secretary X" of India and of Vietnam)
        for name in sorted(by_name):
            group = by_name[name]
            for other in group[1:]:
                if not try_union(group[0], other) and _titles(group[0].offices) & _titles(other.offices):
                    try_union(group[0], other, despite_countries=True)
        # 2. spelling variants, backed by a shared office or the same known country
        names = sorted(by_name)
        blocks: dict[str, list[str]] = defaultdict(list)
        for name in names:
            toks = name.split()
            keys = {"f:" + toks[0], "l:" + toks[-1], "l3:" + toks[-1][:3], "s:" + " ".join(sorted(toks))}
            if len(toks) >= 3:
                keys.add("l:" + toks[-2])  # "x tolosa gemechu" beside "y tolosa": the last word dropped
            for key in keys:
                blocks[key].append(name)
        pairs: set[tuple[str, str]] = set()
        for members in blocks.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a != b:
                        pairs.add((a, b) if a < b else (b, a))
        for a, b in sorted(pairs):
            # weaker variants: a shared office must back them
            needs_office = initials_variant(a, b) or order_variant(a, b) or romanisation_variant(a, b) or slash_abbreviation_variant(a, b) \
                or patronymic_short_form(a, b) or second_surname_dropped(a, b) \
                or (vowel_variant(a, b) or short_given_name_variant(a, b) or vowel_short_form(a, b)
                    or dropped_middle_spelling_variant(a, b) or last_word_dropped_vowel_variant(a, b)) and not spelling_variant(a, b)
            if not needs_office and not spelling_variant(a, b):
                continue
            for ea in by_name[a]:
                for eb in by_name[b]:
                    backed = bool(ea.offices & eb.offices) or not needs_office and (
                        ea.mention.country is not None
                        and eb.mention.country is not None
                        and ea.mention.country.upper() == eb.mention.country.upper()
                    )
                    if backed:
                        try_union(ea, eb)

        # 3. a surname alone, named with a post ("Minister X, his Italian counterpart"), is the one
        # full name of that surname holding that same office elsewhere in the corpus
        for e in entries:
            if e.offices and not is_full_name(e.mention.name) and (owner := _full_name_holding(by_name, e)) is not None:
                try_union(owner, e)

        # 4. a surname alone or a shorter spelling that no post or country ties to anyone ("Minister
        # X met Y", "General A X held talks with Y" in a story that never says whose): the one person
        # of that name who met the same Y in another article
        self._same_partner(entries, by_name, uf, try_union)

        clusters: dict[int, list[_PersonEntry]] = defaultdict(list)
        for e in entries:
            clusters[uf.find(e.order)].append(e)
        planned = []
        for members in clusters.values():
            label = _preferred_name(members)
            countries = Counter(m.mention.country.upper() for m in members if m.mention.country)
            country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
            planned.append((label, country, members))
        planned.sort(key=lambda p: (p[0], p[1] or "", min(m.doc_id for m in p[2])))
        for label, country, members in planned:
            fallbacks = [country or "", min(m.doc_id for m in members)]
            iri = _unique_iri("person", slug(label), self.taken, [f for f in fallbacks if f])
            node = self.node(iri, "Person", label)
            names = {" ".join(_name_tokens(m.mention.name)) for m in members}
            for m in members:
                self.person_of[(m.doc_id, m.mention.key)] = iri
                ev = m.mention.evidence
                node.add("type", ("class", "Person"), ev, one_per_doc=True)
                name = strip_honorifics(m.mention.name)
                if fold(name) == fold(label):
                    node.add("label", ("string", label), _evidence_for(name, ev), one_per_doc=True)
                else:
                    rule = RULE_SPELLING_VARIANT if len(names) > 1 else None
                    alt_ev = _evidence_for(name, ev)
                    node.add("altLabel", ("string", name), _relabel(alt_ev, rule) if rule else alt_ev, one_per_doc=True)
                for alias in m.mention.aliases:
                    if fold(alias) != fold(label):
                        node.add("altLabel", ("string", alias.strip()), _evidence_for(alias, ev), one_per_doc=True)
                if m.mention.country:
                    country_iri = self.country(m.mention.country, ev[:1])
                    if country_iri:
                        node.add("nationality", ("node", country_iri), ev, one_per_doc=True)
            if not node.values("label"):
                node.add("label", ("string", label), _relabel(members[0].mention.evidence, RULE_SPELLING_VARIANT), one_per_doc=True)

    def _same_partner(self, entries: list[_PersonEntry], by_name: dict[str, list[_PersonEntry]], uf: _UnionFind,
                      try_union) -> None:  # noqa: ANN001 - the closure of persons()
        order_of = {(e.doc_id, e.mention.key): e.order for e in entries}
        partners: dict[int, set[int]] = defaultdict(set)  # entry -> the entries it met, in its article
        for x in self.extractions:
            for m in x.meetings:
                met = [order_of[(x.doc.doc_id, k)] for k in m.participants if (x.doc.doc_id, k) in order_of]
                for a in met:
                    partners[a].update(b for b in met if b != a)
        by_surname: dict[str, list[_PersonEntry]] = defaultdict(list)
        by_name_before_last: dict[str, list[_PersonEntry]] = defaultdict(list)
        for name, group in by_name.items():
            by_surname[name.split()[-1]].extend(group)
            if len(name.split()) >= 3:  # "berhanu tolosa gemechu": also under "tolosa" (see below)
                by_name_before_last[name.split()[-2]].extend(group)
        for e in entries:
            if not partners[e.order]:
                continue
            tokens = _name_tokens(e.mention.name)
            if not tokens:
                continue
            surname_only = _surname_only(tokens)
            if not surname_only and not is_full_name(e.mention.name):
                continue
            met = {uf.find(p) for p in partners[e.order]}
            found: dict[int, _PersonEntry] = {}
            # a full name also matches a longer one with a last name more: an Ethiopian or Eritrean
            # name's grandfather's name, which outlets drop ("Birhanu Tolosa", "Berhanu Tolosa Gemechu")
            longer = [] if surname_only else by_name_before_last.get(tokens[-1], [])
            for f in [*by_surname.get(tokens[-1], ()), *longer]:
                if f.doc_id == e.doc_id or not partners[f.order]:
                    continue
                ftokens = _name_tokens(f.mention.name)
                if surname_only:
                    if ftokens[-len(tokens):] != tokens:
                        continue
                elif not spelling_variant(" ".join(tokens), " ".join(ftokens)) and not (
                        f in longer and len(ftokens) == len(tokens) + 1 and spelling_variant(" ".join(tokens), " ".join(ftokens[:-1]))):
                    continue
                if e.offices and f.offices and not _titles(e.offices) & _titles(f.offices):
                    continue  # two posts named: the names alone do not make them one
                if {uf.find(p) for p in partners[f.order]} & met:
                    found[uf.find(f.order)] = f
            found.pop(uf.find(e.order), None)
            if len(found) == 1:  # two of that name met Y: either may be meant
                try_union(e, next(iter(found.values())))

    def holdings(self) -> None:
        for x in self.extractions:
            d = x.doc.doc_id
            for h in x.holdings:
                person, office = self.person_of.get((d, h.person)), self.office_of.get((d, h.office))
                if person and office:
                    self.graph.nodes[person].add("holds", ("node", office), [h.evidence])

    # places ----------------------------------------------------------------------------------
    def places(self) -> None:
        groups: dict[str, list] = defaultdict(list)
        for x in self.extractions:
            for pm in x.places:
                groups[slug(pm.name)].append((x.doc.doc_id, pm))
        for key in sorted(groups):
            members = groups[key]
            names = Counter(pm.name for _, pm in members)
            label = min(names, key=lambda n: (-names[n], n))
            kinds = Counter(pm.kind for _, pm in members)
            kind = min(kinds, key=lambda k: (-kinds[k], k))
            iri = _unique_iri("place", key, self.taken, ())
            node = self.node(iri, kind if kind in ("City", "Region") else "Place", label)
            self.place_names[iri] = [label, *names]
            for d, pm in members:
                self.place_of[(d, pm.key)] = iri
                node.add("type", ("class", node.cls), pm.evidence, one_per_doc=True)
                node.add("label", ("string", label), pm.evidence, one_per_doc=True)
                for alias in [pm.name, *pm.aliases]:
                    if alias != label:
                        node.add("altLabel", ("string", alias), _evidence_for(alias, pm.evidence), one_per_doc=True)

    # frameworks ------------------------------------------------------------------------------
    def frameworks(self) -> None:
        uf = _UnionFind()
        mentions = []
        for x in self.extractions:
            for fm in x.frameworks:
                own = ("name", framework_key(fm.name))
                uf.find(own)
                for other in [fm.acronym, fm.expansion, *fm.aliases, _without_kind_word(fm), _without_edition_year(fm)]:
                    if other and fold(other):
                        uf.union(own, ("name", framework_key(other)))
                mentions.append((x.doc.doc_id, fm, own))
        groups: dict = defaultdict(list)
        for d, fm, own in mentions:
            groups[uf.find(own)].append((d, fm))
        planned = []
        for members in groups.values():
            names = Counter(fm.name for _, fm in members)
            label = min(names, key=lambda n: (-names[n], len(n), n))
            planned.append((label, members))
        for label, members in sorted(planned, key=lambda p: p[0]):
            kinds = Counter(fm.kind for _, fm in members if fm.kind in _FRAMEWORK_CLASSES)
            kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else "Framework"
            iri = _unique_iri("framework", slug(label), self.taken, ())
            node = self.node(iri, kind, label)
            for d, fm in members:
                self.framework_of[(d, fm.key)] = iri
                ev = fm.evidence
                node.add("type", ("class", kind), ev, one_per_doc=True)
                node.add("label", ("string", label), _evidence_for(label, ev), one_per_doc=True)
                # "Exercise Coral Lance 2027" is also called "Coral Lance": the exercise's own name
                # (without the kind word and the edition's year) is one of its names, as it is its identity
                bare = [n for n in (_without_kind_word(fm), *_edition_year_names(fm)) if n]
                for alias in dict.fromkeys([fm.name, *fm.aliases, *bare]):
                    if fold(alias) != fold(label):
                        node.add("altLabel", ("string", alias), _evidence_for(alias, ev), one_per_doc=True)
                if fm.acronym:
                    node.add("acronym", ("string", fm.acronym), _evidence_for(fm.acronym, ev), one_per_doc=True)
                if fm.expansion:
                    node.add("expansion", ("string", fm.expansion), _evidence_for(fm.expansion, ev), one_per_doc=True)
                for iso3 in fm.countries:
                    c = self.country(iso3, ev[:1])
                    if c:
                        node.add("involves", ("node", c), ev, one_per_doc=True)
                if fm.owner:
                    c = self.country(fm.owner, ev[:1])
                    if c:
                        node.add("policyOf", ("node", c), ev, one_per_doc=True)
                if fm.adopted:
                    node.add("adopted", ("date", fm.adopted.iso), ev, one_per_doc=True)

    # events ----------------------------------------------------------------------------------
    def events(self) -> None:
        clusters: list[list[tuple[str, EventMention]]] = []
        keyed: dict[tuple, list[int]] = defaultdict(list)
        for x in self.extractions:
            d = x.doc.doc_id
            for em in x.events:
                framework = self.framework_of.get((d, em.framework)) if em.framework else None
                key = ("edition", framework, em.edition) if framework and em.edition else ("name", fold(em.name))
                for idx in keyed[key]:
                    if all(_overlap(date_interval(em.date, em.end_date), date_interval(o.date, o.end_date)) is not False for _, o in clusters[idx]):
                        clusters[idx].append((d, em))
                        break
                else:
                    keyed[key].append(len(clusters))
                    clusters.append([(d, em)])
        for members in clusters:
            best = min(members, key=lambda m: (date_rank(m[1].date, m[1].end_date), m[0]))
            names = Counter(em.name for _, em in members)
            label = min(names, key=lambda n: (-names[n], n))
            fallbacks = [best[1].date.iso] if best[1].date else []
            iri = _unique_iri("event", slug(label), self.taken, fallbacks + [members[0][0]])
            node = self.node(iri, "Event", label)
            self._describe_event(node, members, best)

    def _describe_event(self, node: Node, members: list, best: tuple) -> None:
        status = "held" if any(m.status == "held" for _, m in members) else "planned"
        for d, m in members:
            if isinstance(m, EventMention):
                self.event_of[(d, m.key)] = node.iri
            ev = m.evidence
            if node.cls != "Meeting":
                node.add("type", ("class", node.cls), ev, one_per_doc=True)
                node.add("label", ("string", node.label), ev, one_per_doc=True)
            if m.status == status:
                node.add("status", ("string", status), ev)
            if m.date is not None and (m.date, m.end_date) == (best[1].date, best[1].end_date):
                node.add("date", ("date", m.date.iso), ev)
                if m.end_date is not None and m.end_date != m.date:
                    node.add("endDate", ("date", m.end_date.iso), ev)
            place = self.place_of.get((d, m.place)) if m.place else None
            if place:
                node.add("place", ("node", place), ev)
            framework = self.framework_of.get((d, m.framework)) if m.framework else None
            if framework:
                node.add("underFramework", ("node", framework), ev)
            for p in m.participants:
                person = self.person_of.get((d, p))
                if person:
                    node.add("participant", ("node", person), ev)
            if isinstance(m, EventMention) and m.edition is not None:
                node.add("edition", ("integer", str(m.edition)), ev)
            if isinstance(m, MeetingMention):
                for topic in m.topics:
                    node.add("topic", ("string", topic), ev)
                if m.part_of:
                    event = self.event_of.get((d, m.part_of))
                    if event:
                        node.add("partOf", ("node", event), ev)

    # meetings --------------------------------------------------------------------------------
    def meetings(self) -> None:
        # (participants, [(doc_id, mention, place_iri)])
        clusters: list[tuple[tuple[str, ...], list[tuple[str, MeetingMention, str | None]]]] = []
        by_participants: dict[tuple[str, ...], list[int]] = defaultdict(list)
        reports = []
        for x in self.extractions:
            d = x.doc.doc_id
            for mm in x.meetings:
                people = tuple(sorted({self.person_of[(d, p)] for p in mm.participants if (d, p) in self.person_of}))
                if len(people) < 2:
                    continue
                start = min((e.start for e in mm.evidence), default=0)
                reports.append((d, start, mm.key, people, mm))
        for d, _, _, people, mm in sorted(reports, key=lambda r: r[:3]):
            place = self.place_of.get((d, mm.place)) if mm.place else None
            for idx in by_participants[people]:
                if _same_meeting((d, mm, place), clusters[idx][1], self.published, self.same_place, self.occasion_of,
                                  lambda p: self._where(p) is not None):
                    clusters[idx][1].append((d, mm, place))
                    break
            else:
                by_participants[people].append(len(clusters))
                clusters.append((people, [(d, mm, place)]))
        for people, members in clusters:
            best = min(members, key=lambda m: (date_rank(m[1].date, m[1].end_date), m[0]))
            place = next((p for _, _, p in members if p), None)
            identity = "|".join(people) + "|" + (best[1].date.iso if best[1].date else "") + "|" + (place or "")
            if not best[1].date and not place:
                first = min(members, key=lambda m: (m[0], min((e.start for e in m[1].evidence), default=0)))
                identity += f"|{first[0]}:{min((e.start for e in first[1].evidence), default=0)}"
            digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]
            iri = _unique_iri("meeting", digest, self.taken, [hashlib.sha1((identity + "#").encode()).hexdigest()[:6]])
            label = " – ".join(self.graph.nodes[p].label for p in people)
            node = self.node(iri, "Meeting", f"Meeting: {label}")
            for _, m, _ in members:
                node.add("type", ("class", "Meeting"), m.evidence)
            node.add("label", ("string", node.label), [e for _, m, _ in members for e in m.evidence], one_per_doc=True)
            self._describe_event(node, [(d, m) for d, m, _ in members], (best[0], best[1]))
            kinds = Counter(m.kind for _, m, _ in members if m.kind)
            if kinds:
                kind = min(kinds, key=lambda k: (-kinds[k], k))
                node.add("meetingKind", ("string", kind), [e for _, m, _ in members if m.kind == kind for e in m.evidence])

    def occasion_of(self, doc_id: str, meeting: MeetingMention) -> str | None:
        """The resolved event a meeting report is part of ("on the sidelines of the X Dialogue")."""
        return self.event_of.get((doc_id, meeting.part_of)) if meeting.part_of else None

    def same_place(self, a: str, b: str) -> bool:
        """One place, or two a few kilometres apart: Quezon City and Manila, Colombo and Kotte."""
        if a == b:
            return True
        where_a, where_b = self._where(a), self._where(b)
        return where_a is not None and where_b is not None and _km(where_a, where_b) <= SAME_PLACE_KM

    def _where(self, place: str) -> tuple[float, float] | None:
        # looked up only when two places differ (the gazetteer is loaded by the extractor anyway)
        known = cities()
        return next((known[n].where for n in self.place_names.get(place, ()) if n in known and known[n].where), None)

    # memberships -----------------------------------------------------------------------------
    def memberships(self) -> None:
        for x in self.extractions:
            d = x.doc.doc_id
            for ms in x.memberships:
                framework = self.framework_of.get((d, ms.framework))
                predicate = _ROLE_PREDICATES.get(ms.role)
                country = self.country(ms.country, [ms.evidence])
                if framework and predicate and country:
                    self.graph.nodes[country].add(predicate, ("node", framework), [ms.evidence])


def _full_name_holding(by_name: dict[str, list[_PersonEntry]], short: _PersonEntry) -> _PersonEntry | None:
    """The one full-named person whose surname is ``short``'s one-word name and who holds one of
    its offices; None when none or several do (two ministers of one surname stay apart)."""
    tokens = _name_tokens(short.mention.name)
    if not tokens or not _surname_only(tokens):
        return None
    found = {name: entries for name, entries in by_name.items() if name.split()[-len(tokens):] == tokens
             and any(e.offices & short.offices for e in entries)}
    if len(found) != 1:
        return None
    return next(e for e in next(iter(found.values())) if e.offices & short.offices)


def _preferred_name(members: list[_PersonEntry]) -> str:
    """Not all capitals (a headline), most name tokens, reported by most articles, longest, alphabetical."""
    docs_by_name: dict[str, set[str]] = defaultdict(set)
    for m in members:
        name = strip_honorifics(m.mention.name)
        docs_by_name[name].add(m.doc_id)
    return min(docs_by_name, key=lambda n: (n.isupper(), -len(n.split()), -len(docs_by_name[n]), -len(n), n))


def _same_meeting(
    new: tuple[str, MeetingMention, str | None],
    cluster: list[tuple[str, MeetingMention, str | None]],
    published: dict[str, date | None] | None = None,
    same_place: Callable[[str, str], bool] = str.__eq__,
    occasion_of: Callable[[str, MeetingMention], str | None] = lambda d, m: None,
    located: Callable[[str], bool] = lambda p: True,
) -> bool:
    d, mm, place = new
    published = published or {}
    occasion = occasion_of(d, mm)
    interval = date_interval(mm.date, mm.end_date)
    anchored = False
    for od, om, oplace in cluster:
        if _remote(om) != _remote(mm):
            return False  # a phone or video call and a meeting in person are two occasions
        if _overlap(interval, date_interval(om.date, om.end_date)) is False:
            return False  # dates that cannot be the same day
        if place and oplace and not same_place(place, oplace) \
                and not (mm.status != om.status and _same_single_day(interval, date_interval(om.date, om.end_date))
                         and not (located(place) and located(oplace))):
            # two different places; but a meeting planned for the day another article reports it held, at a place
            # the gazetteer cannot put on the map, was held at the venue or suburb of the plan's city ("will hold
            # talks ... in <city>" and "held talks at the headquarters in <suburb>")
            return False
        if od == d and om.earlier != mm.earlier:
            return False  # one article's report and its "first met in 2019": two occasions
        if od == d:
            anchored = True  # within one article, no conflict is enough
        if _overlap(interval, date_interval(om.date, om.end_date)) or (place and oplace and same_place(place, oplace)):
            anchored = True
        if mm.status == om.status == "planned" and (_unanchored(mm, place) or _unanchored(om, oplace)):
            anchored = True  # "is expected to hold talks with X during the visit": the one planned meeting another article dates
        if _realises((om, oplace, published.get(od)), (mm, published.get(d)), place, same_place) \
                or _realises((mm, place, published.get(d)), (om, published.get(od)), oplace, same_place):
            anchored = True
        if _reported_held(om, (mm, place, published.get(d))) or _reported_held(mm, (om, oplace, published.get(od))):
            anchored = True  # "will meet Y in Colombo on Wednesday" and, that Friday, "held talks with Y at the ministry"
        if occasion is not None and occasion == occasion_of(od, om):
            anchored = True  # "will meet X at the Y Dialogue" and "met X on the sidelines of the Y Dialogue"
    return anchored


def _same_single_day(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and a == b and a[0] == a[1]


# How long after an article announces a meeting, without date or place, another article's report of
# the pair meeting is taken to be that meeting held: visits are announced days to weeks ahead.
REALISED_WITHIN_DAYS = 31


def _realises(planned: tuple[MeetingMention, str | None, date | None], held: tuple[MeetingMention, date | None],
              held_place: str | None = None, same_place: Callable[[str, str], bool] = str.__eq__) -> bool:
    """"X will hold talks with Y" (no date, no place) in an article of 1 March, and "X met Y on
    4 March" in another: the planned meeting, held. The held one is dated by its article if need be.
    A plan with a place but no day ("is expected to interact with Y during the visit", in the
    visit's city) is held so too where the report tells no other place."""
    (plan, plan_place, announced), (report, reported) = planned, held
    if plan.status != "planned" or report.status != "held" or announced is None or plan.date is not None:
        return False
    if plan_place is not None and held_place is not None and not same_place(plan_place, held_place):
        return False
    when = date_interval(report.date, report.end_date) or ((reported, reported) if reported else None)
    return _overlap(when, (announced, announced + timedelta(days=REALISED_WITHIN_DAYS))) is True


# How long after the day a meeting was planned for an article reporting the pair's meeting held, with
# neither date nor place, is taken to report that meeting: reports follow within days.
REPORTED_WITHIN_DAYS = 7


def _reported_held(plan: MeetingMention, held: tuple[MeetingMention, str | None, date | None]) -> bool:
    """"X will meet Y in Colombo on Wednesday" and, in an article of the Friday, "Y held talks with X
    at the Defence Ministry" (no date, no place the gazetteer knows): the planned meeting, held. A
    report published before the planned day, or long after it, tells another occasion."""
    report, report_place, reported = held
    if plan.status != "planned" or report.status != "held" or reported is None or not _unanchored(report, report_place):
        return False
    when = date_interval(plan.date, plan.end_date)
    return when is not None and when[0] <= reported <= when[1] + timedelta(days=REPORTED_WITHIN_DAYS)


# Two places this close are one for telling meetings apart: a city and its twin or suburb, where
# one report names the seat of government and another the city ("Sri Jayewardenepura Kotte", "Colombo").
SAME_PLACE_KM = 20.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _unanchored(meeting: MeetingMention, place: str | None) -> bool:
    """A meeting told with neither a date nor a place: nothing tells it apart from another of the pair."""
    return meeting.date is None and place is None


def _remote(meeting: MeetingMention) -> bool:
    return meeting.kind in ("telephone", "virtual")


def resolve(extractions: list[DocExtraction]) -> ResolvedGraph:
    """Resolve per-article extractions into one graph with global, deterministic IRIs."""
    return _Resolver(extractions).run()
