"""Fact rules: one Document (and its spaCy parse) -> one DocExtraction.

Meetings come from trigger verbs and nouns found on the dependency parse ("met", "met with",
"called on", "paid a courtesy call on", "held talks/a bilateral meeting/a summit/a telephone
conversation with", "hosted", "received", "spoke/interacted with", "talks between X and Y",
"engagements with A and B" during a visit, "led the X side ... Y side was led by Z", "sat down
with", "exchanged views with", "received a courtesy call from", "discussed X with <person>",
"accompanied Y during the call on Z" (a meeting of the companion with Y's partners)).
"A and B met C" gives A-C and B-C when A and B are one side and the text tells no one occasion
(a singular talk noun, a named framework's session, "trilateral").
Participants: the trigger's subject (following conj/appos; resolving "he" to the owner of a
visit or the nearest subject, "who" to the relative clause's head, "the Defence Secretary"
and "Singh" through diplokg.mentions) and the persons in the rest of its clause; a title
written with a name stands for that person when the parse hangs the name elsewhere, and a
list the parse cut short is followed on ("called on A and Defence Secretary B").
"X met A and B" gives one meeting per counterpart unless the text makes it one meeting
("trilateral", "the three"). A group subject without names ("the defence ministers of A, B and
C held a trilateral meeting") takes the persons listed as the subject of one of the next two
sentences (as many as the count given); "the visiting dignitary" is the visitor; "X visited Riyadh,
where he called on A, held talks with B and met C" gives X three meetings. Negated or called-off meetings are skipped. Status is planned
under "will"/"may", "is scheduled/expected/set/due to", "hopes to", "to be held", "upcoming",
else held. The date is the date phrase in the trigger's own clause (not in "the ministry said
on Tuesday", not the date of a "visit", not "today" inside a quoted post), read by
diplokg.dates with the tense of the trigger; "on the same day" takes the previous meeting's.
The place is "in/at <City>" in that clause, else where a participant is known to be (a visit,
an arrival, an earlier meeting), else the dateline for the article's first meeting when held (or
planned during a visit to the dateline's country). A telephone or virtual meeting takes no place
but the one written in its clause.

Offices without a written country take the host's country when their holder met a visitor
there, and a visitor's post is never the visited country's. Frameworks come from the
gazetteer, from capitalised names with a head word ("... Agreement", "... Exercise"), from
acronyms with their expansion, quoted policy names and named exercises; events are editions
and meetings of a framework ("the 12th ADMM-Plus", "the HLCG meeting held on May 26, 2025,
in New Delhi"); memberships come from member/partner lists, "a grouping of A, B and C",
"X brings together / comprises / is made up of A, B and C (with D as an observer)", "X, whose
member states are ...", "A is a member of X, which also includes B and C" (the list ends where
the sentence goes on to something else), "the five-nation X (A, B, ...)" and co-chairs.
Memoranda of understanding are Agreements named by their subject whatever the case ("a
memorandum of understanding on defence cooperation"); "the EU's naval mission X" and "Operation
X" are Initiatives; a "... Group" described as a company is not a framework; an organisation known from the
gazetteer or by its head word alone ("... Union") counts only when it has members or events, or
organises or parents a framework ("a summit organised by X", "a mechanism of the African Union");
one introduced with its acronym counts. "A joined X" / "was admitted to X as an observer" is a
membership (not when negated, future or wished).

Every fact carries Evidence: the sentence (or two, for side-led dialogues) with a rule name and
a confidence. Offsets index ``Document.text`` exactly.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import refdata
from . import dates
from .dates import DateExpression, find_date_expressions
from .mentions import GENERIC_TITLE_HEADS, _counterpart_post, _headline_end, _post_kind, AMERICAN_DEFENSE, BASE_KIND_WORDS, BUILDING_NAME_WORDS, SETTLEMENT_NOUNS, SIDELINES_WORDS, TOWN_KIND_WORDS, ArticleMentions, OrganisationPost, add_office, add_organisation_office, build_mentions, country_pair_at, own_post_stands, remember_doc_text, sat_down, slug
from .model import (
    DocExtraction,
    Document,
    EventMention,
    Evidence,
    FrameworkMention,
    Holding,
    MeetingMention,
    MembershipMention,
    PartialDate,
    PlaceMention,
)
from .nlp import HEADLINE_VERBS, island_after_on, town_near_a_venue_at, HYPHENED_TALK_NOUNS, headline_verb, MILITARY_RANK_ENDS, PLANNED_ADJECTIVES, SEA_WORDS, TITLE, co_chair_start, ent_kind, force_acronym_country, force_acronym_words, joined_tight

MEET_VERBS = frozenset({"meet", "host", "receive", "greet", "welcome"})
HOLD_VERBS = frozenset({"hold", "have", "conduct", "chair", "co-chair", "pay", "lead"})
# A sovereign's audience, a call on them: "was granted an audience by", "had an audience with"
AUDIENCE_VERBS = frozenset({"grant", "have", "hold"})
SPEAK_VERBS = frozenset({"speak", "talk", "converse", "interact", "confer", "engage"})
# Verbs of calling someone by telephone ("dialled his counterpart"); "call" too, without "on"
PHONE_VERBS = frozenset({"dial", "phone", "telephone", "ring"})
TALK_NOUNS = frozenset(
    {"talk", "talks", "meeting", "meetings", "discussion", "discussions", "conversation", "conversations",
     "consultation", "consultations", "bilateral", "bilaterals", "engagement", "engagements", "call", "parley", "dialogue",
     "summit", "interaction", "interactions", "chat", "chats"} | {written for noun in HYPHENED_TALK_NOUNS for written in (noun, noun + "s")}  # "held a one-on-one with X"
)
SPEECH_VERBS = frozenset({"say", "state", "add", "announce", "tell", "note", "write", "post", "report", "inform", "tweet"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
PLANNED_GOVERNORS = frozenset({"schedule", "expect", "set", "due", "slate", "plan", "likely", "poise", "going", "go",
                               "hope", "want", "seek", "intend", "aim", "propose", "agree", "invite"})
CALLED_OFF = frozenset({"cancel", "postpone", "refuse", "decline", "skip", "defer", "scrap", "call off", "fail"})
MODAL_FUTURE = frozenset({"may", "might", "could", "would"})
PLANNED_MODIFIERS = frozenset({"upcoming", "forthcoming", "proposed", "planned", "scheduled", "next"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
JOINT_WORDS = frozenset({"trilateral", "quadrilateral", "tripartite", "quadripartite", "jointly", "together"})
COUNT_WORDS = frozenset({"three", "four", "five"})
SCOPE_CUT_DEPS = frozenset({"relcl", "acl", "parataxis", "ccomp", "csubj"})
PRONOUNS = frozenset({"he", "she", "He", "She"})
DEICTIC_DATES = frozenset({"today", "yesterday", "tomorrow", "tonight", "this morning", "this evening"})
# "Earlier in the day", "Later in the evening", "later that morning", "during the day", a sentence
# opening "That afternoon," or "Later," or "In parallel," or "After their talks,": the day of the meeting told before
SAME_DAY = re.compile(r"\b(?:(?:earlier|later) (?:in|on)|during) the (?:day|morning|afternoon|evening)\b(?!-)|^\W*that (?:morning|afternoon|evening)\b"
                      r"|\b(?:earlier|later) that (?:day|morning|afternoon|evening)\b|\bthe same day\b|^\W*later,"
                      r"|^\W*(?:in parallel|simultaneously)\b|^\W*(?:after|following) (?:their|the) (?:talks|meeting)\s*,", re.I)
QUOTED = re.compile(r"[“\"][^”\"\n]*[”\"]")

CONF_MEETING = 0.85
CONF_MEETING_NOUN = 0.75
CONF_SIDES = 0.8

FRAMEWORK_HEADS = {
    "agreement": "Agreement", "treaty": "Agreement", "convention": "Agreement", "pact": "Agreement", "accord": "Agreement",
    "partnership": "Agreement", "document": "Agreement", "statement": "Agreement", "declaration": "Agreement",
    "memorandum": "Agreement", "action": "Agreement", "roadmap": "Agreement", "charter": "Agreement", "protocol": "Agreement",
    "policy": "Policy", "doctrine": "Policy", "strategy": "Policy", "vision": "Policy",
    "dialogue": "Dialogue", "group": "Forum", "forum": "Forum", "council": "Forum", "conclave": "Forum",
    "exercise": "Exercise", "drill": "Exercise", "review": "Exercise", "initiative": "Initiative", "programme": "Initiative",
    "program": "Initiative", "mechanism": "Dialogue", "commission": "Dialogue", "committee": "Forum",
    "community": "Organisation", "union": "Organisation", "alliance": "Forum", "activities": "Exercise",
    "coalition": "Organisation",  # kept only with members or a stated relation (not "the Liberal-National Coalition")
    "initiatives": "Initiative", "concept": "Policy", "arrangement": "Agreement",
    "framework": "Agreement",  # "the Trilateral Maritime Framework" the three states signed (see _framework_word_kind)
    "principles": "Policy",  # "the Kampala Principles", "the Five Principles of Peaceful Coexistence"
    # a set of documents under one name: "the Lancaster House Treaties", "the Abraham Accords"
    "treaties": "Agreement", "accords": "Agreement", "agreements": "Agreement", "conventions": "Agreement",
    "compact": "Agreement",  # "the Compact of Mutual Security", "the Global Compact on X": states' binding agreement
}
# heads that name a framework only before what it is on: "ASEAN Outlook on the Indo-Pacific"
CONNECTED_HEADS = {"outlook": "Policy", "letter": "Agreement"}  # "Letter of Intent on Cooperation in ..."
CORRIDOR_KINDS = frozenset({"economic", "transport", "trade", "industrial", "maritime", "energy", "digital", "growth",
                            "connectivity", "logistics", "shipping"})
YEAR = re.compile(r"\b(?:1[89]|20)[0-9]{2}\b")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,}[A-Za-z-]*$")


def spacy_text(doc: Document) -> str:
    """The text spaCy should read: ``doc.text`` with the header blanked (same length, same offsets)."""
    if doc.body_start <= 0:
        return doc.text
    header = doc.text[: doc.body_start]
    # a full stop then blanks: the small model parses the first sentence best after a sentence end
    return "." + re.sub(r"[^\n]", " ", header[1:]) + doc.text[doc.body_start :]


def extract_document(doc: Document, nlp: Language) -> DocExtraction:
    """Everything the rules read in one article (runs the pipeline once)."""
    text = spacy_text(doc)
    return extract_from_spacy(doc, nlp(text), text)


def prepare() -> None:
    """Load what the rules read lazily (reference tables, the date reader) once per process, before
    the first article: part of loading the extractor, like loading the model."""
    refdata.load_all()
    dates.prepare()


def extract_from_spacy(doc: Document, sdoc: Doc, parsed_text: str | None = None) -> DocExtraction:
    """Like extract_document, for a Doc parsed already (e.g. by ``nlp.pipe``). ``parsed_text``, the
    text the Doc was parsed from when the caller has it, spares joining the Doc's tokens again."""
    # The Doc's length from its last token: ``sdoc.text`` would build a Token object per token.
    parsed_length = sdoc[-1].idx + len(sdoc[-1].text_with_ws) if len(sdoc) else 0
    if parsed_length != len(doc.text) or (parsed_text is not None and len(parsed_text) != parsed_length):
        raise ValueError("the spaCy Doc is not of this document's text")
    if parsed_text is not None:
        remember_doc_text(sdoc, parsed_text)
    m = build_mentions(doc, sdoc)
    state = _State(m)
    _frameworks(state)
    _organisation_offices(state)
    _memberships(state)
    _drop_memberless_candidates(state)
    _meetings(state)
    _side_led_meetings(state)
    _counterpart_offices(state)
    _visitors_are_foreign(state)
    _host_offices(state)
    _dateline_host_offices(state)
    _drop_envoys_with_compatriots(state)
    _drop_bystander_organisations(state)
    return DocExtraction(
        doc=doc,
        persons=m.persons,
        offices=list(m.offices.values()),
        holdings=m.holdings,
        places=list(m.places.values()),
        frameworks=list(state.frameworks.values()),
        events=list(state.events.values()),
        meetings=_dedupe(state.meetings),
        memberships=state.memberships,
        countries=m.countries,
    )


class _GroupOccasion(NamedTuple):
    """A meeting of persons not named yet, of two or more countries (_note_group_occasion)."""
    sent_end: int  # the end of the sentence that told it
    countries: frozenset[str]
    date: PartialDate | None
    end_date: PartialDate | None
    place: str | None


@dataclass
class _State:
    m: ArticleMentions
    meetings: list[MeetingMention] = field(default_factory=list)
    frameworks: dict[str, FrameworkMention] = field(default_factory=dict)
    framework_at: dict[int, str] = field(default_factory=dict)
    framework_len: dict[int, int] = field(default_factory=dict)  # token -> length of the name claiming it
    events: dict[str, EventMention] = field(default_factory=dict)
    memberships: list[MembershipMention] = field(default_factory=list)
    location: dict[str, str | None] = field(default_factory=dict)  # person key -> place key
    location_to_come: set[str] = field(default_factory=set)  # persons whose known place is a journey still to come
    visiting: dict[str, str] = field(default_factory=dict)  # person key -> country the person is visiting
    # person key -> the day they are known at their location since they moved there from another
    # city (None: moved, day not told yet); no entry: no move seen, or they were there all along
    location_day: dict[str, PartialDate | None] = field(default_factory=dict)
    arrival_day: dict[str, PartialDate] = field(default_factory=dict)  # person key -> the day told they arrived
    hosted_visit: dict[int, str] = field(default_factory=dict)  # meeting's index -> host country of the visit
    verb_hosts: dict[int, list[str]] = field(default_factory=dict)  # meeting's index -> subjects of its "hosted"/"received"
    visitor: str | None = None
    last_subject: str | None = None
    sentence_subject: tuple[int, str] | None = None  # (sentence start, person): who the sentence's last trigger was about
    last_day: tuple[PartialDate, PartialDate | None] | None = None  # for "on the same day"
    held_day: tuple[PartialDate, PartialDate | None] | None = None  # the last_day of a meeting told as held
    destinations: set[str] | None = None  # countries visits in the article go to
    # "The defence ministers of A, B and C met in X on Monday": (the sentence's end, its countries,
    # day, end day, place), for the sentence right after that names them
    group_occasion: _GroupOccasion | None = None
    background: set[str] = field(default_factory=set)  # keys of meetings told as background ("had last met")
    side: set[str] = field(default_factory=set)  # keys of meetings told as a further one ("A also met C")
    _dates: dict[tuple[int, bool], list] = field(default_factory=dict)
    _quotes: list[tuple[int, int]] | None = None
    _year_anchor: list[datetime.date | None] | None = None  # computed once: [the article's first full date]
    _dateline_shift: list[int] | None = None  # computed once: [days from the publication date to the dateline's day]
    _dateline_day: list[datetime.date | None] | None = None  # computed once: [the day a dateline states, without a publication date]

    def in_quote(self, offset: int) -> bool:
        if self._quotes is None:
            self._quotes = [(q.start(), q.end()) for q in QUOTED.finditer(self.m.doc.text)]
        return any(a < offset < b for a, b in self._quotes)

    def year_anchor(self) -> datetime.date | None:
        """Without a publication date, the day the dateline states in full, else the first day the
        body states with its year ("May 12, 2026") that is not a document's signing or a body's
        founding ("the treaty signed in Rome on 4 May 1990": decades off the news): the article's
        other yearless days ("on May 5") are read in its year; with none, they stay unresolved."""
        if self.m.doc.published is not None:
            return None
        if self._year_anchor is None:
            first = self.dateline_day() or next(self._news_days_in_full(), None)
            self._year_anchor = [first]
        return self._year_anchor[0]

    def _news_days_in_full(self) -> Iterator[datetime.date]:
        # sentence by sentence, only those with a year in them, in the text's order
        for sent in self.m.sents:
            if sent.end_char <= self.m.doc.body_start or not YEAR.search(sent.text):
                continue
            for e in find_date_expressions(sent.text, None):
                if e.kind == "absolute" and e.date and e.date.precision == "day" and not _dates_a_past_document(
                        self.m, sent.start_char + e.start, sent.start_char + e.end):
                    yield datetime.date.fromisoformat(e.date.iso)

    def dateline_shift(self) -> int:
        """Days from the publication date back to the day the dateline states ("DUBAI, 14th January,
        2026 (WAM) -- ... received ... today" published on the 15th: "today" is the 14th)."""
        if self._dateline_shift is None:
            m, shift = self.m, 0
            if m.doc.published is not None and m.dateline_end:
                last = m.tokens[m.dateline_end - 1]
                stated = [d.date for start, _, d in self.sentence_dates(last.sent, False) if m.doc.body_start <= start <= last.idx
                          and d.date is not None and d.date.precision == "day"]
                if stated:
                    shift = (datetime.date.fromisoformat(stated[0].iso) - m.doc.published).days
            self._dateline_shift = [shift if -3 <= shift <= 0 else 0]
        return self._dateline_shift[0]

    def dateline_day(self) -> datetime.date | None:
        """Without a publication date, the full day a dateline states ("ABU DHABI, 22nd September,
        2026 (WAM) -- ... received today ..."): weekdays and "today" are read against it."""
        if self.m.doc.published is not None:
            return None
        if self._dateline_day is None:
            m, day = self.m, None
            if m.dateline_end:
                last = m.tokens[m.dateline_end - 1]
                offset = last.sent.start_char
                in_dateline = [e for e in find_date_expressions(last.sent.text, None) if offset + e.start <= last.idx + len(last.text)]
                stated = [e.date for e in in_dateline if e.kind == "absolute" and e.date and e.date.precision == "day"]
                day = datetime.date.fromisoformat(stated[0].iso) if stated else self._yearless_dateline_day(in_dateline)
            self._dateline_day = [day]
        return self._dateline_day[0]

    def _yearless_dateline_day(self, in_dateline: list[DateExpression]) -> datetime.date | None:
        """A yearless dateline ("PORT LOUIS, Dec 30 (Agency) -- ... on Wednesday agreed ...") takes
        the year, around the years the article names, in which its day falls on the weekday the
        lead paragraph names first: wire leads tell the dateline day's news by its weekday."""
        yearless = [e for e in in_dateline if e.kind == "unresolved" and any(c.isdigit() for c in e.text)]
        named = {int(y.group()) for y in YEAR.finditer(self.m.doc.text[self.m.doc.body_start:])}
        weekday = next((t.lower_ for t in self._lead_paragraph() if t.lower_ in WEEKDAY_WORDS), None)
        if not yearless or not named or weekday is None:
            return None
        years = {y + step for y in named for step in (-1, 0, 1)}
        return dates.day_on_weekday(yearless[0].text, years, weekday)

    def _lead_paragraph(self) -> Iterator[Token]:
        """The tokens after the dateline up to the first paragraph break (past any blank lines
        right after a dateline set on its own line)."""
        started = False
        for token in self.m.tokens[self.m.dateline_end:]:
            if token.is_space and not started:
                continue
            if "\n" in token.text or "\n" in token.whitespace_:
                return
            started = True
            yield token

    def sentence_dates(self, sent: Span, future: bool) -> list:
        cache_key = (sent.start, future)
        if cache_key not in self._dates:
            reference = self.m.doc.published or self.dateline_day()
            found = find_date_expressions(sent.text, reference, future=future, year_anchor=self.year_anchor())
            self._dates[cache_key] = [(sent.start_char + d.start, sent.start_char + d.end, d) for d in found]
        return self._dates[cache_key]


# Verbs whose past participle dates a document or a body ("the accord signed on ...", "which was
# established on ..."): the day of history a story recalls.
DOCUMENT_HISTORY_VERBS = frozenset({"sign", "ink", "ratify", "conclude", "adopt", "found", "establish", "create", "form"})


def _dates_a_past_document(m: ArticleMentions, start_char: int, end_char: int) -> bool:
    """The date at these offsets is the day a document was signed or a body founded, told in a
    clause on it ("the treaty signed at Geneva on 4 May 1990", "the pact, which was signed on ...",
    "the force was established on ..."), not the news's own act ("the ministers signed the MoU on
    ...": an active verb of the clause)."""
    span = m.sdoc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    for _ in range(4):  # "on <date>" -> "on" -> the verb it hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.lemma_.lower() not in DOCUMENT_HISTORY_VERBS:
        return False
    return verb.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


# -- meetings --------------------------------------------------------------------------------------


def _meetings(st: _State) -> None:
    m = st.m
    for sent in m.sents:
        if sent.end_char <= m.doc.body_start:
            continue
        handled: set[int] = set()
        _note_movements(st, sent)
        told = len(st.meetings)
        for token in m.tokens[sent.start : sent.end]:
            if token.i in handled or not _may_report_meeting(m, token.i):
                continue
            if _co_chair_verb(token) or _joint_chair_verb(token):
                handled.update(t.i for t in token.children if t.dep_ == "dobj")
                _co_chaired_meeting(st, sent, token)
                continue
            if token.lemma_ == "accompany":
                _accompanied_meeting(st, sent, token)
                continue
            # ("a telephone call in which A and B exchanged views": the call, not more of their talks told before)
            if (token.lemma_.lower() in JOINT_ACT_VERBS and _talk_noun_of_in_which_clause(token) is None
                    and _joint_act_meeting(st, sent, token)):
                handled.add(token.i)
                continue
            if token.lemma_ == "discuss" and _discussed_with_a_person(st, token):
                handled.add(token.i)
                _meeting_from_trigger(st, sent, token, _kind_of(token), None)
                continue
            trigger = _trigger(token)
            if trigger is None:
                continue
            kind, noun = trigger
            handled.add(token.i)
            if noun is not None:
                handled.add(noun.i)
            _meeting_from_trigger(st, sent, token, kind, noun)
        if len(st.meetings) == told:
            _place_told_after(st, sent)
            _attendees_told_after(st, sent)
            _occasion_attendees(st, sent)
        _note_subject(st, sent)


def _attendees_told_after(st: _State, sent: Span) -> None:
    """"A received B in Rome. The meeting was also attended by General C": the persons "the
    meeting"/"the talks" was also attended by took part in the one meeting told in the sentence
    right before (not in "the ceremony", not when that sentence told several meetings, not in a
    meeting told as background, "the two had last met in X", nor "was attended" of one to come)."""
    m = st.m
    earlier = _sentences_before(m, sent, 1)
    if not earlier or not st.meetings:
        return
    told_there = [mt for mt in st.meetings if earlier[0].start_char <= mt.evidence[0].start < earlier[0].end_char]
    if len(told_there) != 1 or told_there[0] is not st.meetings[-1] or told_there[0].key in st.background:
        return
    last = told_there[0]
    attendees = _attending_subjects(m, sent)
    if attendees and last.status == "held":  # "General C also attended the meeting" (not of talks to come)
        last.participants += [key for key in attendees if key not in last.participants]
        return
    phrase = _attended_by_phrase(m, sent.start, sent.end)
    if phrase is None:
        return
    noun, attended = phrase
    also = "also" in m.lower[noun:attended]  # without it, those attending are the host's entourage
    past = any(w in ("was", "were") for w in m.lower[noun:attended])
    if also and noun > sent.start and m.lower[noun - 1] == "the" and not (past and last.status != "held"):
        last.participants += [key for key in _persons_run(m, attended + 2, sent.end)[0] if key not in last.participants]


def _attending_subjects(m: ArticleMentions, sent: Span) -> list[str]:
    """The persons named as the subject of "also attended/joined the meeting (talks)" in the past
    (the active form of "the meeting was also attended by"; without "also", or of "will attend",
    no one told to have come besides the two)."""
    for verb in m.tokens[sent.start : sent.end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("attend", "join") or verb.tag_ != "VBD":
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ATTENDED_OCCASION_NOUNS
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if noun is None or not any(c.lower_ == "also" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = [m.person_at[t.i] for s in subjects for t in _subject_words(m, s)
                 if t.i in m.person_at and t.ent_type_ != TITLE]
        return list(dict.fromkeys(named))
    return []


def _occasion_chaired_in_presence(verb: Token) -> tuple[Token, int] | None:
    """(occasion noun, where the list starts) of "A chaired the session at the X Hotel, in the
    presence of B; C and D": those present at a chaired occasion sat in it (the phrase must hang on
    the chairing verb or on the occasion's words: not "signed the accord in the presence of B")."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in TALK_OR_OCCASION_NOUNS
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    if noun is None:
        return None
    doc = verb.doc
    for prep in verb.subtree:
        if (prep.lower_ == "in" and prep.i + 3 < len(doc) and doc[prep.i + 1].lower_ == "the"
                and doc[prep.i + 2].lower_ == "presence" and doc[prep.i + 3].lower_ == "of"):
            return noun, prep.i + 4
    return None


def _occasion_attendance(verb: Token) -> tuple[Token, int] | None:
    """(occasion noun, where its list of persons starts) of "The meeting was attended by A, B and
    C" and "the session, chaired by A, brought together B; C and D": an occasion told as the
    subject, its participants as the list (not "was also attended by": _attendees_told_after)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma in OCCASION_CHAIR_VERBS:
        return _occasion_chaired_in_presence(verb)
    if verb.pos_ != "VERB" or lemma not in ("attend", "bring") or any(c.lower_ == "also" for c in verb.children):
        return None
    subject_dep = "nsubjpass" if lemma == "attend" else "nsubj"
    noun = next((c for c in verb.children if c.dep_ == subject_dep and c.lower_ in TALK_OR_OCCASION_NOUNS), None)
    if noun is None and lemma == "bring":
        noun = _occasion_chaired_before(verb)
    if noun is None and lemma == "attend":
        noun = _occasion_a_which_clause_tells(verb)
    # "the meeting", "Tuesday's meeting": one occasion the reader knows
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children):
        return None
    if lemma == "attend":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return (noun, agent.i + 1) if agent is not None else None
    together = next((c for c in verb.children if c.lower_ == "together" and c.dep_ in ("prt", "advmod")), None)
    return (noun, verb.i + 1) if together is not None else None


# Verbs whose subject runs the occasion that is their object ("A chaired the talks").
OCCASION_CHAIR_VERBS = frozenset({"chair", "co-chair", "host", "convene", "lead", "open"})


def _occasion_chaired_before(verb: Token) -> Token | None:
    """"The meeting ... was chaired by A and brought together B, C and D": the subject of the
    passive verb of chairing that "brought" is joined to."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in OCCASION_CHAIR_VERBS or head.tag_ != "VBN":
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass" and c.lower_ in TALK_OR_OCCASION_NOUNS), None)


def _occasion_a_which_clause_tells(verb: Token) -> Token | None:
    """The occasion noun of "A chaired the talks at the X Hotel in Y, which were attended by B, C
    and D": a "which" clause the parse may hang on the place phrase after the noun; the noun must
    be the object of a verb of chairing (its subject is the chair: _occasion_chair)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubjpass" and c.lower_ == "which" for c in verb.children):
        return None
    noun = verb.head
    while noun.lower_ not in TALK_OR_OCCASION_NOUNS and noun.dep_ in ("pobj", "prep") and noun.head.i < noun.i:
        noun = noun.head
    if noun.lower_ not in TALK_OR_OCCASION_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in OCCASION_CHAIR_VERBS:
        return None
    return noun


def _occasion_chair(m: ArticleMentions, noun: Token) -> list[str]:
    """The persons "A chaired the talks" names as the subject of the verb the occasion noun is the
    object of (none for any other noun)."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in OCCASION_CHAIR_VERBS:
        return []
    chair_dep = "nsubj" if noun.dep_ == "dobj" else "agent"  # "the talks were chaired by A"
    return [k for c in noun.head.children if c.dep_ == chair_dep for k in _persons_in(m, c.subtree)]


def _occasion_attendees(st: _State, sent: Span) -> None:
    """One meeting of the persons an occasion "was attended by" or "brought together" (with the
    person "chaired by" in its subject), when they are named, of two or more countries (else one
    side's delegation), and the occasion was told in the sentence right before (a list further on
    recaps a gathering); its day and place are the occasion's, told before when not here."""
    m = st.m
    earlier = _sentences_before(m, sent, 1)
    for verb in m.tokens[sent.start : sent.end]:
        found = _occasion_attendance(verb)
        if found is None:
            continue
        noun, start = found
        chaired_here = _occasion_chair(m, noun)  # "A chaired the talks ..., which were attended by": told here
        # "The meeting in Arusha on Tuesday brought together ...": its own day or place tells it here
        told_here = chaired_here or any(t.ent_type_ in ("DATE", "GPE") for t in noun.subtree if t.i != noun.i)
        if not told_here and (not earlier or not any(t.lower_ == noun.lower_ for t in earlier[0])):
            return
        chairs = chaired_here or _persons_in(m, noun.subtree)  # "the session, chaired by A," (the parse may hang A on the noun)
        listed, stop = _persons_run(m, start, sent.end, semicolons=True)
        # named there, not a title standing for someone told before ("the Director of the Minister's Office")
        named = {m.person_at[i] for i in range(start, stop) if i in m.person_at and m.tokens[i].ent_type_ != TITLE}
        persons = chairs + [k for k in listed if k not in chairs and k in named]
        if len({m.person(k).country for k in persons} - {None}) < 2:
            return
        chain = _chain(verb)
        scope = _scope(chain, []) | {t.i for t in noun.subtree}
        _record_meetings(st, sent, verb, "talks", None, chain, scope, persons, [], "meeting.attended-by", CONF_MEETING_NOUN)
        return


def _place_told_after(st: _State, sent: Span) -> None:
    """"X received Y. During the meeting, held at the Ministry in Abu Dhabi, the two sides ...": the
    city of "the meeting, held in Z" is the place of the meeting told in the sentence right before,
    when that one has none; its day ("The talks, held on Tuesday, focused on ...", "The talks took
    place on 10 March") likewise."""
    m = st.m
    last = st.meetings[-1] if st.meetings else None
    if last is None or last.place is not None and last.date is not None or last.status != "held":
        return
    earlier = _sentences_before(m, sent, 1)
    if not earlier or last.evidence[0].start < earlier[0].start_char:
        return
    for noun in m.tokens[sent.start : sent.end]:
        if noun.lower_ not in TALK_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        held = next((t for t in m.tokens[noun.i + 1 : min(noun.i + 3, sent.end)] if t.lower_ == "held" and t.tag_ == "VBN"), None)
        if held is None and _subject_of_taking_place(noun) and noun.head.lemma_.lower() in ("take", "happen", "occur"):
            held = noun.head  # "The meeting took place (happened, occurred) on Tuesday": as "was held"
        if held is not None:
            held_words = {t.i for t in held.subtree}
            remote = last.kind in ("telephone", "virtual")
            place = None if remote else _explicit_place(st, sent, held_words)
            day = _closest_date(st, sent, held_words, held, False)
            for same in st.meetings:
                if same.evidence[0].start != last.evidence[0].start:
                    continue
                if same.place is None and place is not None:
                    same.place = place
                if same.date is None and day is not None:
                    same.date, same.end_date = day[1].date, day[1].end_date
            return


# What two persons can only do together, face to face or on a call: "A and B discussed ...".
JOINT_ACT_VERBS = frozenset({"discuss", "review", "sign", "ink", "exchange", "reaffirm", "explore"})
RESOLVE_VERBS = frozenset({"agree", "decide", "resolve", "pledge", "vow", "promise", "commit"})


def _earlier_year_told(st: _State, sent: Span) -> bool:
    """The sentence names a year before the article's ("was signed by A and B in Ottawa in
    2024"): history the story recalls."""
    published = st.m.doc.published or st.year_anchor()
    return published is not None and any(int(y.group()) < published.year for y in YEAR.finditer(sent.text))


def _joint_act_meeting(st: _State, sent: Span, verb: Token) -> bool:
    """"A and B reviewed defence ties in Lima on Monday", "the MoU was signed in Lima by A and B":
    two persons of two countries named as the joint subjects (or the "by" agents) of an act they do
    together met for it. Whether a meeting was recorded."""
    m = st.m
    chain = _chain(verb)
    if verb.dep_ == "conj" or _told_as_background(chain) or _earlier_year_told(st, sent):
        return False  # "A held talks with B and reviewed ...": told by the first verb; "had signed in 2019"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RESOLVE_VERBS:
        return False  # "A and B agreed to explore ...": what they will do, not a meeting to come
    subject_tokens = _subject_tokens(chain)
    named = [t for s in subject_tokens for t in s.subtree]
    if any(s.dep_ == "nsubjpass" and s.head.i == verb.i for s in subject_tokens):  # not "A and B are expected to sign"
        named = [t for a in verb.children if a.dep_ == "agent" for t in a.subtree]
    persons = _persons_in(m, named)
    if len(persons) == 1 and any(t.text in PRONOUNS for s in subject_tokens for t in (s, *s.conjuncts)):
        # "will travel to X for the annual talks, where she and B are expected to discuss ...": she is one of the pair
        persons = [k for k in _pronoun_antecedent(st, chain) if k not in persons][:1] + persons
    # "A is expected in Y in May, when the two ministers plan to sign ...": an act to come of the pair,
    # one of them named (not "the treaty the two prime ministers signed": a pair the post tells is no one's here)
    the_two = not persons and _group_subject(chain) and _subject_number(chain) == 2 and _is_planned(chain, verb)
    if the_two:
        persons = _pair_of_the_one_named(st, sent, _previous_pair(st, sent))
        post = _post_of_group_subject(chain)
        if post is not None and any(_holds_post(m, k, post) is False for k in persons):
            return False
    # a pair only: a group's joint act may go on with a gathering told before ("the three ministers met ...")
    if len(persons) != 2 or _one_side(m, persons) or any(m.person(k).country is None for k in persons):
        return False
    status = "planned" if _is_planned(chain, verb) else "held"  # a meeting to come does not go on with one held
    if st.in_quote(verb.idx) or any(set(mt.participants) == set(persons) and (not the_two or mt.status == status)
                                    for mt in st.meetings):
        return True  # "A and B discussed X" after their call or talks were told: more of the same meeting
    earlier = _sentences_before(m, sent, 2)
    since = earlier[0].start_char if earlier else sent.start_char
    scope = _scope(chain, subject_tokens) | {t.i for t in named}
    if (any(set(mt.participants) & set(persons) and mt.evidence[0].start >= since and mt.status == status for mt in st.meetings)
            and not _on_the_sidelines(st.m, sent, scope)):
        return True  # "X received Y ... . Y and Z later signed an MoU": the meeting just told goes on
    told = len(st.meetings)
    # "when the two ministers plan to sign ...": the pair's act to come is a meeting to come (a group's
    # act told as done is more of the meeting just told: _record_meetings)
    _record_meetings(st, sent, verb, _kind_of(verb), None, chain, scope, persons, [], f"meeting.joint-{verb.lemma_.lower()}",
                     CONF_MEETING_NOUN, to_come=the_two and status == "planned")
    visiting = [p for p in persons if p in st.visiting]
    if len(visiting) == 1:
        st.visitor = visiting[0]  # the pair's order says nothing of who is the guest; the visit told does
    return len(st.meetings) > told


def _on_the_sidelines(m: ArticleMentions, sent: Span, scope: set[int]) -> bool:
    """"On the sidelines of the meeting, A and B discussed ...": the clause sets the act beside an
    occasion, so it is an encounter of its own, not more of the meeting told before."""
    return _sidelines_occasion(m, sent, scope) is not None


def _sidelines_occasion(m: ArticleMentions, sent: Span, scope: set[int]) -> Token | None:
    """The occasion noun of "on the sidelines (margins) of X" in the clause, if any."""
    for t in m.tokens[sent.start : sent.end]:
        if t.lower_ in SIDELINES_WORDS and t.i in scope:
            for prep in t.children:
                if prep.lower_ == "of":
                    for obj in prep.children:
                        return obj
    return None


def _place_of_the_leads_gathering(st: _State, sent: Span, scope: set[int]) -> str | None:
    """"On the sidelines of the conference, A met B": the gathering the lead reports ("BRASILIA --
    Army commanders wrapped up a planning conference in the Brazilian capital") is held where the
    dateline is, when the lead names no other city; a sidelines meeting of it is held there."""
    m = st.m
    occasion = _sidelines_occasion(m, sent, scope)
    lead = _lead_sentence(m)
    if occasion is None or lead is None or m.dateline_place is None:
        return None
    # (from the lead's last token: the sentence may end with the blank line after it)
    paragraph_end = m.doc.text.find("\n\n", lead[-1].idx)
    paragraph = [t for t in m.tokens[lead.start:] if paragraph_end < 0 or t.idx < paragraph_end]  # the lead paragraph
    if sent.start <= paragraph[-1].i or not any(d.dep_ == "det" and d.lower_ == "the" for d in occasion.children):
        return None  # "on the sidelines of a summit in Rome": not the lead's gathering
    # "the ministerial yesterday morning": the parse may make the day's word the head
    words = [occasion] + [c for c in occasion.children if c.dep_ in ("amod", "compound") and occasion.ent_type_ in ("DATE", "TIME")
                          and (c.lower_ in GENERIC_OCCASION_NOUNS or c.lemma_.lower() in OCCASION_NOUNS)]
    if not any(t.lemma_.lower() == w.lemma_.lower() for t in paragraph for w in words) and not (
            any(w.lower_ in GENERIC_OCCASION_NOUNS for w in words) and any(t.lemma_.lower() in OCCASION_NOUNS for t in paragraph)):
        return None  # (the lead's "Ministers' Meeting" is "the ministerial" later)
    cities = {m.place_at[t.i] for t in paragraph if t.i in m.place_at and m.places[m.place_at[t.i]].kind == "City"}
    return m.dateline_place if cities <= {m.dateline_place} else None


def _partner_phrases(verb: Token) -> list[Token]:
    """The objects of "with" hung on ``verb`` or on its direct objects ("discussed X and Y with Z")."""
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
    heads += [c for o in heads[1:] for c in o.conjuncts]
    heads += _of_chain(heads[1:])  # "discussed the protection of the coast with Z": the parse hangs "with" on the last noun
    # "discussed the agenda by telephone with Z": the parse hangs "with" on the medium
    heads += [o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "over", "via", "through")
              for o in p.children if o.lower_ in MEDIUM_WORDS]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


def _of_chain(nouns: list[Token], depth: int = 3) -> list[Token]:
    """The nouns an "of" chain hangs on ``nouns`` ("the protection of the zone of X"), up to ``depth`` links."""
    found: list[Token] = []
    for noun in nouns:
        inner = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        found += inner + (_of_chain(inner, depth - 1) if depth > 1 else [])
    return found


def _discussed_with_a_person(st: _State, verb: Token) -> bool:
    """"X discussed maritime security and hydrography with Deputy Minister Y" (or "with the visiting
    minister"): discussing something with a person is meeting them (not "discussed cooperation with
    Australia")."""
    return any(_persons_in(st.m, o.subtree) or st.visitor and _is_visitor_phrase(o) for o in _partner_phrases(verb))


def _visitor_object(st: _State, verb: Token, subjects: list[str]) -> list[str]:
    """"X held talks with the visiting minister", "X hosted the Nigerian delegation", "X received
    the guests": the visitor of the story, when not the subject (nor of another country than the
    phrase names)."""
    if st.visitor is None or st.visitor in subjects:
        return []
    phrases = _partner_phrases(verb)
    if verb.lemma_.lower() in MEET_VERBS:
        phrases += [o for o in verb.children if o.dep_ == "dobj"]
    return [st.visitor] if any(_is_visitor_phrase(o) and _of_visitors_country(st, o) for o in phrases) else []


def _object_title_anaphor(st: _State, verb: Token, subjects: list[str]) -> list[str]:
    """"X received the Ruritanian minister", "X met the Navy chief": a post with no name whose
    holder was named before (of that country when one qualifies it), as _title_anaphor reads a subject."""
    if verb.lemma_.lower() not in MEET_VERBS:
        return []
    phrases = [o for o in verb.children if o.dep_ == "dobj"] + _partner_phrases(verb)
    found = [k for o in phrases for k in [_title_anaphor(st.m, o)] if k and k not in subjects]
    return found[:1]


def _counted_group_object(st: _State, verb: Token, subjects: list[str]) -> list[str]:
    """"E will receive the three ministers": the persons of the latest meeting told before with
    that many participants (three or more: a pair is too common to be told apart this way)."""
    if verb.lemma_.lower() not in MEET_VERBS:
        return []
    phrases = [o for o in verb.children if o.dep_ == "dobj"] + _partner_phrases(verb)
    counts = [NUMBER_VALUES.get(c.lower_, 0) for o in phrases if o.lower_ in GROUP_SUBJECT_WORDS
              and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) for c in o.children if c.dep_ == "nummod"]
    if not counts or counts[0] < 3:
        return []
    told = verb.sent.start_char
    group = next((mt.participants for mt in reversed(st.meetings) if mt.evidence[0].start < told and len(mt.participants) == counts[0]), [])
    return [k for k in group if k not in subjects] if len(set(group) - set(subjects)) == counts[0] else []


def _visitor_between(st: _State, noun: Token, preps: list[Token]) -> bool:
    """"talks between X and the visiting minister": the visitor of the story is the other side
    (the parse may hang "and the visiting minister" on the verb, as a second subject beside the
    talk noun)."""
    if st.visitor is None or not any(p.lower_ == "between" for p in preps):
        return False
    sides = [t for p in preps for t in p.subtree]
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "cc" for c in noun.children):
        sides += [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > noun.i]
    return any(_is_visitor_phrase(t) and _of_visitors_country(st, t) for t in sides)


def _of_visitors_country(st: _State, phrase: Token) -> bool:
    """The phrase names no country ("the visiting minister") or the visitor's ("the Nigerian
    delegation"; a visitor whose country is unknown may be of any), and no one else who leads
    it or sends it ("a delegation led by the firm X", "the delegation of the X College")."""
    m = st.m
    if any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
           and not any(o.i in m.country_at for o in c.children) for c in phrase.children):
        return False
    named = {m.country_at[t.i] for t in phrase.subtree if t.i in m.country_at}
    own = m.person(st.visitor).country if st.visitor else None
    return not named or own is None or own in named


def _named_or_described(m: ArticleMentions, phrases: list[Token], prefer: str | None = None) -> list[str]:
    """Persons named in the phrases, else those the phrases describe by post ("the Navy chief")."""
    return (_persons_in(m, (t for p in phrases for t in p.subtree))
            or [k for k in (_title_anaphor(m, p, prefer) for p in phrases) if k])


ACCOMPANYING_PREPS = frozenset({"during", "at", "for", "in", "to"})


def _accompanied_meeting(st: _State, sent: Span, verb: Token) -> None:
    """"X accompanied the Navy chief during the call on the President": X took part in the meeting
    told before of the person accompanied, and met that person's partners (not the person, a
    companion of their own side), on its day, at its place."""
    m = st.m
    occasion = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ACCOMPANYING_PREPS
                     for o in p.children if o.dep_ == "pobj" and o.lower_ in TALK_NOUNS), None)
    if occasion is None or any(c.dep_ == "neg" for c in verb.children):
        return
    joiners = _persons_in(m, (t for s in _subject_tokens(_chain(verb)) for t in _subject_words(m, s)))
    led = _named_or_described(m, [c for c in verb.children if c.dep_ == "dobj"], prefer=st.visitor)
    if not joiners or not led:
        return
    # "the call on the President": whom the meeting was with, when the noun says so
    partners = _named_or_described(m, [o for p in occasion.children if p.dep_ == "prep" and p.lower_ in ("on", "with") for o in p.children])
    status = "planned" if _is_planned(_chain(verb), verb) else "held"
    joined = next((mt for mt in reversed(st.meetings) if led[0] in mt.participants and mt.status == status
                   and not any(j in mt.participants for j in joiners)
                   and (any(p in mt.participants for p in partners) if partners else occasion.lower_ != "call" or mt.kind == "call-on")), None)
    if joined is None:
        return
    evidence = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "meeting.accompanied", CONF_MEETING_NOUN))
    for joiner in joiners:
        for partner in joined.participants:
            if partner not in led and partner not in joiners:
                st.meetings.append(dataclasses.replace(joined, key=f"meeting:{len(st.meetings)}", participants=[joiner, partner],
                                                       topics=[], evidence=[evidence]))


def _may_report_meeting(m: ArticleMentions, i: int) -> bool:
    """Cheap test before the rules: only a verb, a talk noun or a form of "co-chair" may report a
    meeting (see _trigger and _co_chair_verb)."""
    pos = m.pos[i]
    return pos == "VERB" or pos == "AUX" or "chair" in m.lower[i] or pos == "NOUN" and (
        m.lower[i] in TALK_NOUNS or m.lower[i].endswith("conference"))  # (see _pair_owning_talks_followed)


def _exchange_of_views_with_someone(noun: Token) -> bool:
    """"had an exchange of views with X": the noun form of "exchanged views with X" (the parse
    hangs "with X" on "views"); not "an exchange of views on the region" with no one named."""
    if noun.lower_ != "exchange":
        return False
    views = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.lower_ == "views"]
    return bool(views) and any(_with_someone(c) for c in list(noun.children) + list(views[0].children))


def _trigger(token: Token) -> tuple[str, Token | None] | None:
    """(meeting kind, the talk noun if any) when ``token`` is a verb that reports a meeting."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and (token.lower_ in TALK_NOUNS or _pair_owning_talks_followed(token) is not None)):
        return None  # (a "video teleconference" is a talk noun only owned by the pair, see there)
    if token.pos_ in ("VERB", "AUX"):
        if lemma in MEET_VERBS:
            call = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "call"), None)
            if lemma == "receive" and call is not None:
                # "received a courtesy call from X" (in person); "received a (phone) call from X": a
                # call with no "courtesy" is a telephone call, as the bare noun is elsewhere
                if any(c.lower_ in MEDIUM_WORDS for c in call.children):
                    return "telephone", None
                return ("call-on" if any(c.lower_ == "courtesy" for c in call.children) else "telephone"), None
            return "talks", None
        if lemma == "play" and any(c.dep_ == "dobj" and c.lower_ == "host" for c in token.children) \
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return "talks", None  # "played host to X": hosted X
        if lemma == "brief" and _briefed_person(token) is not None:
            return "talks", None  # "X briefed Minister Y on ...", "he was briefed ... by General Y"
        has_with = any(c.dep_ == "prep" and _with_someone(c) for c in token.children)
        if lemma == "sit" and has_with and any(c.lower_ == "down" for c in token.children):
            return "talks", None  # "sat down with X"
        if lemma == "sit" and _sat_down_for_talks(token):
            return "talks", None  # "A and B sat down for talks (together)": the joint subject met
        views = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in ("views", "notes", "ideas", "perspectives", "greetings")]
        if lemma == "exchange" and views and (has_with or any(_with_someone(c) for c in views[0].subtree)
                                              or _joint_subject(token) and (_by_medium(token) or _by_medium(views[0]))
                                              and not _to_the_press(token)):
            # "exchanged views with X" ("by phone": a call; the parse may hang "with X" on "phone");
            # "A and B exchanged views by phone": with each other, as "A and B spoke by phone"
            return _kind_of(token), None
        if lemma == "call" and any(c.lower_ == "on" and c.dep_ in ("prt", "prep") and not _on_a_day(c) for c in token.children):
            return "call-on", None
        if (lemma in PHONE_VERBS or lemma == "call" and not any(c.dep_ in ("prt", "oprd", "xcomp", "ccomp") for c in token.children)) \
                and any(c.dep_ == "dobj" and _names_someone(c) for c in token.children):
            return "telephone", None  # "called (dialled, phoned) his counterpart X on Tuesday"
        audience = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "audience"), None)
        if audience is not None and lemma in AUDIENCE_VERBS:
            return "call-on", audience  # "was granted an audience by King X", "had an audience with the Emir"
        if lemma == "confer" and (_joint_subject(token) or _stand_in_subject(_chain(token), token)
                                  or _group_subject(_chain(token)) and _subject_number(_chain(token)) == 2):
            # "A and B conferred in Lima": conferring is with each other (not so "A and B spoke");
            # "since they (the two ministers) conferred in X last year": the pair just told
            return "talks", None
        if lemma in SPEAK_VERBS and (any(_with_someone(c) for c in token.children) or _with_past_medium(token)
                                     or _joint_subject_by_medium(token) or _spoke_to_a_person(token)):
            return _kind_of(token), None
        if lemma in HOLD_VERBS:
            for c in token.children:
                if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in TALK_NOUNS or _is_remote_conference(c) or _meal_with_someone(c)
                                                        or _exchange_of_views_with_someone(c)):
                    return _kind_of(c), c
                if lemma == "pay" and c.dep_ == "dobj" and _visit_to_a_person(c):
                    return "call-on", c  # "paid a courtesy visit to Minister X"
                call = _call_hung_on_object(c) if lemma == "pay" and c.dep_ == "dobj" else None
                if call is not None:
                    return _kind_of(call), call
                talks = _talks_of_a_round(c) if c.dep_ in ("dobj", "nsubjpass") else None
                if talks is not None:
                    return _kind_of(talks), talks
            if (talks := _talks_held_in_a_relative_clause(token)) is not None:
                return _kind_of(talks), talks
        purpose = _travel_purpose(token)
        joined = _joined_meeting_noun(token) if lemma == "join" else None
        if joined is not None:
            return _kind_of(joined), joined  # "X joined the meeting"
        if purpose is None and lemma == "join":
            purpose = _joined_for_talks(token)
        if purpose is not None:
            return _kind_of(purpose), purpose
        call = _talk_noun_of_in_which_clause(token)
        if call is not None:
            return _kind_of(call), None  # "a telephone call last Sunday in which A and B exchanged views"
        return None
    # a talk noun not governed by a trigger verb: "talks between X and Y", "engagements with ..."
    if token.head.i != token.i and _trigger_head(token.head):
        return None
    if _partner_preps(token) or _their_talks_during(token) is not None or _pair_owning_talks_followed(token) is not None:
        return _kind_of(token), token
    if token.dep_ == "conj" and token.head.lower_ in TALK_NOUNS and _call_on_someone(token) is not None:
        return "call-on", token  # "for talks with A and a call on President B"
    return None


def _call_on_someone(noun: Token) -> Token | None:
    """The "on" phrase of a call noun that names whom it is on ("a (courtesy) call on President X"),
    not a day ("a call on Tuesday")."""
    if noun.lower_ != "call" or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" and not _on_a_day(c)
                 and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)), None)


OWN_TALKS_PREPS = frozenset({"during", "at", "in", "after", "following"})
# verbs that set one meeting after (before) another: "the meeting followed their call on <day>"
SEQUENCE_VERBS = frozenset({"follow", "precede"})


def _pair_owning_talks_followed(noun: Token) -> Token | None:
    """"It followed the two ministers' (their) video teleconference on December 14": a talk noun
    object of "follow" (or "precede"), owned by "their" or by "the (two) <post>s'" of no country
    (not "the Gulf ministers'", "the ministers' of ..."); the owner word."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lower_ not in TALK_NOUNS and not _is_remote_conference(noun) \
            or noun.head.lemma_.lower() not in SEQUENCE_VERBS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ == "their":
        return owner
    # ("the" may hang on the talk noun: "the two Ministers' video teleconference")
    if owner.lower_ in TITLE_GROUP_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in (*owner.children, *noun.children)) \
            and all(c.dep_ in ("det", "case", "punct") or c.dep_ == "nummod" and c.lower_ == "two"
                    or c.dep_ in ("compound", "amod") and c.text.islower() for c in owner.children):
        return owner
    return None


def _their_talks_owners(m: ArticleMentions, noun: Token) -> list[str]:
    """Whom "their talks" are of: the persons of the subject of the verb the phrase hangs on; a
    parse without that subject may hang the names on the phrase: then the words up to the verb."""
    verb = _their_talks_during(noun)
    if verb is None:
        return []
    owners = _subject_tokens(_chain(verb))
    keys = _persons_in(m, (t for s in owners for t in s.subtree) if owners else m.tokens[noun.i + 1 : verb.i])
    if len(keys) == 1 and verb.lemma_.lower() in TELLING_VERBS and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        # "A told (assured, informed) B during their meeting that ...": "their" is the teller's and the one told
        told = _persons_in(m, (t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree))
        keys += [k for k in told if k not in keys]
    return keys


# verbs of telling someone something ("told B during their meeting that ..."): the one told is named as the object
TELLING_VERBS = frozenset({"tell", "assure", "reassure", "inform", "urge", "thank", "ask", "press", "remind", "congratulate"})


def _their_talks_during(noun: Token) -> Token | None:
    """"During their talks in Tokyo, A and B agreed ...", "At their meeting on Monday, the
    ministers ...": a talk noun owned by "their", in a phrase of a verb; that verb (whose subject
    names who met); "A and B agreed during a telephone conversation on Friday": an indefinite one
    is theirs too (the caller checks the subject names two), unless the verb tells the meeting
    itself ("co-chaired the committee in a virtual meeting")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    owned = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    # "A and B agreed ... during talks in Y": a bare plural after "during" ("after", "following")
    # is their talks as "during their talks" is (not "in talks", which is a state of negotiating)
    bare = noun.tag_ == "NNS" and noun.head.lower_ in ("during", "after", "following") \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    if not owned and not bare and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    prep = noun.head
    verb = prep.head
    for _ in range(4):
        # "discussed the preparations for the visit in a telephone conversation": the parse may hang
        # the talk phrase on the verb's object (or a noun of its "for/of" phrase)
        if verb.pos_ not in ("NOUN", "PROPN", "ADP") or verb.dep_ not in ("dobj", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    if prep.lower_ not in OWN_TALKS_PREPS or verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return None
    if not owned and (_trigger(verb) is not None or _co_chair_verb(verb)):
        return None
    return verb


def _talks_held_in_a_relative_clause(verb: Token) -> Token | None:
    """"recalled the talks he held with X in Y last October": a talk noun whose relative clause's
    own subject (a person, not "which") held it with someone; the noun is the held verb's object."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lower_ not in TALK_NOUNS:
        return None
    if any(c.dep_ == "dobj" for c in verb.children) or not any(c.dep_ == "prep" and _with_someone(c) for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("which", "that", "who"):
        return None
    return noun


def _talk_noun_of_in_which_clause(verb: Token) -> Token | None:
    """"a telephone call last Sunday in which A and B exchanged views", "talks during which A and B
    reviewed ...": the talk noun an "in which"/"during which" clause with a joint subject hangs on
    (the subject are the two who talked); not "a statement in which A and B welcomed ..."."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lower_ not in TALK_NOUNS or not _joint_subject(verb):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in c.children)
               for c in verb.children):
        return None
    return noun


def _sat_down_for_talks(verb: Token) -> bool:
    """"sat down for talks (a meeting)", "sat down together": "down" and a "for" phrase whose
    object is a talk noun, or "together" (the joint subject met)."""
    return any(c.lower_ == "down" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in TALK_NOUNS for o in c.children)
        or c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children)


def _briefed_person(verb: Token) -> Token | None:
    """The person a briefing is given to ("briefed Minister Y") or by ("was briefed by General Y"),
    named (not "briefed reporters", "was briefed on the operations"), or "him"/"her" ("..., where
    General Y will brief him": whom the sentence is about, see _object_pronoun_antecedent)."""
    phrases = [c for c in verb.children if c.dep_ == "dobj"] + [o for a in _briefers(verb) for o in a.children]
    return next((p for p in phrases if p.ent_type_ in ("PERSON", TITLE)
                 or (p.dep_ == "dobj" and p.lower_ in OBJECT_PRONOUNS and _in_where_clause(verb))), None)


def _in_where_clause(verb: Token) -> bool:
    """The verb (or the verb it completes: "is due to brief him") opens with "where": a clause on
    a place someone visits ("X toured the base, where General Y briefed him"); elsewhere "him" may
    be anyone named before ("paid a call on A and briefed him")."""
    clause = [verb]
    while clause[-1].dep_ in ("xcomp", "acomp") and clause[-1].head is not clause[-1]:  # "is due to brief", "is set to brief"
        clause.append(clause[-1].head)
    return any(c.dep_ == "advmod" and c.lower_ == "where" for h in clause for c in h.children)


def _briefers(verb: Token) -> list[Token]:
    """The "by" phrases of a passive briefing; the parse may hang one on the topic ("was briefed
    on the situation by General Y")."""
    topics = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in BRIEFING_TOPIC_PREPS for o in p.children]
    return [a for a in verb.children if a.dep_ == "agent"] + [b for o in topics for b in o.children
                                                               if b.dep_ == "prep" and b.lower_ == "by"]


BRIEFING_TOPIC_PREPS = frozenset({"on", "about", "regarding"})


def _briefing_at_home(m: ArticleMentions, persons: list[str], sent: Span) -> bool:
    """Everyone of a briefing is known to be of one country; or those of a known country are of one,
    and every city the sentence names lies in it ("the Ruritanian minister toured the shipyard in
    <Ruritanian city>, where Rear Admiral Y briefed him": an officer of no stated country briefing
    a minister at home)."""
    countries = {m.person(k).country for k in persons}
    if len(countries) == 1:
        return None not in countries
    known = countries - {None}
    cities = {m.places[k].country for i in range(sent.start, sent.end) if (k := m.place_at.get(i)) and m.places[k].kind == "City"}
    return len(known) == 1 and cities == known


def _briefing_topic(verb: Token) -> set[int]:
    """What a briefing was on ("briefed Y on his talks with Z"): no partner of the briefing."""
    if verb.lemma_.lower() != "brief":
        return set()
    by = {t.i for b in _briefers(verb) for t in b.subtree}
    return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in BRIEFING_TOPIC_PREPS for t in p.subtree} - by


def _meeting_clause_of_briefing(verb: Token) -> set[int]:
    """"briefed Y on the plan when the two met in Rome in May": the briefing was part of the meeting
    its clause tells, on that meeting's day and at its place."""
    if verb.lemma_.lower() != "brief":
        return set()
    return {t.i for c in verb.children if c.dep_ == "advcl" and _trigger(c) is not None for t in c.subtree}


MEDIUM_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "video-conference", "videolink", "link", "hotline"})


CALL_NOUNS_OF_A_MEDIUM = frozenset({"call", "conference", "link"})


def _medium_word(word: Token) -> bool:
    """"phone", "video link"; also a call noun its medium qualifies ("by video call", "over a
    phone call"): the medium a verb of speaking was told by."""
    return word.lower_ in MEDIUM_WORDS or word.lower_ in CALL_NOUNS_OF_A_MEDIUM and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MEDIUM_WORDS for c in word.children)


def _with_past_medium(verb: Token) -> bool:
    """"spoke by phone with X", "talked over the telephone with X", "conferred via video link
    with X": the partner's "with" hung on the medium (the parse may read "by" as a passive's agent
    after a plural subject: "the two ministers spoke by telephone with X")."""
    return any(p.dep_ in ("prep", "agent") and p.lower_ in ("by", "over", "via", "through") and _medium_word(o)
               and any(w.dep_ == "prep" and w.lower_ == "with" for w in o.children)
               for p in verb.children for o in p.children)


def _joint_subject_by_medium(verb: Token) -> bool:
    """"A and B spoke by phone", "the two talked via video link": a call between the joined subjects
    (without the medium, "A and B spoke" may be to the press)."""
    return _by_medium(verb) and (_joint_subject(verb) or _counted_pair_subject(verb)) and not _to_the_press(verb)


def _counted_pair_subject(verb: Token) -> bool:
    """"The two (ministers) spoke by phone": a subject counting two unnamed persons, the pair told before."""
    chain = _chain(verb)
    if _group_subject(chain) and _subject_number(chain) == 2:
        return True
    # "The ministers, who ... last spoke by telephone in January": "the" group of a post, with no
    # owner nor countries of its own (the story's pair, see _story_pair_of_post)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        verb = verb.head
    noun = _who_clause_noun(verb)
    return (noun is not None and noun.lower_ in TITLE_GROUP_WORDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in ("poss", "prep", "conj") or c.dep_ == "nummod" and c.lower_ != "two" for c in noun.children))


def _by_medium(word: Token) -> bool:
    """"by phone", "over video link", "via videoconference" hung on ``word``."""
    return any(p.dep_ in ("prep", "agent") and p.lower_ in ("by", "over", "via") and _medium_word(o)
               for p in word.children for o in p.children)


def _joint_subject(verb: Token) -> bool:
    """The verb's subject joins two or more ("A and B conferred"); the conjunct may hang on an
    apposed name ("Kenya's Minister A and Uganda's Minister B"). A second verb with no subject of
    its own shares the first one's ("A and B last met in X, and spoke by phone last week")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        verb = verb.head
    described = _who_clause_noun(verb)
    if described is not None:  # "A and B, who first met in X and last spoke by phone in May, ..."
        return any(k.dep_ == "conj" and k.pos_ == "PROPN" for k in described.children)
    return (any(c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.subtree) for c in verb.children)
            or _names_hung_before(verb) is not None)


def _who_clause_noun(verb: Token) -> Token | None:
    """The noun a "who" (or "that") relative clause hangs on, the clause's subject."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return verb.head
    return None


def _names_hung_before(verb: Token) -> Token | None:
    """"A and B last met in X": a parse that gives the verb no subject and hangs the joined names
    on the adverb before it; the first name (its conjuncts are the others)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("advmod", "npadvmod"):
            first = c.doc[c.left_edge.i]
            if (first.pos_ == "PROPN" and first.head.i == c.i
                    and any(g.dep_ == "cc" and g.lower_ == "and" for g in first.children)
                    and any(k.dep_ == "conj" and k.pos_ == "PROPN" for k in first.children)):
                return first
    return None


def _spoke_to_a_person(verb: Token) -> bool:
    """"spoke (talked) to Minister X", not "spoke to reporters": a "to" whose object is a name or post."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and o.dep_ == "pobj" and _names_someone(o)
               for p in verb.children for o in p.children)


# people one tells things to in public, not a party to talks ("exchanged views with reporters")
PRESS_AND_PUBLIC_NOUNS = frozenset({"reporters", "journalists", "press", "media", "newsmen", "correspondents", "public"})


def _with_someone(preposition: Token) -> bool:
    """A "with" phrase naming a party to talks: "with X", "with his counterpart", not "with reporters"."""
    if preposition.lower_ != "with":
        return False
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    return not objects or any(o.lower_ not in PRESS_AND_PUBLIC_NOUNS for o in objects)


def _to_the_press(verb: Token) -> bool:
    """"A and B exchanged views with reporters by phone": the joint subject spoke to the press, not
    to each other (the parse may hang "with" on the verb or on its object)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ == "with" and not _with_someone(p) for h in heads for p in h.children)


def _names_someone(word: Token) -> bool:
    """The object names a person or a post ("Minister X", "his counterpart"), not a crowd or a thing."""
    return word.ent_type_ in ("PERSON", TITLE) or word.lemma_.lower() == "counterpart"


def _on_a_day(prep: Token) -> bool:
    """"called X on Tuesday": an "on" of a date, not of the one called on."""
    return any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in prep.children)


def _visit_to_a_person(noun: Token) -> bool:
    """"paid a courtesy visit to Minister X": a visit whose "to" names a person (or a post), not a
    country, city or site ("paid a visit to Japan", "to the Naval Dockyard")."""
    return noun.lemma_.lower() == "visit" and any(
        p.dep_ == "prep" and p.lower_ == "to" and o.dep_ == "pobj" and o.ent_type_ in ("PERSON", TITLE)
        for p in noun.children for o in p.children)


# "talks are planned for May 4", "a meeting is scheduled for Monday": a passive of fixing a day,
# said of the meeting as "is held" is (not "planned to hold": that verb has a person subject)
SCHEDULED_LEMMAS = frozenset({"plan", "schedule", "slate"})


def _subject_of_taking_place(noun: Token) -> bool:
    """"the talks took place", "the meeting was held", "talks are planned for May 4": the noun is
    the subject of a verb of occurring (or the passive of one fixing its day)."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
            or lemma in ("happen", "occur") or noun.dep_ == "nsubjpass" and (lemma == "hold" or lemma in SCHEDULED_LEMMAS))


def _talks_with_taking_place(noun: Token) -> bool:
    """"Talks with X will take place (be held) in Y": a talk noun with only a "with" partner, the
    subject of a verb of occurring; no one else named holds them."""
    preps = {p.lower_ for p in _partner_preps(noun)}
    return preps == {"with"} and not any(c.dep_ == "poss" for c in noun.children) and _subject_of_taking_place(noun)


def _day_right_after_coming_talks(noun: Token) -> set[int]:
    """"travelled to Y on Thursday ahead of his talks with X on Saturday": the parse hangs the "on
    <day>" written right after the talk noun's phrase on the journey's verb; after "ahead of" /
    "before" (talks still to come) that day is the talks' (the journey's own day comes before)."""
    head = noun.head
    if noun.dep_ != "pobj" or not (head.lower_ == "before" or head.lower_ == "of" and head.head.lower_ == "ahead"):
        return set()
    doc, after = noun.doc, noun.right_edge.i + 1
    if after + 1 >= noun.sent.end or doc[after].lower_ != "on" or doc[after].dep_ != "prep" or doc[after + 1].ent_type_ != "DATE":
        return set()
    if doc[after].head.pos_ not in ("VERB", "AUX") or not doc[after].head.i < noun.i:
        return set()
    return {t.i for t in doc[after].subtree}


def _partner_preps(noun: Token) -> list[Token]:
    """The "between"/"with" phrases of a talk noun; also "between" (or "with", for a talk noun)
    written after it past a time phrase that the parse hung on the verb ("a telephone conversation
    earlier this month between A and B", "in a video call last Thursday with X")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "with")]
    if preps or noun.pos_ != "NOUN":
        return preps
    if noun.lower_ in TALK_NOUNS:
        preps = _between_hung_on_place(noun)
        if preps:
            return preps
    if _subject_of_taking_place(noun):
        # "The talks took place between A, B and C": the parse hangs "between" on the verb
        return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"]
    i = noun.i + 1
    while i < noun.sent.end and (noun.doc[i].ent_type_ in ("DATE", "TIME") or noun.doc[i].lower_ in ("earlier", "later")
                                 # "ahead of talks on Thursday with X": the day's "on" too
                                 or noun.doc[i].lower_ == "on" and i + 1 < noun.sent.end and noun.doc[i + 1].ent_type_ == "DATE"):
        i += 1
    after = noun.doc[i] if i < noun.sent.end else None
    # "recalled his meeting with the Minister of X Y": the parse may hang "with" on the recalling
    # verb; what one recalls with someone is the meeting with him
    recalled = (noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECALL_VERBS and after is not None
                and after.head.i == noun.head.i and noun.lower_ in TALK_NOUNS and _with_someone(after))
    # also "with" ("in a video call last Thursday with X": the parse hangs "with X" on the verb)
    return [after] if (i > noun.i + 1 or recalled) and after is not None and after.dep_ == "prep" and (
        after.lower_ == "between" or noun.lower_ in TALK_NOUNS and _with_someone(after)) else []


def _between_hung_on_place(noun: Token) -> list[Token]:
    """"talks at the Ministry of Defence in Accra between A and B": the parse hangs "between" on
    the building or city of the talk noun's own "at"/"in" phrase (a place is between no one)."""
    places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "in") for o in p.children if o.dep_ == "pobj"]
    places += _of_chain(places) + [o for pl in places for p in pl.children if p.dep_ == "prep" and p.lower_ == "in"
                                   for o in p.children if o.dep_ == "pobj"]
    return [p for pl in places for p in pl.children if p.dep_ == "prep" and p.lower_ == "between"]


ROUND_NOUNS = frozenset({"round", "series", "set"})


def _talks_of_a_round(noun: Token) -> Token | None:
    """"held a separate round of talks", "held a series of meetings": the talk noun after "of"."""
    if noun.lower_ not in ROUND_NOUNS:
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in TALK_NOUNS), None)


def _joined_for_talks(verb: Token) -> Token | None:
    """"A and B were joined by C for a trilateral meeting", "C joined A for talks": the talks
    that "join" brings C into (not "joined the meeting by video link": that names no partner)."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and (o.lower_ in TALK_NOUNS or _sided_session(o))), None)


def _sided_session(noun: Token) -> bool:
    """"a trilateral session", "a bilateral session": a session told as one between parties (not
    "a training session", "a photo session")."""
    return noun.lower_ in ("session", "sessions") and any(c.lower_ in SIDED_OCCASION_WORDS for c in noun.children)


def _call_hung_on_object(obj: Token) -> Token | None:
    """"paid a courtesy call on defence secretary X": the parse may make X the object of "paid"
    and hang "a courtesy call on" on it as a modifier."""
    return next((c for c in obj.subtree if c.dep_ in ("nmod", "compound", "amod") and c.lower_ == "call"
                 and any(p.dep_ == "prep" and p.lower_ == "on" for p in c.children)), None)


TRAVEL_PURPOSE_NOUNS = TALK_NOUNS | frozenset({"session", "round", "committee", "commission", "council", "forum", "mechanism"})


def _travel_purpose(verb: Token) -> Token | None:
    """"travel to Riyadh for talks with X", "travel to Paris for the sixth X Dialogue with Y": the
    occasion a journey is for, when it names whom it is with."""
    if not _word_in(verb, MOVE_VERBS) or verb.lemma_.lower() == "visit":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in TRAVEL_PURPOSE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
                return noun
    return None


def _where_place(m: ArticleMentions, chain: list[Token]) -> str | None:
    """"travelling to Mumbai, where Admiral X will receive him": the city the clause hangs on."""
    top = chain[-1]
    # "where" may hang on the trigger itself: "Thursday, where he is expected to hold talks"
    where = next((c for v in chain for c in v.children if c.lower_ == "where"), None)
    if where is None and top.dep_ == "relcl" and top.head.ent_type_ == "DATE":
        # "X is expected in Y in May, when the two ministers plan to sign ...": the time told with the city
        where = next((c for v in chain for c in v.children if c.lower_ == "when"), None)
        return _city_before(m, where) if where is not None else None
    if where is None and top.dep_ == "advcl":
        # "was guest of honour at a parade in Y in July 2025, when he held talks with X": the parse
        # hangs the "when" clause on the verb, but it follows the time told with the city
        when = next((c for c in top.children if c.lower_ == "when" and c.dep_ == "advmod" and c.i < top.i), None)
        before = when.i - 1 - (when.i > 0 and m.tokens[when.i - 1].text == ",") if when is not None else -1
        if when is not None and before >= top.sent.start and m.tokens[before].ent_type_ == "DATE":
            return _city_before(m, when)
    if top.dep_ != "relcl" or where is None:
        return None
    key = m.place_at.get(top.head.i)
    if key is None:
        key = _city_before(m, where)  # "to Victoria on Thursday, where": the parse may hang it on the date
    return key if key and m.places[key].kind == "City" else None


def _city_before(m: ArticleMentions, token: Token) -> str | None:
    """The city named last before ``token`` in the same clause (no verb in between; a participle
    read as an adjective, "the so-called X", opens no clause)."""
    for i in range(token.i - 1, token.sent.start - 1, -1):
        key = m.place_at.get(i)
        if key is not None:
            return key if m.places[key].kind == "City" else None
        if m.tokens[i].pos_ in ("VERB", "AUX") and m.tokens[i].dep_ not in ("amod", "compound"):
            return None
    return None


def _city_visited_then(m: ArticleMentions, chain: list[Token]) -> str | None:
    """"will hold talks with X when he visits Manila next month": the city a "when/while ... visits"
    clause of the trigger names is where the meeting is."""
    for clause in (c for v in chain for c in v.children if c.dep_ == "advcl" and c.lemma_.lower() == "visit"):
        if not any(w.lower_ in ("when", "while") for w in clause.children if w.dep_ in ("advmod", "mark")):
            continue
        key = next((m.place_at[o.i] for o in clause.children if o.dep_ == "dobj" and o.i in m.place_at), None)
        if key and m.places[key].kind == "City":
            return key
    return None


def _day_of_visit_then(m: ArticleMentions, chain: list[Token], scope: set[int]) -> set[int]:
    """"is expected to meet X when he visits Y later this month": the time words of the trigger's
    "when/while ... visits" clause tell the meeting's day (month) too, when its own clause tells none."""
    if any(m.tokens[i].ent_type_ in ("DATE", "TIME") for i in scope):
        return set()
    for clause in (c for v in chain for c in v.children if c.dep_ == "advcl" and c.lemma_.lower() == "visit"):
        if any(w.lower_ in ("when", "while") for w in clause.children if w.dep_ in ("advmod", "mark")):
            return {t.i for t in clause.subtree if t.ent_type_ in ("DATE", "TIME")}
    return set()


def _destination(m: ArticleMentions, verb: Token) -> str | None:
    """The city a move verb goes "to" ("travel to Riyadh"): where the meeting it is for will be;
    for the verb of a meeting told as a journey's purpose ("fly to <city> to meet X"), that
    journey's city."""
    if _is_purpose_of_a_move(verb):
        verb = _infinitive_sharing_to(verb).head
    if not _word_in(verb, MOVE_VERBS):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                key = m.place_at.get(obj.i)
                if key and m.places[key].kind == "City":
                    return key
    return None


def _journey_country(m: ArticleMentions, verb: Token) -> str | None:
    """The country a journey goes to when the meeting is its purpose ("will visit Japan next year for
    talks with X", "will travel to Japan to meet X"): the meeting is there, not where the traveller now is."""
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "for":
        move = verb.head.head
    elif _is_purpose_of_a_move(verb):
        move = _infinitive_sharing_to(verb).head
    else:
        move = verb  # "will travel to Japan for talks": the move verb read as the trigger of its talk noun
    if not _word_in(move, MOVE_VERBS):
        return None
    for c in move.children:
        targets = [c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else []
        for target in targets:
            if target.i in m.country_at:
                return m.country_at[target.i]
    return None


def _infinitive_sharing_to(verb: Token) -> Token:
    """"to attend X and meet Y": a bare verb joined to a "to" verb shares its "to" (and what that
    clause is: a plan, a journey's purpose); that "to" verb, else ``verb`` itself."""
    head = verb.head
    if (verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ == "VB" and head.i != verb.i
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children)):
        return head
    return verb


def _is_purpose_of_a_move(verb: Token) -> bool:
    """"<move verb> to <city> to meet X": the meeting verb is a "to" clause hung on a move verb
    (or joined to one: "to attend X and meet Y")."""
    verb = _infinitive_sharing_to(verb)
    return (verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and _word_in(verb.head, MOVE_VERBS)
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children))


def _is_remote_conference(noun: Token) -> bool:
    """"a video conference", "a videoconference": a virtual meeting (a press conference is not one)."""
    if noun.lower_ in ("videoconference", "teleconference", "video-conference"):
        return True
    return noun.lower_ == "conference" and any(c.lower_ in ("video", "telephone", "phone", "virtual") for c in noun.children)


def _meal_with_someone(noun: Token) -> bool:
    """"had a working lunch with X", "held a working breakfast": a meal shared with a partner is a
    meeting (a meal with no partner and no "working" is a social occasion)."""
    if noun.lemma_.lower() not in SOCIAL_EVENT_NOUNS:
        return False
    return any(c.dep_ == "amod" and c.lower_ == "working" for c in noun.children) or _partner_preps(noun) != [] \
        or any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.head.children)


def _trigger_head(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (lemma in HOLD_VERBS or lemma in MEET_VERBS)


def _kind_of(token: Token) -> str:
    # not the verbs beside it: "will hold talks with A and call on B" is no phone call; nor, for a
    # verb joined to another, that verb's words ("paid a courtesy call on A and interacted with B")
    beside = [] if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") else token.head.children
    # nor a call on someone joined to the talk noun ("talks with A and a call on B"): a call of its own
    joined_call = {t.i for c in token.conjuncts if c.i > token.i and _call_on_someone(c) is not None for t in c.subtree}
    words = {t.lower_ for t in token.subtree if t.i not in joined_call} | {c.lower_ for c in beside if c.pos_ != "VERB" and c.i not in joined_call}
    # "held a meeting via video link", "talks by telephone": the medium hung on the hold verb of a
    # talk noun; not the medium of another verb the trigger is a conjunct of ("addressed the
    # forum via video link and then met X")
    if token.pos_ == "NOUN" and _trigger_head(token.head):
        words |= {w.lower_ for c in token.head.children if c.dep_ == "prep" and c.lower_ in ("via", "by", "over") for w in c.subtree}
    if token.lower_ == "call" and any(c.dep_ == "prep" and c.lower_ == "on" and not _on_a_day(c) for c in token.children):
        return "call-on"  # "paid a courtesy call on X" (not "a video call on Tuesday")
    if words & {"telephone", "phone", "telephonic"}:
        return "telephone"
    if words & {"virtual", "virtually", "video", "videoconference", "online"}:
        return "virtual"  # "a video call"
    if token.lower_ == "call" and any(c.lower_ == "courtesy" for c in token.children):
        return "call-on"  # "had a courtesy call with X": in person, no medium named
    return "telephone" if "call" in words else "talks"


DELEGATION_NOUNS = frozenset({"delegation", "team", "side"})


def _tail_past_a_followed_by_aside(clause: Token) -> list[Token]:
    """"held talks with A, followed by a working dinner, in Rome on Friday": the parse hangs the
    phrases after a comma-bracketed "followed by <what came next>" on "followed"; those set off
    after the closing comma are the meeting's own (its day and place), not the later event's."""
    if clause.dep_ != "acl" or clause.lower_ != "followed" or clause.i == 0 or clause.doc[clause.i - 1].text != ",":
        return []
    agents = [c for c in clause.children if c.dep_ == "agent"]
    if not agents:
        return []
    close = agents[0].right_edge.i + 1
    if close >= len(clause.doc) or clause.doc[close].text != ",":
        return []
    return [c for c in clause.children if c.dep_ in ("prep", "npadvmod") and c.i > close]


def _delegation_leader_clause(noun: Token, clause: Token) -> bool:
    """"received a delegation led by X": X is who was received; also when the parse hangs "led by"
    on the body the delegation comes from ("a delegation of the X College led by its Commandant, Y")."""
    if clause.dep_ != "acl" or clause.lemma_.lower() not in ("lead", "head"):
        return False
    if noun.lemma_.lower() in DELEGATION_NOUNS:
        return True
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.lemma_.lower() in DELEGATION_NOUNS
            and any(c.dep_ == "agent" for c in clause.children))


def _chain(verb: Token) -> list[Token]:
    """The trigger and the verbs that govern it by xcomp ("is scheduled to meet"), then by conj
    ("arrived in Hanoi and met X": the subject is the first verb's)."""
    chain = [verb] + _planned_governors_above_a_to_misparsed(verb)
    if len(chain) > 1:
        return chain
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        head = chain[-1].head
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        chain.append(head)
        if chain[-2].dep_ == "conj":
            break
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "prep") and head.head.pos_ == "AUX" and _word_in(head, PLANNED_GOVERNORS):
            # "X is likely to meet Y": the subject and the clause's words hang on "is" (not "was
            # pleased to meet": "be" above a "to" verb would read as "is to meet", still to come);
            # the parse may hang "due" on "is" as a preposition
            chain.append(head.head)
            break
    return chain


def _planned_governors_above_a_to_misparsed(verb: Token) -> list[Token]:
    """"X is due to host Y, the spokesman said": the parse may read "to" as a preposition of "due",
    hanging the verb on it as its object, or on "is" (as ``dep``/``advcl``): ["due", "is"] as if
    "host" were their xcomp."""
    if verb.pos_ != "VERB" or verb.dep_ == "xcomp" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "to":
        return []
    to = verb.doc[verb.i - 1]
    adjective = to.head
    if not (to.pos_ == "ADP" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and adjective.head.pos_ == "AUX"
            and _word_in(adjective, PLANNED_GOVERNORS)):
        return []
    return [adjective, adjective.head] if verb.head.i in (to.i, adjective.i, adjective.head.i) else []


def _subject_tokens(chain: list[Token]) -> list[Token]:
    for verb in chain:
        subjects = _subject_children(verb)
        if subjects:
            return subjects
    return []


def _subject_children(verb: Token) -> list[Token]:
    """The verb's subjects, with the head of a listed subject the parse cut off before them
    ("Minister A, Secretary B and Minister C took part": A hung as ``dep`` before the subject B)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        first = subjects[0]
        subjects = [c for c in verb.children if c.dep_ == "dep" and c.i < first.i
                    and verb.doc[c.right_edge.i + 1].text == ","] + subjects
    return subjects


def _persons_in(m: ArticleMentions, tokens) -> list[str]:
    """Persons named in ``tokens``; a title written with a name stands for that person (the
    parse may hang the name elsewhere: "called on Indian Chief of Defence Staff General X")."""
    keys: list[str] = []
    for t in tokens:
        key = m.person_at.get(t.i) or m.title_owner.get(t.i)
        if key and key not in keys:
            keys.append(key)
    return keys


def _scope(chain: list[Token], subjects: list[Token]) -> set[int]:
    """Token indices that belong to the trigger's own clause (dates and places are read here)."""
    top = chain[-1]
    for k in range(1, len(chain)):
        if chain[k - 1].dep_ == "conj":  # a conjoined verb's clause is its own
            top = chain[k - 1]
            break
    excluded: set[int] = set()
    fronted: set[int] = set()
    for s in subjects:
        excluded.update(t.i for t in s.subtree)
        fronted |= _fronted_phrase_on_subject(s)
    scope: set[int] = set(fronted)
    excluded -= fronted
    chain_ids = {t.i for t in chain}
    stack = [top]
    while stack:
        t = stack.pop()
        if t.i in excluded:
            continue
        scope.add(t.i)
        for c in t.children:
            if (c.dep_ in SCOPE_CUT_DEPS or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) and c.i not in chain_ids \
                    and not _delegation_leader_clause(t, c) and c.ent_type_ != "TITLE":
                # not a title's word the parse made a clause ("called on Air Force commanding general
                # X at Y Air Base in Z": "commanding" heads the rest, the place of the call)
                stack.extend(_tail_past_a_followed_by_aside(c))
                continue
            if c.lemma_.lower() in SPEECH_VERBS and c.pos_ == "VERB":
                continue
            if c.lemma_.lower() in VISIT_NOUNS and not _visit_received_from(t, c):
                continue
            if c.pos_ == "VERB" and c.i not in chain_ids and _trigger(c) is not None:
                continue  # "held talks with X, a day after meeting Y": Y's meeting is its own
            stack.append(c)
    # "X will on Wednesday hold talks ..., the ministry said on Tuesday": the trigger is the root
    return (scope | _hung_on_subject_past_verb(top) | _hung_on_attribution_after(top) | _hung_on_purpose_read_as_root(top)
            | _set_off_after_an_opening_clause(top))


def _set_off_after_an_opening_clause(top: Token) -> set[int]:
    """"After meeting A, on Sunday, B told reporters ...": the sentence opens with the meeting in
    an "after"/"following" clause, and the parse hangs the phrase set off by commas between that
    clause and the main subject on the main verb; that phrase tells when the meeting was (not a
    phrase after the main verb: "..., B told reporters on Monday" is the telling's)."""
    prep = top.head
    if top.dep_ != "pcomp" or prep.lower_ not in SAME_OCCASION_PREPS or prep.i != top.sent.start:
        return set()
    main = prep.head
    subjects = [c for c in main.children if c.dep_ == "nsubj" and top.i < c.i < main.i]
    if main.pos_ not in ("VERB", "AUX") or not subjects:
        return set()
    doc, subject_start = top.doc, subjects[-1].left_edge.i
    return {t.i for c in main.children if c.dep_ in ("prep", "npadvmod") and top.right_edge.i < c.i < subject_start
            and doc[c.left_edge.i - 1].text == "," and doc[c.right_edge.i + 1].text == "," for t in c.subtree}


def _hung_on_purpose_read_as_root(top: Token) -> set[int]:
    """"General A, <title>, conferred with B on Sunday to finalize the plans": the parse may read the
    trigger as a clause on A's name and the purpose "to finalize" as the sentence's root, hanging the
    day on it (or on the subject phrase); the phrases between the trigger's words and that root are the trigger's."""
    root = top.sent.root
    auxes = [c.lower_ for c in root.children if c.dep_ == "aux"]
    if top.dep_ != "acl" or root.pos_ != "VERB" or top.i > root.i or auxes != ["to"]:
        return set()  # a root "to <verb>" with no other auxiliary is no finite clause of its own
    # the day may hang on the root or on the subject phrase the trigger is a clause of
    heads = [root] + [c for c in root.children if c.dep_ == "nsubj"]
    return {t.i for h in heads for c in h.children if c.dep_ == "prep" and top.right_edge.i < c.i < root.i for t in c.subtree}


def _hung_on_attribution_after(top: Token) -> set[int]:
    """"A spoke with B by phone last Friday, the ministry said": the parse may hang the day written
    at the end of the reported clause on the speech verb that follows it; the words before that
    verb's subject are the clause's (not "..., the ministry said on Tuesday": the statement's day)."""
    speech = top.head
    if top.dep_ != "ccomp" or speech.i <= top.i or speech.lemma_.lower() not in SPEECH_VERBS:
        return set()
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < top.i:
        return set()
    return {t.i for c in speech.children if c.dep_ in ("prep", "npadvmod") and top.i < c.i < subject.left_edge.i
            for t in c.subtree}


def _hung_on_subject_past_verb(top: Token) -> set[int]:
    """Words after the verb that the parse hung on the subject before it ("The Minister will meet
    the Chief of Defence, General A Ruiz Jr., in Lima on Monday": "Jr." read as the subject's
    appositive, the meeting's place and day under it): they belong to the clause."""
    verb = top
    while verb.dep_ == "xcomp":  # "is scheduled to hold": the subject is the governing verb's
        verb = verb.head
    return {t.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < verb.i
            for t in s.subtree if t.i > verb.i}


def _fronted_phrase_on_subject(subject: Token) -> set[int]:
    """"Earlier on Monday, A and B co-chaired ...": the parse may hang the phrase that opens the
    sentence, set off by a comma, on the subject; it tells the clause's day or place, not the
    subject's."""
    doc = subject.doc
    found: set[int] = set()
    # "On 3 May, General Kh. Rakhimov held ...": the phrase may hang on a word of the name before it
    name_words = [subject] + [t for t in subject.lefts if t.dep_ in ("compound", "nmod")]
    for c in (c for word in name_words for c in word.children):
        last = c.right_edge.i
        if c.dep_ not in ("advmod", "prep", "npadvmod") or c.i > subject.i or last >= subject.i:
            continue  # the cheap tests first: this runs for every trigger's subject
        set_off = doc[last].text == "," or last + 1 < subject.i and doc[last + 1].text == ","
        if set_off and all(t.is_space for t in doc[subject.sent.start : c.left_edge.i]):
            found.update(t.i for t in c.subtree)
    # "X on Tuesday co-chaired ...": the parse may hang the day written between the name and its
    # verb on the name; it is the clause's day
    after = subject.i + 1
    for c in subject.children:
        if c.i != after or c.dep_ != "prep" or c.lower_ != "on" or c.right_edge.i + 1 >= subject.sent.end:
            continue
        if doc[c.right_edge.i + 1].pos_ in ("VERB", "AUX") and any(t.ent_type_ == "DATE" for t in c.subtree if t is not c):
            found.update(t.i for t in c.subtree)
    return found


def _meeting_from_trigger(st: _State, sent: Span, verb: Token, kind: str, noun: Token | None) -> None:
    m = st.m
    if verb.pos_ == "NOUN":  # "talks between A and B", "engagements with A and B"
        chain = [verb]
        held, read_as_modifier = _hold_verb_before(verb)
        preps = _partner_preps(verb)
        if not preps and verb.dep_ == "conj" and verb.head.lower_ in TALK_NOUNS and (on := _call_on_someone(verb)) is not None:
            preps = [on]  # "talks with A and a call on B": B is whom the call is on
        objects = _persons_in(m, (t for p in preps for t in p.subtree))
        if len(objects) < 2 and any(p.lower_ == "between" for p in preps):
            between = next(p for p in preps if p.lower_ == "between")
            objects = (_sides_read_on(m, between, sent)
                       or next((pair for o in between.children if o.dep_ == "pobj" and (pair := _pair_of_a_plural_title(m, o))), [])
                       or objects)
        if not objects and preps:
            objects = _persons_in(m, _name_after_partner(verb, preps[-1]))
        if objects and _visitor_between(st, verb, preps) and st.visitor not in objects:
            objects = [*objects, st.visitor]
        subjects_keys: list[str] = []
        if any(p.lower_ == "with" or p.lower_ == "on" and p.head.lower_ == "call" for p in preps):
            owner = [c for c in verb.children if c.dep_ == "poss"]
            subjects_keys = _persons_in(m, (t for o in owner for t in o.subtree))
            if not subjects_keys:
                head_verb = verb.head
                while head_verb.pos_ not in ("VERB", "AUX") and head_verb.head.i != head_verb.i:
                    head_verb = head_verb.head
                subj = _subject_tokens(_chain(head_verb))  # "is expected to visit X for talks with Y"
                inside = {t.i for t in verb.subtree}
                subjects_keys = _persons_in(m, (t for s in subj for t in s.subtree if t.i not in inside))
                if not subjects_keys and any(s.lemma_ in VISIT_NOUNS or s.lower_ in ("this", "the") or _part_of_a_visit(s) or _visit_programme(s) for s in subj) and st.visitor:
                    subjects_keys = [st.visitor]
                if not subjects_keys and _talks_with_taking_place(verb) and st.visitor and st.visitor not in objects:
                    # "Talks with X will take place in Y on Monday": a visit's programme; the visitor holds them
                    subjects_keys = [st.visitor]
                if not subjects_keys and owner and (owner[0].lower_ in ("his", "her") or owner[0].ent_type_ == "DATE"):
                    # "A said his talks with B ...", "A said Monday's talks with B ...": the speaker
                    subjects_keys = (_main_subject_after(m, verb) or _person_subject_above(m, verb)
                                     or ([st.last_subject] if st.last_subject else []))
                if not subjects_keys and held is not None and read_as_modifier:
                    subjects_keys = _persons_just_before(m, sent, held.i)
                if (not subjects_keys and held is not None and read_as_modifier and st.visitor and st.visitor not in objects
                        and held.i - sent.start <= 4 and any(t.lower_ in VISITOR_WORDS for t in m.tokens[sent.start : held.i])):
                    # "The visiting dignitary held talks with X": the parse reads "held" as the talks'
                    # modifier; the few words before it are the subject, the story's visitor
                    subjects_keys = [st.visitor]
                if not subjects_keys and held is not None:
                    held_subjects = _subject_tokens(_chain(held))
                    subjects_keys = _persons_in(m, (t for s in held_subjects for t in _subject_words(m, s)))
        if not preps and (owner := _pair_owning_talks_followed(verb)) is not None:
            # "it followed the two ministers' (their) call on <day>": the story's pair of that post,
            # "their": the pair of the meeting just told
            subjects_keys = (_previous_pair(st, sent) if owner.lower_ == "their"
                             else _story_pair_of_post(st, _singular_word(owner.lower_)))
            if len(subjects_keys) < 2:
                return
        elif not preps and (during := _their_talks_during(verb)) is not None:  # "During their talks, A and B agreed"
            subjects_keys = _their_talks_owners(m, verb)
            if not subjects_keys and _group_subject(_chain(during)) and _subject_number(_chain(during)) == 2:
                # "the two ministers first discussed X during a telephone conversation on <day>": the pair
                # the article just told (or the latest pair of ministers)
                subjects_keys = _counted_pair(st, sent, _chain(during))
            if not subjects_keys and _subject_number(_chain(during)) is None and _the_group_subject(_chain(during)) \
                    and _told_as_background(_chain(during)) and (post := _post_of_group_subject(_chain(during))) is not None:
                # "The ministers had agreed on the dates of the visit during a telephone conversation in
                # November": a call before the story's, of the story's pair holding that post (not
                # of a side meeting of a deputy and a secretary told just before)
                subjects_keys = _story_pair_of_post(st, post)
            if not subjects_keys and [t.lower_ for t in _subject_tokens(_chain(during))] == ["they"]:
                # "They had prepared the visit during a video call on <day>": "they" stands for the
                # pair of the meeting just told
                subjects_keys = _counted_pair(st, sent, _chain(during))
            if len(subjects_keys) < 2:
                return
        scope = {t.i for t in verb.subtree}
        if verb.head.pos_ in ("VERB", "AUX"):  # its verb's clause, not the clauses hung on its words
            scope |= _scope([verb.head], [])
        elif verb.head.dep_ == "prep" and (verb.head.head.pos_ == "VERB" or _copula_of_a_stay(verb.head.head)):
            # "visited Lima on Monday for talks with X", "is due in Lima on Monday for talks with X"
            scope |= _scope([verb.head.head], [])
        if not preps and (owners_verb := _their_talks_during(verb)) is not None:
            # "A and B on Tuesday agreed to deepen ties during talks in Y": the day (place) of the
            # clause of the verb that governs the talks, up to its "agreed"
            owners_chain = _chain(owners_verb)
            scope |= _scope(owners_chain, _subject_tokens(owners_chain))
        if _pair_owning_talks_followed(verb) is not None:
            # "The meeting followed their call in December": the subject is the later meeting, not the call's
            scope -= {t.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for prep in preps:
            if prep.i > verb.i and prep.head.i != verb.i and prep.head.head.i != verb.i:
                # "in a video call last Thursday with X" (the parse hangs "last Thursday" and "with X"
                # on the verb of "in"): the time phrase between is the call's
                scope |= {i for i in range(verb.i + 1, prep.i) if m.tokens[i].ent_type_ in ("DATE", "TIME")}
        scope |= _day_right_after_coming_talks(verb)
        if verb.dep_ == "conj" and verb.head.lower_ in TALK_NOUNS and _call_on_someone(verb) is not None:
            # "visited Lima on Tuesday for talks with A and a call on B": the call shares the talks' day
            governor = verb.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            scope |= {t.i for t in governor.subtree if t.ent_type_ in ("DATE", "TIME") and t.i < verb.head.i}
        if held is not None and not read_as_modifier:
            # "X on Monday held talks with Y and the two sides reviewed ...": held's day
            held_chain = _chain(held)
            scope |= _scope(held_chain, _subject_tokens(held_chain)) - {t.i for t in verb.head.subtree}
        confidence = CONF_MEETING_NOUN
        rule = "meeting.talks-between" if any(p.lower_ == "between" for p in preps) else "meeting.noun-with"
        if _told_before(st, verb, subjects_keys + objects) and _pair_owning_talks_followed(verb) is None:
            return  # (what a meeting "followed" is an earlier one)
    else:
        chain = _chain(verb)
        subject_tokens = _subject_tokens(chain)
        if not subject_tokens:
            # "A and B last met in X, and spoke by phone last week": the joined names the parse hung
            # on the first verb's adverb are the subject of both verbs
            subject_tokens = next(([t] for v in chain if (t := _names_hung_before(v)) is not None), [])
        if subject_tokens and verb.dep_ == "conj" and all(t.i > verb.i for t in subject_tokens):
            # "X held talks with A, and later met Secretary B": a "subject" after the verb is its object
            subject_tokens = _subject_tokens(chain[1:])
        # a place parsed as the subject ("visited Riyadh, where he called on A, held talks ...")
        # is no participant, nor are the persons of its relative clause
        subjects_keys = _persons_in(m, (t for s in subject_tokens for t in _subject_words(m, s)))
        if not subjects_keys and chain[-1].dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subject_tokens):
            subjects_keys = _relative_clause_person(m, chain[-1])  # "X, who met Y on Monday, said"
            if not subjects_keys and chain[-1].head.lower_ in TITLE_GROUP_WORDS and not _persons_in(m, chain[-1].head.subtree):
                # "The ministers, who first met in X last June and last spoke by telephone in
                # January, noted ...": the story's pair holding that post
                subjects_keys = _story_pair_of_post(st, _singular_word(chain[-1].head.lower_))
        if not subjects_keys and any(s.text in PRONOUNS for s in subject_tokens):
            subjects_keys = _pronoun_antecedent(st, chain)
        elif any(t.text in PRONOUNS for s in subject_tokens for t in (s, *s.conjuncts)):
            # "she and Singh are expected to hold ...": the pronoun is one of the subjects
            subjects_keys = [k for k in _pronoun_antecedent(st, chain) if k not in subjects_keys] + subjects_keys
        if not subjects_keys:  # "The Navy chief also received X": the latest holder of that post
            subjects_keys = [k for k in (_title_anaphor(m, s, st.visitor) for s in subject_tokens) if k][:1]
        if not subjects_keys and verb.dep_ == "acl":
            # "X, who is part of the delegation, called on Y": the parse hung "called" on "delegation"
            subjects_keys = _relative_clause_antecedent(m, verb) or _verbless_root_person(m, verb)
        if not subjects_keys and _finite_verb_hung_on_a_title(verb):
            # "After meeting A, the Ivorian minister conferred with B": the parse hung the main verb
            # on the title as a participle; the title is its subject
            subjects_keys = [k for k in [_title_anaphor(m, verb.head, st.visitor)] if k]
        if not subjects_keys and st.visitor and any(_is_visitor_phrase(s) for s in subject_tokens or ([verb.head] if verb.dep_ == "acl" else [])):
            subjects_keys = [st.visitor]  # "the visiting dignitary called on X"
        if not subjects_keys and any(_chief_guest_word(s) for s in subject_tokens):
            subjects_keys = _chief_guest_named_before(m, sent.start)  # "The chief guest later called on X"
        if (not subjects_keys and st.sentence_subject and st.sentence_subject[0] == sent.start
                and all(s.i in m.place_at or s.i in m.country_at or s.lower_ in ("where", "which") for s in subject_tokens)):
            # "X visited Riyadh, where he called on A, held talks with B and met C": a place is
            # no participant; the list of engagements goes on with the sentence's last participant
            subjects_keys = [st.sentence_subject[1]]
        if (subject_tokens and st.sentence_subject and st.sentence_subject[0] in _same_written_sentence(m, sent)
                and st.sentence_subject[1] not in subjects_keys and _second_verb_of_subject(verb, subject_tokens)
                and not _group_subject(chain)):
            # "X held talks with A at Y, and later met B": a parse that made A the subject of "met"
            # (not "The two chiefs held a video call ... and met in X": both verbs are the pair's)
            subjects_keys = [st.sentence_subject[1]]
        scope = _scope(chain, subject_tokens)
        attached = (_attached_to_a_thing(m, verb) | _attendees_of_a_social_event(verb) | _briefing_topic(verb)
                    | _aside_of_another_subject(m, scope) | _titles_owning_a_body(m, scope))
        scope |= _meeting_clause_of_briefing(verb)
        scope |= _day_of_visit_then(m, chain, scope)
        objects = _persons_in(m, (m.tokens[i] for i in sorted(scope) if i not in attached))
        cut_off = _subject_cut_off(m, verb, subject_tokens, objects)
        if cut_off is not None:
            subjects_keys, objects = [cut_off] + subjects_keys, [k for k in objects if k != cut_off]
        if not objects and subjects_keys and noun is not None and _talks_with_taking_place(noun) and st.visitor not in (None, *subjects_keys):
            objects = [st.visitor]  # "Talks with X will be held in Y on Monday": a visit's programme; the visitor holds them
        if not objects and subjects_keys:
            objects = (_object_pronoun_antecedent(st, sent, verb, subjects_keys) or _visitor_object(st, verb, subjects_keys)
                       or _object_title_anaphor(st, verb, subjects_keys) or _counted_group_object(st, verb, subjects_keys))
        if not objects and _with_whom_clause(chain[-1]):
            objects = _persons_in(m, [chain[-1].head])  # "X, with whom he held a virtual meeting on May 14"
        confidence = CONF_MEETING
        if not objects:  # "called on" whose object the parse hung elsewhere: the next person named
            for prep in verb.children:
                if prep.lower_ in ("on", "with") and prep.dep_ in ("prep", "prt") and not list(prep.children):
                    for t in sent.doc[prep.i + 1 : min(prep.i + 14, sent.end)]:
                        key = m.person_at.get(t.i) or m.title_owner.get(t.i)
                        if key:
                            objects, confidence = [key], CONF_MEETING_NOUN
                            break
                        if t.pos_ == "VERB" or t.text in (".", ";"):
                            break
        if not objects:  # "met his Chilean counterpart, Defence Minister X,": the parse hung the name elsewhere
            # (of "counterparts, A and B" the first; _list_continuation reads the rest of the list below)
            # "is due to meet the <title> of X, <rank> Y": a title the name follows the same way
            objects = [k for c in verb.children if c.dep_ == "dobj" and (c.lower_ in ("counterpart", "counterparts") or _untold_title(m, c))
                       for k in _person_apposed_to(m, c, sent)]
        if not objects:  # "held a video call with his Ruritanian counterpart, X, on Monday": the same, past a preposition
            objects = next((found for i in sorted(scope) if m.tokens[i].lower_ == "counterpart" and m.tokens[i].dep_ == "pobj"
                            and (found := _person_apposed_to(m, m.tokens[i], sent))), [])
        if not objects:  # "sat down with his Ruritanian counterpart" with no name: the one Ruritanian named before
            objects = _unnamed_counterpart(m, scope, subjects_keys)
        if not objects and subjects_keys:  # "A and his Ruritanian counterpart held talks ...": the counterpart a subject beside A
            objects = _unnamed_counterpart(m, {c.i for s in subject_tokens for c in s.subtree if c.lower_ == "counterpart" and c.dep_ == "conj"}, subjects_keys)
        if not subject_tokens and not subjects_keys:
            # "After meeting X at Y, Z said ...", "Z told reporters after meeting X": the subject of the clause it modifies
            subjects_keys = [k for k in _governing_clause_subject(m, chain[-1], st.visitor) if k not in objects]
        attending = _attendance_a_passive_host_hangs_on(verb) if not subject_tokens and not subjects_keys else None
        if attending is not None:
            # "A and B took part in the talks, hosted in <city> by C": all who attended are C's guests,
            # on the attending clause's day
            attending_chain = _chain(attending)
            attending_subjects = _subject_tokens(attending_chain)
            subjects_keys = [k for k in _persons_in(m, (t for s in attending_subjects for t in _subject_words(m, s)))
                             if k not in objects]
            scope |= _scope(attending_chain, attending_subjects)
        if not subject_tokens and not subjects_keys:
            # a parse without a subject for the trigger: the first person named before it
            before = [k for s, _, k in m.person_spans if sent.start <= s < verb.i and k not in objects]
            if before:
                subjects_keys, confidence = before[:1], CONF_MEETING_NOUN
        if not subjects_keys and objects and _group_subject(chain) and _subject_number(chain) == 2:
            # "Later in the day, the two ministers held a video call with C": the pair just told meets a third
            subjects_keys = _previous_pair(st, sent) or _pair_subject_before(st, sent)
        elif not subjects_keys and objects and _the_group_subject(chain) and (_subject_number(chain) or 0) >= 3:
            # "The four ministers were then received by C" after a meeting of three and one of a fourth with them
            subjects_keys = [k for k in _persons_of_meetings_just_told(st, sent, _subject_number(chain) or 0) if k not in objects]
        if not subjects_keys and _unnamed_subject_met_each(m, subject_tokens, scope):
            objects = []  # "The Secretary also met A and B": someone met each of them, not they each other
        rule = f"meeting.{'call-on' if kind == 'call-on' else verb.lemma_.lower()}"
        if noun is not None:
            rule = f"meeting.{verb.lemma_.lower()}-{noun.lemma_.lower()}"
    if verb.lemma_.lower() == "brief" and (_briefing_at_home(m, subjects_keys + objects, sent)
                                           or any(set(mt.participants) == set(subjects_keys + objects) for mt in st.meetings)):
        # "the minister briefed the President on ...": a report at home, not diplomacy; "(during the
        # call) A also briefed B on ...": part of the meeting of theirs told before
        return
    joined = (_meeting_joined(st, sent, subjects_keys) if noun is not None and verb.lemma_.lower() == "join" and not objects
              and noun == _joined_meeting_noun(verb) else None)
    if joined is not None:
        objects = _partners_of_joiner(st.m, joined, subjects_keys)
        if noun.i not in scope:  # "..., where the talks took place in a trilateral format": told of the talks joined
            scope |= {t.i for t in noun.head.subtree}
    told = len(st.meetings)
    scope |= {i for t in m.tokens[verb.i + 1 : sent.end] if m.person_at.get(t.i) in objects for i in _loose_branch_of(t, chain, verb)}
    scope |= _rest_on_a_name_made_root(m, chain, verb, subjects_keys)
    _record_meetings(st, sent, verb, kind, noun, chain, scope, subjects_keys, objects, rule, confidence)
    if joined is not None:
        for mt in st.meetings[told:]:  # the meeting joined gives its day, place and status
            mt.date, mt.end_date = mt.date or joined.date, mt.end_date or joined.end_date
            mt.place, mt.status = mt.place or joined.place, joined.status


def _subject_cut_off(m: ArticleMentions, verb: Token, subject_tokens: list[Token], objects: list[str]) -> str | None:
    """"Chief of Defence Staff Gen A and Defence Secretary B called on C": the parse may hang A
    away from the subject it heads; a person named right before the subject phrase (past its
    title words) and joined to it by "and", before the verb, is one of the subjects."""
    if len(subject_tokens) != 1 or subject_tokens[0].i > verb.i:
        return None
    i = subject_tokens[0].left_edge.i - 1
    while i > 0 and m.tokens[i].ent_type_ == TITLE and i not in m.person_at:
        i -= 1  # the second subject's title ("and Defence Secretary B")
    if m.lower[i] != "and":
        return None
    key = m.person_at.get(i - 1)
    return key if key in objects else None


def _visit_received_from(verb: Token, noun: Token) -> bool:
    """"received a visit from X": the visit is the meeting itself, its visitor the one received
    (not "met X during his visit to Y", a journey of its own)."""
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "pay" and _visit_to_a_person(noun):
        return True  # "paid a courtesy visit to Minister X": the visit is the call itself
    return (noun.dep_ == "dobj" and verb.lemma_.lower() == "receive"
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children))


def _pair_of_a_plural_title(m: ArticleMentions, noun: Token) -> list[str]:
    """"a telephone conversation between the two Air Chiefs": a counted plural title stands for the
    two persons named before with that post (or another name of it), when exactly two are."""
    if not any(c.dep_ == "nummod" and c.lower_ == "two" for c in noun.children) or not noun.text.endswith("s"):
        return []
    words = [t.text for t in noun.subtree if t.dep_ in ("compound", "amod") and t.i < noun.i and t.i not in m.country_at]
    singular = _singular_word(noun.text)
    title = refdata.normalise_title(" ".join(words + [singular]))
    names = {title}
    for _, group in refdata.office_alias_groups():
        forms = {t.lstrip("~") for t in group}
        if title in forms:
            names |= forms
    holders = [k for s, _, k in m.person_spans if s < noun.i and names & set(m.titles_of.get(k, ()))]
    pair = list(dict.fromkeys(holders))
    if not pair and not words and noun.lower_ in TITLE_GROUP_WORDS:
        # "between the two Ministers" after "Defence Minister A ... the Minister of Defence of X, B":
        # a bare post word stands for the two named before who hold a post of that word
        pair = list(dict.fromkeys(k for s, _, k in m.person_spans if s < noun.i and _holds_post(m, k, singular.lower())))
    return pair if len(pair) == 2 else []


def _sides_read_on(m: ArticleMentions, between: Token, sent: Span) -> list[str]:
    """"between the Kenyan coordinator of the group, Colonel X, and his Tanzanian counterpart, Major
    Y": names set off after described sides, which the parse may hang elsewhere; the persons written
    after "between" up to the next verb, when they are two or more."""
    words = []
    for t in m.tokens[between.i + 1 : sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            break
        words.append(t)
    found = _persons_in(m, words)
    return found if len(found) >= 2 else []


def _name_after_partner(noun: Token, prep: Token) -> list[Token]:
    """"talks with his Polish counterpart, X,": the name in apposition that the parse hung on the
    talk noun instead of on "counterpart" (only right after the phrase, past a comma)."""
    after = prep.right_edge.i + 1
    while after < len(noun.doc) and noun.doc[after].is_punct and noun.doc[after].text == ",":
        after += 1
    return next(([t for t in c.subtree] for c in noun.children if c.dep_ == "appos" and c.left_edge.i == after), [])


def _untold_title(m: ArticleMentions, noun: Token) -> bool:
    """A capitalised noun phrase that names no person ("the Principal Staff Officer of the X
    Division"): a title whose holder may be named after a comma."""
    return noun.pos_ == "PROPN" and noun.is_title and not any(t.i in m.person_at or t.i in m.title_owner for t in noun.subtree)


def _person_apposed_to(m: ArticleMentions, noun: Token, sent: Span) -> list[str]:
    """The person named right after ``noun`` and a comma, past a title ("his counterpart, Defense
    Minister X"), wherever the parse hung the name."""
    i = noun.right_edge.i + 1
    if i >= sent.end or m.tokens[i].text != ",":
        return []
    i += 1
    while i < sent.end and i not in m.person_at and (m.tokens[i].ent_type_ == TITLE or m.tokens[i].pos_ == "PROPN"):
        i += 1  # the title, a rank
    return [m.person_at[i]] if i < sent.end and i in m.person_at else []


def _unnamed_counterpart(m: ArticleMentions, scope: set[int], subjects: list[str]) -> list[str]:
    """"held a bilateral with his Ruritanian counterpart" with no name after it: the one person of
    that country named before (with two or more, which of them is meant is untold); with none
    before, the one named in the next sentence ("... met her Ugandan counterpart on Monday. Ugandan
    Defence Minister X said the talks were productive")."""
    for i in sorted(scope):
        word = m.tokens[i]
        if word.lower_ != "counterpart" or _persons_in(m, word.subtree):
            continue
        countries = {m.country_at[c.i] for c in word.children if c.dep_ in ("amod", "compound", "poss") and c.i in m.country_at}
        if len(countries) != 1:
            continue
        country = countries.pop()
        named = {k for s, _, k in m.person_spans if s < i and k not in subjects and m.person(k).country == country}
        if len(named) > 1 and len(told := {k for k in named if m.counterpart_country.get(k) == country}) == 1:
            # "A met his Maltese counterpart X ... A and his Maltese counterpart last spoke ...": of the
            # Maltese named before, the one told as that counterpart
            named = told
        if not named and (following := _next_sentences(m, word.sent, 1)):
            named = {k for s, _, k in m.person_spans if following[0].start <= s < following[0].end
                     and k not in subjects and m.person(k).country == country}
        return list(named) if len(named) == 1 else []
    return []


def _part_of_a_visit(noun: Token) -> bool:
    """"The highlight (centrepiece, focus) of the visit will be talks with X": a noun "of" a visit
    stands for the visit, whose visitor holds the talks."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in VISIT_NOUNS for o in p.children)
               for p in noun.children)


VISIT_PROGRAMME_NOUNS = frozenset({"programme", "program", "itinerary", "schedule"})


def _visit_programme(noun: Token) -> bool:
    """"The programme (his itinerary) included talks with X": the bare programme of the visit told,
    whose visitor holds the talks (not "the cadet exchange programme": a programme of its own)."""
    return noun.lemma_.lower() in VISIT_PROGRAMME_NOUNS and all(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)


def _rest_on_a_name_made_root(m: ArticleMentions, chain: list[Token], verb: Token, subjects: list[str]) -> set[int]:
    """"Minister of Defense KOBAYAMA Taro held a meeting with X, at Y in Z, yesterday": a name in
    capitals the parse took for the sentence's verb, the real verb its clause; what it hangs on the
    name after the verb ("yesterday", the place) is the meeting's."""
    top = chain[-1]
    root = top.head
    if root.dep_ != "ROOT" or top.dep_ not in ("ccomp", "xcomp") or root.ent_type_ != "PERSON" or m.person_at.get(root.i) not in subjects:
        return set()
    return {t.i for c in root.children if c.i > verb.i and c.i != top.i and c.dep_ != "punct" for t in c.subtree}


def _loose_branch_of(token: Token, chain: list[Token], verb: Token) -> set[int]:
    """"is due to call on the President of X, Mr Y, at the Z House in W on Tuesday": the parse may
    hang the partner's name after the verb, with the place and day after it, loosely on the
    clause's verb (as "dep", a second subject or an adverbial noun); that branch belongs to the
    meeting's clause."""
    verbs = {v.i for v in chain}
    branch = token
    while branch.head.i not in verbs and branch.head.i != branch.i:
        branch = branch.head
    loose = branch.dep_ in ("dep", "nsubj", "npadvmod") and branch.pos_ == "PROPN" and branch.head.i in verbs and branch.i > verb.i
    return {t.i for t in branch.subtree} if loose else set()


def _hold_verb_before(noun: Token) -> tuple[Token | None, bool]:
    """The hold verb written right before a talk noun (or before its adjectives: "held bilateral
    talks") that the parse did not make the noun's governor, and whether it was read as a modifier.

    - read as a modifier (True): "Minister Kim Dae-ho held talks with X": a hyphenated name may
      lead the parse to read "held" as a modifier of "talks"; its subject is the name before it.
    - left without an object (False): "X held talks with Y and the two sides reviewed ...": the
      parse may read the noun as the subject of the next verb and leave "held" with no object;
      its subject and its day are the meeting's.
    """
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound") and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in HOLD_VERBS:
            between = noun.doc[c.i + 1 : noun.i]
            if all(t.pos_ == "ADJ" and t.head.i == noun.i for t in between):
                return c, True
    i = noun.left_edge.i - 1
    if i < noun.sent.start or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None, False
    held = noun.doc[i]
    if held.lemma_.lower() not in HOLD_VERBS or held.pos_ not in ("VERB", "AUX") or held.i == noun.head.i:
        return None, False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in held.children):
        return None, False
    return held, False


# What is received from someone without meeting them ("received a letter from X").
SENT_THINGS = frozenset({"letter", "letters", "message", "messages", "invitation", "note", "request", "proposal", "report", "copy"})
PERSON_OBJECT_NOUNS = frozenset({"counterpart", "team", "side", "party", "arrival", "members", "officials", "delegations"})


@cache
def _met_object_nouns() -> frozenset[str]:
    """Object nouns that stand for whom one welcomes ("welcomed the delegation of X", "the visit of X")."""
    return OFFICE_NOUNS | GROUP_SUBJECT_WORDS | VISITOR_WORDS | VISIT_NOUNS | TALK_NOUNS | PERSON_OBJECT_NOUNS


def _attached_to_a_thing(m: ArticleMentions, verb: Token) -> set[int]:
    """Tokens of the persons a welcome or a receipt reaches only through a thing: "welcomed the
    decision of President X", "received a letter from X" meet no X (not "welcomed the delegation
    of X", "received a courtesy call from X")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("welcome", "greet", "receive"):
        return set()
    things = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.ent_type_ != TITLE
              and (o.lower_ in SENT_THINGS if lemma == "receive" else o.lower_ not in _met_object_nouns())]
    if not things:
        return set()
    preps = [p for o in things for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "by", "from")]
    if lemma == "receive":  # the parse may hang "from X" on the verb
        preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    return {t.i for p in preps for t in p.subtree}


def _titles_owning_a_body(m: ArticleMentions, scope: set[int]) -> set[int]:
    """Tokens of a bare title standing for someone as the owner of a named body ("at the
    headquarters of the King's Royal Guard", "the Emir's Armed Forces"): naming the body, the
    title does not bring its holder into the meeting (unlike "the President's guest")."""
    found: set[int] = set()
    for i in scope:
        token = m.tokens[i]
        if token.ent_type_ != TITLE or i not in m.person_at or i + 2 >= len(m.tokens):
            continue
        owned = m.tokens[i + 2]
        if m.tokens[i + 1].text in ("'s", "’s") and owned.text[:1].isupper() and owned.ent_type_ != TITLE and i + 2 not in m.person_at:
            found.add(i)
    return found


SOCIAL_EVENT_NOUNS = frozenset({"dinner", "reception", "lunch", "luncheon", "banquet", "breakfast", "gala"})


def _aside_of_another_subject(m: ArticleMentions, scope: set[int]) -> set[int]:
    """"spoke with X on Wednesday, even as (while) Y was in Paris on a visit": a subordinate clause
    with a person of its own as subject, telling no meeting, tells where that person was, not whom
    the trigger's subject met."""
    clauses = [m.tokens[i] for i in scope if m.tokens[i].dep_ == "advcl"]
    return {t.i for clause in clauses if any(c.dep_ == "mark" for c in clause.children) and _trigger(clause) is None
            and any(c.dep_ == "nsubj" and c.i in m.person_at for c in clause.children)
            for t in clause.subtree}


def _attendees_of_a_social_event(verb: Token) -> set[int]:
    """Tokens of who attended a dinner or reception someone hosted ("hosted a dinner for X,
    attended by Y"): guests of an occasion, not the host's meeting partners."""
    if verb.lemma_.lower() != "host":
        return set()
    events = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in SOCIAL_EVENT_NOUNS]
    if not events:
        return set()
    clauses = [c for h in [verb, *events] for c in h.children
               if c.dep_ in ("advcl", "acl", "relcl") and c.lemma_.lower() == "attend"]
    return {t.i for c in clauses for t in c.subtree}


def _main_subject_after(m: ArticleMentions, noun: Token) -> list[str]:
    """"Following his talks with X, Y flew to Z": "his" in a phrase before the main clause is
    that clause's subject, named after it."""
    root = noun.sent.root
    if root.i <= noun.i or noun.i not in {t.i for c in root.children if c.i < root.i and c.dep_ in ("advcl", "prep") for t in c.subtree}:
        return []
    return _persons_in(m, (t for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree))


def _person_subject_above(m: ArticleMentions, noun: Token) -> list[str]:
    """"A said ties were strong and recalled his talks with B": "his" is the nearest person
    subject of the verbs the noun hangs under (the parse may join "recalled" to a clause whose
    subject is a country, so the walk goes on past subjects that name no person); not the noun's own
    partner when the noun is itself the subject ("A said her talks with B were productive": A)."""
    inside = {t.i for t in noun.subtree}
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        keys = _persons_in(m, (t for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree if t.i not in inside))
        if keys:
            return keys[:1]
    return []


ADVERBIAL_MARKS = frozenset({"after", "before", "while", "since", "when", "following"})


def _attendance_a_passive_host_hangs_on(verb: Token) -> Token | None:
    """The verb of "took part in / attended / joined ..." that a passive "hosted ... by C" hangs on
    (as its clause or on a noun of its object): the subjects of that verb are C's guests."""
    if verb.lemma_.lower() not in HOSTING_VERBS or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == verb.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    lemma = clause.lemma_.lower()
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in clause.children):
        return None
    return clause if lemma in ATTENDING_LEMMAS else None


ATTENDING_LEMMAS = frozenset({"attend", "participate", "take", "join"})  # "take" only with "part"


def _governing_clause_subject(m: ArticleMentions, verb: Token, prefer: str | None = None) -> list[str]:
    """Persons of the subject of the clause a subjectless "after meeting X" / "while visiting X"
    modifies ("After meeting X, Y said", "Y told reporters after meeting X", "A and B looked
    forward to meeting again")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ADVERBIAL_MARKS:
        clause = verb.head.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "to" and _looks_forward(verb.head.head):
        # "A and B looked forward to meeting again"
        clause = verb.head.head.head if verb.head.head.lower_ == "forward" else verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        clause = verb.head
    else:
        return []
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    subjects = _subject_tokens(_chain(clause))
    # "After meeting the Chief of Defence Staff, General X, later that day, the minister said": the
    # parse makes the name apposed to the object a second subject of "said"; it is whom he met
    apposed = {k for o in verb.children if o.dep_ == "dobj" for k in _person_apposed_to(m, o, verb.sent)}
    found = [k for k in _persons_in(m, (t for s in subjects for t in _subject_words(m, s))) if k not in apposed]
    if (prefer is not None and apposed and len(found) == 1 and found[0] != prefer
            and any(s.i in m.person_at and s.ent_type_ == TITLE and s.lower_ == s.text and s.text.capitalize() in GENERIC_TITLE_HEADS
                    and any(t.split()[-1] == s.text.capitalize() for t in m.titles_of.get(prefer, ())) for s in subjects)):
        # "..., the minister said" read as the latest minister named (a host's, who received the
        # visitor before): the one who went on to meet is the visitor, who holds such a post too
        found = [prefer]
    return found


def _looks_forward(token: Token) -> bool:
    """"forward" of "look forward to", or the verb it hangs on."""
    return token.lower_ == "forward" or any(c.lower_ == "forward" for c in token.children)


REMOTE_WORDS = frozenset({"video", "virtually", "online", "videoconference", "phone", "telephone"})


def _joined_meeting_noun(verb: Token) -> Token | None:
    """"X joined the meeting", "X joined the talks": the definite talk noun joined (not "joined the
    meeting by video link": present from afar, no one's partner)."""
    if any(t.lower_ in REMOTE_WORDS for t in verb.subtree):
        return None
    return next((o for o in verb.children if o.dep_ == "dobj" and o.lower_ in TALK_NOUNS
                 and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in o.children)), None) or _talks_where_joined(verb)


def _talks_where_joined(verb: Token) -> Token | None:
    """"C joined them at the ministry, where the talks took place ...": joining those just told
    about, the talks the "where" clause of the place tells are the ones joined."""
    if not any(o.dep_ == "dobj" and o.lower_ == "them" for o in verb.children):
        return None
    for clause in (t for t in verb.subtree if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)):
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in TALK_NOUNS), None)
        if noun is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return noun
    return None


def _meeting_joined(st: _State, sent: Span, joiners: list[str]) -> MeetingMention | None:
    """The meeting "the meeting" joined refers to: the last one told, in this sentence or the one before."""
    if not st.meetings or not joiners:
        return None
    last = st.meetings[-1]
    earlier = _sentences_before(st.m, sent, 1)
    start = earlier[0].start_char if earlier else sent.start_char
    if last.evidence[0].start < start or any(j in last.participants for j in joiners):
        return None
    return last


def _partners_of_joiner(m: ArticleMentions, joined: MeetingMention, joiners: list[str]) -> list[str]:
    """Whom a person joining a meeting meets: its participants from other countries than theirs (a
    delegation member joins their own side), or all of them when the countries are not known."""
    countries = {m.person(j).country for j in joiners} - {None}
    others = [p for p in joined.participants if m.person(p).country not in countries or m.person(p).country is None]
    return others if countries and others else list(joined.participants)


def _same_written_sentence(m: ArticleMentions, sent: Span) -> set[int]:
    """Starts of ``sent`` and of the parse's sentence before it when that one has no full stop at
    its end (the parser may cut a long sentence in two)."""
    starts = {sent.start}
    earlier = _sentences_before(m, sent, 1)
    if earlier and earlier[0].text.rstrip()[-1:] not in (".", "!", "?", "\"", "”", ":"):
        starts.add(earlier[0].start)
    return starts


def _second_verb_of_subject(verb: Token, subject_tokens: list[Token]) -> bool:
    """``verb`` follows "and" (and adverbs only: "..., and later met B"), its parsed subject before
    that "and": a second verb of the sentence's subject, not a clause with a subject of its own."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    return verb.doc[i].lower_ == "and" and all(s.i < i for s in subject_tokens)


def _finite_verb_hung_on_a_title(verb: Token) -> bool:
    """A past-tense verb right after a title with no name of its own ("the Ivorian minister
    conferred with ..."), which the parse hung on the title as a participle (no "by" agent)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBD" and head.ent_type_ == TITLE and head.i == verb.i - 1
            and not any(c.dep_ == "agent" for c in verb.children))


def _relative_clause_antecedent(m: ArticleMentions, verb: Token) -> list[str]:
    """The person a relative clause describes, when ``verb`` hangs inside that clause by a misparse
    ("X, who is part of the delegation, called on Y": "called" on "delegation")."""
    for ancestor in verb.ancestors:
        if ancestor.dep_ == "relcl":
            key = m.person_at.get(ancestor.head.i)
            return [key] if key else []
    return []


def _relative_clause_person(m: ArticleMentions, clause: Token) -> list[str]:
    """The person a "who" clause describes: the noun it hangs on, or, when that noun is a title
    apposed to a name ("X, Deputy Chief of the Joint Staff, who ..."), the name it is apposed to
    (the title's words may end in a body's name the parse took for another person)."""
    head = clause.head
    if head.dep_ == "appos" and head.head.i in m.person_at:
        return [m.person_at[head.head.i]]
    # "A and B, who first met in X in 2025, ...": the clause describes the joined names together
    return _persons_in(m, [head, *(c for c in head.conjuncts if c.i > head.i)])


def _verbless_root_person(m: ArticleMentions, verb: Token) -> list[str]:
    """"X, Chief of Staff of the Navy, conferred with Y": a parse with no main verb, the person
    as its root and the trigger hung on that person as a participle; the person is the subject
    (not "the delegation led by X", whose root is a verb elsewhere)."""
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ != "PROPN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    key = m.person_at.get(head.i)
    return [key] if key else []


def _unnamed_subject_met_each(m: ArticleMentions, subject_tokens: list[Token], scope: set[int]) -> bool:
    """The trigger has a subject that names no known person ("The Secretary also met A and B"), not
    a talk noun ("Talks were held between A and B") and no "between": its objects met the subject,
    not one another."""
    if not subject_tokens or any(m.lower[i] == "between" for i in scope):
        return False
    return not any(s.lower_ in TALK_NOUNS or s.lemma_.lower() in TALK_NOUNS or s.lower_ in ("who", "that", "which")
                   for s in subject_tokens)


def _told_before(st: _State, noun: Token, participants: list[str]) -> bool:
    """"The talks between A and B covered ...": a definite talk noun whose participants met in a
    meeting told earlier in the article refers back to it; its clause's dates are not the talks'."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return False
    if noun.head.pos_ in ("VERB", "AUX") and _is_planned(_chain(noun.head), noun):
        return False  # "the talks between A and B next week will focus on ...": another occasion
    return any(set(mt.participants) == set(participants) and mt.status == "held" for mt in st.meetings)


def _with_whom_clause(verb: Token) -> bool:
    """``verb`` heads a relative clause "with whom ..." or "whom X met ..." (its partner is the noun
    the clause describes)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "whom" for g in c.children)
        or c.dep_ == "dobj" and c.lower_ == "whom" for c in verb.children)


def _subjectless_conjuncts(verb: Token) -> list[Token]:
    """"Talks with X were planned but were cancelled": the verbs joined to ``verb`` that share its
    subject (their own word on the talks: "cancelled")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _record_meetings(st: _State, sent: Span, verb: Token, kind: str, noun: Token | None, chain: list[Token],
                     scope: set[int], subjects_keys: list[str], objects: list[str], rule: str, confidence: float,
                     framework: str | None = None, part_of: str | None = None, to_come: bool = False) -> None:
    """The meetings of one trigger, given who did it (subjects) and with whom (objects); ``to_come``:
    the words before the trigger already tell it is planned."""
    m = st.m
    governing = _negation_scope(chain) + ([verb.head, *_subjectless_conjuncts(verb.head)] if verb.pos_ == "NOUN" else [])
    if verb.pos_ == "NOUN" and verb.dep_ == "appos" and verb.head.i < m.dateline_end:
        # "NAIROBI, March 12 (Reuters) - Talks between A and B ... were cancelled": the parse makes
        # the dateline the subject and the talks its apposition; the dateline's verb is the talks'
        governing += [verb.head.head, *_subjectless_conjuncts(verb.head.head)]
    if any(c.dep_ == "neg" for v in governing for c in v.children) or any(_called_off(v) for v in governing):
        return  # "did not meet", "postponed the talks": no meeting to record
    if _is_planned(chain, noun or verb) and _called_off_after(sent, verb):
        return  # "X was to meet Y on Friday, but the meeting was cancelled"
    if _within_a_called_off_visit(verb):
        return  # "X cancelled his visit to Y, where he was to meet Z": the meeting goes with the visit
    if any(c.dep_ == "det" and c.lower_ == "no" for n in (verb, noun) if n is not None and n.pos_ == "NOUN" for c in n.children):
        return  # "there was no bilateral meeting between A and B", "held no talks with X"
    objects = [k for k in objects if k not in subjects_keys]
    trailing_place = None
    if objects:
        more, trailing_place = _list_continuation(m, objects[-1], verb.i)
        objects += [k for k in more if k not in objects and k not in subjects_keys]
    if verb.pos_ == "NOUN" and not subjects_keys and not any(c.lower_ == "between" for c in _partner_preps(verb)):
        return  # "engagements with A and B" needs to know who engaged
    evidence_end = sent.end_char
    if (noun is None and not objects and any(c.dep_ == "dobj" for c in verb.children) and _group_subject(chain)
            and (framework is None or not _is_planned(chain, verb)) and not to_come):
        # "The two ministers welcomed the conduct of exercise X": they act on a thing, no new meeting;
        # "also co-chaired the X Dialogue": the meeting just told (not "will co-chair the 5th session
        # of the X Commission": a meeting of that body to come)
        return
    if not subjects_keys and not objects and verb.pos_ != "NOUN" and (_group_subject(chain) or _stand_in_subject(chain, verb)):
        # "The defence ministers of A, B and C held a trilateral meeting ... . X, Y and Z
        # expressed ...": the participants are named as the next sentence's subject
        wanted = _subject_number(chain)
        if _stand_in_subject(chain, verb):
            # "They agreed to meet again in X": all of the meeting just told, when told close before
            # (never the subjects of a sentence after: "they" points back)
            subjects_keys = _previous_group(st, sent, len(st.meetings[-1].participants)) if st.meetings else []
            if not subjects_keys:
                return
        elif wanted != 2 and _the_group_subject(chain):
            # "The (three) ministers agreed to meet again in X" after a meeting of three
            subjects_keys = _previous_group(st, sent, wanted) or (_uncounted_pair(st, sent, chain) if wanted is None else [])
        if wanted == 2:  # "The two ministers last met in X": the two of the meeting just told
            subjects_keys = _counted_pair(st, sent, chain, framework is not None)
        for following in ([] if subjects_keys else _next_sentences(m, sent, 2)):
            keys = _sentence_subject_persons(m, following) or (_subject_and_counterpart(m, following) if wanted in (None, 2) else [])
            if _trigger(following.root) is not None:
                break  # "... as their ministers met in Tokyo. A and B hosted C and D ...": that sentence tells the meeting
            if keys and (wanted is None or len(keys) == wanted):
                subjects_keys, evidence_end = keys, following.end_char
                break
    one_occasion = (_one_occasion(st, scope, verb, noun) or not _one_side(m, subjects_keys) or _one_sitting(verb)
                    or len(objects) == 1 and _companion_by_participle(chain)
                    or _delegation_hosting_delegation(chain, verb, subjects_keys, objects)
                    or _visiting_party(st, sent, subjects_keys, objects))
    # "A hosted B of X and C of Y for the one-day meeting": the guests of two countries met A together;
    # "A was received by B, in a meeting also attended by C": C met them too (the parse may make C an object)
    attending = _attended_also_by(m, sent, verb)
    # "meet his A and B counterparts, X and Y, for trilateral talks": one sitting of all
    joint_purpose = _joint_purpose_hung_elsewhere(m, sent, verb, subjects_keys + objects)
    one_occasion = one_occasion or joint_purpose
    # "The ministers of A, B and C met in X. A's minister P hosted Q and R": that one meeting, named
    group_occasion = _group_occasion_named(st, sent, subjects_keys + objects, verb, noun)
    guests_together = (joint_purpose or _singular_occasion_noun(verb, noun) and not _one_side(m, objects) or _hosting_guests_of_several_countries(m, verb, objects) or bool(attending)
                       or group_occasion is not None or _one_sitting(verb) or _visiting_party(st, sent, objects, subjects_keys))
    groups = _participant_groups(sent, scope, subjects_keys, objects, one_occasion, guests_together)
    if len(groups) == 1:
        groups[0] += [k for k in attending if k not in groups[0]]
    if not groups:
        _note_unnamed_partners_place(st, sent, scope, chain, noun or verb, subjects_keys)
        _note_group_occasion(st, sent, scope, chain, verb, noun)
        return
    planned = to_come or _is_planned(chain, noun or verb) or verb.pos_ == "NOUN" and _planned_by_governor(verb)
    story_day, story_held_day = st.last_day, st.held_day
    date, end_date = _meeting_date(st, sent, scope, verb, planned)
    referred = _persons_of_days_apart_phrase(m, verb) if verb.pos_ != "NOUN" else set()
    if _told_as_background(chain) or _told_of_a_body_aside(m, chain[-1]) or _recalled_or_briefed_topic(verb):
        # "The two had last met on 22 September", "briefed Y on his talks with Z on Monday": "earlier
        # in the day", "a day earlier" still mean the story's day
        st.last_day, st.held_day = story_day, story_held_day
    destination = _destination(m, verb)
    # "will travel to Lima for talks with X, ahead of the summit in Quito": the summit's city only
    # when the sentence names no other place for the meeting
    shared = _shared_trailing_modifiers(verb, planned)
    if date is None and shared:
        date, end_date = _meeting_date(st, sent, shared, _last_conjoined(verb), planned)
    # "talks on the exchange of cadets in X": not held in X; "met X, while Y was in Z": Y's place, not the meeting's
    place_scope = scope - _topic_phrase(chain, noun) - _aside_of_another_subject(m, scope)
    explicit_place = (_own_place_of_talks(m, verb) or _explicit_place(st, sent, place_scope, skip_coming=True) or trailing_place or destination or _city_visited_then(m, chain)
                      or _where_place(m, chain) or _explicit_place(st, sent, place_scope) or _place_of_the_day_when(st, sent, chain)
                      or _city_of_named_event(st, sent, scope)
                      or _city_of_sidelines_occasion(st, sent, scope)
                      or _dateline_capital_told(m, sent, scope)
                      or _capital_of_the_visit(st, sent, scope)
                      # (not a call's: "held a video conference on May 2 and met in person in X last month")
                      or (_explicit_place(st, sent, shared) if shared and kind not in ("telephone", "virtual") else None)
                      or _fronted_place_of_first_verb(st, sent, verb, planned)
                      or _place_of_first_verb_same_time(st, sent, verb, planned))
    visit_place, visit_country = _visit_place(st, sent)
    if not (explicit_place or visit_place or visit_country):
        visit_country = _journey_country(m, verb)
    cut = not (explicit_place or visit_place or visit_country) and verb.pos_ != "NOUN"
    for piece, words in (_cut_pieces(m, sent) if cut else []):
        # "... Chief of Staff Lt Gen | X during his visit to Quito": the parse cut the sentence; only
        # the words of the piece that still belong to the clause (as for the day, _meeting_date)
        explicit_place = _explicit_place(st, piece, words)
        visit_place, visit_country = (None, None) if explicit_place else _visit_place(st, piece, words)
        if explicit_place or visit_place or visit_country:
            break
    part_of = part_of or _sidelines_event(st, sent, scope)
    if group_occasion is not None:
        date, end_date = (date, end_date) if date is not None else (group_occasion.date, group_occasion.end_date)
        explicit_place = explicit_place or group_occasion.place
    if date is None or not (explicit_place or visit_place):
        # "On the sidelines of the meeting, X held talks with Y": the meeting told before gives both
        occasion_date, occasion_end, occasion_place = _earlier_occasion(st, sent, scope)
        if date is None:
            # "on the eve of the summit": the day that moment of the occasion names
            date, end_date = _day_of_the_moment(m, sent, scope, occasion_date, occasion_end)
        explicit_place = explicit_place or (None if visit_place else occasion_place)
    if date is None and kind not in ("telephone", "virtual") and not (explicit_place or visit_place or visit_country) \
            and not _set_apart_from_an_occasion(m, sent, scope):
        # "The 3rd X Committee meeting was held in Y on 10 March. A met B": the occasion just told
        # ("... will be held in Y on 7 July. A will co-chair it with B": one still to come, when both are;
        # not "A met B ahead of the summit": another day)
        date, end_date, explicit_place = _occasion_held_right_before(st, sent, planned)
        date, end_date = _day_of_the_moment(m, sent, scope, date, end_date)
    subject_tokens = _subject_tokens(chain) if verb.pos_ != "NOUN" else []
    visit_owner = _person_whose_visit_a_relative_clause_tells(m, sent)
    if visit_owner is not None and any(visit_owner in g for g in groups):
        st.visitor = visit_owner  # "X received Y, who is on a visit to Z": Y is the visitor, not the subject
    elif subjects_keys and (visit_place or visit_country or _visit_told_of(sent, subject_tokens)):
        st.visitor = subjects_keys[0]  # "X, who is on a visit to Y, met Z": X is the visitor
    evidence = m.evidence(_sentence_start(m, sent), evidence_end, rule, confidence)
    evidence = _trim(evidence)
    remote = kind in ("telephone", "virtual")  # a call has no place unless the text gives one
    background = _told_as_background(chain)
    if subjects_keys and verb.pos_ != "NOUN":
        st.sentence_subject = (sent.start, subjects_keys[0])
    own_days = _days_of_each_partner(st, sent, scope, groups, planned)
    own_places = _places_of_each_partner(st, sent, scope, groups)
    # "visited the Henderson shipyard in Western Australia, where he met X": the clause tells a journey
    # to a place the gazetteer may not know; where the visitor was before is no longer where he is
    went_elsewhere = not (explicit_place or visit_place) and (_place_clause_governor(m, verb) is not None
                                                              or _unknown_place_named(m, chain, noun))
    for participants in groups:
        if participants[-1] in own_days:
            date, end_date = own_days[participants[-1]], None
        explicit_place = own_places.get(participants[-1], explicit_place)
        place = explicit_place or visit_place
        # "The two last met in July": where anyone is now is not where they met then
        recalled = _told_as_earlier(chain) and _recalled_long_ago(chain, date, m.doc.published)
        if place is None and not (remote or recalled or planned or went_elsewhere) and _sidelines_occasion(m, sent, scope) is not None:
            # "B hosted C for a breakfast on the margins of the ministerial": where the lead's gathering
            # is, not where B was last told to be (another day's meeting)
            place = _place_of_the_leads_gathering(st, sent, scope)
        if place is None and (remote or recalled):
            pass
        elif place is None and not went_elsewhere:
            for p in participants:
                known = st.location.get(p)
                if known and visit_country and m.places[known].country != visit_country:
                    continue
                if known and not planned and p in st.location_to_come:
                    continue  # "X is expected to visit a plant in Y. Later in the day, X called on Z": not yet in Y
                if known and (not planned or _planned_where_they_are(st, sent, scope, known, date) or _before_going_home(m, sent, p)
                              or _host_of(m, [q for q in participants if q != p], known)):
                    place = known
                    break
        # the dateline is where the reporter is: the place of the lead's meeting held there, not of a
        # call or of a meeting still to come
        # a participant known to be visiting a country: the meeting is there, not where the
        # dateline is ("X began a visit to Sri Lanka ... X called on Y")
        visited = next((st.visiting[p] for p in participants if p in st.visiting), None)
        # ("Port Louis - X, on a visit to Mauritius, called on Y": the dateline's city in the country visited)
        if (place is None and not (remote or recalled) and not st.meetings and m.dateline_place and not went_elsewhere
                and visit_country in (None, m.places[m.dateline_place].country)
                and (not planned or m.places[m.dateline_place].country in _visit_destinations(st))
                and visited in (None, m.places[m.dateline_place].country)):
            place = m.dateline_place
        if place is None and not (remote or recalled or planned or went_elsewhere):
            place = _place_of_the_leads_gathering(st, sent, scope)
        if place is None and not (remote or recalled) and not planned and not went_elsewhere:
            place = _delegation_place(st, participants, visit_country, date)
            if place is not None and _hosted_away_from(m, verb, subjects_keys, place):
                place = None
        if place is None and not (remote or recalled) and not went_elsewhere and _also_by_pronoun_subject(chain):
            place = _place_of_own_meeting_just_before(st, sent, subjects_keys)
        if place is None and not (remote or recalled) and not went_elsewhere and not visit_country:
            place = _host_at_home(st, participants, planned, date, _hosts_by_verb(verb, subjects_keys))
        # a meeting held in person somewhere the text or the dateline names: everyone in it was there
        everyone = explicit_place or (place is not None and place == m.dateline_place and not planned and not remote)
        for p in (participants if everyone else subjects_keys or participants[:1]):
            # a journey still to come ("will travel to Paris for talks") does not move anyone yet, nor
            # one months away ("looked forward to meeting again in Singapore in May"), nor a meeting
            # told as background ("the two had last met in Kuala Lumpur")
            # ("expected to meet again in Yerevan in the autumn": a next round, not a stop of this trip)
            later = planned and (place == destination or date is not None and date.precision != "day" or _told_again(chain))
            # nor one of a month (year) before the story's told in an aside ("A and B, who first met
            # in Minsk last May, ..."; not "Earlier in September, A met B in New York", whose next
            # sentences may go on about it there)
            long_ago = (not planned and date is not None and date.precision != "day" and m.doc.published is not None
                        and date.iso < m.doc.published.isoformat()[:7] and _who_clause_noun(chain[-1]) is not None)
            if (place or visit_country) and not remote and not later and not background and not long_ago:
                _put(st, p, place, date)
                if not planned:  # (a meeting to come where they already are is no journey)
                    _note_to_come(st, p, False)
            elif went_elsewhere and not planned:
                st.location.pop(p, None)  # somewhere the text names but the gazetteer does not know
                st.location_day.pop(p, None)
        host = m.places[place].country if place else visit_country
        if host and (visit_place or visit_country or subjects_keys and st.visitor == subjects_keys[0]):
            st.hosted_visit[len(st.meetings)] = host
        elif not remote and visited and host in (None, visited):
            st.hosted_visit[len(st.meetings)] = visited  # "Y received the visiting X", "X met Y"
        if not remote and (hosts := _hosts_by_verb(verb, subjects_keys)):
            st.verb_hosts[len(st.meetings)] = hosts
        if background:
            st.background.add(f"meeting:{len(st.meetings)}")
        if any(c.dep_ == "advmod" and c.lower_ == "also" for v in chain for c in v.children):
            st.side.add(f"meeting:{len(st.meetings)}")
        # "A day after meeting X, A met Y": the meeting with X is the one referred back to, not of the day moved
        referred_back = bool(referred) and referred <= set(participants)
        st.meetings.append(
            MeetingMention(
                key=f"meeting:{len(st.meetings)}",
                participants=list(participants),
                date=None if referred_back else date,
                end_date=end_date,
                place=place,
                status="planned" if planned else "held",
                kind=kind,
                topics=_topics(sent, scope),
                part_of=part_of,
                framework=framework,
                evidence=[evidence],
                earlier=not planned and _told_as_an_earlier_occasion(chain),
            )
        )
    if subjects_keys:
        st.last_subject = subjects_keys[0]
    if st.visitor is None and subjects_keys and groups:
        # with no place told, the dateline's city says who is abroad ("NEW DELHI - A and B co-chaired ... here")
        st.visitor = _foreigner(m, groups[0], explicit_place or visit_place or m.dateline_place) or subjects_keys[0]


ATTENDED_OCCASION_NOUNS = frozenset({"meeting", "talks", "talk", "discussion", "discussions", "consultations"})  # not "summit": a crowd
ATTENDED_SKIP_WORDS = frozenset({"also", "was", "were", "which", "that", ","})


# Nouns after "on" that tell when, where or how the meeting was, never what it was about
# where the talks were, not what they were about: "held talks with X on the deck of a frigate in Y" was held in Y
SPATIAL_NOUNS = frozenset({"deck", "outskirts", "island", "premises", "banks", "shore", "shores", "grounds", "border", "ship",
                           "vessel", "carrier", "site"})
NOT_TOPIC_NOUNS = SIDELINES_WORDS | VISIT_NOUNS | SPATIAL_NOUNS | frozenset({
    "journey", "board", "occasion", "eve", "arrival", "behalf", "way", "day", "morning", "afternoon", "evening", "night", "invitation"})


def _topic_phrase(chain: list[Token], noun: Token | None) -> set[int]:
    """Tokens of what the meeting was about, "on"/"about" a common noun hung on the trigger or its
    talk noun ("held talks with X on joint drills and the training of cadets in Y"): a place
    named there is not where the meeting was."""
    heads = [*chain, noun] if noun is not None else chain
    topics = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in BRIEFING_TOPIC_PREPS and _about_a_topic(p)]
    # "briefed X on the deal in Rome": a place hung on the topic's own noun may be the meeting's (the
    # parse attaches it there); one further down ("on the training of cadets in Y") is the topic's
    own_places = {t.i for p in topics for o in p.children if o.dep_ == "pobj" for c in o.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
    return {t.i for p in topics for t in p.subtree} - own_places


def _about_a_topic(prep: Token) -> bool:
    """"on border patrols", not "on Tuesday", "on the sidelines of X", "on board a vessel"."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ != "DATE" and o.lower_ not in NOT_TOPIC_NOUNS for o in objects)


def _attended_by_phrase(m: ArticleMentions, start: int, end: int) -> tuple[int, int] | None:
    """(talk noun, "attended"/"joined") of the first "<talk noun> (was also) attended by" in
    tokens ``start``..``end`` (read on the words: the parse often makes "attended" the root)."""
    for t in m.tokens[start : end - 1]:
        if t.lower_ not in ("attended", "joined") or m.tokens[t.i + 1].lower_ != "by":
            continue
        k = t.i - 1
        while k > start and m.lower[k] in ATTENDED_SKIP_WORDS:
            k -= 1
        if m.lower[k] in ATTENDED_OCCASION_NOUNS:
            return k, t.i
    return None


def _attended_also_by(m: ArticleMentions, sent: Span, verb: Token) -> list[str]:
    """"X received Y at the palace, in a meeting also attended by Z", "talks, joined by Z, ...": persons
    a talk noun after the trigger says took part too."""
    phrase = _attended_by_phrase(m, verb.i, sent.end)
    return _persons_run(m, phrase[1] + 2, sent.end)[0] if phrase is not None else []


def _also_by_pronoun_subject(chain: list[Token]) -> bool:
    """"He also met X", "She is also expected to call on X": "also" on the trigger or on a verb that
    governs it, with a pronoun as the subject."""
    return (any(c.dep_ == "advmod" and c.lower_ == "also" for v in chain for c in v.children)
            and any(s.text in PRONOUNS for s in _subject_tokens(chain)))


HOSTING_VERBS = frozenset({"host", "receive", "welcome"})


def _hosted_away_from(m: ArticleMentions, verb: Token, subjects: list[str], city: str) -> bool:
    """"A hosted a delegation led by B": the host is at home, so a city of B's country (where a
    compatriot of A once went) is not where they met."""
    if verb.lemma_.lower() not in HOSTING_VERBS or not subjects:
        return False
    home = m.person(subjects[0]).country
    return home is not None and m.places[city].country != home


def _place_of_own_meeting_just_before(st: _State, sent: Span, subjects: list[str]) -> str | None:
    """"X is to hold talks with Y in Z. He is also expected to call on W on Thursday": "also" goes on
    with the meeting of the same person told in the sentence right before, in the same place (only
    "also": "then"/"later" may come after a journey)."""
    earlier = _sentences_before(st.m, sent, 1)
    if not earlier or not subjects or not st.meetings:
        return None
    last = st.meetings[-1]
    told_there = earlier[0].start_char <= last.evidence[-1].start < earlier[0].end_char
    if told_there and subjects[0] in last.participants and last.kind not in ("telephone", "virtual"):
        return last.place
    return None


def _partner_stretches(st: _State, scope: set[int], groups: list[list[str]], sent_end: int) -> list[tuple[str, int, int]]:
    """(partner, token index after their name, the next partner's name end or ``sent_end``) for each
    partner of a one-to-many list named in order ("met A on Monday and B in Y on Tuesday"); [] otherwise."""
    if len(groups) < 2 or any(len(g) != 2 for g in groups):
        return []
    partners = [g[-1] for g in groups]
    ends = [next((e for s, e, k in st.m.person_spans if k == key and s in scope), None) for key in partners]
    if None in ends or ends != sorted(ends):
        return []
    return list(zip(partners, ends, ends[1:] + [sent_end]))


def _days_of_each_partner(st: _State, sent: Span, scope: set[int], groups: list[list[str]], planned: bool) -> dict[str, PartialDate]:
    """"met A on Monday and B on Tuesday": each partner of a one-to-many list with the day written
    right after them (between their name and the next partner's); {} unless every partner has one."""
    stretches = _partner_stretches(st, scope, groups, sent.end)
    if not stretches:
        return {}
    m = st.m
    days = [(start, d.date) for start, _, d in st.sentence_dates(sent, planned) if d.date is not None and d.date.precision == "day"]
    found: dict[str, PartialDate] = {}
    for key, end, following in stretches:
        low, high = m.tokens[end - 1].idx, (m.tokens[following - 1].idx if following != sent.end else sent.end_char)
        own = [date for start, date in days if low < start < high]
        if len(own) != 1:
            return {}
        found[key] = own[0]
    return found


def _places_of_each_partner(st: _State, sent: Span, scope: set[int], groups: list[list[str]]) -> dict[str, str]:
    """"met A in X on Monday and B in Y on Tuesday": each partner of a one-to-many list with the city
    written "in"/"at" right after them (before the next partner's name); {} unless every partner has one."""
    m = st.m
    found: dict[str, str] = {}
    for key, end, following in _partner_stretches(st, scope, groups, sent.end):
        own = {m.place_at[i] for i in range(end, following) if i in m.place_at and m.lower[i - 1] in ("in", "at")
               and m.places[m.place_at[i]].kind == "City"}
        if len(own) != 1:
            return {}
        found[key] = own.pop()
    return found


def _last_conjoined(verb: Token) -> Token:
    """The last verb of the list of conjoined verbs ``verb`` is in ("called on A, held talks with B and met C")."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
    last = top
    while (later := [c for c in last.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]):
        last = later[-1]
    return last


def _shared_trailing_modifiers(verb: Token, planned: bool) -> set[int]:
    """"X called on A, held talks with B and met C in Santiago on Monday": the date and place after
    the last of a list of meeting verbs are every one's, when all are told alike (held or planned)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    last = _last_conjoined(verb)
    if last.i <= verb.i or _trigger(last) is None or _is_planned(_chain(last), last) != planned:
        return set()
    if any(c.dep_ in ("aux", "auxpass") for c in last.children):
        return set()  # "is expected to hold talks with A and will call on B on Thursday": a clause of its own
    return {t.i for c in last.children if c.dep_ in ("prep", "npadvmod") and c.i > last.i for t in c.subtree}


CALLED_OFF_SUBJECTS = TALK_NOUNS | VISIT_NOUNS | frozenset({"it", "this"})


def _called_off(verb: Token) -> bool:
    """"cancelled", "postponed", "called off"."""
    lemma = verb.lemma_.lower()
    return lemma in CALLED_OFF or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _called_off_after(sent: Span, verb: Token) -> bool:
    """A later clause of the sentence says the meeting was called off ("..., but the meeting was
    cancelled", "but it was postponed"; not "after a visit to X was cancelled")."""
    return any(t.pos_ == "VERB" and _called_off(t) and any(_the_same_occasion(c) or _occasion_telling(c, verb) for c in t.children)
               for t in sent if t.i > verb.i)


def _within_a_called_off_visit(verb: Token) -> bool:
    """"X cancelled (postponed) his visit to Y, where he was to meet Z", "called off a trip to Y for
    talks with Z": the meeting is told inside the words of a visit that a called-off verb has as its
    object (or subject); it is called off with the visit. Not "X, who postponed a visit in January,
    met Z": the meeting is outside the visit's words."""
    return any(a.pos_ == "NOUN" and a.lemma_.lower() in VISIT_NOUNS and a.dep_ in ("dobj", "nsubjpass")
               and _called_off(a.head) for a in verb.ancestors)


def _occasion_telling(subject: Token, verb: Token) -> bool:
    """"X's visit to Y, where he was to meet Z, was cancelled": the called-off occasion's own words
    tell the meeting, which goes with it."""
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in CALLED_OFF_SUBJECTS and verb in subject.subtree


def _the_same_occasion(subject: Token) -> bool:
    """"the meeting", "his visit", "it" as a subject: the occasion just told, not another one ("a visit to X")."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lower_ not in CALLED_OFF_SUBJECTS:
        return False
    return subject.pos_ == "PRON" or any(c.lower_ in ("the", "this", "his", "her", "their") for c in subject.children)


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The verbs whose "not" or "cancelled" undoes the meeting: not the first verb of a conjoined
    verb with a tense of its own ("did not attend the talks but held a telephone conversation with
    X"; still "did not travel to X and meet Y")."""
    for k in range(1, len(chain)):
        if chain[k - 1].dep_ == "conj" and chain[k - 1].tag_ in ("VBD", "VBZ", "VBP"):
            return chain[:k]
    return chain


def _told_of_a_body_aside(m: ArticleMentions, verb: Token) -> bool:
    """"reviewed the outcomes of the Joint Working Group, which met on Tuesday under ...": a meeting
    told in a relative clause on a body or an occasion is an aside; the story's day stays (for
    "later in the day"); not a lead the parse hung on the dateline's words ("NEW DELHI, Oct 21 (PTI) X met Y")."""
    return (verb.dep_ == "relcl" and verb.head.i not in m.person_at and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i >= m.dateline_end)


def _recalled_long_ago(chain: list[Token], date: PartialDate | None, published: datetime.date | None) -> bool:
    """A background meeting before the story's trip: "last met", "previously met", or one of a past
    month or year ("had met in March" told in May); not "had held talks with X on Monday" nor
    "earlier this week", days of the visit the story tells (where the visitor still is)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("last", "previously") for v in chain for c in v.children):
        return True
    return date is not None and date.precision != "day" and published is not None and not published.isoformat().startswith(date.iso)


def _told_as_an_earlier_occasion(chain: list[Token]) -> bool:
    """"first met", "last met", "previously met": an occasion before the story's own, never the
    same meeting as one told without it ("A met B in X on Monday ... The two first met in X in
    2019": two meetings, though Monday has no date to set them apart)."""
    return any(c.dep_ == "advmod" and c.lower_ in ("first", "last", "previously") for v in chain for c in v.children)


def _told_as_background(chain: list[Token]) -> bool:
    """"had met", "last met", "previously met", "(their first) since they met": a meeting before
    the story's, which moves no one now."""
    return any(c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "advmod" and c.lower_ in ("last", "previously")
               or c.dep_ == "mark" and c.lower_ == "since" for v in chain for c in v.children)


THANK_VERBS = frozenset({"thank", "praise", "commend", "appreciate", "congratulate", "laud", "hail"})


def _hosting_told_as_reason(anchor: Token) -> bool:
    """"thanked Chile for hosting ...", "praised Chile for hosting ...": a hosting under "for" (or
    under a preposition of a thank/praise verb); not "after hosting", "before hosting"."""
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("pcomp", "pobj"):
        return False
    prep = anchor.head
    return prep.lower_ == "for" or prep.head.lemma_.lower() in THANK_VERBS


# Words that tell meetings of a group apart ("held separate talks with A and B", "bilateral talks")
APART_WORDS = frozenset({"separate", "separately", "bilateral", "bilaterally", "respectively", "individually"})


def _note_group_occasion(st: _State, sent: Span, scope: set[int], chain: list[Token], verb: Token, noun: Token | None) -> None:
    """"The defence ministers of A, B and C met in X on Saturday": a meeting held by persons not
    named yet, of two or more countries; its day and place are noted for the sentence that names them
    (not "had last met in Y in May": a meeting before the story's, nor an aside on a body)."""
    countries = frozenset(country for s in _subject_tokens(chain) for t in s.subtree if (country := st.m.country_at.get(t.i)))
    if not _group_subject(chain) or len(countries) < 2 or _is_planned(chain, noun or verb):
        return
    if _told_as_background(chain) or _told_of_a_body_aside(st.m, chain[-1]):
        return
    story_day, story_held_day = st.last_day, st.held_day
    date, end_date = _meeting_date(st, sent, scope, verb, False)
    st.last_day, st.held_day = story_day, story_held_day  # no meeting recorded: the story's day stays
    st.group_occasion = _GroupOccasion(sent.end, countries, date, end_date, _explicit_place(st, sent, scope))


# Words that tell a meeting came after another one of the sentence ("met A on Friday, and then B")
SEQUENCE_WORDS = frozenset({"then", "later", "afterwards", "subsequently"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp"})


def _in_own_clause(token: Token, verb: Token) -> bool:
    """``token`` hangs on ``verb`` (or on its talk noun, its partners) without a clause of its own in
    between: "met separately with A and B", not "met to discuss bilateral ties"."""
    for a in token.ancestors:
        if a.i == verb.i:
            return True
        if a.dep_ in CLAUSE_DEPS and a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _group_occasion_named(st: _State, sent: Span, participants: list[str], verb: Token,
                          noun: Token | None) -> _GroupOccasion | None:
    """The group meeting noted in the sentence right before (_note_group_occasion) when the
    persons of this one whose country is known are of two or more of its countries: the group, now
    named (not "held talks with A on Friday, and then with B on Sunday": meetings of their own)."""
    occasion = st.group_occasion
    earlier = _sentences_before(st.m, sent, 1)
    if occasion is None or not earlier or earlier[0].end != occasion.sent_end:
        return None
    words = [t for t in sent if t.i == verb.i or _in_own_clause(t, verb)] + ([noun] if noun is not None else [])
    if any(t.lower_ in APART_WORDS for t in words):  # "held separate bilateral talks with B and C": not all together
        return None
    if any(t.lower_ in SEQUENCE_WORDS and t.dep_ == "advmod" for t in sent):
        return None
    days = {d.date for start, _, d in st.sentence_dates(sent, False)
            if d.date is not None and d.date.precision == "day" and start >= st.m.doc.body_start}
    if len(days) > 1 or days and occasion.date is not None and occasion.date not in days:
        return None  # days of their own, or another day than the group's
    countries = {st.m.person(k).country for k in participants} - {None}  # (a guest's country may be unknown)
    return occasion if len(countries) >= 2 and countries <= occasion.countries else None


def _note_unnamed_partners_place(st: _State, sent: Span, scope: set[int], chain: list[Token], anchor: Token,
                                 subjects: list[str]) -> None:
    """"X hosted his counterparts in Astana on Monday", "after hosting his counterparts in Astana":
    no meeting of named persons, but X is in Astana for the meetings told next (not "thanked Chile
    for hosting a drill in Valparaiso in May": a hosting told as the reason for something else,
    not where the subject is now)."""
    if len(subjects) != 1 or _is_planned(chain, anchor):
        return
    if _hosting_told_as_reason(anchor):
        return
    place = _explicit_place(st, sent, scope)
    if place is not None:
        _put(st, subjects[0], place)


# -- "A co-chaired the X Committee with B", "the X Dialogue, which was co-chaired by A and B" -------

CO_CHAIR_FORMS = frozenset({"chaired", "chairing", "chair"})
RUN_STOP_WORDS = frozenset({"which", "who", "where", "when", "while", "as", ";", "."})


def _co_chair_verb(token: Token) -> bool:
    """"co-chaired" as a verb; the tokenizer may split it into "co", "-", "chaired" and tag the
    last part a noun ("are to co-chair the ..."), so the form decides, not the tag."""
    lower = token.lower_
    if lower in ("co-chaired", "cochaired", "co-chairing"):
        return True
    if lower not in CO_CHAIR_FORMS or co_chair_start(token) != token.i - 2:
        return False
    if lower == "chair":  # "to co-chair", "will co-chair"; not "the co-chair of"
        before = token.doc[token.i - 3] if token.i >= 3 else None
        return before is not None and (before.lower_ == "to" or before.lower_ in FUTURE_AUX or before.lower_ in MODAL_FUTURE)
    return True


def _co_chair_tokens(verb: Token) -> list[Token]:
    doc = verb.doc
    return [doc[verb.i - 2], doc[verb.i - 1], verb] if verb.lower_ in CO_CHAIR_FORMS and co_chair_start(verb) == verb.i - 2 else [verb]


JOINT_CHAIR_VERBS = frozenset({"preside", "chair"})


def _joint_chair_verb(token: Token) -> bool:
    """"A and B presided over the 5th session of the X Commission", "A and B jointly chaired ...":
    chairing verbs whose subject is two or more persons (or that say "jointly") co-chair; one
    person chairing a body's meeting is no meeting of pairs."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in JOINT_CHAIR_VERBS or token.lower_.startswith("co"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in token.children):
        return True
    return _joint_subject(token) or _group_subject([token])


def _persons_run(m: ArticleMentions, start: int, end: int, semicolons: bool = False) -> tuple[list[str], int]:
    """Persons named from ``start`` until the clause goes on (a verb, a relative word): the
    list after "co-chaired by" / "with", read on the words since the parse often splits it
    (``semicolons``: a list whose items, long titles with commas, are set off by ";").
    Returns the persons and where the run stopped."""
    found: list[str] = []
    i = start
    while i < end:
        t = m.tokens[i]
        key = m.person_at.get(i) or m.title_owner.get(i)
        # the point of an abbreviated rank the tokenizer split off ("Maj. Gen. X") goes on with the name
        rank_point = t.text == "." and i > start and m.tokens[i - 1].text in MILITARY_RANK_ENDS and not m.tokens[i - 1].whitespace_
        listed = semicolons and t.text == ";"
        if key is None and not rank_point and not listed and (t.pos_ in ("VERB", "AUX") or t.lower_ in RUN_STOP_WORDS):
            break
        if key and key not in found:
            found.append(key)
        i += 1
    return found, i


HELD_CLAUSE_VERBS = frozenset({"hold", "convene", "take"})  # "which was held / convened / took place in X"


def _co_chaired_meeting(st: _State, sent: Span, verb: Token) -> None:
    """Co-chairing a dialogue or committee meeting is a meeting of the co-chairs, an occasion of
    that framework: "X co-chaired the 5th JDCC with Y", "A and B are to co-chair the 13th meeting
    of the X Committee in Delhi", "the 14th X Dialogue held in Hanoi ..., which was co-chaired by A and B"."""
    m = st.m
    cluster = _co_chair_tokens(verb)
    after = cluster[-1].i + 1
    chain = _chain(verb)
    relative = next((t for t in cluster if t.dep_ == "relcl" and t.head not in cluster), None)
    if relative is not None and relative.i != verb.i:  # "which A and B will co - chair": the parse made "co" the clause's verb
        chain = _chain(relative)
    elif relative is None and len(chain) == 1:
        # "On <day>, the X meeting was co-chaired by A and B": the parse may make "co" the clause's
        # head (the participle hung on it), or the words adjectives of "was"; the clause's head
        # holds its day and place
        top = next((t for t in cluster if t.head not in cluster or t.head == t), verb)
        if top is not verb:
            chain = _chain(top)
        if chain[-1].dep_ == "acomp" and chain[-1].head.lemma_.lower() == "be":
            chain = chain + [chain[-1].head]
    by = _co_chairs_agent(m, cluster, sent)
    passive = by is not None
    if by is not None:  # the co-chairs follow "by"
        persons, stop = _persons_run(m, by.i + 1, sent.end)
        subjects_keys, objects, subject_tokens = persons, [], []
        target = (_last_framework_before(st, sent, cluster[0].i) or _body_of_occasion_subject(st, chain)
                  or _body_of_occasion_subject(st, _chain(cluster[0])))
    else:
        # "The two ministers will co - chair": the parse may hang the subject on "co", or on its "will"
        holders = cluster + [c for t in cluster for c in t.children if c.dep_ == "aux"]
        holder = next((t for t in holders if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        governor = None if holder is None else holder if holder in cluster else holder.head
        if not _subject_tokens(chain) and governor is not None and (governor == verb or governor.is_ancestor(verb)):
            # (not a "he co -" hung beside "chaired": the clause is still the verb's)
            chain = _chain(holder) if holder in cluster else [governor, holder]
        subject_tokens = _subject_tokens(chain) or [c for t in cluster for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects_keys = _persons_in(m, (t for s in subject_tokens for t in s.subtree))
        if not subjects_keys and chain[-1].dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subject_tokens):
            subjects_keys = _relative_clause_person(m, chain[-1])  # "X, Deputy Chief of Staff, who co-chaired ... with Y"
        if not subjects_keys and any(s.text in PRONOUNS for s in subject_tokens):
            subjects_keys = _pronoun_antecedent(st, chain)
        if not subject_tokens:  # the parse hung the subject on "co" as a compound
            subjects_keys = _persons_just_before(m, sent, cluster[0].i)
        else:  # "the Defence Secretary and General X co-chaired": the parse may hang X on "co"
            subjects_keys += [k for k in _persons_just_before(m, sent, cluster[0].i) if k not in subjects_keys]
        with_word = next((t for t in m.tokens[after : sent.end] if t.lower_ == "with"), None)
        _, clause_end = _persons_run(m, after, sent.end) if with_word is None else (None, with_word.i)
        objects, stop = _persons_run(m, with_word.i + 1, sent.end) if with_word is not None else ([], clause_end)
        target = _framework_after(st, after, stop) or _framework_referred_to(st, sent, after, stop)
        relative = _framework_of_relative(st, sent, cluster[0].i) if target is None else None
        if relative is not None:
            target = relative[:2]
            subjects_keys = subjects_keys or _persons_run(m, relative[2] + 1, cluster[0].i)[0]
    # "The dialogue was co-chaired by A and B": the parse may split "co-chaired" and hang the subject on "co"
    occasion = _occasion_subject(chain) or (_occasion_subject(_chain(cluster[0])) if cluster[0] is not verb else None)
    if target is None and passive and occasion is not None:
        target = _framework_referred_to(st, sent, occasion.i - 1, occasion.i + 1)
    told_occasion = (occasion is not None or _occasion_antecedent(cluster) is not None
                     # "co-chaired the meeting with B", "A and B co-chaired the meeting": two co-chairs of a told occasion
                     or bool(objects) and _occasion_object(cluster) is not None
                     # (not "co-chaired the session" of a dialogue: a part of it, not a meeting of the pair)
                     or len(set(subjects_keys)) >= 2 and (o := _occasion_object(cluster)) is not None and o.lower_ in ("meeting", "talks"))
    if target is None and not (len(set(subjects_keys) | set(objects)) >= 2 and told_occasion):
        return  # co-chairing without a named body ("co-chaired by X") is too vague to be a meeting
    fw_key, head = target or (None, None)
    scope = _scope(chain, subject_tokens) | set(range(cluster[0].i, stop))
    if occasion is not None:  # its day and place are the occasion's told before
        scope |= {t.i for t in occasion.subtree}
    held = _held_verb_of_participle_subject(verb)
    if held is not None:  # "The 5th Session of X, co-chaired by A and B, was held in Y from ...": the place is the session's
        scope |= {t.i for c in held.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
    if head is not None:
        # "the X Dialogue, which was held in Tokyo on 22 January and was co-chaired by A and B": the
        # clause that tells it was held gives the day and place (not "which was launched in 2015")
        scope |= {t.i for c in head.children if c.dep_ in ("acl", "prep") or c.dep_ == "relcl" and c.lemma_.lower() in HELD_CLAUSE_VERBS
                  for t in c.subtree}
        scope |= _holding_clause(st, sent, fw_key)
    part_of = next((k for k, e in st.events.items() if fw_key is not None and e.framework == fw_key
                    and any(sent.start_char <= ev.start < sent.end_char for ev in e.evidence)), None)
    st.sentence_subject = (sent.start, subjects_keys[0]) if subjects_keys else st.sentence_subject
    last_day, held_day = st.last_day, st.held_day
    _record_meetings(st, sent, verb, "talks", None, chain, scope, subjects_keys, objects, "meeting.co-chair",
                     CONF_MEETING_NOUN, framework=fw_key, part_of=part_of, to_come=_said_to_come(m, cluster[0].i))
    if not objects and passive:  # "the X Dialogue held on <day>, which was co-chaired by": the day is the dialogue's, not the story's
        st.last_day, st.held_day = last_day, held_day


def _held_verb_of_participle_subject(verb: Token) -> Token | None:
    """The "was held" (convened, took place) of "The session, co-chaired by A and B, was held in
    Y": the co-chairing participle hangs on the subject of a verb that tells where the session sat."""
    if verb.dep_ != "acl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    held = verb.head.head
    return held if held.pos_ == "VERB" and held.lemma_.lower() in HELD_CLAUSE_VERBS else None


def _co_chairs_agent(m: ArticleMentions, cluster: list[Token], sent: Span) -> Token | None:
    """The "by" of a passive "co-chaired by A and B", right after the verb or after its day or place
    ("co-chaired on Wednesday by A and B", "co-chaired in Nairobi last week by"); not a "by" past
    another verb or a person ("co-chaired with A a session opened by B")."""
    for i in range(cluster[-1].i + 1, sent.end):
        t = m.tokens[i]
        if t.lower_ == "by":
            return t
        # an object says the verb is active ("co-chaired a session by video link with A")
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "dobj" or i in m.person_at or m.lower[i] in RUN_STOP_WORDS:
            return None
    return None


def _body_of_occasion_subject(st: _State, chain: list[Token]) -> tuple[str, Token] | None:
    """"The 3rd meeting of the JDCC was co-chaired by A and B": the body the occasion noun of the
    subject is "of", named before by its name or its acronym (a short form the parse may not mark)."""
    for subject in _subjects_of_passive(chain):
        if subject.lower_ not in OCCASION_NOUNS:
            continue
        for body in (o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            key = st.framework_at.get(body.i) or _framework_bracketing(st, body.text)
            if key is not None:
                return key, body
    return None


def _framework_bracketing(st: _State, acronym: str) -> str | None:
    """The framework whose name the article followed with "(<acronym>)", or whose acronym it is."""
    m = st.m
    for i, key in st.framework_at.items():
        if i + 2 < len(m.tokens) and m.lower[i + 1] == "(" and m.tokens[i + 2].text == acronym and st.framework_at.get(i + 1) != key:
            return key
    return next((k for k, fw in st.frameworks.items() if fw.acronym == acronym), None)


def _framework_of_relative(st: _State, sent: Span, start: int) -> tuple[str, Token, int] | None:
    """"the X Dialogue, which A is scheduled to co-chair with B", "the X Committee that A and B
    co-chaired": the framework named right before the "which"/"that" that opens the clause of
    "co-chair" (read on the words: the parse of a split "co - chair" rarely holds), its last word,
    and where the relative word is. Only subjects, titles and a planning verb may stand between."""
    m = st.m
    for i in range(start - 1, sent.start, -1):
        word = m.tokens[i]
        if m.lower[i] in ("which", "that"):
            j = i - 1 if m.lower[i - 1] != "," else i - 2
            key = st.framework_at.get(j)
            return (key, m.tokens[j], i) if key is not None else None
        if word.text in (",", ";", ":") or word.pos_ == "VERB" and not _word_in(word, PLANNED_GOVERNORS):
            return None
    return None


def _said_to_come(m: ArticleMentions, first: int) -> bool:
    """"will co-chair", "is scheduled to co-chair", "is to co-chair", "the meeting, to be co-chaired
    by": the words right before a split "co - chair" tell it is still to come (the parse may hang
    them on anything)."""
    before = m.lower[first - 1] if first > 0 else ""
    if before in FUTURE_AUX or before in MODAL_FUTURE:
        return True
    if before == "be" and first >= 2 and m.lower[first - 2] == "to":
        return True  # "to be co-chaired by A and B", as "to be held"
    if before != "to" or first < 2:
        return False
    governor = m.tokens[first - 2]
    return _word_in(governor, PLANNED_GOVERNORS) or governor.lower_ in ("is", "are")


def _occasion_antecedent(cluster: list[Token]) -> Token | None:
    """"the annual X Board meeting, which A and B will co-chair in Manila": the occasion noun a
    relative clause of "co-chair" hangs on (the co-chairs meet at it, named body or not)."""
    clause = next((t for t in cluster if t.dep_ == "relcl" and t.head not in cluster), None)
    if clause is None or clause.head.lower_ not in OCCASION_NOUNS:
        return None
    return clause.head if any(c.lower_ in ("which", "that") for c in clause.children) else None


def _occasion_object(cluster: list[Token]) -> Token | None:
    """"A co-chaired the meeting (the talks) with B": a definite occasion noun as the verb's object (no "of"
    naming a body after it); the co-chairs met at it, even when no body is named."""
    return next((c for t in cluster for c in t.children
                 if c.dep_ == "dobj" and (c.lower_ in OCCASION_NOUNS or c.lower_ == "talks") and not any(r.lower_ == "of" for r in c.rights)
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)


def _holding_clause(st: _State, sent: Span, fw_key: str | None) -> set[int]:
    """"held the 15th X Dialogue on Wednesday, with A and B co-chairing the talks": the words of
    the verb that held the framework named in the sentence (its day and place are the co-chairs')."""
    named = [i for i in range(sent.start, sent.end) if fw_key is not None and st.framework_at.get(i) == fw_key]
    last = st.m.tokens[named[-1]] if named else None
    if last is None or last.dep_ != "dobj" or last.head.lemma_.lower() != "hold":
        return set()
    return {t.i for c in last.head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}


def _occasion_subject(chain: list[Token]) -> Token | None:
    """"The meeting was co-chaired by A and B": a bare definite occasion noun as the subject; the
    co-chairs met at the occasion told before, even when no body is named."""
    return next((s for s in _subjects_of_passive(chain) if s.lower_ in OCCASION_NOUNS and _definite_subject(s) and not list(s.rights)), None)


def _subjects_of_passive(chain: list[Token]) -> list[Token]:
    """The subjects of the chain's verb, or of its auxiliaries: the parse may hang the subject on
    the auxiliary ("The meeting was co - chaired")."""
    verb = chain[0]
    auxiliaries = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    auxiliaries += [a for b in auxiliaries for a in b.children if a.dep_ in ("aux", "auxpass")]
    return _subject_tokens(chain) or [s for a in auxiliaries for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]


REFERENCE_LOOKBACK = 3  # sentences searched back for the body "the dialogue" refers to (a wire "Updated:" line may be two)


def _framework_referred_to(st: _State, sent: Span, start: int, end: int) -> tuple[str, Token] | None:
    """"A and B co-chaired the dialogue": a bare "the <noun>" in [start, end) refers back to the
    framework named last (in this sentence or the three before) whose name ends in that noun ("the
    7th Annual Defence Dialogue"); the key and the noun."""
    m = st.m
    noun = next((m.tokens[i] for i in range(start, end) if m.pos[i] == "NOUN"), None)
    if noun is None or noun.i - 1 < start or m.lower[noun.i - 1] != "the":
        return None
    earlier = _sentences_ending_by(m, sent.start, REFERENCE_LOOKBACK)
    for i in range(noun.i - 1, (earlier[0].start if earlier else sent.start) - 1, -1):
        key = st.framework_at.get(i)
        if key is not None and st.framework_at.get(i + 1) != key and (m.lower[i] == noun.lower_ or i >= sent.start and _talks_of_series(st, key, noun)):
            return key, noun
    return None


def _talks_of_series(st: _State, key: str, noun: Token) -> bool:
    """"held the 15th X Dialogue here, with A and B co-chairing the talks": "the talks" (or "the
    meeting") in the sentence that names a dialogue or forum is that dialogue's."""
    return noun.lower_ in ("talks", "meeting") and st.frameworks[key].kind in MEETING_FRAMEWORK_KINDS


def _persons_just_before(m: ArticleMentions, sent: Span, end: int) -> list[str]:
    """Persons named in the words right before ``end`` ("Defence Secretary A and B co-chaired")."""
    found: list[str] = []
    i = end - 1
    while i >= sent.start:
        t = m.tokens[i]
        key = m.person_at.get(i) or m.title_owner.get(i)
        if key is None and not (t.pos_ == "PROPN" or t.ent_type_ == TITLE or t.lower_ == "and" or i in m.country_at
                                or _inside_named_post(m, sent, i, end)):
            break  # ("... and Vietnamese Deputy Minister X": a nationality is part of the title)
        if key and key not in found:
            found.insert(0, key)
        i -= 1
    return found


def _inside_named_post(m: ArticleMentions, sent: Span, i: int, end: int) -> bool:
    """Punctuation inside a person's phrase before a verb: the comma closing an apposition right
    before it ("A and Brazil's Army Commander, Gen. B, co-chaired"), the comma between a title and
    the name it introduces, and the "'s" of a country owning the title (not a comma between two
    names or after a verb: "After meeting A, B co-chaired")."""
    word = m.lower[i]
    if word in ("'s", "’s"):
        return i - 1 >= sent.start and i - 1 in m.country_at
    if word != ",":
        return False
    before = i - 1 >= sent.start and (m.person_at.get(i - 1) or m.title_owner.get(i - 1))
    if i == end - 1:
        return bool(before) and i - 1 in m.person_at  # the apposition's closing comma
    return bool(before) and i - 1 not in m.person_at and m.tokens[i + 1].pos_ == "PROPN"


def _last_framework_before(st: _State, sent: Span, before: int) -> tuple[str, Token] | None:
    """The last framework named before ``before`` in the sentence, and its last word."""
    for i in range(before - 1, sent.start - 1, -1):
        if i in st.framework_at:
            return st.framework_at[i], st.m.tokens[i]
    return None


def _framework_after(st: _State, start: int, end: int) -> tuple[str, Token] | None:
    """The first framework named in [start, end), and its last word."""
    for i in range(start, end):
        if i in st.framework_at:
            key = st.framework_at[i]
            while i + 1 < end and st.framework_at.get(i + 1) == key:
                i += 1
            return key, st.m.tokens[i]
    return None


def _title_anaphor(m: ArticleMentions, subject: Token, prefer: str | None = None) -> str | None:
    """"the Navy chief" with no name: the person last named with that post or one of its aliases
    ("Chief of the Naval Staff Admiral X"); when the hosts' and the visitor's posts share the name
    (two Army chiefs), ``prefer`` (the story's visitor, whom a report follows) if one of them."""
    country = _anaphor_country(m, subject)
    # (a clause the parse hung on the title is no part of it: "the Ivorian minister conferred with X";
    # nor is another country's person the title was apposed to: "After meeting A, the Ivorian minister")
    clauses = {t.i for c in subject.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    named = [k for k in _persons_in(m, (t for t in subject.subtree if t.i not in clauses))
             if country is None or m.person(k).country in (None, country)]
    if not (country or any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)) or named:
        return None
    words = [t.text for t in subject.subtree if t.dep_ in ("compound", "amod") and t.i < subject.i and t.i not in m.country_at]
    acronym = next((t for t in subject.children if t.dep_ == "compound" and t.text in words), None)
    if len(words) == 1 and acronym is not None and (force := force_acronym_words(m.sdoc, acronym.i)):
        # "the IAF chief": the force the text gave that acronym ("the Indian Air Force (IAF)") is
        # the post's service ("Air Force chief"), its country the holder's
        # (an adjective the gazetteer lacks, "the Ruritanian Air Force", is left out: the shortest
        # tail of the name that makes a known post)
        known = {t.lstrip("~") for _, group in refdata.office_alias_groups() for t in group}
        tails = [force[j:] for j in range(len(force))]
        words = next((w for w in tails if refdata.normalise_title(" ".join(w + [subject.text])) in known), force)
        country = country or force_acronym_country(m.sdoc, acronym.i)
    title = refdata.normalise_title(" ".join(words + [subject.text] + _title_words_after(subject)))
    names = {title}
    for _, group in refdata.office_alias_groups():
        forms = {t.lstrip("~") for t in group}
        if title in forms:
            names |= forms
    holders = {key for key, titles in m.titles_of.items() if names & set(titles) and country in (None, m.person(key).country)}
    if not holders and not words and subject.is_title:
        # a bare "the Secretary": the post "Secretary of ..." ("Secretary of National Defense X")
        holders = {key for key, titles in m.titles_of.items() if any(t.startswith(subject.text + " of ") for t in titles)
                   and country in (None, m.person(key).country)}
    if not holders and not words and country and subject.lower_ in OFFICE_NOUNS:
        holders = _holders_of_post_kind(m, subject.lower_, country)
    if not holders and not words:
        return _rank_anaphor(m, subject, country) or _sole_untitled_of(m, subject, country) or _sole_person_of(m, subject, country)
    if not holders and all(w.lower() in RANK_QUALIFIERS for w in words):
        return _rank_anaphor(m, subject, country, tuple(w.lower() for w in words))  # "the Field Marshal", "the Vice Admiral"
    if not holders and title == LOOSE_DEFENCE_HEAD_TITLE:
        return _first_defence_head(m, subject, country)
    if not holders:
        return _sole_untitled_of(m, subject, country)
    spans = [(s, k) for s, _, k in m.person_spans if k in holders and s < subject.i]
    if prefer is not None and country is None and any(k == prefer for _, k in spans):
        return prefer
    return max(spans)[1] if spans else None


# "the defence chief": news's loose title for whoever heads defence, and the posts that do
LOOSE_DEFENCE_HEAD_TITLE = "Defence Chief"
DEFENCE_HEAD_POSTS = frozenset({"Defence Minister", "Chief of Defence Staff", "Chief of Defence Forces"})


def _first_defence_head(m: ArticleMentions, subject: Token, country: str | None) -> str | None:
    """"the defence chief", news's loose word for whoever heads defence (a minister, a secretary of
    defence or a chief of the defence forces): the first person named before with such a post (the
    one the story is about, not a counterpart named later)."""
    heads = {key for key, titles in m.titles_of.items()
             if country in (None, m.person(key).country) and any(_heads_defence(t, m.person(key).country) for t in titles)}
    return next((k for s, _, k in m.person_spans if k in heads and s < subject.i), None)


@cache
def _heads_defence(title: str, country: str | None) -> bool:
    """A post that heads a country's defence: the defence minister's, under any of its names in that
    country ("Secretary of National Defence"), or the chief of the defence forces or staff."""
    return any(title in titles and not DEFENCE_HEAD_POSTS.isdisjoint(titles)
               for where, titles in refdata.office_alias_groups() if where in (None, country))


def _sole_untitled_of(m: ArticleMentions, subject: Token, country: str | None) -> str | None:
    """"his Greek counterpart X ... The Greek Minister of National Defence also met Y": a post with
    a country that no one was named with stands for the one person of that country named before
    with no title of his own (a counterpart's post is not written with his name)."""
    if country is None or subject.lower_ not in OFFICE_NOUNS:
        return None
    named = {k for s, _, k in m.person_spans if s < subject.i and m.person(k).country == country}
    untitled = [k for k in named if not m.titles_of.get(k)]
    return untitled[0] if len(untitled) == 1 else None


# words news uses for a person already named, whatever the post ("the Polish leader", "the Kenyan dignitary")
GENERIC_PERSON_NOUNS = frozenset({"leader", "dignitary", "visitor", "guest", "delegate"})


def _sole_person_of(m: ArticleMentions, subject: Token, country: str | None) -> str | None:
    """"Polish Deputy Prime Minister X arrived ... On Monday, the Polish leader held talks with Y":
    a generic word for a person with a country stands for the one person of that country named before."""
    if country is None or subject.lower_ not in GENERIC_PERSON_NOUNS:
        return None
    named = {k for s, _, k in m.person_spans if s < subject.i and m.person(k).country == country}
    return next(iter(named)) if len(named) == 1 else None


def _title_words_after(subject: Token) -> list[str]:
    """"The Chief of the Army Staff, who ...": the words of the title written after its head
    word, up to where the title entity ends ("of the Army Staff")."""
    if subject.ent_type_ != TITLE:
        return []
    words = []
    for t in subject.doc[subject.i + 1 : subject.sent.end]:
        if t.ent_type_ != TITLE or t.ent_iob_ == "B":
            break
        words.append(t.text)
    return words


# A rank that may stand for a person named before with it ("the Indian Admiral"), and its written forms.
RANK_NOUNS = {"admiral": ("admiral", "adm"), "general": ("general", "gen"), "marshal": ("marshal",),
              "commodore": ("commodore", "cdre", "cmde"), "brigadier": ("brigadier", "brig")}
RANK_LOOKBACK = 4  # words before a name searched for its rank ("Rear Admiral Dato' X")
# words that make a higher or lower grade of a rank ("Field Marshal", "Vice Admiral", "Lieutenant General")
RANK_QUALIFIERS = frozenset({"field", "air", "chief", "vice", "rear", "lieutenant", "major", "brigadier"})


# a cabinet member is "the minister" in news whatever the post's own word ("Secretary of Defense")
# a post's word and the other words of posts of that kind: any "Secretary" is one of "the two ministers",
# a service's "Commander" one of "the two air chiefs"
POST_KIND_WORDS = {"minister": frozenset({"minister", "secretary"}), "chief": frozenset({"chief", "commander"})}


def _holders_of_post_kind(m: ArticleMentions, noun: str, country: str) -> set[str]:
    """"the Ruritanian minister": the persons of that country named with a post of that kind
    ("Minister of Defence", "Foreign Minister"); the country keeps it from meaning anyone else."""
    kinds = POST_KIND_WORDS.get(noun, frozenset({noun}))
    return {key for key, titles in m.titles_of.items() if m.person(key).country == country
            and any(kinds & set(t.lower().split()) for t in titles)}


def _rank_anaphor(m: ArticleMentions, subject: Token, country: str | None, qualifiers: tuple[str, ...] = ()) -> str | None:
    """"the Indian Admiral", "the general", "the Field Marshal": the person last named with that
    rank, its qualifying words written before it too (and of that country when one is given)."""
    forms = RANK_NOUNS.get(subject.lower_)
    if forms is None:
        return None
    for start, _, key in reversed(m.person_spans):
        if start < subject.i and (country is None or m.person(key).country == country) and _named_with_rank(m, start, forms, qualifiers):
            return key
    return None


def _named_with_rank(m: ArticleMentions, start: int, forms: tuple[str, ...], qualifiers: tuple[str, ...] = ()) -> bool:
    """The name at ``start`` is written after one of the rank's ``forms`` (right after its
    ``qualifiers``), past other honorifics."""
    for i in range(start - 1, max(start - 1 - RANK_LOOKBACK, -1), -1):
        word = m.tokens[i].text.rstrip(".")
        if word.lower() in forms:
            return tuple(t.lower_ for t in m.tokens[max(i - len(qualifiers), 0) : i]) == qualifiers
        if word not in _rank_words() and word not in ("'", "’"):
            return False
    return False


def _anaphor_country(m: ArticleMentions, subject: Token) -> str | None:
    """The country that qualifies a title without a name ("the Egyptian minister", "Ghana's
    defence minister"): only a holder from that country is meant."""
    countries = {m.country_at[t.i] for t in subject.subtree if t.i < subject.i and t.i in m.country_at}
    return countries.pop() if len(countries) == 1 else None


OBJECT_PRONOUNS = frozenset({"him", "her"})


def _object_pronoun_antecedent(st: _State, sent: Span, verb: Token, subjects: list[str]) -> list[str]:
    """"... before travelling to Mumbai, where Admiral X will receive him": "him" is whom the
    sentence is about (its earlier trigger's subject), else the visitor; "A spoke with B and will
    meet him": the one other participant of the subject's meeting told earlier in the sentence."""
    pronoun = _object_pronoun(verb)
    if pronoun is None:
        return []
    partner = _partner_met_earlier_in_sentence(st, sent, subjects)
    if partner or pronoun.dep_ != "dobj":
        return partner  # "with him": only a partner just named, not the sentence's subject or a visitor
    if st.sentence_subject and st.sentence_subject[0] == sent.start and st.sentence_subject[1] not in subjects:
        return [st.sentence_subject[1]]
    if _in_where_clause(verb):
        # "X toured the base in Y, where General Z briefed him": the subject of the clause the place is in
        above = [k for k in _person_subject_above(st.m, verb) if k not in subjects]
        if above:
            return above
    if st.visitor and st.visitor not in subjects:
        return [st.visitor]
    return []


def _object_pronoun(verb: Token) -> Token | None:
    """"will meet him", "plans to hold talks with her": "him"/"her" as the meeting verb's object,
    or after "with" on the verb or on its talk noun."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS:
            return c
        preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"] if c.dep_ == "dobj" and c.lower_ in TALK_NOUNS else []
        for prep in preps:
            pronoun = next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ in OBJECT_PRONOUNS), None)
            if prep.lower_ == "with" and pronoun is not None:
                return pronoun
    return None


def _partner_met_earlier_in_sentence(st: _State, sent: Span, subjects: list[str]) -> list[str]:
    """The one participant besides ``subjects`` of their meetings told earlier in the sentence ("A
    exchanged views by phone with B on Monday, and plans to hold talks with him"); none when they
    met two or more ("A spoke with B and C ... and will meet him")."""
    told = [mt for mt in st.meetings if sent.start_char <= mt.evidence[0].start < sent.end_char
            and subjects and set(subjects) <= set(mt.participants)]
    others = {k for mt in told for k in mt.participants if k not in subjects}
    return list(others) if len(others) == 1 else []


def _subject_words(m: ArticleMentions, subject: Token) -> list[Token]:
    """The subject phrase without its relative clause: not a place's ("Riyadh, where he called on
    A"), nor a person's ("X, who accompanied Y, met Z": Y is not at the meeting), nor a title
    owning a named body ("X, Chief of Staff of the Emir's Armed Forces, met Y")."""
    cut_deps = ("relcl", "acl") if subject.i in m.place_at or subject.i in m.country_at else ("relcl",)
    words = list(subject.subtree)
    cut = {t.i for c in words if c.dep_ in cut_deps and c.i != subject.i for t in c.subtree}
    cut |= _titles_owning_a_body(m, {t.i for t in words})
    cut |= _name_of_a_title_ending_a_relative_clause(subject)
    return [t for t in words if t.i not in cut]


def _name_of_a_title_ending_a_relative_clause(subject: Token) -> set[int]:
    """"X, who was accompanied by the Chief of the Defence Staff, General Z, also held talks with
    Y": the parse hangs the name apposed to the title that ends the relative clause on the subject;
    it is the title's holder (a companion named in the clause), not a second subject."""
    cut: set[int] = set()
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        end = clause.right_edge
        if end.ent_type_ != TITLE:
            continue
        for name in subject.children:
            if name.dep_ == "appos" and name.left_edge.i == end.i + 2 and subject.doc[end.i + 1].text == ",":
                cut |= {t.i for t in name.subtree}
    return cut


def _visit_destinations(st: _State) -> set[str]:
    """Countries the article's visits go to ("a visit to India", "is visiting India", "arrived in Delhi")."""
    if st.destinations is None:
        m = st.m
        found: set[str] = set()
        for t in m.tokens:
            lemma = t.lemma_.lower()
            if lemma not in VISIT_NOUNS and lemma not in ("arrive", "reach"):
                continue
            targets = [c for c in t.children if c.dep_ == "dobj"] if t.pos_ == "VERB" and lemma == "visit" else []
            targets += [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for o in c.children]
            for o in targets:
                if o.i in m.country_at:
                    found.add(m.country_at[o.i])
                elif o.i in m.place_at and m.places[m.place_at[o.i]].country:
                    found.add(m.places[m.place_at[o.i]].country)
        st.destinations = found
    return st.destinations


def _foreigner(m: ArticleMentions, participants: list[str], place: str | None) -> str | None:
    """The participant from another country than the meeting's city (the visitor), if one is known."""
    host = m.places[place].country if place else None
    if host is None:
        return None
    foreign = [p for p in participants if m.person(p).country not in (None, host)]
    return foreign[0] if len(foreign) == 1 else None


def _planned_where_they_are(st: _State, sent: Span, scope: set[int], city: str, date: PartialDate | None = None) -> bool:
    """Whether a meeting still to come is where its participant now is: only when the sentence
    names that city ("is to visit New Delhi in April, when they will hold ...") or sets the meeting
    in the occasion that brought them there ("during the conference", "on the sidelines of the summit"); a visitor's later calls
    ("will call on X on Thursday before travelling to Mumbai") may be anywhere (but see _host_of)."""
    m = st.m
    if any(m.place_at.get(i) == city for i in range(sent.start, sent.end)):
        return True
    if _sidelines_object(st, sent, scope) is not None and date is not None and date.precision == "day":
        # "is likely to meet X on Thursday on the sidelines of the conclave": an occasion days away,
        # that brought them there (not "... of the council meeting" of next month, maybe elsewhere)
        return True
    reference = _occasion_reference(st, sent, scope)
    if (reference is not None and not any(c.dep_ in ("compound", "amod") for c in reference.children)
            and any(t.lower_ == reference.lower_ for before in _sentences_before(m, sent, OCCASION_LOOKBACK) for t in before)):
        return True  # "on the sidelines of the meeting": the occasion told before, that brings them there
    # (not "during a visit to Z": a journey elsewhere)
    return any(t.i in scope and t.dep_ == "prep" and t.lower_ in ("during", "at")
               and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and (o.lower_ in OCCASION_NOUNS or o.lemma_.lower() in VISIT_NOUNS
                                                                  and not any(p.lower_ == "to" for p in o.children))
                       for o in t.children)
               for t in m.tokens[sent.start : sent.end])


HOMEWARD_VERBS = frozenset({"leave", "return", "depart", "head", "fly"})


def _before_going_home(m: ArticleMentions, sent: Span, person: str) -> bool:
    """"is expected to hold talks with X on Friday before leaving for <his capital>": the journey after
    the meeting takes him home, so the meeting is where he now is (not "before travelling to Mumbai",
    the next leg of a tour)."""
    home = m.person(person).country
    if home is None:
        return False
    for t in m.tokens[sent.start : sent.end]:
        if t.lower_ != "before" or t.dep_ != "prep":
            continue
        for verb in t.children:
            # "to" may hang on "back" ("flying back to X")
            preps = [p for h in (verb, *(a for a in verb.children if a.dep_ == "advmod")) for p in h.children if p.dep_ == "prep"]
            if verb.lemma_.lower() in HOMEWARD_VERBS and any(_country_named_at(m, g.i) == home for p in preps for g in p.children):
                return True
    return False


def _country_named_at(m: ArticleMentions, i: int) -> str | None:
    """The country of the city or country named at token ``i``, if any."""
    if i in m.place_at:
        return m.places[m.place_at[i]].country
    return m.country_at.get(i)


def _host_of(m: ArticleMentions, partners: list[str], city: str) -> bool:
    """A partner is of the country of the city a visitor is in or bound for ("X will travel to Male.
    ... He is also expected to call on President Y"): a host's meeting with the visitor is there."""
    country = m.places[city].country
    return country is not None and any(m.person(q).country == country for q in partners)


def _host_at_home(st: _State, participants: list[str], planned: bool, date: PartialDate | None,
                  hosts_by_verb: list[str] | None = None) -> str | None:
    """"NEW DELHI - ... Maldives' NSA X paid a courtesy call on External Affairs Minister Y": a
    host of the dateline's country, told going nowhere, meets foreigners at home, in the dateline
    city (not an envoy, who serves abroad; a meeting still to come only days away, "on Friday").
    The host may be placed there already by an earlier meeting. ``hosts_by_verb``: the subjects of
    "hosted"/"received" ("X hosted a delegation led by Y"), whose guests are guests whatever the
    text tells (or mistells) of their country."""
    m = st.m
    city = m.dateline_place
    if city is None or planned and (date is None or date.precision != "day"):
        return None
    home = m.places[city].country
    hosts = [p for p in (hosts_by_verb or participants) if m.person(p).country == home and p not in st.visiting
             and st.location.get(p) in (None, city) and ENVOY_TITLE.search(" ".join(m.titles_of.get(p, []))) is None]
    guests = [p for p in participants if p not in hosts]
    if home is None or not hosts or not guests:
        return None
    if not hosts_by_verb and any(m.person(g).country in (None, home) for g in guests):
        return None
    return city


def _hosts_by_verb(verb: Token, subjects: list[str]) -> list[str]:
    """The subjects of an active "host"/"receive"/"welcome": the hosts of the meeting."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HOSTING_VERBS:
        return []
    return [] if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) else subjects


def _put(st: _State, person: str, place: str | None, day: PartialDate | None = None) -> None:
    """The person is at ``place`` (on ``day``, a meeting's): a move from another city known starts
    the day they are there since, told by the first meeting there with a day."""
    previous = st.location.get(person)
    st.location[person] = place
    day = day if day is not None and day.precision == "day" else None
    if previous is None:
        st.location_day.pop(person, None)
    elif previous != place or person in st.location_day and st.location_day[person] is None:
        st.location_day[person] = day


def _delegation_place(st: _State, participants: list[str], visit_country: str | None, date: PartialDate | None = None) -> str | None:
    """The city where a compatriot of one participant is visiting, when the other participants are
    of that city's country: "X visited Tokyo ... Air Chief A, part of the delegation, held talks
    with Japan's B" and "Y received the visiting Z in New Delhi ... Y's and Z's deputies co-chaired
    ..." are meetings of the visit, held where the visit is; not when the sentence tells a visit to
    another country ("during his visit to India, the Maldivian minister met ..."), nor where the
    compatriot went only after the meeting's day ("visited Valparaiso on Thursday. ... A held talks
    with B on Wednesday")."""
    m = st.m
    countries = {p: m.person(p).country for p in participants}
    if None in countries.values():
        return None
    for p in participants:
        for other, city in st.location.items():
            host = m.places[city].country if city else None
            if (other in participants or host is None or m.person(other).country != countries[p] or host == countries[p]
                    or visit_country not in (None, host) or any(countries[q] != host for q in participants if q != p)):
                continue
            there_since = st.location_day.get(other)
            if there_since is not None and date is not None and date.precision == "day" and date.iso < there_since.iso:
                continue
            return city
    return None


VISITOR_WORDS = frozenset({"visiting", "visitor", "guest", "delegation"})


def _chief_guest_word(token: Token) -> bool:
    """"(the) chief guest"."""
    return token.lower_ == "guest" and any(c.lower_ == "chief" and c.dep_ in ("amod", "compound") for c in token.children)


def _chief_guest_named_before(m: ArticleMentions, end: int) -> list[str]:
    """"A attended the parade as chief guest ... The chief guest later called on B": the person
    last told before ``end`` as the subject of a verb he did "as (the) chief guest"."""
    found: list[str] = []
    for t in m.tokens[:end]:
        if not (_chief_guest_word(t) and t.dep_ == "pobj" and t.head.lower_ == "as"):
            continue
        verb = t.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        keys = _persons_in(m, (w for s in _subject_tokens(_chain(verb)) for w in _subject_words(m, s)))
        found = keys[:1] or found
    return found


def _visit_told_of(sent: Span, subject_tokens: list[Token]) -> bool:
    """The sentence tells a visit of its subject ("X, on a visit to Y, met Z", "during his trip, X
    ..."): a visit word, but not an attributive "visiting" outside the subject ("X interacted with
    the visiting minister": the object is the visitor, not X)."""
    inside = {t.i for s in subject_tokens for t in s.subtree}
    return any(t.lemma_.lower() in VISIT_NOUNS and (t.i in inside or not _visitor_modifier(t)) for t in sent)


def _visitor_modifier(token: Token) -> bool:
    """"visiting" set before a noun ("the visiting minister", "visiting Kenyan Defence Minister X")."""
    return token.lower_ == "visiting" and token.dep_ in ("amod", "compound") and token.i < token.head.i


def _is_visitor_phrase(token: Token) -> bool:
    """"the visiting dignitary", "the visiting minister", "the guest"."""
    return token.lower_ in VISITOR_WORDS or any(c.lower_ in VISITOR_WORDS for c in token.children if c.dep_ in ("amod", "compound"))


GROUP_SUBJECT_WORDS = frozenset({"ministers", "leaders", "chiefs", "secretaries", "commanders", "envoys", "counterparts", "generals", "admirals",
                                 "heads", "advisers", "advisors"})  # not "officials": the next sentence may name others
# Subject words standing for the persons of the meeting just told only when they meet ("They agreed
# to meet again in X", "the two sides will meet again"); not when they "agreed to hold the next round
# of talks", which officials hold, nor when they act on a thing
MEETING_STAND_IN_WORDS = frozenset({"they", "sides"})
# The group words that are also a word of titles ("the two chiefs": "Chief of Army Staff"); not
# "leaders", "envoys", "counterparts", nor a rank
TITLE_GROUP_WORDS = frozenset({"ministers", "chiefs", "secretaries", "commanders", "heads", "advisers", "advisors"})


def _group_subject(chain: list[Token]) -> bool:
    """The trigger's subject is a group of unnamed persons ("the defence ministers of A, B and C",
    "the two")."""
    return any(s.lower_ in GROUP_SUBJECT_WORDS or (s.lower_ == "two" and s.pos_ == "NUM") for s in _subject_tokens(chain))  # "The two last met in X"


def _stand_in_subject(chain: list[Token], verb: Token) -> bool:
    """The trigger "meet" (or "confer") has one subject, "they" or "the two/both sides" (see MEETING_STAND_IN_WORDS)."""
    subjects = _subject_tokens(chain)
    if verb.lemma_.lower() not in ("meet", "confer") or len(subjects) != 1 or subjects[0].lower_ not in MEETING_STAND_IN_WORDS:
        return False
    return subjects[0].lower_ == "they" or any(t.lower_ in ("two", "both") for t in subjects[0].children)


def _the_group_subject(chain: list[Token]) -> bool:
    """The group subject is "the (three) ministers", with no owner ("whose/their defence chiefs
    have met regularly": the chiefs of a grouping, not the persons of the meeting just told) and
    naming no countries of its own ("the defence ministers of A, B and C held ...": a new group)."""
    return any(any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
               and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and _names_a_country(c)) for c in s.children)
               for s in _subject_tokens(chain))  # "the three chiefs of staff": still the group just told


def _names_a_country(prep: Token) -> bool:
    """A country is named under the "of" ("the ministers of A, B and C"), not "of staff"."""
    return any(t.ent_id_.startswith("country:") or t.ent_type_ in ("GPE", "NORP") for t in prep.subtree)


NUMBER_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
SUBJECT_COUNTS = {**NUMBER_VALUES, "both": 2}  # "both sides", "both ministers": the two


def _subject_number(chain: list[Token]) -> int | None:
    """How many the trigger's unnamed subject counts ("the two ministers": 2), if it says."""
    return next((SUBJECT_COUNTS[t.lower_] for t in _subject_tokens(chain) for t in t.subtree if t.lower_ in SUBJECT_COUNTS), None)


def _previous_pair(st: _State, sent: Span) -> list[str]:
    """The two participants of the latest meeting, when it was told in the sentence right before,
    or before one sentence that goes on about that meeting and names no one ("X held talks with Y.
    The meeting, held in Z, reviewed ... . The two ministers had last met in ...")."""
    return _previous_group(st, sent, 2)


def _told_again(chain: list[Token]) -> bool:
    """"will meet again", "are to hold talks again": a further meeting of the same persons."""
    return any(c.dep_ == "advmod" and c.lower_ == "again" for v in chain for c in v.children)


def _uncounted_pair(st: _State, sent: Span, chain: list[Token]) -> list[str]:
    """"The ministers" (no count) after a meeting of two who both hold that post: that pair, as
    _previous_pair reads "the two ministers"; none when the subject counts, owns or names countries."""
    if not (_group_subject(chain) and _the_group_subject(chain)) or _subject_number(chain) is not None:
        return []
    post = _post_of_group_subject(chain)
    pair = _previous_pair(st, sent) if post is not None else []
    return pair if pair and all(_holds_post(st.m, k, post) for k in pair) else []


def _story_pair_past_a_side_meeting(st: _State, chain: list[Token], pair: list[str]) -> list[str]:
    """"A held talks with B. A also met C. The two ministers first met in X in 2019": a meeting
    before the story's is the story's pair's, not that of the further meeting just told ("also"):
    the first meeting of two told as held with the same person; else ``pair``."""
    if not pair or st.meetings[-1].key not in st.side or not _told_as_earlier(chain):
        return pair
    story = next((mt for mt in st.meetings if len(mt.participants) == 2 and mt.key not in st.side | st.background
                  and mt.status == "held"), None)
    return list(story.participants) if story is not None and set(story.participants) & set(pair) else pair


def _told_as_earlier(chain: list[Token]) -> bool:
    """"last met", "first met", "previously met", "had met": a meeting before the story's."""
    return _told_as_background(chain) or any(c.dep_ == "advmod" and c.lower_ == "first" for v in chain for c in v.children)


def _pair_of_the_one_named(st: _State, sent: Span, pair: list[str]) -> list[str]:
    """"A is expected in Y in May, when the two ministers plan to sign ...": when the sentence names
    one person by name and the pair read before lacks them, "the two" are the first-told meeting of
    two that has them (the story's pair, not a side meeting of theirs told later); else ``pair``."""
    m = st.m
    named = {m.person_at[i] for i in range(sent.start, sent.end) if i in m.person_at and m.tokens[i].ent_type_ != TITLE}
    if len(named) != 1 or named <= set(pair):
        return pair
    return next((list(mt.participants) for mt in st.meetings if len(mt.participants) == 2 and named <= set(mt.participants)), pair)


GROUP_MEETINGS_LOOKBACK = 4  # sentences back in which the meetings "the four ministers" gathers were told


def _persons_of_meetings_just_told(st: _State, sent: Span, count: int) -> list[str]:
    """The participants of the latest meetings, gathered back from the last one until they are
    ``count`` ("A, B and C met in X. D held a bilateral with C. The four ministers were then
    received by E"), all told within the last few sentences; none when they never count exactly that."""
    earlier = _sentences_before(st.m, sent, GROUP_MEETINGS_LOOKBACK)
    since = earlier[0].start_char if earlier else sent.start_char
    gathered: list[str] = []
    for meeting in reversed(st.meetings):
        if meeting.evidence[0].start < since or meeting.evidence[0].start >= sent.start_char:
            return []
        gathered += [k for k in meeting.participants if k not in gathered]
        if len(gathered) >= count:
            return gathered if len(gathered) == count else []
    return []


def _previous_group(st: _State, sent: Span, count: int | None) -> list[str]:
    """The participants of the latest meeting when they are ``count`` (None: three or more, for
    "the ministers" after a meeting of three) and that meeting was told close enough before, as
    _previous_pair reads it ("A, B and C held a video call. The three ministers condemned ... .
    The ministers agreed to meet again in X")."""
    if not st.meetings:
        return []
    size = len(st.meetings[-1].participants)
    if size != count if count is not None else size < 3:
        return []
    m = st.m
    told = st.meetings[-1].evidence[-1]
    between = m.doc.text[told.end : sent.start_char]
    if sent.start_char <= told.start < sent.end_char:
        return list(st.meetings[-1].participants)  # "A met B in X, and the two will meet again in May"
    if told.end > sent.start_char:
        return []
    pair = list(st.meetings[-1].participants)
    if between.strip(" \n.\"”'") != "":
        since = [s for s in m.sents if told.end <= s.start_char and s.end <= sent.start]
        if len(since) == 1 and _about_the_meeting(since[0]) and not _names_anyone(m, since[0]):
            return pair
        # "X held talks with Y ... During the meeting, the two Ministers reviewed ... . The two Ministers had
        # last met in ...": paragraphs that go on about the pair alone, naming no one else
        # (a sentence or two that each name one of the pair keep them in focus with no such reminder)
        near = len(since) <= NEAR_PAIR_LOOKBACK and all(_names_anyone(m, s) for s in since)
        # "A said ... . A noted ... . B said ...": sentences that each name one of them, and all of them between them
        each_in_turn = all(_names_anyone(m, s) for s in since) and set(pair) <= {
            k for s in since for start, _, k in m.person_spans if s.start <= start < s.end}
        if not (len(since) <= PAIR_LOOKBACK and all(_names_only(m, s, pair) for s in since)
                and (near or each_in_turn or any(_names_the_group(s.text, size) or _the_group_as_subject(s) for s in since))):
            return []
    return pair


def _counted_pair(st: _State, sent: Span, chain: list[Token], of_a_body: bool = False) -> list[str]:
    """Who "the two ministers" subject of ``chain`` are: the two of the meeting just told (or the pair
    the sentence before tells); when one of them holds no post of the group's word, the latest pair
    that both do."""
    if (named := _pair_named_before_in_the_sentence(st, sent, chain)):
        return named
    pair = _story_pair_past_a_side_meeting(st, chain, _previous_pair(st, sent)) or _pair_subject_before(st, sent)
    post = _post_of_group_subject(chain)
    if post is not None and not _told_as_background(chain) and (
            any(_holds_post(st.m, k, post) is False for k in pair) or not pair and of_a_body):
        # "The two ministers will co-chair the X Commission ..." after a meeting of one of them with
        # a general: the latest pair of ministers (with no pair near, only for a named body's
        # session; not for a meeting before the story's, "had last met": too loose a link)
        pair = _latest_pair_of_post(st, post) or pair
    elif post is not None and pair and _told_as_background(chain) and any(_holds_post(st.m, k, post) is False for k in pair):
        # "The two ministers had discussed the visit by telephone in January" after the visitor's call
        # on a prime minister: a meeting before the story's is the story's own pair's, the first told
        # of two holding that post
        pair = _story_pair_of_post(st, post) or pair
    return pair


def _pair_named_before_in_the_sentence(st: _State, sent: Span, chain: list[Token]) -> list[str]:
    """"A invited B to visit X, and the two are expected to meet again in Y": a clause of the same
    sentence before the counted subject names exactly two persons: "the two" are they (not the
    pair of the meeting told last, A and someone else); none when it names one or three."""
    m = st.m
    subjects = _subject_tokens(chain)
    if not subjects:
        return []
    at = min(t.i for t in subjects)
    if not any(m.tokens[i].lower_ in ("and", ";") for i in range(sent.start, at)):
        return []
    named: list[str] = []
    for start, _, key in m.person_spans:
        if sent.start <= start < at and m.tokens[start].ent_type_ != TITLE and key not in named:
            named.append(key)
    return named if len(named) == 2 else []


def _story_pair_of_post(st: _State, post: str) -> list[str]:
    """The pair of the first meeting told as held of two who both hold a post of that name; with
    none held, of the first told to come ("A is to call on Minister B ... . The two Ministers had
    spoken by telephone in January": a visit announced ahead, its pair's earlier call)."""
    pairs = [mt for mt in st.meetings if len(mt.participants) == 2 and mt.key not in st.side | st.background
             and all(_holds_post(st.m, p, post) for p in mt.participants)]
    story = next((mt for mt in pairs if mt.status == "held"), None) or next(iter(pairs), None)
    return list(story.participants) if story is not None else []


def _post_of_group_subject(chain: list[Token]) -> str | None:
    """The post a group subject names, in the singular ("the two ministers": "minister")."""
    word = next((t for s in _subject_tokens(chain) for t in s.subtree if t.lower_ in GROUP_SUBJECT_WORDS), None)
    noun = word.lower_ if word is not None else None
    if noun not in TITLE_GROUP_WORDS:  # "the two counterparts", "the two generals": no title's word
        return None
    if noun == "ministers" and any(c.lower_ == "prime" for c in word.children):
        return "prime minister"  # "the two prime ministers"
    return _singular_word(noun)


def _singular_word(plural: str) -> str:
    """A plural noun's singular: "secretaries" -> "secretary", "Chiefs" -> "Chief"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _holds_post(m: ArticleMentions, person: str, post: str) -> bool | None:
    """Whether a title the person holds has the word ``post`` ("Minister of Defence": "minister";
    any "Secretary" also counts as "minister", POST_KIND_WORDS); None when no title of
    theirs is known."""
    titles = [m.offices[h.office].title.lower().split() for h in m.holdings if h.person == person]
    if not titles:  # a title told with the name whose post is settled later ("the Chief of Defence, General X")
        titles = [t.lower().split() for t in m.titles_of.get(person, [])]
    if not titles:
        return None
    if post == "prime minister":
        return any("prime minister" in " ".join(words) for words in titles)
    kinds = POST_KIND_WORDS.get(post, frozenset({post}))
    return any(kinds & set(_title_words_of_a_minister(words)) for words in titles)


def _title_words_of_a_minister(words: list[str]) -> list[str]:
    """A title's words, without the "minister" of a "Prime Minister" alone: "the two ministers" are
    not a head of government (told "the two prime ministers"); "Deputy Prime Minister and Defence
    Minister" keeps its other "minister"."""
    if words.count("minister") == 1 and "prime" in words and words.index("prime") + 1 == words.index("minister"):
        return [w for w in words if w != "minister"]
    return words


def _latest_pair_of_post(st: _State, post: str) -> list[str]:
    """"The two ministers will co-chair ...", told paragraphs after the ministers' meeting: the pair of
    the latest meeting whose two participants both hold a post of that name."""
    for meeting in reversed(st.meetings):
        if len(meeting.participants) == 2 and all(_holds_post(st.m, p, post) for p in meeting.participants):
            return list(meeting.participants)
    return []


def _pair_subject_before(st: _State, sent: Span) -> list[str]:
    """The two persons named as the subject of the sentence right before, when no meeting was told
    since them ("A and B agreed on Tuesday to ... . The two ministers met in X and ..."): "the two"
    points back at them even though their first sentence was no meeting."""
    m = st.m
    before = [s for s in m.sents if s.end <= sent.start and s.text.strip()]
    if not before or st.meetings and st.meetings[-1].evidence[-1].end > before[-1].start_char:
        return []
    keys = _sentence_subject_persons(m, before[-1])
    return keys if len(keys) == 2 else _visitor_and_host(m, before[-1])


def _visitor_and_host(m: ArticleMentions, sent: Span) -> list[str]:
    """The visitor and the one other person a visit sentence names ("A paid a visit to X at the
    invitation of B", "A visited X, hosted by B"): the two "the two ministers" then points back at."""
    visitors = _visitors_told(m, sent)
    named = [k for s, _, k in m.person_spans if sent.start <= s < sent.end]
    others = {k for k in named if k not in visitors}
    return visitors + list(others) if len(visitors) == 1 and len(others) == 1 else []


def _visitors_told(m: ArticleMentions, sent: Span) -> list[str]:
    """The persons whose visit the sentence's main verb tells as done ("A visited X", "A arrived
    in X", "A paid an official visit to X"; not "A will visit X")."""
    root = sent.root
    visit = root.lemma_.lower() in ("visit", "arrive") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in root.children)
    if not visit or _sentence_states_plan(root):
        return []
    return _persons_in(m, (t for s in _subject_children(root) for t in s.subtree))


def _sentence_states_plan(root: Token) -> bool:
    """"A will visit X", "A is expected to visit X": a visit to come, no meeting yet."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children) \
        or _word_in(root, EXPECTATION_WORDS) and any(c.dep_ == "xcomp" for c in root.children)


NEAR_PAIR_LOOKBACK = 2  # sentences about the pair after which "the two ministers" still plainly means them
PAIR_LOOKBACK = 8  # sentences that may go on about a meeting's pair before "the two ministers had last met"
GROUP_POST_NOUNS = r"(?:ministers|leaders|chiefs|sides|secretaries|commanders|generals|admirals|officials|counterparts)"
# "the two ministers", "both ministers", "the two officials", "the two army chiefs" (a word or two of
# the post between): the counted group of a meeting told before
THE_COUNTED = re.compile(rf"\b(?:the ({'|'.join(NUMBER_VALUES)})|(both)) (?:[a-z]+ ){{0,2}}{GROUP_POST_NOUNS}\b", re.I)


def _names_the_group(text: str, size: int) -> bool:
    """The text names the meeting's group by its count ("the two ministers", "the three chiefs",
    "both ministers" for a group of that size; not "the four ministers" for three)."""
    return any(SUBJECT_COUNTS[(mt.group(1) or mt.group(2)).lower()] == size for mt in THE_COUNTED.finditer(text))


def _the_group_as_subject(sent: Span) -> bool:
    """The sentence's subject is "the ministers" (no count, no owner, no countries of its own: "The
    ministers discussed ...", "Following the talks, the ministers signed ..."): it goes on about the
    persons of the meeting told before, as "the two ministers" does."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in GROUP_SUBJECT_WORDS and _the_group_subject([sent.root])
               and not any(t.lower_ in SUBJECT_COUNTS for t in c.subtree) for c in sent.root.children)


def _names_only(m: ArticleMentions, sent: Span, persons: list[str]) -> bool:
    """The sentence names no one but ``persons`` (or no one)."""
    return all(k in persons for s, _, k in m.person_spans if sent.start <= s < sent.end)


def _names_anyone(m: ArticleMentions, sent: Span) -> bool:
    return any(sent.start <= s < sent.end for s, _, _ in m.person_spans)


def _about_the_meeting(sent: Span) -> bool:
    """The sentence's subject is "the meeting"/"the talks": it goes on about the meeting just told."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TALK_NOUNS
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in sent.root.children)


def _next_sentences(m: ArticleMentions, sent: Span, count: int) -> list[Span]:
    sents = m.sents
    for k, other in enumerate(sents):
        if other.start == sent.start:
            return [n for n in sents[k + 1 : k + 1 + 2 * count] if n.text.strip()][:count]
    return []


# "are expected/scheduled/set/likely to meet": a meeting still to come (not "agreed to expand ...")
EXPECTATION_WORDS = frozenset({"expect", "schedule", "set", "due", "slate", "likely", "poise", "plan"})


def _another_occasion_told(root: Token) -> bool:
    """The main verb tells an occasion to come ("A and B will meet again in June", "A and B are
    expected to meet again"), not the one just told."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children) \
        or _word_in(root, EXPECTATION_WORDS) and any(c.dep_ == "xcomp" for c in root.children)


def _sentence_subject_persons(m: ArticleMentions, sent: Span) -> list[str]:
    """Persons listed as the subject of a sentence's main verb ("A, B and C agreed ...")."""
    root = sent.root
    if _another_occasion_told(root):
        return []
    subjects = _subject_children(root)
    keys = _persons_in(m, (t for s in subjects for t in s.subtree))
    return keys if len(keys) >= 2 else []


def _subject_and_counterpart(m: ArticleMentions, sent: Span) -> list[str]:
    """The one person subject of a sentence's main verb and the one other person named as its
    object "his/her (<adj>) counterpart B" ("A thanked his Latvian counterpart B for ..."): the
    pair a "the two ministers" sentence before points at."""
    root = sent.root
    if _another_occasion_told(root):
        return []
    subject = _persons_in(m, (t for s in _subject_children(root) for t in s.subtree))
    objects = [c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() == "counterpart"
               and any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children)]
    if len(subject) != 1 or len(objects) != 1:
        return []
    other = [k for k in _persons_in(m, objects[0].subtree) if k not in subject]
    return subject + other if len(other) == 1 else []


# Words of "and his counterpart B" between two listed persons.
COUNTERPART_WORDS = frozenset({"his", "her", "their", "counterpart", "counterparts"})


@cache
def _rank_words() -> frozenset[str]:
    """Every word of a rank or honorific ("Lt", "Gen", "Admiral"): skipped between listed persons."""
    return frozenset(w for form in refdata.honorifics() for w in form if w[:1].isalpha())


def _list_continuation(m: ArticleMentions, last: str, after: int) -> tuple[list[str], str | None]:
    """Persons listed after the last object ("called on A and Defence Secretary B in Kathmandu")
    when the parse lost the end of the list; and a place right after the list."""
    sdoc = m.sdoc
    # within the trigger's sentence: an object read from a pronoun ("will host him") has no name
    # there, and the list after its name in a later sentence is no list of this one
    end = m.tokens[after].sent.end
    spans = [(s, e) for s, e, k in m.person_spans if k == last and after < s < end]
    if not spans:
        return [], None
    i = spans[0][1]
    found: list[str] = []
    while i < len(sdoc):
        t = m.tokens[i]
        if i in m.person_at:
            key = m.person_at[i]
            if key not in found:
                found.append(key)
            i += 1
        elif t.text in (",", "and", "'s", "’s") or t.ent_type_ in (TITLE, "NORP") or i in m.country_at:
            i += 1
        elif t.lower_ in COUNTERPART_WORDS or t.text.rstrip(".") in _rank_words():
            i += 1  # "with A and his Kyrgyz counterpart Lt Gen B", the parse having lost B
        else:
            break
    if not found or found == [last]:
        found = []
    place = None
    if i + 1 < len(sdoc) and m.tokens[i].lower_ in ("in", "at") and (i + 1) in m.place_at and m.places[m.place_at[i + 1]].kind == "City" \
            and not _names_building(m, i + 1):
        place = m.place_at[i + 1]
    return [k for k in found if k != last], place


def _pronoun_antecedent(st: _State, chain: list[Token]) -> list[str]:
    """"he" = the owner of the visit a relative clause hangs on ("the President's state visit,
    during which he held talks"), else the latest sentence subject."""
    m = st.m
    top = chain[-1]
    if top.dep_ == "relcl":
        for c in top.head.children:
            if c.dep_ == "poss" and c.i in m.person_at:
                return [m.person_at[c.i]]
    sent = top.sent
    owners = [t for t in m.tokens[sent.start : top.i] if t.dep_ == "poss" and t.i in m.person_at and t.head.lemma_.lower() in VISIT_NOUNS]
    if owners:  # "the President's state visit ..., during which / when he held talks"
        return [m.person_at[owners[-1].i]]
    pronoun = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), top)
    subjects = [t for t in top.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.i in m.person_at]
    if subjects:  # "X was the chief guest at ..., during which he held talks": the nearest subject before
        return [m.person_at[subjects[-1].i]]
    for t in reversed([t for t in top.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]):
        named = [c for c in t.children if c.dep_ == "appos" and c.i in m.person_at]
        if named:  # "NEW DELHI, Jan 16 - Minister X will pay a visit ..., during which he": the dateline took X as apposition
            return [m.person_at[named[0].i]]
        keys = _persons_in(m, (w for w in t.subtree if w.i < pronoun.i))  # "French Minister for Europe ... Jean-Noel Barrot visited Riyadh, where he"
        if len(keys) == 1:
            return keys
        if not keys and t.ent_type_ == TITLE and (key := _title_anaphor(m, t)) is not None:
            return [key]  # "The New Zealand minister then flies to X, where he is to meet Y": that country's minister
    return [_agreeing_person(m, pronoun, st.last_subject)] if st.last_subject else []


# Courtesy titles that tell a person's sex ("Ms X ... He will travel": not Ms X)
COURTESY_PRONOUNS = {"Mr": "he", "Mr.": "he", "Shri": "he", "Sir": "he", "Ms": "she", "Ms.": "she", "Mrs": "she",
                     "Mrs.": "she", "Miss": "she", "Smt": "she", "Smt.": "she", "Shrimati": "she", "Dame": "she"}


def _courtesy_pronoun(m: ArticleMentions, key: str) -> str | None:
    """"he" or "she" as the courtesy titles written before person ``key``'s names say, if they agree."""
    said = {COURTESY_PRONOUNS.get(m.tokens[start - 1].text) for start, _, k in m.person_spans if k == key and start > 0} - {None}
    return said.pop() if len(said) == 1 else None


def _agreeing_person(m: ArticleMentions, pronoun: Token, key: str) -> str:
    """``key``, unless its courtesy title disagrees with ``pronoun`` ("Mr X" for "she"): then the
    latest person before the pronoun whose courtesy title agrees, if any."""
    wanted = pronoun.lower_
    if wanted not in ("he", "she") or _courtesy_pronoun(m, key) in (None, wanted):
        return key
    before = [(start, k) for start, _, k in m.person_spans if start < pronoun.i]
    agreeing = [k for _, k in before if _courtesy_pronoun(m, k) == wanted]
    if agreeing:
        return agreeing[-1]
    # else one whose sex is not said, named in the sentence before ("Ms X met Y ... He later ...": Y)
    sent_start = pronoun.sent.start
    previous = next((s for s in pronoun.doc.sents if s.end == sent_start), None)
    unsaid = [k for start, k in before if k != key and previous is not None and start >= previous.start and _courtesy_pronoun(m, k) is None]
    return unsaid[-1] if unsaid else key


def _sentence_start(m: ArticleMentions, sent: Span) -> int:
    return max(sent.start_char, m.doc.body_start)


def _trim(ev: Evidence) -> Evidence:
    text = ev.text
    lead = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    return Evidence(ev.doc_id, ev.start + lead, ev.start + tail, text[lead:tail], ev.rule, ev.confidence)


def _one_side(m: ArticleMentions, persons: list[str]) -> bool:
    """No two of the persons are known to be of different countries: a delegation, each of whom
    meets the other side (subjects of two countries meeting a third meet together: "A of X and B
    of Y met C")."""
    return len({m.person(k).country for k in persons} - {None}) <= 1


def _visiting_party(st: _State, sent: Span, party: list[str], hosts: list[str]) -> bool:
    """``party`` is one visiting side meeting one host of another country together: a visitor with
    the envoy posted there or an aide told travelling along ("A and Ambassador B held talks with C",
    "C hosted A and A's ambassador, B"). Not hosts of one side receiving a visitor ("A and B
    received C": each may have seen the guest in turn), nor one visitor meeting several hosts, nor
    a person named only as whose aide came ("met A's deputy, B": B alone)."""
    m = st.m
    if len(party) < 2 or len(hosts) != 1 or not _one_side(m, party):
        return False
    # a possessor carries the "'s" itself ("Lopez's deputy"; not "A and B's ambassador", where the
    # parse may hang A as "poss" too)
    possessors = {m.person_at[t.i] for t in sent if t.i in m.person_at and t.dep_ == "poss" and any(c.dep_ == "case" for c in t.children)}
    if possessors & set(party):
        return False
    home = next(iter({m.person(k).country for k in party} - {None}), None)
    host_country = m.person(hosts[0]).country
    if home is None or host_country is None or home == host_country:
        return False
    return any(k in st.visiting or k == st.visitor or _holds_post(m, k, "ambassador") for k in party)


def _one_occasion(st: _State, scope: set[int], verb: Token, noun: Token | None) -> bool:
    """The trigger tells one occasion all its persons share: a singular talk noun ("A and B paid a
    courtesy call on C", "hosted C and D for the fifth 2+2 dialogue"; not "for the talks") or a
    named framework's session ("hosted C and D for the 12th X-Y 2+2 Consultations")."""
    return _singular_occasion_noun(verb, noun) or any(i in st.framework_at for i in scope)


def _delegation_hosting_delegation(chain: list[Token], verb: Token, subjects: list[str], objects: list[str]) -> bool:
    """"A and B hosted C and D": several hosts who received several guests held one sitting of both
    sides (a "2+2"), unlike "A and B received C", which may be two calls on each host. Only when told
    as held: "A and B are to host C and D" tells who will receive whom, not yet how they will sit."""
    return (verb.lemma_.lower() in HOSTING_VERBS and len(subjects) >= 2 and len(objects) >= 2
            and not _is_planned(chain, verb))


# participles whose "by" names one who went along with the subject ("X, accompanied by Z, met Y")
COMPANION_PARTICIPLES = frozenset({"accompany", "assist"})


def _companion_by_participle(chain: list[Token]) -> bool:
    """"X, accompanied by Z, met Y", "X, assisted by his deputy Z, received Y": Z went along with
    X and sat in X's meeting with Y, one sitting of the three (not "A and B met Y", two hosts)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in COMPANION_PARTICIPLES and any(a.dep_ == "agent" for a in c.children)
               for s in _subject_tokens(chain) for c in s.children)


def _one_sitting(verb: Token) -> bool:
    """"X sat down with A and B", "A and B conferred with C": one sitting of all, whatever side
    they are on (not "met A and B" nor "A and B called on C", which may be meetings of their own)."""
    lemma = verb.lemma_.lower()
    return lemma == "confer" or sat_down(verb) or _hosted_for_a_meal(verb)


def _hosted_for_a_meal(verb: Token) -> bool:
    """"A hosted B and C for a working lunch", "A received B and C for dinner": a meal a host gives
    his guests is one table, one sitting of all, even for guests of one side."""
    return verb.lemma_.lower() in HOSTING_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in SOCIAL_EVENT_NOUNS - {"reception", "gala"}
        for p in verb.children for o in p.children)


def _hosting_guests_of_several_countries(m: ArticleMentions, verb: Token, objects: list[str]) -> bool:
    """"A hosted B of X and C of Y", "A hosted his X and Y counterparts, B and C": a host receives
    guests of several countries together (unlike "A met B and C", often one talk after another).
    The counterparts' countries are known only later, from the demonyms before "counterparts"."""
    if not (verb.lemma_.lower() == "host" or verb.lower_.startswith("host")) or len(objects) < 2:
        return False
    if not _one_side(m, objects):
        return True
    return any(c.dep_ == "dobj" and c.lower_ == "counterparts"
               and sum(1 for t in c.subtree if t.i < c.i and t.ent_type_ == "NORP") >= 2 for c in verb.children)


def _singular_occasion_noun(verb: Token, noun: Token | None) -> bool:
    """The trigger's own noun, or what it is "for", is one talk or occasion ("held a meeting",
    "hosted X for the one-day meeting"; not "for talks", which may be several)."""
    occasions = [noun] if noun is not None else []
    occasions += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NN" and o.lower_ in TALK_OR_OCCASION_NOUNS for o in occasions)


def _participant_groups(sent: Span, scope: set[int], subjects: list[str], objects: list[str],
                        one_occasion: bool = True, guests_together: bool = False) -> list[list[str]]:
    """Who met whom: one meeting of everyone when the text makes it one ("trilateral", "the three",
    one occasion, or ``guests_together``: one host's guests of several countries at one occasion),
    else each subject with each object ("A and B met C" gives A-C and B-C)."""
    joint = any(
        t.lower_ in JOINT_WORDS or _n_way(t) or _joint_talks(t)
        or (t.lower_ in COUNT_WORDS and t.i > 0 and t.doc[t.i - 1].lower_ in ("the", "all")
            and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != "-"))
        for t in sent
        if t.i in scope and not _of_another_occasion(t, scope)
    )
    if subjects and objects:
        if joint or len(subjects) > 1 and one_occasion or len(subjects) == 1 and (len(objects) == 1 or guests_together):
            return [subjects + objects]
        return [[s, o] for s in subjects for o in objects]
    together = subjects or objects
    if len(together) >= 2:
        return [together]
    return []


# words that order another occasion against the one told ("held talks with A and B on Monday, before
# a three-way meeting on Tuesday"): a joint word there is that occasion's, not these talks'
OTHER_OCCASION_WORDS = frozenset({"ahead", "before", "prior", "after", "following"})


def _of_another_occasion(token: Token, scope: set[int]) -> bool:
    """The token is told in an "ahead of/before/after/following ..." phrase within the trigger's scope."""
    return any(a.i in scope and a.lower_ in OTHER_OCCASION_WORDS and a.dep_ in ("advmod", "prep", "mark") for a in token.ancestors)


def _joint_purpose_hung_elsewhere(m: ArticleMentions, sent: Span, verb: Token, keys: list[str]) -> bool:
    """"(will travel to X, where he is expected to) meet his A and B counterparts, Y and Z, for
    trilateral talks": the parse hangs "for trilateral talks", written after the trigger, on a
    participant's name or on a verb the trigger hangs from, out of the trigger's scope; the joint
    word is still what these talks are for."""
    above = {a.i for a in verb.ancestors}
    for t in sent:
        if t.lower_ in JOINT_WORDS and t.dep_ == "amod" and t.head.lower_ in TALK_NOUNS and t.head.dep_ == "pobj":
            prep = t.head.head
            if prep.lower_ == "for" and prep.i > verb.i and (m.person_at.get(prep.head.i) in keys or prep.head.i in above):
                return True
    return False


def _n_way(token: Token) -> bool:
    """"three-way talks", "a four-way meeting": a count hyphened to "way" makes one sitting of all."""
    doc = token.doc
    return token.lower_ == "way" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in COUNT_WORDS


def _joint_talks(token: Token) -> bool:
    """"held joint talks with A and B": "joint" on the talk noun itself (not "the Joint Command"
    of a partner's title, also in the trigger's scope)."""
    return token.lower_ == "joint" and token.dep_ == "amod" and token.head.lower_ in TALK_NOUNS


def _is_planned(chain: list[Token], anchor: Token) -> bool:
    head = chain[0]
    if head.tag_ == "VBN" and head.lemma_.lower() in ("schedule", "slate", "plan", "set") \
            and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in head.children):
        return True  # "The X Dialogue is scheduled for July 7 in Y, where ...": to come (not "was scheduled")
    for k, verb in enumerate(chain):
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or c.lower_ in MODAL_FUTURE):
                return True
        # a governor plans what it governs ("agreed to meet"), not a verb joined to it by "and"
        # ("agreed to step up ties as A and B co-chaired", "agreed on a plan and met Y")
        if _word_in(verb, PLANNED_GOVERNORS) and k > 0 and chain[k - 1].dep_ != "conj":
            return True
        if verb.lemma_.lower() in ("be",) and verb.i != chain[0].i and any(c.lower_ == "to" for c in chain[0].children):
            return True
    first = _infinitive_sharing_to(chain[0])  # "to attend X and meet Y": "meet" shares the plan of "to attend"
    if first.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in first.children):
        head = first.head
        if _word_in(head, PLANNED_GOVERNORS) or any(c.lower_ in FUTURE_AUX for c in head.children):
            return True
        if head.tag_ in ("VBZ", "VBP"):  # "hopes to meet", "is to meet": not yet
            return True
        if first.dep_ == "advcl" and _word_in(head, MOVE_VERBS) and head.i != first.i:
            return _is_planned(_chain(head), head)  # "is expected to travel to Dhaka to hold talks"
        if _headline_infinitive(first):
            return True
    head = first.head
    if first.dep_ == "pcomp" and head.lower_ in ("before", "after") and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
        # "will meet X before flying to Y (to meet Z)": the later act is to come as the main one is
        return _is_planned(_chain(head.head), head.head)
    # "to be held"; not "was welcomed to Lima" (a "to" of the place)
    if first.tag_ == "VBN" and any(c.lower_ == "to" and c.dep_ == "aux" for c in first.children):
        return True
    # "the scheduled talks", "talks scheduled for May"; not "called on X and is scheduled to meet Y" (another event)
    if any(c.lower_ in PLANNED_MODIFIERS and c.dep_ != "conj" for c in anchor.children):
        return True
    governor = first.head
    for _ in range(3):  # "look forward to welcoming X", "await meeting X"
        if governor.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in governor.children) or governor.lemma_.lower() == "await":
            return True
        if governor.head.i == governor.i:
            break
        governor = governor.head
    return False


def _headline_infinitive(verb: Token) -> bool:
    """"Silva to host Moreau as Lisbon and Paris deepen ties": a headline's name with a bare "to"
    verb and no finite verb of its own tells what is still to come."""
    name = verb.head
    return verb.dep_ in ("relcl", "acl") and name.dep_ == "ROOT" and name.pos_ == "PROPN" and name.i < verb.i


def _planned_by_governor(noun: Token) -> bool:
    """"A meeting between A and B is scheduled for Friday", "talks between A and B will take
    place in May", "ahead of his meeting with X": what governs the talk noun tells it is still to come."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "before" and _done_before_the_meeting(head.head):
        return False  # "X was accorded a guard of honour on Monday before his meeting with Y": held too
    if noun.dep_ == "pobj" and (head.lower_ == "before" or head.lower_ == "of" and head.head.lower_ == "ahead"):
        return True  # "ahead of his meeting with X on Friday, Y said ..."
    if noun.dep_ == "pobj" and head.lower_ == "for" and _expected_somewhere(head.head):
        return True  # "X is due (expected) in Y on Monday for talks with Z"
    verb = _verb_a_phrase_hangs_on(head) if noun.dep_ == "pobj" else None
    if verb is not None and head.lower_ in ("following", "after", "during", "at", "in") and _agreed_already(verb):
        # "have agreed to expand ties following talks with Y": the talks led to the agreement;
        # "agreed to deepen ties during (their) talks in Y": the talks are held, what is agreed is to come
        return False
    if verb is not None:
        return _is_planned(_chain(verb), verb)  # "is expected to visit X for talks with Y"
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        return _is_planned(_chain(head), head)  # "The highlight of the visit will be talks with X"
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ == "nsubj" and _active_and_done(head):
        return False  # "talks with Y ... and agreed to speed up Z" (the parse makes the talks the subject): done
    return _word_in(head, PLANNED_GOVERNORS) or _is_planned(_chain(head), head)


def _done_before_the_meeting(verb: Token) -> bool:
    """"laid a wreath (was accorded a guard of honour) before his meeting with Y": an act told as
    done, not a remark ("said before his meeting with Y ..." may speak of one still to come)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in SPEECH_VERBS:
        return False
    passive_past = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (_active_and_done(verb) or passive_past) and not _is_planned(_chain(verb), verb)


def _agreed_already(verb: Token) -> bool:
    """"agreed to expand", "have decided to set up": a to-verb under a governor told as done (past,
    or perfect), so what the governor plans is no plan of the talks it followed."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor.i == verb.i or not _word_in(governor, PLANNED_GOVERNORS):
        return False
    return _active_and_done(governor)


def _active_and_done(verb: Token) -> bool:
    """"agreed", "have agreed": an active verb told in the past or perfect (not "will agree", "was
    scheduled": still to come, or a passive whose subject is what is planned)."""
    if any(c.dep_ == "auxpass" or c.lower_ in FUTURE_AUX or c.lower_ in MODAL_FUTURE for c in verb.children):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _expected_somewhere(governor: Token) -> bool:
    """"is expected in Y", "is due in Y": a verb or copula of being awaited (not "went to Y for talks")."""
    if governor.lower_ in PLANNED_ADJECTIVES:
        return any(c.dep_ == "auxpass" for c in governor.children)
    return governor.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in PLANNED_ADJECTIVES for c in governor.children)


def _copula_of_a_stay(token: Token) -> bool:
    """"is due in Y", "will be in Y": a copula telling where someone is (to be), on which the parse
    hangs the day and the purpose ("... on Monday for talks with Z") as on a verb."""
    return token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ == "ROOT"


def _verb_a_phrase_hangs_on(prep: Token) -> Token | None:
    """The verb a prepositional phrase hangs on, through the time phrases the parse may hang it on
    ("will visit X in the second half of May for talks with Y": "for" on "half")."""
    head = prep.head
    for _ in range(4):
        if head.pos_ == "VERB" or _copula_of_a_stay(head):
            return head
        if head.i == prep.i or head.head.i == head.i:
            return None
        if head.dep_ not in ("pobj", "prep"):
            return None
        head = head.head
    return None


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """Lemma or a plain de-inflection in ``words`` (the lemmatizer reads "hopes" as "hop")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower,
             lower[:-1] if lower.endswith("ed") else lower, lower[:-2] if lower.endswith("ed") else lower}
    return bool(forms & words)


def _closest_date(st: _State, sent: Span, scope: set[int], verb: Token, planned: bool):
    """(distance, date expression) of the date in ``scope`` nearest to ``verb``, or None."""
    m = st.m
    best = None
    for start, end, expr in st.sentence_dates(sent, planned):
        if expr.date is None or start < m.doc.body_start:
            continue
        if expr.text.lower() in DEICTIC_DATES and st.in_quote(start):
            continue  # "today" in a quoted post is the post's day, not the article's
        span = m.sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start < m.dateline_end:
            continue
        if not any(t.i in scope for t in span) or _counted_from(span.root) or _day_of_an_act_before_or_after(span.root, verb):
            continue
        candidate = (abs(span.start - verb.i), _on_dateline_day(st, expr))
        if best is None or _closer_or_finer(candidate, best):
            best = candidate
    return best


def _after_the_day_of_the_telling(st: _State, sent: Span, expr, verb: Token) -> int | None:
    """Where ``verb``'s clause begins when the date ``expr`` is written after a verb of saying above
    that clause and before its subject ("A said on Tuesday he would meet B on Friday", "told
    reporters on Monday that he will ..."): the saying's day, wherever the parse hung it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    teller = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if teller is None or teller.lemma_.lower() not in SPEECH_VERBS or teller.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause_start = subject.left_edge.i if subject is not None else _verb_group_start(verb)
    span = st.m.sdoc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
    return clause_start if span is not None and teller.i < span.start and span.end <= clause_start else None


def _day_of_an_act_before_or_after(token: Token, verb: Token) -> bool:
    """The date at ``token`` is told in "before/after <verb>ing ..." after a meeting whose clause
    tells its own part of the day ("will call on X later in the day, before flying home on
    Friday") or places it in the visit ("will meet X during the visit, before leaving on Friday"):
    the other act's day (not "Before leaving X on Monday, A called B": one day)."""
    for a in token.ancestors:
        if a.i == verb.i:
            return False
        if a.dep_ == "prep" and a.lower_ in ("before", "after") and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in a.children):
            between = token.doc[verb.i : a.i].text  # "later in the day", "during the visit": the meeting's own time
            return a.i > verb.i and not any(t.i == verb.i for t in a.subtree) and \
                (SAME_DAY.search(between) is not None or DURING_THE_VISIT.search(between) is not None)
    return False


def _closer_or_finer(candidate, best) -> bool:
    """A day within the coarser date found before wins ("Next week, X is to meet Y on Monday":
    Monday); else the date nearer to the verb."""
    a, b = candidate[1], best[1]
    if a.end_date is None and b.end_date is None and a.date.precision != b.date.precision:
        if a.date.precision == "day" and a.date.iso.startswith(b.date.iso):
            return True
        if b.date.precision == "day" and b.date.iso.startswith(a.date.iso):
            return False
    return candidate[0] < best[0]


def _counted_from(token: Token) -> bool:
    """The date at ``token`` is told in a "since ..." phrase ("the first meeting since the elections
    earlier this year", "since the new government took office in X"): a starting point, not the
    meeting's date or place (unless the meeting's own verb is that clause's: "since they met in X")."""
    return any(a.lower_ == "since" and a.dep_ in ("prep", "mark") or
               a.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children) and _trigger(a) is None
               for a in token.ancestors)


def _verb_group_start(verb: Token) -> int:
    """Where the verb's group begins: its auxiliaries and adverbs written right before it ("will also meet")."""
    first = verb.i
    left = {c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "advmod", "neg")}
    while first - 1 in left:
        first -= 1
    return first


def _date_right_before_verb(st: _State, sent: Span, verb: Token, planned: bool):
    """"Singh on Thursday held talks with X": an "on <day>" written right before the verb group is
    the verb's, wherever the parse hung it (a dateline read as the subject takes it along)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    m, first = st.m, _verb_group_start(verb)
    for start, end, expr in st.sentence_dates(sent, planned):
        if expr.date is None or start < m.doc.body_start:
            continue
        span = m.sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end != first or span.start - 1 < max(sent.start, m.dateline_end):
            continue
        if m.lower[span.start - 1] == "on":
            return 0, _on_dateline_day(st, expr)
    return None


def _on_dateline_day(st: _State, expr):
    """"today", "yesterday" counted from the dateline's day when the dateline states one."""
    shift = st.dateline_shift() if expr.text.lower() in DEICTIC_DATES and expr.date.precision == "day" else 0
    if shift == 0:
        return expr
    day = datetime.date.fromisoformat(expr.date.iso) + datetime.timedelta(days=shift)
    return dataclasses.replace(expr, date=PartialDate(day.isoformat()))


def _unfinished_tail(m: ArticleMentions, sent: Span) -> tuple[Span, set[int]] | None:
    """When the parser cut a sentence short (after a rank without its full stop: "... Defence
    Minister Gen | Ngo Duc Tam in Hanoi on May 15."), the next piece and its words up to its
    first verb, which still belong to the cut clause."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.is_punct:
        return None
    if last.text.endswith(".") and last.text.rstrip(".") not in _rank_words():
        return None  # "... posted on X.": a full stop the tokenizer kept on the word; not "Lt. Gen." before a name
    following = _next_sentences(m, sent, 1)
    if not following or following[0].start != sent.end:
        return None
    words: set[int] = set()
    for t in following[0]:
        if t.pos_ in ("VERB", "AUX"):
            break
        words.add(t.i)
    return following[0], words


def _cut_pieces(m: ArticleMentions, sent: Span) -> list[tuple[Span, set[int]]]:
    """The pieces the parser cut off ``sent`` with their words that still belong to its clause
    (_unfinished_tail), at most two: "... Minister of National Defence | Gen | Ngo Duc Tam on Tuesday"."""
    pieces: list[tuple[Span, set[int]]] = []
    tail = _unfinished_tail(m, sent)
    while tail is not None and len(pieces) < 2:
        pieces.append(tail)
        tail = _unfinished_tail(m, tail[0]) if len(tail[1]) == len(tail[0]) else None
    return pieces


def _meeting_date(st: _State, sent: Span, scope: set[int], verb: Token, planned: bool):
    m = st.m
    told_back = _day_of_a_meeting_the_talks_came_after(st, sent, verb, planned) or _days_apart_from_main_clause(st, sent, verb, planned)
    if told_back is not None:
        return told_back, None
    best = _closest_date(st, sent, scope, verb, planned)
    clause_start = _after_the_day_of_the_telling(st, sent, best[1], verb) if best is not None else None
    if clause_start is not None:
        # "A said on Tuesday he would meet B on Friday": the meeting's own day, not the saying's
        best = _closest_date(st, sent, {i for i in scope if i >= clause_start}, verb, planned) or best
    call = _talk_noun_of_in_which_clause(verb)
    if call is not None:
        # "a telephone call last Sunday in which A and B ...": the day hangs on the call noun
        best = _closest_date(st, sent, {t.i for c in call.children if c.dep_ in ("npadvmod", "prep") and c.i < verb.i
                                        for t in c.subtree if t.i not in scope}, verb, planned) or best
    for piece, words in (_cut_pieces(m, sent) if best is None and verb.pos_ != "NOUN" else []):
        best = _closest_date(st, piece, words, verb, planned)
        if best is not None:
            break
    if best is None:
        after_met = _days_after_a_meeting_told(st, sent, verb, planned)
        if after_met is not None:
            return after_met, None
    if best is None:
        best = _date_right_before_verb(st, sent, verb, planned)
    if best is None:
        best = _day_of_the_visit_during(st, sent, verb, planned)
    if best is None:
        best = _day_of_the_hosted_visit(st, sent, verb, planned)
    if best is None:
        best = _closest_date(st, sent, _after_the_relative_clause(verb), verb, planned)
    if best is None and _is_purpose_of_a_move(verb):
        # "will travel to Jakarta on Thursday to meet X": the journey's date is the meeting's
        move = _infinitive_sharing_to(verb).head
        head_scope = {t.i for c in move.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
        if head_scope:
            return _meeting_date(st, sent, head_scope, move, planned)
    if best is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _shifts_its_own_day(verb):
        # "On 16 March, he co-chaired X and held talks with Y", "called on A in Ottawa on Wednesday and
        # held talks with B": the first verb's date is the second's, when both are told as done
        head_scope = {t.i for c in verb.head.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i for t in c.subtree}
        if planned != _is_planned(_chain(verb.head), verb.head):
            head_scope = set()
        if head_scope:
            return _meeting_date(st, sent, head_scope, verb.head, planned)
    occasion_verb = _verb_of_the_same_occasion(verb) if best is None else None
    if occasion_verb is not None:
        # "signed an MoU in New Delhi on 14 March, as X received Y", "... following talks between A
        # and B": one occasion, one date; "on Tuesday signed X and agreed to step up Y, as A hosted
        # B": the date may be the first verb's
        heads = [occasion_verb]
        while heads[-1].dep_ in ("xcomp", "conj") and heads[-1].head.i != heads[-1].i and len(heads) < 4:
            heads.append(heads[-1].head)
        head_scope = {t.i for h in heads for c in h.children
                      if c.dep_ in ("prep", "npadvmod") and not c.left_edge.i <= verb.i <= c.right_edge.i for t in c.subtree}
        if head_scope:
            return _meeting_date(st, sent, head_scope, occasion_verb, planned)
    if best is None:
        # "visit the X Centre in Y on Saturday, where he is due to meet Z": the parse may hang the
        # "where" clause on the day itself; the day it hangs on is the meeting's
        where_day = _day_a_where_clause_hangs_on(verb)
        if where_day is not None:
            clause = {t.i for t in _chain(verb)[-1].subtree}
            best = _closest_date(st, sent, {t.i for t in where_day.head.subtree if t.i not in clause}, verb, planned)
    place_clause_head = _place_clause_governor(st.m, verb) if best is None else None
    if place_clause_head is not None:
        # "On Wednesday, X travelled to Kochi, where he held a meeting with Y": the journey's date
        inside = {t.i for t in verb.subtree}
        heads = _chain(place_clause_head)  # "On Friday, X is scheduled (due) to travel to Y, where ...": the day hangs on "scheduled" ("is")
        head_scope = {t.i for h in heads for c in h.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree} - inside
        if head_scope:
            # "On Tuesday, X flew to Abu Dhabi, where he was expected to hold talks": a journey told
            # as done counts its weekday back, whatever the clause's status
            journey_planned = planned and _is_planned(_chain(place_clause_head), place_clause_head)
            return _meeting_date(st, sent, head_scope, place_clause_head, journey_planned)
    if best is None:
        nth = _nth_day_of_the_visit_told(st, sent, planned)
        if nth is not None:
            return _told_day(st, (nth, None), planned)
        same = next((i for i in sorted(scope) if m.tokens[i].lower_ == "same" and i + 1 < len(m.tokens)
                     and m.tokens[i + 1].lower_ in SAME_DAY_NOUNS), None)
        told_before = _day_told_before_in_sentence(st, sent, same, planned) if same is not None else None
        if told_before is not None:
            return told_before  # "X, who arrived in Y on Tuesday, called on Z the same evening": Tuesday
        same_day = _same_day(st, planned)
        if same_day and (same is not None or SAME_DAY.search(sent.text)):
            return same_day  # "On the same day, Kim held a separate meeting", "Earlier in the day, ..."
        shifted = _shifted_day(st, sent, planned)
        if shifted is not None:
            return _told_day(st, (shifted, None), planned)
        lead_day = _lead_day_of_its_subjects(st, sent, verb, planned) or _day_of_an_occasion(st, sent, scope)
        if lead_day is not None:
            return lead_day, None
        if same_day is None and SAME_DAY_WORDS.search(sent.text):
            told = _day_told_in_sentences_before(st, sent, planned)
            if told is not None:
                return told, None  # "The council on Wednesday held a session. ... Earlier in the day, X called on Y"
        if _told_during_the_whole_visit(sent) and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            return None, None  # "He also met X during the visit": another of its engagements, on any of its days
        visit_day = _day_of_the_visit_just_told(st, sent, verb, planned)
        if visit_day is not None:
            return visit_day, None
        arrived = _arrival_day_of_subject(st, sent, verb) if AFTER_ARRIVAL.search(sent.text) else None
        if arrived is not None:
            return arrived, None
        if _also_by_same_subject(verb, planned) or _later_by_one_just_met(st, sent, verb, planned) or ON_ARRIVAL.search(sent.text):
            # "He also met X"; "He was received at the airport by X" after "X arrived in Y on Wednesday"
            return _previous_sentence_day(st, sent, planned)
        return None, None
    day = _nth_day_of_span_told(m, sent, scope, best[1])  # "During his visit from March 8 to 10, ... on the first day"
    if day is not None:
        return day, None
    if best[1].date.precision == "day" and _pair_owning_talks_followed(verb) is None:
        # (not the day of an earlier call the meeting "followed": "the same day" later is the meeting's)
        _told_day(st, (best[1].date, best[1].end_date), planned)
    return best[1].date, best[1].end_date


SAME_OCCASION_PREPS = frozenset({"following", "after"})


def _after_the_relative_clause(verb: Token) -> set[int]:
    """"X, who held a call with his counterpart, Y, last Thursday, said ...": the parse may hang the
    relative clause's day on the name it describes, after the clause (and the partner's name)."""
    top = _chain(verb)[-1]
    if top.dep_ != "relcl":
        return set()
    return {t.i for c in top.head.children if c.i > top.i and c.dep_ == "npadvmod" for t in c.subtree}


def _day_a_where_clause_hangs_on(verb: Token) -> Token | None:
    """The weekday (month) noun a "where" relative clause of ``verb`` hangs on, if the parse made it
    so, or a "when" one ("is due back in X on Wednesday, when he is set to host Y": that day)."""
    top = _chain(verb)[-1]
    if top.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in top.children):
        return None
    day = top.head
    if day.head.dep_ != "prep":
        return None
    if day.lower_ in WEEKDAY_WORDS:
        return day
    # "on November 20, 2025, where he met X": the clause may hang on the month of a full date; a
    # month alone ("in November, where") tells no day
    dated = any(c.like_num for c in day.children) or day.i > 0 and day.doc[day.i - 1].like_num
    return day if day.lower_ in MONTH_WORDS and dated else None


def _place_of_the_day_when(st: _State, sent: Span, chain: list[Token]) -> str | None:
    """"X is due back in Y on Wednesday, when he is set to host Z": the city of the clause whose
    day the "when" clause tells (not of a "where" clause: the place it hangs on tells that)."""
    day = _day_a_where_clause_hangs_on(chain[0])
    top = _chain(chain[0])[-1]
    if day is None or not any(c.lower_ == "when" for c in top.children):
        return None
    clause = day.head.head  # the verb (or adjective) "on <day>" hangs on
    return _explicit_place(st, sent, {t.i for t in clause.subtree} - {t.i for t in top.subtree})


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # in date.weekday() order
WEEKDAY_WORDS = frozenset(WEEKDAY_NAMES)
MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})


def _verb_of_the_same_occasion(verb: Token) -> Token | None:
    """The verb of the clause a meeting is told as part of: "as X received Y" (a clause marked
    SAME_OCCASION_MARKS), "signed X, following talks between A and B" (a talk noun or a gerund,
    "after meeting B", after "following"/"after" hung on a verb; not a journey's: "arrived in Lima on Monday following talks
    in Santiago" were elsewhere, before)."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_OCCASION_MARKS for c in verb.children):
        return verb.head
    prep = verb.head
    # a talk noun ("following talks with B") or a gerund told after the main verb ("A on Monday
    # praised ..., after sitting down with B", as "after he met B"; not an opening "After meeting B,
    # A told reporters on Monday": the telling's day)
    told_after = (verb.pos_ == "NOUN" and verb.dep_ == "pobj"
                  or verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.i > prep.head.i)
    if (told_after and prep.lower_ in SAME_OCCASION_PREPS and prep.dep_ == "prep"
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i and not _word_in(prep.head, MOVE_VERBS)):
        return prep.head
    return None


def _day_of_the_visit_during(st: _State, sent: Span, verb: Token, planned: bool):
    """"met X during a visit to Mombasa on Monday": the one day of the visit the meeting is set in
    (the trigger's scope leaves visits out; not the span of days of a whole visit, "from 9 to 12
    March", nor a visit of others, "during a visit from a Malaysian delegation")."""
    visits = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "during"
              for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in VISIT_NOUNS
              and not any(c.dep_ == "prep" and c.lower_ in ("from", "by") and not _dates_from(c) for c in o.children)]  # not others' visit
    if not visits:
        return None
    best = _closest_date(st, sent, {t.i for v in visits for t in v.subtree}, verb, planned)
    if best is not None and _is_day_span(best[1]):
        # "During his visit from March 8 to 10, A held talks with B on the first day": that day
        day = _nth_day_of_span_told(st.m, sent, {t.i for t in verb.subtree}, best[1])
        return (best[0], dataclasses.replace(best[1], date=day, end_date=None, kind="relative")) if day is not None else None
    return best if best is not None and best[1].end_date is None and best[1].date.precision == "day" else None


def _dates_from(prep: Token) -> bool:
    """"from March 8 to 10": the days of a visit, not who it is from."""
    return any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in prep.children)


# Participles of a host's part in a visit: "visited X on Monday, hosted by Y"
HOSTED_LEMMAS = frozenset({"host", "receive", "welcome"})


def _day_of_the_hosted_visit(st: _State, sent: Span, verb: Token, planned: bool):
    """"X paid a working visit to Y on 9 March, hosted by Z", "X visited Y on Monday, received by
    Z": the one day of the visit the host's participle hangs on is the meeting's (not a span of
    days, "from 9 to 12 March": the meeting is one day of it)."""
    visit = verb.head
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in HOSTED_LEMMAS
            and any(c.dep_ == "agent" for c in verb.children) and visit.i != verb.i):
        return None
    if not (_word_in(visit, MOVE_VERBS) or any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in visit.children)):
        return None  # "signed X on Monday, hosted by Y": no visit the day is of
    scope = {t.i for c in visit.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i for t in c.subtree}
    best = _closest_date(st, sent, scope, visit, planned) if scope else None
    return best if best is not None and best[1].end_date is None and best[1].date.precision == "day" else None


# A stay of several days told with the day of arrival: "for a three-day visit", "a visit of two weeks"
STAY_OF_DAYS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) ?- ?(?:day|week)\b|\b(?:days|weeks)\b", re.I)


def _day_of_the_visit_just_told(st: _State, sent: Span, verb: Token, planned: bool) -> PartialDate | None:
    """"A visited X on 4 May at the invitation of B. The two ministers held talks on ...", "A arrived
    in X on Tuesday. He held talks with B": a meeting told as held right after a visit, by "the two"
    of it or by the visitor (by name or "he"/"she"), is on the one day the visit sentence told (not
    a span of days: the meeting is one day of it)."""
    m = st.m
    earlier = _sentences_before(m, sent, 1)
    visitors = _visitors_told(m, earlier[0]) if earlier and not planned else []
    chain = _chain(verb)
    subjects = _subject_tokens(chain)
    by_the_group = _group_subject(chain) and _the_group_subject(chain)
    by_the_visitor = len(visitors) == 1 and bool(subjects) and (
        all(s.text in PRONOUNS for s in subjects) or _persons_in(m, (t for s in subjects for t in s.subtree)) == visitors)
    if not visitors or not (by_the_group or by_the_visitor) or STAY_OF_DAYS.search(earlier[0].text):
        return None  # "arrived on Monday for a three-day visit": the talks may be on any day of it
    day, end = _previous_sentence_day(st, sent, planned)
    return day if end is None else None


# "On the second day of the visit", "On the final day of his trip", "on the first day": the day of a
# visit counted from the day it began (or ended) told before
NTH_DAY_OF_VISIT = re.compile(r"\bon (?:the )?(first|second|third|fourth|fifth|final|last) day"
                              r"(?: of (?:the|his|her|their) (?:\w+-day )?(?:official )?(?:visit|trip|tour|stay))?\b(?! of\b)", re.I)
NTH_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
VISIT_BEGUN = re.compile(r"\b(?:arrive[sd]?|landed|land|beg[ai]n|begins|start(?:s|ed)?|kick(?:s|ed)? off)\b", re.I)  # "will arrive on Monday" too
VISIT_ENDED = re.compile(r"\b(?:ended|ends|concluded|concludes|wrapped up|wraps up)\b", re.I)
DAYS_OF_STAY = re.compile(r"\b(two|three|four|five|six|seven|[2-7])[- ]day\b", re.I)
STAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _nth_day_of_the_visit_told(st: _State, sent: Span, planned: bool) -> PartialDate | None:
    """"X arrived in Y on Monday for a three-day visit. On the second (final) day of the visit, X
    met Z": the day counted from the one the visit began (ended) on, told in the few sentences
    before with an arrival (an ending) verb; None when no such day is told (not the arrival day:
    the meeting is another day of the visit)."""
    match = NTH_DAY_OF_VISIT.search(sent.text)
    if match is None:
        return None
    m = st.m
    for before in reversed(_sentences_before(m, sent, DAY_SHIFT_LOOKBACK)):
        begun, ended = VISIT_BEGUN.search(before.text), VISIT_ENDED.search(before.text)
        if not begun and not ended:
            continue
        days = _single_days_told(st, before, planned, m.doc.body_start)
        if not days:
            return None
        stay = DAYS_OF_STAY.search(before.text)
        length = (STAY_COUNTS.get(stay.group(1).lower()) or int(stay.group(1))) if stay else None
        word = match.group(1).lower()
        nth = NTH_WORDS.get(word) or length
        if nth is None or (ended and not begun and length is None):
            return None
        if ended and not begun:
            return _day_moved(days[-1].date, nth - length)
        return _day_moved(days[-1].date, nth - 1)
    return None


ON_ARRIVAL = re.compile(r"\b(?:at the airport|(?:on|upon) (?:his |her |their )?arrival)\b", re.I)
# "Soon after his arrival, X called on Y", "Upon arrival, ...": the day X arrived, told before
AFTER_ARRIVAL = re.compile(r"\b(?:after|upon|on) (?:his |her |their )?arrival\b", re.I)


def _arrival_day_of_subject(st: _State, sent: Span, verb: Token) -> PartialDate | None:
    """The day a move verb told the meeting's subject arrived ("X arrived in Y today. ... Soon after
    his arrival, X called on Z"), else None."""
    subjects = _persons_in(st.m, (t for s in _subject_tokens(_chain(verb)) for t in s.subtree))
    days = [st.arrival_day[p] for p in subjects if p in st.arrival_day]
    return days[0] if days else None


# "during the visit" (not "during his visit to X on Monday"): the visit told before, any of its days
DURING_THE_VISIT = re.compile(r"\bduring (?:the|his|her|their) (?:visit|trip|tour|stay)\b(?! to\b)", re.I)


def _told_during_the_whole_visit(sent: Span) -> bool:
    """"He also met X and Y during the visit": the sentence places the meeting in the visit told
    before, on any of its days (not on the day the sentence before told)."""
    return DURING_THE_VISIT.search(sent.text) is not None


# "two days after he held talks with X": the number of days a clause is told apart from its main one
DAYS_APART_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _days_apart_from_main_clause(st: _State, sent: Span, verb: Token, planned: bool) -> PartialDate | None:
    """"X received Y on Thursday, a day after Y held talks with Z": Y's meeting is the main clause's
    day moved back (or on, with "before") by the days told, whatever the clause itself names."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    if verb.dep_ != "advcl" or mark is None or span is None:
        return None
    counts = [DAYS_APART_COUNTS.get(c.lower_) for c in span.children if c.dep_ in ("det", "nummod")]
    if len(counts) != 1 or counts[0] is None:
        return None
    inside = {t.i for t in verb.subtree}
    main_scope = {t.i for c in verb.head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree} - inside
    best = _closest_date(st, sent, main_scope, verb.head, _is_planned(_chain(verb.head), verb.head))
    if best is None or best[1].date.precision != "day" or best[1].end_date is not None:
        return None
    return _day_moved(best[1].date, -counts[0] if mark.lower_ == "after" else counts[0])


def _days_apart_phrase(verb: Token) -> tuple[Token | None, Token | None]:
    """("after"/"before", "day(s)") of "a day after meeting X", "two days after his talks with X" on ``verb``."""
    for prep in [c for c in verb.children if c.dep_ == "prep"] + [p for c in verb.children if c.dep_ == "npadvmod" for p in c.children if p.dep_ == "prep"]:
        if prep.lower_ not in ("after", "before"):
            continue
        span = prep.head if prep.head.dep_ == "npadvmod" else next((c for c in prep.children if c.dep_ == "npadvmod"), None)
        if span is not None and span.lemma_.lower() == "day":
            return prep, span
    return None, None


def _persons_of_days_apart_phrase(m: ArticleMentions, verb: Token) -> set[str]:
    """The persons "a day after meeting X" names on ``verb`` (X): the meeting referred back to."""
    prep, _ = _days_apart_phrase(verb)
    return {k for t in prep.subtree if (k := m.person_at.get(t.i))} if prep is not None else set()


def _days_after_a_meeting_told(st: _State, sent: Span, verb: Token, planned: bool) -> PartialDate | None:
    """"A day after meeting X, A met Y", "A met Y two days after his talks with X": the day of the
    last meeting told before with X (and the subject), moved on (or back, "before") by the days told;
    None when that meeting has no day."""
    m = st.m
    prep, span = _days_apart_phrase(verb)
    if prep is not None:
        counts = [DAYS_APART_COUNTS.get(c.lower_) for c in span.children if c.dep_ in ("det", "nummod")]
        if len(counts) != 1 or counts[0] is None:
            return None
        others = _persons_of_days_apart_phrase(m, verb)
        subjects = {k for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if (k := m.person_at.get(t.i))}
        if not others:
            return None
        for meeting in reversed(st.meetings):
            if others <= set(meeting.participants) and subjects <= set(meeting.participants):
                if meeting.date is None and meeting.evidence and meeting.evidence[0].start >= sent.start_char:
                    continue  # the "after meeting X" clause itself, told as a meeting of its own
                if meeting.date is None or meeting.date.precision != "day" or meeting.end_date is not None:
                    return None
                return _day_moved(meeting.date, counts[0] if prep.lower_ == "after" else -counts[0])
        return None
    return None


# "on the first day of the conclave", "on the closing day of the summit": a day of an occasion whose
# days were told before; "on the first day" alone: of the span of days the sentence (or the one
# before) tells
OCCASION_DAY = re.compile(r"\bthe (first|opening|second|third|last|final|closing) day(?: of the (\w+))?\b", re.I)
OCCASION_DAY_OFFSETS = {"first": 0, "opening": 0, "second": 1, "third": 2}
OCCASION_DAY_LOOKBACK = 12  # sentences searched back for the occasion's days (often told in the lead)


def _occasion_day_told(m: ArticleMentions, sent: Span, scope: set[int]) -> re.Match[str] | None:
    """"the second day (of the visit)" in the meeting's own words."""
    match = OCCASION_DAY.search(sent.text)
    if match is None or not any(m.tokens[i].idx - sent.start_char == match.start(1) for i in scope):
        return None
    return match


def _day_of_a_span(match: re.Match[str], first: PartialDate, last: PartialDate) -> PartialDate | None:
    """The day "the second (last) day" names of the days ``first`` to ``last``."""
    start, end = (datetime.date.fromisoformat(x.iso) for x in (first, last))
    offset = OCCASION_DAY_OFFSETS.get(match.group(1).lower())
    day = end if offset is None else start + datetime.timedelta(days=offset)
    return PartialDate(day.isoformat()) if start <= day <= end else None


def _is_day_span(expr: DateExpression) -> bool:
    """A span of whole days ("from March 8 to 10"), not of months nor one day."""
    return expr.date is not None and expr.end_date is not None and expr.date.precision == "day" == expr.end_date.precision


def _day_spans(st: _State, sent: Span) -> list[DateExpression]:
    return [d for _, _, d in st.sentence_dates(sent, False) if _is_day_span(d)]


def _nth_day_of_span_told(m: ArticleMentions, sent: Span, scope: set[int], expr: DateExpression) -> PartialDate | None:
    """The day of span ``expr`` that "on the first (second, last) day" in ``scope`` names, if both are told."""
    match = _occasion_day_told(m, sent, scope) if _is_day_span(expr) else None
    return _day_of_a_span(match, expr.date, expr.end_date) if match is not None else None


def _day_of_an_occasion(st: _State, sent: Span, scope: set[int]) -> PartialDate | None:
    """"held a separate meeting with X on the first day of the conclave", after "the conclave, held
    here on November 20 and 21": that day of the span of days told with the occasion's noun;
    "On the second day, he met X" after "A is on a visit to Y from March 8 to 11": of the span the
    sentence before tells."""
    m = st.m
    match = _occasion_day_told(m, sent, scope)
    if match is None:
        return None
    noun = (match.group(2) or "").lower()
    # with no noun, the span of days told last ("is on a visit from March 8 to 11 ... . He met A on
    # March 8 ... . On the final day, he met X"): single days between are days within it
    for before in reversed(_sentences_before(m, sent, OCCASION_DAY_LOOKBACK)):
        if noun not in before.text.lower():
            continue
        spans = _day_spans(st, before)
        if len(spans) > 1 and not noun:
            return None  # two spans: which one is unclear
        if len(spans) != 1:
            continue
        return _day_of_a_span(match, spans[0].date, spans[0].end_date)
    return None


UNNAMED_PARTNER_NOUNS = frozenset({"counterpart", "counterparts", "delegation", "delegations", "guests"})  # "hosted his counterparts"


def _lead_day_of_its_subjects(st: _State, sent: Span, verb: Token, planned: bool) -> PartialDate | None:
    """"A and B agreed in Z on Friday to ... . A and B held talks at the ministry" ("A hosted B
    at the ministry"; "A today hosted his counterparts ... . A met B and C"): a meeting told right
    after the lead, by (or between) the persons the lead is about, is the lead's occasion and day."""
    m = st.m
    earlier = _sentences_before(m, sent, 1)
    lead = _lead_sentence(m)
    if planned or not earlier or lead is None or earlier[0].start != lead.start:
        return None
    # whom the lead is about: the persons named before its main verb (the parse may hang some on the dateline)
    pair = {k for start, _, k in m.person_spans if max(lead.start, m.lead_start) <= start < lead.root.i}
    subjects = _persons_in(m, (t for s in _subject_tokens(_chain(verb)) for t in s.subtree)) or _their_talks_owners(m, verb)
    # "A and B pledged on Tuesday ... . A hosted B at the ministry": the one received is the other of the pair
    received = _persons_in(m, (t for c in verb.children if c.dep_ == "dobj" for t in c.subtree))
    # "A today hosted his counterparts for ... . A met B and C at ...": the lead's meeting, its partners named next
    meets_unnamed = len(pair) == 1 and _trigger(lead.root) is not None and any(
        c.dep_ == "dobj" and c.lower_ in UNNAMED_PARTNER_NOUNS for c in lead.root.children) and not any(
        lead.root.i < start < lead.end for start, _, _ in m.person_spans)
    if (len(pair) < 2 and not meets_unnamed) or pair not in (set(subjects), set(subjects) | set(received)) \
            or _is_planned([lead.root], lead.root):
        return None
    lead_char = max(m.doc.body_start, m.tokens[max(lead.start, m.lead_start)].idx)  # not the dateline's day
    days = {d.date for start, _, d in st.sentence_dates(lead, False)
            if start >= lead_char and d.date is not None and d.date.precision == "day"}
    return days.pop() if len(days) == 1 else None


# "She later held talks with X" after "On Monday, she laid a wreath ...": the same day; not of a
# meeting still to come ("He will then travel to Y": perhaps days after)
HELD_LATER_ADVERBS = frozenset({"later", "then", "subsequently"})


def _also_by_same_subject(verb: Token, planned: bool = False) -> bool:
    """"He also met X", "He also called on X", "She later held talks with X": a pronoun subject going
    on with what the sentence before told of him, on the same occasion."""
    adverbs = {"also"} | (set() if planned else HELD_LATER_ADVERBS)
    if not any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.text in PRONOUNS for c in verb.children)


def _later_by_one_just_met(st: _State, sent: Span, verb: Token, planned: bool) -> bool:
    """"A held talks with B in Tokyo on Thursday. B later joined A and C for ...", "Admiral A also
    met D": a named subject of the meeting the sentence right before told, going on "later" (then,
    also), on the same occasion (not "The Defence Secretary, on a two-day visit, also called on D":
    a title standing for the name tells the visit's other engagements, on any of its days)."""
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if planned or not adverbs & (HELD_LATER_ADVERBS | {"also"}):
        return False
    earlier = _sentences_before_remarks(st, sent)
    last = st.meetings[-1] if st.meetings else None
    if not earlier or last is None or last.evidence[0].start < earlier[0].start_char or last.status != "held":
        return False
    subject_words = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    if not adverbs & HELD_LATER_ADVERBS and any(t.dep_ == "det" for t in subject_words):
        return False
    subjects = {k for t in subject_words if (k := st.m.person_at.get(t.i))}
    if adverbs & HELD_LATER_ADVERBS and len(last.participants) >= 2 and set(last.participants) < subjects:
        return True  # "A received B ... . B, A and C later held a trilateral meeting": the pair joined by a third
    if adverbs & HELD_LATER_ADVERBS and len(subjects) >= 2 and last.participants[0] in subjects:
        # "On the sidelines, A held a bilateral with B. A, C and D then held a trilateral meeting":
        # the first meeting's subject goes on with others, on the same occasion
        return True
    return bool(subjects) and subjects <= set(last.participants)


SAME_DAY_NOUNS = frozenset({"day", "date", "morning", "afternoon", "evening", "night"})  # "the same evening"


def _day_told_before_in_sentence(st: _State, sent: Span, same: int, planned: bool) -> tuple[PartialDate, None] | None:
    """(date, None) of the last day the sentence tells before "the same day/evening" (in any of its
    clauses: "X, who arrived on Tuesday, called on Z the same evening"); None when it tells none."""
    m = st.m
    # not the dateline's day ("CITY, Apr 15 (Agency) ... the same day")
    after = max(m.doc.body_start, m.tokens[m.dateline_end - 1].idx + 1 if m.dateline_end else 0)
    days = _single_days_told(st, sent, planned, after, m.tokens[same].idx)
    return (days[-1].date, None) if days else None


def _single_days_told(st: _State, sent: Span, planned: bool, after: int, before: int | None = None,
                      skip: list[tuple[int, int]] = ()) -> list:
    """The sentence's dates of one full day (no range), told from character ``after`` (to ``before``),
    none inside the character spans ``skip``."""
    return [d for start, _, d in st.sentence_dates(sent, planned)
            if after <= start and (before is None or start < before) and d.date is not None and d.date.precision == "day"
            and d.end_date is None and not any(a <= start < b for a, b in skip)]


def _past_document_date_spans(st: _State, sent: Span, planned: bool) -> list[tuple[int, int]]:
    """Character spans of the sentence's dates that date a past document or body (_dates_a_past_document)."""
    return [(a, b) for a, b, _ in st.sentence_dates(sent, planned) if _dates_a_past_document(st.m, a, b)]


def _day_moved(day: PartialDate, days: int) -> PartialDate:
    """The full date ``day`` moved by ``days`` days."""
    return PartialDate((datetime.date.fromisoformat(day.iso) + datetime.timedelta(days=days)).isoformat())


def _same_day(st: _State, planned: bool) -> tuple[PartialDate, PartialDate | None] | None:
    """The day "on the same day", "earlier in the day" mean: the last day told; for a meeting told
    as held not a day after the article's, of one still to come ("is to call on X on Tuesday. ...
    met Y earlier in the day", Monday's story): then the last held meeting's day."""
    same_day = st.last_day
    if not planned and same_day and st.m.doc.published and same_day[0].iso > st.m.doc.published.isoformat():
        same_day = st.held_day
    return same_day


def _previous_sentence_day(st: _State, sent: Span, planned: bool):
    """(date, end date) of the day the sentence right before told: its own day ("On Thursday, X
    visited Y"), the day before it ("Earlier in the day, X laid a wreath"), or the day of the meeting
    it reported; (None, None) else."""
    m = st.m
    earlier = _sentences_before_remarks(st, sent)
    if not earlier:
        return None, None
    before = earlier[0]
    days = [d for start, _, d in st.sentence_dates(before, planned)
            if start >= m.doc.body_start and d.date is not None and d.date.precision == "day"]
    if days:
        return days[-1].date, days[-1].end_date
    same_day = _same_day(st, planned)
    if same_day and SAME_DAY.search(before.text):
        return same_day
    last = st.meetings[-1] if st.meetings else None
    if (last is not None and last.evidence[0].start >= before.start_char and last.date is not None
            and last.date.precision == "day" and (last.status == "planned") == planned):
        return last.date, last.end_date  # "On the margins of the meeting, X held talks with Y": its day told by reference
    return None, None


def _lead_sentence(m: ArticleMentions) -> Span | None:
    """The article's first body sentence after its dateline: the lead (one with a word of the body:
    the blanked header's sentence may end on the blank line that opens the body)."""
    return next((s for s in m.sents if s.end > m.lead_start and _has_body_word(m, s)), None)


def _has_body_word(m: ArticleMentions, sent: Span) -> bool:
    # a word, not a mark alone: the parse may cut "(" of "(XNA) - CITY, MARCH 12 - ..." off as a sentence
    return any(t.idx >= m.doc.body_start and any(c.isalnum() for c in t.text) for t in sent)


def _sentences_before(m: ArticleMentions, sent: Span, count: int) -> list[Span]:
    """Up to ``count`` body sentences right before ``sent``."""
    return [s for s in m.sents if s.end <= sent.start and s.end_char > m.doc.body_start][-count:]


def _sentences_before_remarks(st: _State, sent: Span) -> list[Span]:
    """The body sentence right before ``sent``, passing over the quoted remarks between ("A met B
    on Monday. "...," A said. A and B then ..."): a remark tells no day of its own."""
    earlier = _sentences_before(st.m, sent, 1)
    while earlier and _is_quoted_remark(st, earlier[0]):
        earlier = _sentences_before(st.m, earlier[0], 1)
    return earlier


def _is_quoted_remark(st: _State, sent: Span) -> bool:
    """The sentence opens with a quotation (""We agreed ...," A said.")."""
    first = sent[0]
    return first.text in ('"', "“") or st.in_quote(first.idx)


def _sentences_ending_by(m: ArticleMentions, index: int, count: int) -> list[Span]:
    """Up to ``count`` sentences (the header's too) that end at or before token ``index``."""
    return [s for s in m.sents if s.end <= index][-count:] if count > 0 else []


# "A day earlier, X called on Y", "the next day": one day before or after the day told last; a bare
# "the day before/after" too, where the phrase ends ("The day before, X met Y", "met Y the day
# before."; not "the day before the summit", whose day may be untold, nor "the day before yesterday")
DAY_SHIFT = re.compile(r"\b(?:a|one) day (earlier|later)\b|\bthe (previous|next|following) day\b"
                       r"|\b(?:the|a|one) day (before|after)(?=\s*(?:[,.;:]|$))"
                       r"|\b(two|three|four|five|six|[2-6]) days (earlier|later)\b"
                       # "A day after arriving (his arrival), X called on Y": the day after the arrival told
                       # before; "The next morning, X met Y": the day after the day told last
                       r"|\b(?:a|one) day (after) (?:(?:his|her|their) arrival|arriving)\b"
                       r"|\bthe (next|following) (?:morning|afternoon|evening)\b", re.I)
# "two days later": the shift's count of days (group 4) and direction (group 5)
SHIFT_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DAY_SHIFT_LOOKBACK = 3  # sentences searched back for the day a shift counts from


# "A day before the talks, X spoke with Y": one day from the meeting the talk noun refers back to
DAY_FROM_TALKS = re.compile(r"\b(?:a|one) day (before|after) (?:the|their|these|those) (?:" + "|".join(sorted(TALK_NOUNS)) + r")\b", re.I)

# "The meeting came a day after X received Y": X's meeting is one day from the meeting referred back to
DAY_OF_TALKS_FROM = re.compile(r"\b(?:the|their|these|those) (?:" + "|".join(sorted(TALK_NOUNS))
                               + r") (?:came|took place|was held|were held|followed|happened) (?:a|one) day (after|before)\b", re.I)


def _shifts_its_own_day(verb: Token) -> bool:
    """The verb's own clause moves the day by one ("arrived on Monday and held talks with Y the next
    day"): its day is not the first verb's but one from it (not a shift told of someone in a
    relative clause: "... held talks with Y, who had landed the previous day")."""
    relative = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
    own_words = " ".join(t.text for t in verb.subtree if t.i > verb.i and t.i not in relative)
    return DAY_SHIFT.search(own_words) is not None


def _relative_clause_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans of the sentence's relative clauses ("X, who arrived on Sunday, ...")."""
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in sent if t.dep_ == "relcl"]


def _told_day(st: _State, day: tuple[PartialDate, PartialDate | None], planned: bool) -> tuple[PartialDate, PartialDate | None]:
    """A meeting's day (and end day) just told: the day a later "the same day" means, and, for a
    meeting told as held, the day a later held one is counted from."""
    st.last_day = day
    if not planned:
        st.held_day = day
    return day


def _day_of_a_meeting_the_talks_came_after(st: _State, sent: Span, verb: Token, planned: bool) -> PartialDate | None:
    """"The talks came a day after X met Y ... on <day>": the sentence tells X's day by the talks
    told before, whatever day its clause names (that one may be another event's)."""
    came = DAY_OF_TALKS_FROM.search(sent.text)
    if came is None or verb.idx < sent.start_char + came.end():
        return None
    shifted = _shifted_day(st, sent, planned)
    if shifted is not None:
        _told_day(st, (shifted, None), planned)
    return shifted


# "Earlier in the day", "later that morning", "the same day": the words of SAME_DAY that name a day
# (not a bare "Later," or "In parallel,", which may follow a sentence of background)
SAME_DAY_WORDS = re.compile(r"\b(?:(?:earlier|later) (?:in|on)|during) the (?:day|morning|afternoon|evening)\b(?!-)|^\W*that (?:morning|afternoon|evening)\b"
                            r"|\b(?:earlier|later) that (?:day|morning|afternoon|evening)\b|\bthe same day\b", re.I)


def _day_told_in_sentences_before(st: _State, sent: Span, planned: bool) -> PartialDate | None:
    """The last single full day the few sentences before told, when no meeting has set the story's
    day yet (a lead that dates a session or an arrival, not a meeting); a held meeting skips
    sentences that only tell plans."""
    m = st.m
    for before in reversed(_sentences_before(m, sent, DAY_SHIFT_LOOKBACK)):
        plans_only = _tells_only_plans(st, before)
        if not planned and plans_only:
            continue
        days = _single_days_told(st, before, plans_only, m.doc.body_start, skip=_briefing_topic_spans(m, before))
        # the story's day is near the article's, not a date of background ("the agreement signed on 31 December 2000")
        days = [d for d in days if m.doc.published is None
                or abs((datetime.date.fromisoformat(d.date.iso) - m.doc.published).days) <= STORY_DAY_SPAN]
        if days:
            return _held_not_after_publication(m, days[-1].date, planned)
    return None


STORY_DAY_SPAN = 7  # days from the article's date a day told before may be the story's "same day"


def _shifted_day(st: _State, sent: Span, planned: bool) -> PartialDate | None:
    """The day "a day earlier"/"the next day" means: the last full date told in the sentences before,
    else the day of the last meeting told (a paragraph of background may come in between), moved by
    one; "a day before the talks": the day of the last meeting told as held, moved by one (the
    sentences right before may tell another day: "X is to call on Y later on Tuesday"). A meeting
    told as held counts from a held one, not from a sentence that only tells what is to come ("X is
    expected to receive Y on Friday. A day earlier, Z held a call with W": the day before the held talks)."""
    from_talks = DAY_FROM_TALKS.search(sent.text)
    talks_came = DAY_OF_TALKS_FROM.search(sent.text) if from_talks is None else None
    if from_talks is not None or talks_came is not None:
        held = st.held_day
        if held is None or held[1] is not None or held[0].precision != "day":
            return None
        # "a day before the talks, X ...": the day before; "the talks came a day after X ...": likewise
        # ("the talks came a day AFTER X received Y": the talks told are the later ones, so X's meeting
        # is a day back from them)
        if from_talks is not None:
            shift = -1 if from_talks.group(1).lower() == "before" else 1
        else:
            shift = -1 if talks_came.group(1).lower() == "after" else 1
        return _day_moved(held[0], shift)
    match = DAY_SHIFT.search(sent.text)
    if match is None:
        return None
    word = (match.group(1) or match.group(2) or match.group(3) or match.group(5) or match.group(6) or match.group(7)).lower()
    count = (SHIFT_COUNTS.get(match.group(4).lower()) or int(match.group(4))) if match.group(4) else 1
    step = -count if word in ("earlier", "previous", "before") else count
    m = st.m
    # "<meets> X on <day> before <moving> to <city> to meet Z the next day": the day after <day>
    # (not a day told of someone in a relative clause: "X, who arrived on Sunday, met Y a day earlier")
    days_before_in_sentence = _single_days_told(st, sent, planned, max(m.doc.body_start, sent.start_char),
                                                sent.start_char + match.start(), skip=_relative_clause_spans(sent))
    if days_before_in_sentence:
        return _held_not_after_publication(m, _day_moved(days_before_in_sentence[-1].date, step), planned)
    earlier = _sentences_before(m, sent, DAY_SHIFT_LOOKBACK)
    skipped = False
    for before in reversed(earlier):
        plans_only = _tells_only_plans(st, before)
        if not planned and plans_only:
            skipped = True
            continue
        # not the day a document was signed that the sentence recalls ("The agreement itself, signed
        # in X on Dec. 15, 2025, ..."): no day of the story's to count from
        skip = _briefing_topic_spans(m, before) + _past_document_date_spans(st, before, plans_only)
        days = _single_days_told(st, before, plans_only, m.doc.body_start, skip=skip)
        if days:
            return _held_not_after_publication(m, _day_moved(days[-1].date, step), planned)
    # a plans-only sentence skipped: a held meeting counts from the last held one, not the plan's day
    last = st.held_day if skipped else st.last_day
    if last is not None and last[1] is None and last[0].precision == "day":
        return _held_not_after_publication(m, _day_moved(last[0], step), planned)
    return None


RECALL_VERBS = frozenset({"recall", "remember", "recount"})


def _recalled_or_briefed_topic(noun: Token) -> bool:
    """The talk noun is what a briefing was on or what someone recalled ("briefed Y on his talks
    with Z on Monday", "recalled his meeting with Z last year"): a meeting before the story's."""
    return noun.pos_ == "NOUN" and (noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECALL_VERBS
                                    or any(noun.i in _briefing_topic(a) for a in noun.ancestors))


def _briefing_topic_spans(m: ArticleMentions, sent: Span) -> list[tuple[int, int]]:
    """Character spans of what the sentence's briefings were on ("briefed Y on his talks with Z on
    Monday"): a day there is a recalled meeting's, not a day of the story a shift counts from; a day
    after the topic's start hung on the briefing verb likewise (the parse may hang "on Monday" there)."""
    spans = []
    for verb in m.tokens[sent.start : sent.end]:
        # (not "On Friday, X briefed Y on ...": a day, no topic)
        days = {t.i for p in verb.children if p.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in p.children)
                for t in p.subtree}
        topic = _briefing_topic(verb) - days
        if not topic:
            continue
        words = topic | {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > min(topic) for t in c.subtree}
        spans.append((m.tokens[min(words)].idx, m.tokens[max(words)].idx + len(m.tokens[max(words)].text)))
    return spans


def _held_not_after_publication(m: ArticleMentions, day: PartialDate, planned: bool) -> PartialDate | None:
    """``day``, unless it is a held meeting's day after the article's publication."""
    if not planned and m.doc.published is not None and day.iso > m.doc.published.isoformat():
        return None
    return day


def _tells_only_plans(st: _State, sent: Span) -> bool:
    """Whether every meeting read from ``sent`` (one at least) is told as still to come."""
    told = [mt for mt in st.meetings if any(sent.start_char <= e.start < sent.end_char for e in mt.evidence)]
    return bool(told) and all(mt.status == "planned" for mt in told)


# Subordinators of a clause that tells the same occasion as its main clause: "signed an MoU on
# Wednesday after X received Y", "as X received Y", "while X met Y"
SAME_OCCASION_MARKS = frozenset({"as", "when", "while", "after"})


TRIP_NOUNS = VISIT_NOUNS | frozenset({"journey"})  # "continue his trip to X", "resume her journey to X"


def _unknown_place_named(m: ArticleMentions, chain: list[Token], noun: Token | None) -> bool:
    """"will hold talks with X in Ruritown on Saturday": the trigger (or its talk noun) is put "in"
    a place the parse names but the gazetteer does not know; not where a participant was before."""
    heads = [*chain, noun] if noun is not None else chain
    # the small model may call an unknown town a person ("in Ruritown"): a name not of a person, date or body
    return any(p.dep_ == "prep" and p.lower_ == "in" and o.dep_ == "pobj" and o.pos_ == "PROPN"
               and o.ent_type_ in ("GPE", "LOC", "FAC", "PERSON") and o.i not in m.person_at
               and o.i not in m.place_at and o.i not in m.country_at and o.i >= m.dateline_end
               for h in heads for p in h.children for o in p.children)


# common nouns that name a place by its kind ("arrived in the Kenyan capital, where ...")
PLACE_KIND_NOUNS = frozenset({"capital", "city", "town", "port", "village", "island", "islands", "province", "state", "region",
                              "country", "home"})


def _place_clause_governor(m: ArticleMentions, verb: Token) -> Token | None:
    """The verb that brings the meeting's place into the sentence, when the meeting verb heads a
    relative clause of that place ("travelled to Kochi, where he held ...", "arrived in Hanoi,
    where he met ..."); None otherwise."""
    clause, where = verb, any(c.lower_ == "where" for c in verb.children)
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:  # "where he is expected / due to call on X"
        clause = clause.head
        where = where or any(c.lower_ == "where" for c in clause.children)
    if clause.dep_ != "relcl" or not where:
        return None
    head = clause.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if clause.head.i in m.place_at or _base_of_a_town(m, clause.head):
        return head
    if clause.head.dep_ == "dobj" and clause.head.head.i == head.i and head.lemma_.lower() == "visit":
        return head  # "visited Valparaiso, where he met X": what was visited is a place, known or not
    if head.lemma_.lower() == "visit" and (clause.head.i in m.country_at) and any(
            c.dep_ == "dobj" and clause.head in c.subtree for c in head.children):
        return head  # "visited the Henderson shipyard in Western Australia, where he met X": the region ends the visited place
    if head.lemma_.lower() == "visit" and _in_visited_site(head, clause.head):
        # "will visit the Navy headquarters at Fort Y (in Z), where he ...": the site's name, whether
        # a city follows or not (with none, the meeting's place stays unknown)
        return head
    # "travelled to NATO headquarters, where he met X", "went to the Pentagon, where ...": the clause
    # hangs on where the journey went, a site no place names: the meeting is there, not where he was
    destination = clause.head
    if (destination.dep_ == "pobj" and destination.head.dep_ == "prep" and destination.head.lower_ in ("to", "in")
            and destination.head.head.i == head.i and _word_in(head, MOVE_VERBS) and destination.lower_ not in PLACE_KIND_NOUNS):
        return head  # (not "arrived in the Kenyan capital, where ...": the capital is found otherwise)
    # "will travel to Victoria on Thursday, where ...": the clause hung on the date, the place is the verb's
    # ("will travel to Tanzania on Thursday, where he is scheduled to meet X in Dar es Salaam": a country too)
    # "will continue his trip to Singapore on Tuesday, where ...": the trip names the place
    trip = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in TRIP_NOUNS), None)
    goers = [head] + ([trip] if trip is not None else [])
    # "will visit the Naval Command in Kochi on Wednesday, where ...": the place of what is visited
    visited = [o for o in head.children if o.dep_ == "dobj"] if head.lemma_.lower() == "visit" else []
    # ("arrived in the Bolivian capital, La Paz, on Monday, where ...": the city apposed to the capital)
    names_place = any(g.i in m.place_at or g.i in m.country_at or _base_of_a_town(m, g)
                      or m.lower[g.i] == "capital" and _city_apposed_to_capital(m, g.i, g.sent.end)
                      for v in goers + visited for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
    return head if names_place and (_word_in(head, MOVE_VERBS) or trip is not None) else None


def _base_of_a_town(m: ArticleMentions, word: Token) -> bool:
    """"the Punta Verde naval base": a base noun whose name words are a town, which is where it is."""
    return word.lower_ == "base" and any(t.i in m.place_at for c in word.children if c.dep_ in ("compound", "nmod") for t in c.subtree)


def _in_visited_site(visit: Token, word: Token) -> bool:
    """``word`` names part of what ``visit`` takes, as its object or an "at"/"in" phrase ("visit
    the Navy headquarters at Fort Y": a "where" clause may hang on "Fort Y", a site the gazetteer
    does not know)."""
    return any(word in c.subtree for c in visit.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("at", "in"))


def _names_building(m: ArticleMentions, i: int) -> bool:
    """The city named at token ``i`` begins a building's name ("Hyderabad House")."""
    key = m.place_at.get(i)
    while i + 1 < len(m.tokens) and m.place_at.get(i + 1) == key:
        i += 1
    return i + 1 < len(m.tokens) and m.tokens[i + 1].text in BUILDING_NAME_WORDS


COMING_OCCASION_WORDS = frozenset({"ahead", "before", "prior"})  # "ahead of the summit in X"


def _of_coming_occasion(token: Token) -> bool:
    """The token is told in an "ahead of ..."/"before ..." phrase: the place of an occasion to come."""
    return any(a.lower_ in COMING_OCCASION_WORDS and a.dep_ in ("advmod", "prep", "mark") for a in token.ancestors)


def _fronted_place_of_first_verb(st: _State, sent: Span, verb: Token, planned: bool) -> str | None:
    """"In Suva on Friday, A and B opened X and held talks": the place fronted on the first of two
    conjoined verbs is the second's too, when both are told alike (done, or still to come)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i >= verb.i:
        return None
    if planned != _is_planned(_chain(head), head):
        return None
    fronted = {t.i for c in head.children if c.dep_ == "prep" and c.i < head.i and c.i == c.left_edge.i
               and all(t.i < head.i for t in c.subtree) for t in c.subtree}
    return _explicit_place(st, sent, fronted) if fronted else None


def _place_of_first_verb_same_time(st: _State, sent: Span, verb: Token, planned: bool) -> str | None:
    """"visited the naval base in X on Monday and later held talks with Y", "laid a wreath in X and then
    met Y": the city the first of two conjoined verbs is put "in"/"at" (or what it takes) is the
    second's too, when the second has no subject nor day of its own (the same person, the same time)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i >= verb.i:
        return None
    if planned != _is_planned(_chain(head), head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    holders = [head] + [c for c in head.children if c.dep_ == "dobj"]  # "visited the base in X"
    scope = {t.i for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at") and head.i < p.i < verb.i
             for t in p.subtree if t.i < verb.i}
    return _explicit_place(st, sent, scope) if scope else None


def _explicit_place(st: _State, sent: Span, scope: set[int], skip_coming: bool = False) -> str | None:
    """The city the clause puts the meeting "in"/"at" (``skip_coming``: not one of an "ahead of ..." phrase)."""
    m = st.m
    for i in sorted(scope):
        key = m.place_at.get(i)
        if key is None or i < m.dateline_end:
            continue
        if skip_coming and _of_coming_occasion(m.tokens[i]) or _counted_from(m.tokens[i]):
            continue  # nor the place of a "since ..." phrase ("since the government took office in X")
        place = m.places[key]
        if place.kind != "City":
            continue
        first = i
        while first - 1 >= sent.start and m.place_at.get(first - 1) == key:
            first -= 1
        first = _skip_capital_phrase(m, sent, first)
        first = _skip_building_before_city(m, sent, _skip_district(m, sent, first))
        first = _skip_venue_named_before_city(m, sent, first)
        last = i
        while last + 1 < sent.end and m.place_at.get(last + 1) == key:
            last += 1
        first = _skip_district_apposition(m, sent, first, last)
        if first > sent.start and m.tokens[first - 1].lower_ == "the" and last + 2 < sent.end \
                and (m.tokens[last + 1].lower_ in BASE_KIND_WORDS and m.tokens[last + 2].lower_ == "base"
                     or m.tokens[last + 1].text in TOWN_KIND_WORDS and m.tokens[last + 2].lower_ in ("town", "city")):
            first -= 1  # "at the Punta Verde naval base" ("Naval Base"): the town the base is named after; "in the X garrison town"
        if _names_building(m, i):
            continue  # "at Hyderabad House": a building named after a city, not that city
        if _district_before_its_city(m, sent, last + 1, key) is not None:
            continue  # "in Kadikoy, Istanbul": the city after the comma is the meeting's
        if _city_a_venue_lies_in(m, sent, last + 1, key) is not None:
            continue  # "at Kelvarzong in Cusco": a venue the parse took for a city; the city after "in" is the meeting's
        if _city_of_district_apposition(m, sent, last + 1) is not None:
            continue  # "in Ortakoy, an Istanbul suburb": the city the district is in is the meeting's
        if first > 0 and _puts_meeting_in(m, m.tokens[first - 1]) and not _in_speaker_phrase(m.tokens[last]):
            return key
    return None


def _own_place_of_talks(m: ArticleMentions, noun: Token) -> str | None:
    """"(was prepared during) consultations between A and B in Y": the city hung on the talk noun
    itself, before any other the clause names ("The summit in Z was prepared during ...")."""
    if noun.pos_ != "NOUN":
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            key = m.place_at.get(obj.i) if obj.dep_ == "pobj" and obj.i >= m.dateline_end else None
            if key is not None and m.places[key].kind == "City" and not _names_building(m, obj.i):
                return key
    return None


# Nouns of people one welcomes to a place ("welcomed his counterpart / the delegation to X").
WELCOMED_NOUNS = UNNAMED_PARTNER_NOUNS | VISITOR_WORDS | DELEGATION_NOUNS | frozenset(
    {"minister", "ministers", "official", "officials", "guest", "visitors", "leader", "leaders", "envoy", "officers"})


def _puts_meeting_in(m: ArticleMentions, preposition: Token) -> bool:
    """"in"/"at" X; "welcomed Y to X" (the host is in X) where Y is a person, not "flew to X", "the
    envoy to X" nor "welcomed Y's invitation to X" (a thing welcomed: the visit is to come)."""
    if preposition.lower_ in ("in", "at"):
        return True
    if preposition.i + 1 < len(preposition.doc) and town_near_a_venue_at(preposition.doc, preposition.i + 1):
        return True  # "at X Naval Base near Y", "at Camp X outside Y": the venue's town is the meeting's
    if preposition.lower_ in ("on", "of") and preposition.i + 1 < len(preposition.doc) and island_after_on(preposition.doc, preposition.i + 1):
        return True  # "met Y on Zanzibar", "on the island of Y"
    verb = preposition.head
    if not (preposition.lower_ == "to" and preposition.dep_ == "prep" and verb.lemma_.lower() == "welcome"):
        return False
    return all(_a_person_welcomed(m, obj) for obj in verb.children if obj.dep_ == "dobj")


def _a_person_welcomed(m: ArticleMentions, token: Token) -> bool:
    """The object of "welcomed" is a participant: a person's name or title, a pronoun, or a noun of people."""
    return (
        token.i in m.person_at or token.i in m.title_owner or token.pos_ == "PRON" or token.ent_type_ in ("PERSON", "TITLE", "NORP")
        or token.lower_ in WELCOMED_NOUNS or any(c.dep_ == "appos" and c.i in m.person_at for c in token.children)
    )


CAPITAL_ADJECTIVES = frozenset({"national", "federal"})


def _dateline_capital_told(m: ArticleMentions, sent: Span, scope: set[int]) -> str | None:
    """"paid a courtesy call on X in the national capital", "met Y in the Peruvian capital": the
    dateline's city when it is that capital (the clause names the city by what it is). A bare "the
    capital" only when the sentence tells a visit to the dateline's country ("on a visit to Peru,
    ... at the capital's naval school"); none when it tells a visit to another ("who is visiting Chile").
    Another country's capital ("arrived in the Fijian capital") is that city when the article names it."""
    at_capital = m.dateline_place is not None and m.places[m.dateline_place].name in refdata.capitals()
    home = m.places[m.dateline_place].country if at_capital else None
    visited: set[str] | None = None
    for i in sorted(scope):
        token = m.tokens[i]
        if m.lower[i] != "capital" or not (token.dep_ == "pobj" or token.dep_ == "poss" and token.head.dep_ == "pobj"):
            continue  # not "the capital markets"
        if _capital_named_after(m, i, sent.end):
            continue
        # "the Peruvian capital" (another country's capital is not the dateline's)
        country, j = _country_before_capital(m, i, sent.start)
        if not (j - 1 >= sent.start and m.lower[j] == "the" and m.lower[j - 1] in ("in", "at")):
            continue
        if country is not None and country != home:
            named = _capital_named(m, country)
            if named is not None:
                return named
            continue
        if not at_capital:
            continue
        if visited is None:
            visited = _countries_visited(m, sent)
        if visited - {home} or j == i - 1 and home not in visited:
            continue  # a visit to another country told; a bare "the capital" of no country told
        return m.dateline_place
    return None


def _capital_of_the_visit(st: _State, sent: Span, scope: set[int]) -> str | None:
    """"arrived in Chile ... met Y in the capital", "in the capital during a visit to Chile", "in the
    Chilean capital" with no dateline at a capital and the city not named: that country's capital
    (the adjective's country, else the one country the sentence, else the article, tells a visit to),
    added as a place when the article never names it. None when no one country is told."""
    m = st.m
    if m.dateline_place is not None and m.places[m.dateline_place].name in refdata.capitals():
        return None  # the dateline's capital is weighed by _dateline_capital_told
    for i in sorted(scope):
        token = m.tokens[i]
        if m.lower[i] != "capital" or token.dep_ != "pobj" or _capital_named_after(m, i, sent.end):
            continue
        country, j = _country_before_capital(m, i, sent.start)
        if not (j - 1 >= sent.start and m.lower[j] == "the" and m.lower[j - 1] in ("in", "at")):
            continue
        if country is None:
            told = _countries_visited(m, sent) or set(st.visiting.values())
            country = next(iter(told)) if len(told) == 1 else None
        if country is None:
            return None
        return _capital_named(m, country) or _capital_place(m, country, token)
    return None


def _capital_place(m: ArticleMentions, country: str, token: Token) -> str | None:
    """The place of ``country``'s capital, added (with the words "the capital" as its evidence) when the
    article does not name it."""
    name = refdata.capital_of().get(country)
    ref = refdata.cities().get(name) if name else None
    if ref is None or ref.country != country:
        return None
    key = f"place:{slug(ref.name)}"
    place = m.places.get(key)
    if place is None:
        place = m.places[key] = PlaceMention(key, ref.name, ref.kind, ref.country)
    place.evidence.append(m.span_evidence(token.doc[token.i : token.i + 1], "place.capital", 0.6))
    return key


def _capital_named_after(m: ArticleMentions, i: int, end: int) -> bool:
    """The words after "capital" at ``i`` name the city: "the capital of X", "the capital, X", "the
    capital city X" (not "the capital, where ...": a clause on the place, still unnamed)."""
    if i + 1 >= end or m.lower[i + 1] not in ("of", ",", "city"):
        return False
    return not (m.lower[i + 1] == "," and i + 2 < end and m.lower[i + 2] in ("where", "which", "when"))


def _country_before_capital(m: ArticleMentions, i: int, first: int) -> tuple[str | None, int]:
    """(the country, the word before the phrase) of "the (national) South Korean capital" ending at
    "capital" (token ``i``), walking back no further than token ``first``; country None when none is named."""
    j = i - 1
    while j >= first and m.lower[j] in CAPITAL_ADJECTIVES:
        j -= 1
    country = m.country_at.get(j)
    while country is not None and j >= first and m.country_at.get(j) == country:
        j -= 1
    return country, j


def _country_capital_phrase(m: ArticleMentions, noun: Token) -> str | None:
    """"(arrived in) the Fijian capital", "the South Korean capital, where ...": that country's
    capital, when the article names the city; "the Fijian capital, Suva": the city apposed."""
    if m.lower[noun.i] != "capital":
        return None
    if _capital_named_after(m, noun.i, noun.sent.end):
        return _city_apposed_to_capital(m, noun.i, noun.sent.end)
    country, j = _country_before_capital(m, noun.i, noun.sent.start)
    if country is None or j < noun.sent.start or m.lower[j] != "the":
        return None
    return _capital_named(m, country)


def _capital_phrase_country(m: ArticleMentions, noun: Token) -> str | None:
    """The country of "the Tanzanian capital" ending at ``noun``, named or not: where one arriving there is."""
    return _country_before_capital(m, noun.i, noun.sent.start)[0] if m.lower[noun.i] == "capital" else None


def _city_apposed_to_capital(m: ArticleMentions, i: int, end: int) -> str | None:
    """The city written right after "capital" at ``i`` ("arrived in the Chilean capital, Santiago",
    "the capital city Santiago"), else None."""
    j = i + 2 if i + 1 < end and m.lower[i + 1] in (",", "city") else i + 1
    key = m.place_at.get(j) if j < end else None
    return key if key is not None and m.places[key].kind == "City" else None


def _capital_named(m: ArticleMentions, country: str) -> str | None:
    """The place the article names that is ``country``'s capital, if it names it."""
    return next((key for key, place in m.places.items() if place.country == country and place.name in refdata.capitals()), None)


def _countries_visited(m: ArticleMentions, sent: Span) -> set[str]:
    """The countries of the visits the sentence tells ("who is visiting Chile", "during his visit to
    Chile", "on a visit to Santiago")."""
    countries = set()
    for t in m.tokens[sent.start : sent.end]:
        if t.lemma_.lower() not in VISIT_NOUNS:
            continue
        for c in t.children:
            objects = [c] if c.dep_ == "dobj" else list(c.children) if c.dep_ == "prep" and c.lower_ in ("to", "of") else []
            for o in objects:
                country = m.country_at.get(o.i) or (m.places[m.place_at[o.i]].country if o.i in m.place_at else None)
                if country is not None:
                    countries.add(country)
    return countries


def _city_of_named_event(st: _State, sent: Span, scope: set[int]) -> str | None:
    """The city an event's name begins with, "met at the Dubai Airshow", "on the sidelines of the
    Oslo meeting", "during the Manila summit": where they met, when the clause names no other place;
    not a building ("at the Hyderabad House") nor an organisation named after a city ("at the
    Shanghai Cooperation Organisation summit"); not an occasion they are only before or after
    ("ahead of the Lima talks")."""
    m = st.m
    for i in sorted(scope):
        key = m.place_at.get(i)
        if key is None or m.places[key].kind != "City" or m.place_at.get(i - 1) == key or i < 3:
            continue
        if not (m.tokens[i - 1].lower_ == "the" and _sets_at_an_event(m, i - 2)):
            continue
        last = i
        while last + 1 < sent.end and m.place_at.get(last + 1) == key:
            last += 1
        after = m.tokens[last + 1] if last + 1 < sent.end else None
        name_goes_on = after is not None and (after.pos_ == "PROPN" and after.is_title or after.lower_ in TALK_OR_OCCASION_NOUNS)
        if name_goes_on and not _names_building(m, i) and not any(j in st.framework_at for j in range(i, last + 2)):
            return key
    return None


HOLDING_LEMMAS = frozenset({"hold", "convene", "host"})  # "which will be held in X"; "take" only with "place"


def _holding_verb(verb: Token) -> bool:
    """"held", "convened", "hosted", or "takes place" (not "takes its name from X")."""
    lemma = verb.lemma_.lower()
    return lemma in HOLDING_LEMMAS or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _city_of_sidelines_occasion(st: _State, sent: Span, scope: set[int]) -> str | None:
    """"on the sidelines of the X Meeting, which is to be held in C": the city where the
    occasion is held, told in a relative clause on it (the clause is outside the trigger's scope)."""
    occasion = _sidelines_occasion(st.m, sent, scope)
    if occasion is None:
        return None
    for clause in occasion.children:
        if clause.dep_ != "relcl":
            continue
        verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]  # "is scheduled to be held"
        if any(_holding_verb(v) for v in verbs):
            return _explicit_place(st, sent, {t.i for v in verbs for c in v.children
                                              if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree})
    return None


def _sets_at_an_event(m: ArticleMentions, i: int) -> bool:
    """The word at ``i`` sets what follows as where something happens: "at", "during", the "of" of
    "on the sidelines of"."""
    word = m.lower[i]
    return word in ("at", "during") or word == "of" and m.lower[i - 1] in SIDELINES_WORDS


def _skip_district(m: ArticleMentions, sent: Span, first: int) -> int:
    """Start of "Ichigaya, Tokyo" before the city: one or two capitalised words that are no known
    place, and a comma ("in Ichigaya, Tokyo" is in Tokyo); ``first`` itself when there is none."""
    if first - 2 < sent.start or m.tokens[first - 1].text != ",":
        return first
    after = first
    while after < sent.end and m.place_at.get(after) == m.place_at.get(first):
        after += 1
    if _place_list_goes_on(m, sent, after):
        return first  # "in Busan, Seoul and Incheon": a list of places, not a district and its city
    district = m.place_at.get(first - 2)
    if district is not None and _district_before_its_city(m, sent, first - 1, district) == m.place_at.get(first):
        j = first - 2  # "in Kadikoy, Istanbul" with the district known as a city too
        while j - 1 >= sent.start and m.place_at.get(j - 1) == district:
            j -= 1
        return j
    j = first - 1
    while j - 1 >= max(sent.start, first - 3) and m.tokens[j - 1].pos_ == "PROPN" and m.tokens[j - 1].is_title \
            and j - 1 not in m.place_at and j - 1 not in m.country_at and j - 1 not in m.person_at:
        j -= 1
    return j if j < first - 1 else first


BUILDING_SEGMENT_LIMIT = 7  # words of one comma-separated piece of an address ("the Ministry of Defence headquarters")


def _skip_building_before_city(m: ArticleMentions, sent: Span, first: int) -> int:
    """Start of "the Ministry of Defence headquarters, Ship House, Abuja" after "at": a building's
    name in one or two comma-separated pieces before the city (only when "at"/"in" opens it);
    ``first`` itself else."""
    j = first
    for _ in range(2):
        if j - 2 < sent.start or m.tokens[j - 1].text != ",":
            return first
        k = j - 1
        while k - 1 >= max(sent.start, j - 1 - BUILDING_SEGMENT_LIMIT) and _building_word(m, k - 1):
            k -= 1
        if k == j - 1:
            return first
        j = k
        if m.lower[j - 1] in ("in", "at"):
            return j
    return first


def _skip_venue_named_before_city(m: ArticleMentions, sent: Span, first: int) -> int:
    """Start of "State House Kinshasa" after "at": a venue's name ending in a building word written
    right before its city; ``first`` itself else."""
    if first - 1 <= sent.start or m.tokens[first - 1].text not in BUILDING_NAME_WORDS:
        return first
    k = first - 1
    while k - 1 >= max(sent.start, first - 1 - BUILDING_SEGMENT_LIMIT) and _building_word(m, k - 1) and m.lower[k - 1] not in ("the", "of"):
        k -= 1
    return k if m.lower[k - 1] in ("in", "at") else first


def _building_word(m: ArticleMentions, i: int) -> bool:
    """A word of a building's name or description: capitalised, a noun, "the", "of"; no known place or person."""
    t = m.tokens[i]
    if i in m.place_at or i in m.country_at or i in m.person_at:
        return False
    return t.pos_ == "PROPN" and t.is_title or t.pos_ == "NOUN" or t.lower_ in ("the", "of")


# nouns of a part of a city told in apposition to its name ("in X, a northern Y suburb")
DISTRICT_NOUNS = frozenset({"suburb", "district", "neighbourhood", "neighborhood", "quarter", "township", "borough"})


def _city_of_district_apposition(m: ArticleMentions, sent: Span, after: int) -> str | None:
    """The city of "<place>, a <city> suburb" or "<place>, a suburb of <city>" (token ``after`` the
    comma): a part of a city the article calls so, whose city is the meeting's place."""
    j = after + 1
    if after >= sent.end or m.tokens[after].text != "," or j >= sent.end or m.lower[j] not in ("a", "an", "the"):
        return None
    j += 1
    while j < sent.end and m.tokens[j].pos_ == "ADJ" and m.tokens[j].is_lower:
        j += 1  # "a leafy northern ..."
    city = m.place_at.get(j)
    if city is not None:
        while j < sent.end and m.place_at.get(j) == city:
            j += 1
        found = j < sent.end and m.lower[j] in DISTRICT_NOUNS
    else:
        found = j + 2 < sent.end and m.lower[j] in DISTRICT_NOUNS and m.lower[j + 1] == "of"
        city = m.place_at.get(j + 2)
    return city if found and city is not None and m.places[city].kind == "City" else None


def _skip_district_apposition(m: ArticleMentions, sent: Span, first: int, last: int) -> int:
    """Start of "Ortakoy, an Istanbul suburb" / "Ortakoy, a suburb of Istanbul" before the city
    (tokens ``first``..``last``): the district's one or two capitalised words, so that the "in" before
    them puts the meeting in the city; ``first`` itself when the city is told no district's."""
    j = first - 1
    if last + 1 < sent.end and m.lower[last + 1] in DISTRICT_NOUNS:
        pass  # "an Istanbul suburb"
    elif j - 1 >= sent.start and m.lower[j] == "of" and m.lower[j - 1] in DISTRICT_NOUNS:
        j -= 2  # "a suburb of Istanbul"
    else:
        return first
    while j >= sent.start and m.tokens[j].pos_ == "ADJ" and m.tokens[j].is_lower:
        j -= 1
    if j - 1 < sent.start or m.lower[j] not in ("a", "an", "the") or m.tokens[j - 1].text != ",":
        return first
    k = j - 1
    while k - 1 >= max(sent.start, j - 3) and m.tokens[k - 1].is_title and m.tokens[k - 1].pos_ == "PROPN":
        k -= 1
    return k if k < j - 1 else first


def _district_before_its_city(m: ArticleMentions, sent: Span, after: int, key: str) -> str | None:
    """The city of "<district>, <city>" when the district is taken for a city too ("in Kadikoy,
    Istanbul"): a comma right after the place ``key`` (ending before token ``after``) and another
    city, of the same country or of a district of no known country, that no list goes on from."""
    if after + 1 >= sent.end or m.tokens[after].text != ",":
        return None
    city = m.place_at.get(after + 1)
    if city is None or city == key or m.places[city].kind != "City":
        return None
    if m.places[key].country not in (None, m.places[city].country):
        return None  # "in Lyon, Geneva": two countries' cities, no district of the other
    end = after + 1
    while end < sent.end and m.place_at.get(end) == city:
        end += 1
    start = after - 1
    while start - 1 >= sent.start and m.place_at.get(start - 1) == key:
        start -= 1
    listed_before = start - 2 >= sent.start and m.tokens[start - 1].text == "," and (start - 2) in m.place_at
    return None if listed_before or _place_list_goes_on(m, sent, end) else city  # not "Lyon, Nice, Paris"


def _city_a_venue_lies_in(m: ArticleMentions, sent: Span, after: int, key: str) -> str | None:
    """The city of "<venue> in <city>" (token ``after`` is the "in"): a palace, fort or district
    named alone is often taken for a city, but a city does not lie "in" another city of its country."""
    if after + 1 >= sent.end or m.lower[after] != "in":
        return None
    city = m.place_at.get(after + 1)
    if city is None or city == key or m.places[city].kind != "City":
        return None
    return city if m.places[key].country in (None, m.places[city].country) else None


def _place_list_goes_on(m: ArticleMentions, sent: Span, after: int) -> bool:
    """Token ``after`` (right after a city) goes on with a list of places: "and"/"or", or a comma and
    another place ("Busan, Seoul and Incheon"); not a comma and a date ("at State House, Nairobi, on Tuesday")."""
    if after >= sent.end:
        return False
    word = m.tokens[after].lower_
    if word in ("and", "or"):
        return True
    nxt = after + 1
    return word == "," and nxt < sent.end and (nxt in m.place_at or nxt in m.country_at)


def _in_speaker_phrase(token: Token) -> bool:
    """The token belongs to the subject of a verb of saying ("a ministry spokesperson in Ottawa
    said", "officials in Ottawa said") or to the source of "according to" ("according to the
    embassy in Ottawa"): a place there is the speaker's, not the meeting's."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ == "VERB" and following.lemma_.lower() in SPEECH_VERBS:
        return True  # the parse may hang the speaker on a name before it; the verb right after is plain
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
            return True
        token = token.head
    return False


CAPITAL_PHRASE_WORDS = frozenset({"the", "capital", "city", "town", "port", "'s", "of"})  # "the Chilean port of X"
CAPITAL_NOUNS = SETTLEMENT_NOUNS | {"capital"}


def _describes_settlement(word: Token) -> bool:
    """"southern", "border" of "the southern border town of X": a lower-case word on the settlement noun."""
    return word.is_lower and word.is_alpha and word.dep_ in ("amod", "compound") and word.head.lower_ in CAPITAL_NOUNS


def _skip_capital_phrase(m: ArticleMentions, sent: Span, first: int) -> int:
    """Start of "the Seychelles capital Victoria" before the city (at most five words back), so that
    "in" before the phrase counts; ``first`` itself when there is no such phrase. The city may be
    set off by a comma ("arrived in the Chilean capital, Santiago, on Monday")."""
    j = first
    if j - 2 >= sent.start and m.tokens[j - 1].text == "," and m.lower[j - 2] in CAPITAL_NOUNS:
        j -= 1
    stop = max(sent.start, j - 5)
    while j - 1 >= stop and (m.tokens[j - 1].lower_ in CAPITAL_PHRASE_WORDS or (j - 1) in m.country_at
                             or _describes_settlement(m.tokens[j - 1])):
        j -= 1
    return j if j < first and any(m.lower[k] in CAPITAL_NOUNS for k in range(j, first)) else first


def _person_whose_visit_a_relative_clause_tells(m: ArticleMentions, sent: Span) -> str | None:
    """"..., who is on an official visit to Y": the person the relative clause of a visit noun is on."""
    for t in m.tokens[sent.start : sent.end]:
        if t.lemma_.lower() not in VISIT_NOUNS:
            continue
        clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
        named = _person_named_before(m, clause) if clause is not None else []
        if named:
            return named[0]  # (the clause may hang on the name's apposed title: "his counterpart X, who ...")
    return None


def _visit_place(st: _State, sent: Span, scope: set[int] | None = None) -> tuple[str | None, str | None]:
    """City (place key) or country of a "visit to X" in the sentence (with ``scope``: a visit
    word among those words)."""
    m = st.m
    for t in m.tokens[sent.start : sent.end]:
        if t.lemma_.lower() not in VISIT_NOUNS or scope is not None and t.i not in scope:
            continue
        for named in t.children:  # "during the London visit"
            if named.dep_ == "compound" and named.i in m.place_at and m.places[m.place_at[named.i]].kind == "City":
                return m.place_at[named.i], None
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "of"):
                for obj in prep.children:
                    if obj.i in m.place_at and m.places[m.place_at[obj.i]].kind == "City":
                        return m.place_at[obj.i], None
                    if obj.i in m.country_at:
                        return None, m.country_at[obj.i]
    return None, None


TOPIC_VERBS = frozenset({"discuss", "review", "explore", "focus", "cover", "address"})
TOPIC_NOUNS = frozenset({"discussion", "discussions", "talk", "talks", "focus"})
GENERIC_TOPICS = frozenset({"aspects", "issues", "matters", "areas", "avenues", "elements", "ways", "means", "steps", "progress"}) | SIDELINES_WORDS
VAGUE_WORDS = frozenset({"various", "several", "key", "wide-ranging", "many", "other", "new", "further", "all"})


def _topics(sent: Span, scope: set[int]) -> list[str]:
    """What the meeting was about: "discussed joint training and maritime security",
    "holding discussions on military cooperation, capacity building ...", "focused on X"."""
    heads: list[Token] = []
    for t in sent:
        if t.i not in scope and t.head.i not in scope:
            continue
        if t.pos_ == "VERB" and _word_in(t, TOPIC_VERBS):
            heads += [c for c in t.children if c.dep_ == "dobj"]
            heads += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
        elif t.lower_ in TOPIC_NOUNS:
            heads += [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "about") for o in c.children if o.dep_ == "pobj"]
    topics: list[str] = []
    for head in heads:
        for item in [head, *head.conjuncts]:
            if item.pos_ not in ("NOUN", "PROPN") or item.lower_ in GENERIC_TOPICS or item.ent_type_ == "DATE":
                continue  # nor "talks on Tuesday", "talks on the sidelines of X"
            start = item.i  # the noun and the modifiers right before it ("defence industry cooperation")
            while start - 1 >= max(item.left_edge.i, sent.start) and sent.doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") \
                    and sent.doc[start - 1].dep_ not in ("conj", "appos", "pobj", "dobj"):
                start -= 1
            while start < item.i and sent.doc[start].lower_ in VAGUE_WORDS:
                start += 1
            phrase = sent.doc[start : item.i + 1].text.strip()
            if phrase and phrase.lower() not in (x.lower() for x in topics):
                topics.append(phrase)
    return topics


def _sidelines_object(st: _State, sent: Span, scope: set[int]) -> Token | None:
    """The event noun of "on the sidelines of X" in the trigger's clause, or of "at/during X" when X
    is a forum or dialogue that meets ("will meet him at the Shangri-La Dialogue")."""
    occasion = _sidelines_occasion(st.m, sent, scope)
    if occasion is not None:
        return occasion
    for t in st.m.tokens[sent.start : sent.end]:
        if t.lower_ in ("at", "during") and t.dep_ == "prep" and t.i in scope:
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            key = st.framework_at.get(obj.i) if obj is not None else None
            if key is not None and st.frameworks[key].kind in MEETING_FRAMEWORK_KINDS:
                return obj
    return None


MEETING_FRAMEWORK_KINDS = frozenset({"Forum", "Dialogue"})  # frameworks that are series of meetings


def _sidelines_event(st: _State, sent: Span, scope: set[int]) -> str | None:
    """"on the sidelines of the 80th session of the UN General Assembly" -> an EventMention key."""
    m = st.m
    obj = _sidelines_object(st, sent, scope)
    if obj is None:
        return None
    cut = [w.i for w in obj.subtree if w.i > obj.i and w.dep_ == "prep" and w.lower_ in ("in", "at")]
    # nor "here" nor a clause told of it ("the ADMM-Plus, where the two agreed ..."): no part of its name
    cut += [w.left_edge.i for w in obj.subtree if w.i > obj.i and (w.dep_ in ("relcl", "acl") or w.lower_ in ("here", "there"))]
    end = min(cut) if cut else obj.right_edge.i + 1
    start = obj.left_edge.i
    while start < end and m.tokens[start].lower_ in ("the", "a"):
        start += 1
    key = st.framework_at.get(obj.i)
    while key is not None and end < sent.end and st.framework_at.get(end) == key:
        end += 1  # "ADMM-Plus": a framework's name the parse split goes on
    while end > start + 1 and m.tokens[end - 1].is_punct and m.tokens[end - 1].text != ")":
        end -= 1
    span = m.sdoc[start:end]
    return _add_event(st, span, sent, status="held")


OCCASION_LOOKBACK = 4  # sentences searched back for the occasion "the meeting" refers to


OCCASION_NOUNS = frozenset({"meeting", "summit", "conference", "conclave", "session", "forum", "dialogue", "ceremony"})
TALK_OR_OCCASION_NOUNS = TALK_NOUNS | OCCASION_NOUNS
# adjectives that name a meeting on their own ("on the sidelines of the trilateral"), written
# before an occasion noun where the occasion is first told ("the trilateral meeting in X")
SIDED_OCCASION_WORDS = frozenset({"bilateral", "trilateral", "quadrilateral"})
# words that refer back to whatever occasion was told, by any name or by a verb ("hosted the ministers
# of X in Y on Friday ... On the margins of the gathering, A held talks with B")
# ("the ministerial": the ministers' meeting, told before as "their annual meeting")
GENERIC_OCCASION_NOUNS = frozenset({"gathering", "event", "ministerial"})


def _occasion_reference(st: _State, sent: Span, scope: set[int]) -> Token | None:
    """The bare noun a meeting's clause refers back to an occasion with: "on the sidelines of the
    meeting", "during the summit", "at the conference"."""
    obj = _sidelines_object(st, sent, scope)
    if obj is None:
        obj = next((o for t in st.m.tokens[sent.start : sent.end] if t.i in scope and t.dep_ == "prep" and _at_or_before_occasion(t)
                    for o in t.children if o.dep_ == "pobj" and (o.lower_ in OCCASION_NOUNS or o.lower_ in GENERIC_OCCASION_NOUNS
                                                                 or o.lower_ in SIDED_OCCASION_WORDS)), None)
    if obj is None:  # "on the eve of the summit", "a day after the summit": a moment of the occasion
        moment = _moment_of_an_occasion(st.m, sent, scope)
        obj = moment[0] if moment is not None else None
    if obj is None:  # "The meeting was co-chaired by A and B", "A chaired the session at the X Hotel"
        obj = next((t for t in st.m.tokens[sent.start : sent.end] if t.i in scope and t.lower_ in OCCASION_NOUNS
                    and (_definite_subject(t) or _chaired_occasion(t))), None)
    # a named event ("of the UN General Assembly") is not a reference back; "the session, chaired by
    # X," is (the parse may hang X, its chair, on the noun)
    if obj is None or not any(c.lower_ in ("the", "this", "that") or _day_possessive(c) for c in obj.lefts) or any(
            r.dep_ not in ("punct", "acl") and not (r.dep_ == "appos" and r.i in st.m.person_at) for r in obj.rights):
        return None
    if obj.pos_ == "PROPN" and obj.lower_ in OCCASION_NOUNS and all(c.dep_ == "det" for c in obj.lefts):
        return obj  # "on the sidelines of the Conclave": the occasion's noun written capitalised
    return obj if obj.pos_ == "NOUN" else None


# nouns of a moment of an occasion -> (the occasion's day it is counted from, days moved): "on the
# eve of the summit" is the day before its first day, "at the close of the summit" its last day
OCCASION_MOMENTS = {"eve": ("first", -1), "opening": ("first", 0), "start": ("first", 0), "beginning": ("first", 0),
                    "close": ("last", 0), "closing": ("last", 0), "end": ("last", 0)}
OCCASION_OPENING_VERBS = frozenset({"open", "begin", "start", "kick"})
OCCASION_CLOSING_VERBS = frozenset({"close", "end", "conclude", "wrap"})
# words that set a meeting apart from an occasion's days without naming its day ("ahead of the summit",
# "in the run-up to the summit", "after the summit", "on the eve of his departure")
APART_FROM_OCCASION_WORDS = frozenset({"ahead", "after", "eve", "run-up"})


OCCASION_DAY_MOMENTS = {"first": ("first", 0), "opening": ("first", 0), "second": ("first", 1), "third": ("first", 2),
                        "final": ("last", 0), "last": ("last", 0), "closing": ("last", 0)}


def _an_occasion_noun(noun: Token) -> bool:
    """"the summit", "the gathering", "the Dialogue" (a name's last word): a word an occasion is told by."""
    return noun.lemma_.lower() in OCCASION_NOUNS or noun.lower_ in OCCASION_NOUNS or noun.lower_ in GENERIC_OCCASION_NOUNS


def _days_counted(day: Token) -> int | None:
    """"a day", "the day", "two days" -> 1, 1, 2."""
    counts = [DAYS_APART_COUNTS.get(c.lower_) or (1 if c.lower_ == "the" else None)
              for c in day.children if c.dep_ in ("det", "nummod")]
    return counts[0] if len(counts) == 1 else None


def _moment_of_an_occasion(m: ArticleMentions, sent: Span, scope: set[int]) -> tuple[Token, str, int] | None:
    """(occasion noun, "first"/"last", days moved) of a meeting told at a moment of an occasion: "on
    the eve of the summit" (its first day, a day back), "at the close of the summit" (its last day),
    "on the day before the summit", "a day after the summit", "a day before the forum opened"."""
    for t in m.tokens[sent.start : sent.end]:
        if t.i not in scope:
            continue
        if t.dep_ == "prep" and t.lower_ in ("on", "at"):
            for part in (c for c in t.children if c.dep_ == "pobj" and (c.lower_ in OCCASION_MOMENTS or c.lower_ == "day")):
                obj = next((o for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj" and _an_occasion_noun(o)), None)
                # "on the final (second) day of the summit"
                nth = next((OCCASION_DAY_MOMENTS[c.lower_] for c in part.children if c.lower_ in OCCASION_DAY_MOMENTS), None)
                if obj is not None and (part.lower_ != "day" or nth is not None):
                    return (obj, *(OCCASION_MOMENTS.get(part.lower_) or nth))
        if t.dep_ == "prep" and t.lower_ in ("before", "after"):
            # "a day after the summit" (the day hung on the preposition); "on the day before the summit"
            day = next((c for c in t.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
            if day is None and t.head.lemma_.lower() == "day" and t.head.dep_ == "pobj" and t.head.head.lower_ == "on":
                day = t.head
            obj = next((o for o in t.children if o.dep_ == "pobj" and _an_occasion_noun(o)), None)
            n = _days_counted(day) if day is not None else None
            if obj is not None and n:
                return (obj, "first", -n) if t.lower_ == "before" else (obj, "last", n)
        if t.dep_ == "advcl" and t.pos_ == "VERB":
            # "a day before the forum opened", "two days after the summit ended"
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("before", "after")), None)
            day = next((c for c in t.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
            obj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            n = _days_counted(day) if day is not None else None
            if mark is None or obj is None or not n or not _an_occasion_noun(obj):
                continue
            lemma = t.lemma_.lower()
            anchor = "first" if lemma in OCCASION_OPENING_VERBS else "last" if lemma in OCCASION_CLOSING_VERBS else (
                "first" if mark.lower_ == "before" else "last")
            return obj, anchor, -n if mark.lower_ == "before" else n
    return None


def _day_of_the_moment(m: ArticleMentions, sent: Span, scope: set[int], date, end_date):
    """The occasion's (date, end date) moved to the day the meeting's moment of it names ("on the eve
    of the summit": the day before its first day); unchanged when no moment is named; (None, None)
    when the moment names a day but the occasion's are not known to the day."""
    moment = _moment_of_an_occasion(m, sent, scope)
    if moment is None or date is None:
        return date, end_date
    if date.precision != "day" or end_date is not None and end_date.precision != "day":
        return None, None
    _, anchor, shift = moment
    base = date if anchor == "first" or end_date is None else end_date
    return _day_moved(base, shift), None


def _set_apart_from_an_occasion(m: ArticleMentions, sent: Span, scope: set[int]) -> bool:
    """"met X ahead of the summit", "after the summit", "on the eve of his departure": the clause
    tells the meeting apart from an occasion's days, with no day of its own."""
    return any(t.i in scope and t.lower_ in APART_FROM_OCCASION_WORDS and t.dep_ in ("prep", "advmod", "pobj")
               for t in m.tokens[sent.start : sent.end]) and _moment_of_an_occasion(m, sent, scope) is None


def _day_possessive(word: Token) -> bool:
    """"Wednesday's (session)", "Monday's (summit)": a day owning the occasion noun refers back to the
    occasion told of that day, as "the session" does."""
    return word.dep_ == "poss" and word.ent_type_ == "DATE" and any(c.text in ("'s", "’s") for c in word.children)


def _of_another_weekday(occasion: Token, date) -> bool:
    """The occasion noun is owned by a weekday ("Wednesday's session") and ``date``, a day, falls on another."""
    owner = next((c for c in occasion.lefts if _day_possessive(c) and c.lower_ in WEEKDAY_NAMES), None)
    if owner is None or date is None or date.precision != "day":
        return False
    return WEEKDAY_NAMES[datetime.date.fromisoformat(date.iso).weekday()] != owner.lower_


def _at_or_before_occasion(preposition: Token) -> bool:
    """"during/at the summit"; "before/prior to the summit" (a meeting the same trip fits in before it)."""
    if preposition.lower_ in ("during", "at", "before"):
        return True
    return preposition.lower_ == "to" and preposition.head.lower_ == "prior"


def _names_occasion(token: Token, names: set[str]) -> bool:
    """The occasion's word as a noun ("the summit"), or a meeting's adjective before an occasion
    noun ("the trilateral meeting") that "the trilateral" refers back to."""
    if token.lower_ not in names:
        return False
    if token.lower_ in SIDED_OCCASION_WORDS:  # not a name's word ("the Trilateral Cooperation Mechanism")
        return token.pos_ == "NOUN" or token.dep_ in ("amod", "compound") and token.head.lower_ in OCCASION_NOUNS
    return token.pos_ in ("NOUN", "PROPN")


def _of_an_earlier_year(st: _State, date) -> bool:
    """A day of a year before the article's: a past occasion ("the first summit in 2018"), not the
    story's own."""
    published = st.m.doc.published or st.year_anchor()
    return date is not None and published is not None and int(date.iso[:4]) < published.year


def _earlier_occasion(st: _State, sent: Span, scope: set[int]):
    """(date, end date, city) of the occasion a meeting refers back to with a bare noun ("on the
    sidelines of the meeting", "during the summit"): the last sentence before that names the noun."""
    obj = _occasion_reference(st, sent, scope)
    if obj is None:
        return None, None, None
    m = st.m
    earlier = _sentences_before(m, sent, OCCASION_LOOKBACK)
    if _definite_subject(obj):  # "The meeting was co-chaired by A and B": the occasion a verb told before
        told = _occasion_told_by_verb(st, earlier)
        if any(told):
            return told
        # else the sentence that names the occasion ("reviewed ties at the 13th meeting of X in Y")
    # "A chaired the session" after "ended an extraordinary meeting of X": the sitting of the occasion told, whatever its word
    generic = obj.lower_ in GENERIC_OCCASION_NOUNS or _chaired_occasion(obj)
    names = OCCASION_NOUNS | {obj.lower_} if generic else {obj.lower_}
    past = None  # an occasion of a past year, only when no sentence tells the story's own
    day_only = None  # (date, end date) of a nearer sentence that told the occasion's day but no place
    for before in reversed(_with_lead(m, sent, earlier)):
        # the same word in the same number: "its meetings" is no occasion of "the meeting"; a name
        # ending in it too ("the forum" refers back to "the Andes Security Forum"); "the
        # gathering" any occasion's word
        nouns = [t for t in before if _names_occasion(t, names)]
        if not nouns:
            continue
        noun = nouns[0] if nouns[0].pos_ in ("NOUN", "PROPN") else nouns[0].head  # "trilateral" -> "meeting"
        if _topic_of_another_act(noun):
            continue  # "had discussed the agenda of the meeting by telephone last week": that call's day, not the meeting's
        if _side_occasion_of_another(noun):
            continue  # "The session was preceded on Tuesday by a meeting of the chiefs": not the occasion referred back to
        clause = _occasion_clause(noun)
        date, end_date = _meeting_date(st, before, clause, noun, planned=False)
        if _of_another_weekday(obj, date):
            continue  # "Wednesday's session": not the session told of Monday
        place = _explicit_place(st, before, clause) or _here_in_clause(m, before, clause)
        if day_only is not None:
            # "Opening the forum this morning, X said ..." after "gathered in Y on Monday for a
            # forum": the day is known, the place only from a sentence of no other day
            if date is not None and date.iso != day_only[0].iso:
                break
            if place:
                return day_only[0], day_only[1], place
            continue
        if date and not place and date.precision == "day" and not _of_an_earlier_year(st, date):
            day_only = (date, end_date)
            continue
        if _of_an_earlier_year(st, date):
            # "the X Mechanism, launched at the first summit in Y in 2018": the trilateral it refers
            # to is the one the article reports, told further back
            past = past or (date, end_date, place)
            continue
        if date or place:  # else another reference back ("On the margins of the summit, ..."): look further
            return date, end_date, place
        if _definite_subject(noun):
            # "X on 4 June hosted the ministers of Y in Z. ... The meeting was co-chaired by ...": the
            # occasion is the one a meeting verb told before
            told = _occasion_told_by_verb(st, [s for s in _with_lead(m, sent, earlier) if s.end <= before.start])
            if any(told):
                return told
            # else a sentence about the body ("The Conclave comprises ..."): look further back
    if day_only is not None:
        # "The council on Wednesday held a session ... The session, held at the headquarters in X,
        # was chaired by ... (several sentences) ... On the sidelines of Wednesday's session": where
        # the occasion of that day is told, however far back, when no sentence between tells another day
        return day_only[0], day_only[1], _occasion_place_further_back(st, sent, names, day_only[0], earlier)
    if generic or past is None and obj.lower_ in ("session", "meeting"):
        # "hosted the ministers of X in Y on Friday ... On the margins of the gathering"; "held its
        # 23rd meeting in Y today ... On the margins of the session": the occasion a verb told
        told = _occasion_told_by_verb(st, _with_lead(m, sent, earlier))
        return (None, None, None) if _of_another_weekday(obj, told[0]) else told
    return past or (None, None, None)


# nouns of a part of an occasion, told on its day ("the opening of the summit on Monday")
OCCASION_PART_NOUNS = frozenset({"opening", "start", "close", "closing", "end", "eve", "sidelines", "margins", "day", "session", "part"})


def _topic_of_another_act(noun: Token) -> bool:
    """"discussed the agenda of the meeting", "the outcome of the summit": the occasion, named bare
    with "the" after another noun's "of", is a topic of the clause's act, whose day is that act's."""
    of = noun.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lower_ not in OCCASION_PART_NOUNS
            and of.head.lower_ not in TALK_OR_OCCASION_NOUNS and all(c.dep_ == "det" for c in noun.children)
            and any(c.lower_ == "the" for c in noun.children))


def _side_occasion_of_another(noun: Token) -> bool:
    """"(the session) was preceded/followed by a meeting of the chiefs": an occasion, told with "a",
    as the agent of "preceded"/"followed", is a side occasion of the one the article reports, not
    the one a later bare "the meeting" refers back to."""
    by = noun.head
    return (noun.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_ in ("precede", "follow")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children))


def _occasion_place_further_back(st: _State, sent: Span, names: set[str], day, searched: list[Span]) -> str | None:
    """The place of the occasion ``names`` told before the sentences ``searched`` (back to the body's
    start), in the nearest sentence that tells it with a place and no other day than ``day``."""
    m = st.m
    first = searched[0].start if searched else sent.start
    for before in reversed(_sentences_before(m, sent, len(m.sents))):
        if before.start >= first:
            continue
        nouns = [t for t in before if _names_occasion(t, names)]
        if not nouns:
            continue
        noun = nouns[0] if nouns[0].pos_ in ("NOUN", "PROPN") else nouns[0].head
        clause = _occasion_clause(noun)
        date, _ = _meeting_date(st, before, clause, noun, planned=False)
        if date is not None and date.iso != day.iso:
            return None
        # "The session, held at the headquarters in X, was chaired by ...": the noun's own participle tells its place
        own = {t.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree}
        place = _explicit_place(st, before, clause) or (_explicit_place(st, before, own) if own else None)
        if place:
            return place
    return None


def _here_in_clause(m: ArticleMentions, sent: Span, clause: set[int]) -> str | None:
    """"gathered here on Monday for a forum": "here" is the dateline's city."""
    key = m.dateline_place
    if key is None or m.places[key].kind != "City":
        return None
    return key if any(t.i in clause and t.lower_ == "here" and t.dep_ == "advmod" and t.i >= m.dateline_end
                      for t in sent) else None


def _with_lead(m: ArticleMentions, sent: Span, earlier: list[Span]) -> list[Span]:
    """``earlier`` and, before them, the lead sentence when they do not reach back to it: the lead
    names the story's occasion that "the conclave" may refer to paragraphs later."""
    lead = _lead_sentence(m)
    if lead is not None and lead.root.pos_ not in ("VERB", "AUX") and not any(t.lower_ in OCCASION_NOUNS for t in lead):
        # "PRESS RELEASE - Ministry of X": a heading the article opens with, naming no occasion; the
        # lead is the first sentence that tells something
        lead = next((s for s in m.sents if s.start >= lead.start and s.root.pos_ in ("VERB", "AUX")), lead)
    if (lead is not None and not any(t.i >= m.lead_start and not t.is_space for t in lead)
            and not any(t.lower_ in OCCASION_NOUNS for t in lead)):
        # a headline's sentence (its blank line reaching past the headline's end, no dateline known
        # to end the header) that names no occasion ("Ministers agree on X at Y"): the lead that
        # names it is the sentence after (a headline "... at Y meeting" names it itself)
        lead = next((s for s in m.sents if s.start >= lead.end and _has_body_word(m, s)), lead)
    if lead is None or lead.start >= sent.start or any(s.start == lead.start for s in earlier):
        return earlier
    return [lead] + earlier


OCCASION_VERBS = MEET_VERBS | frozenset({"attend", "convene", "chair", "co-chair"})


def _chaired_occasion(noun: Token) -> bool:
    """"A chaired the session": the definite object of a chairing verb, an occasion told before."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("chair", "co-chair", "preside")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _definite_subject(noun: Token) -> bool:
    """"The meeting was co-chaired by ...": the noun is its clause's subject, with "the"."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _occasion_told_by_verb(st: _State, sentences: list[Span]):
    """(date, end date, city) of the main clause of the last sentence whose main verb tells an
    occasion ("hosted the defence ministers of ... in The Hague on 4 June")."""
    for sent in reversed(sentences):
        root = sent.root
        if root.lemma_.lower() in SPEECH_VERBS:  # "A and B held the X Dialogue in Y, the ministry said"
            root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
        if root.pos_ == "VERB" and (root.lemma_.lower() in OCCASION_VERBS or _holds_an_occasion(root) or _gathers(root)) \
                and not _chairs_a_body(root):
            clause = _scope([root], [])
            date, end_date = _meeting_date(st, sent, clause, root, planned=False)
            place = _explicit_place(st, sent, clause) or _hosting_city(st.m, root)
            if date or place:  # else "A chaired the session at the X Lodge": the occasion told further back
                return date, end_date, place
    return None, None, None


# verbs of people coming together, themselves the occasion when they take no object ("Defence chiefs
# gathered in X on Tuesday"; not "gathered data")
GATHERING_VERBS = frozenset({"gather", "assemble"})


def _gathers(verb: Token) -> bool:
    return verb.lemma_.lower() in GATHERING_VERBS and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _chairs_a_body(verb: Token) -> bool:
    """"Zambia chairs the Organ until August": chairing a body, a role held, no occasion."""
    return verb.lemma_.lower() in ("chair", "co-chair") and any(
        c.dep_ == "dobj" and c.lower_ not in TALK_OR_OCCASION_NOUNS for c in verb.children)


def _hosting_city(m: ArticleMentions, verb: Token) -> str | None:
    """"Tallinn hosted the meeting": the city that is the subject of "host" is the occasion's place."""
    if verb.lemma_.lower() != "host":
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        key = m.place_at.get(subject.i)
        if key is not None and m.places[key].kind == "City" and subject.i >= m.dateline_end:
            return key
    return None


OCCASION_SPAN_VERBS = frozenset({"hold", "end", "conclude", "open", "close"})


def _holds_an_occasion(verb: Token) -> bool:
    """"A and B on Monday held the 15th X Dialogue in Y", "the ministers ended an extraordinary
    meeting in Y": "hold" (or a verb of its end or opening) whose object is an occasion."""
    return verb.lemma_.lower() in OCCASION_SPAN_VERBS and any(c.dep_ == "dobj" and c.lower_ in OCCASION_NOUNS for c in verb.children)


def _occasion_clause(noun: Token) -> set[int]:
    """Words of the clause an occasion noun is told in ("The summit was held in Jakarta on May 5"),
    without the clauses hung on its words ("preparations for the conclave and decisions taken at
    the last meeting in New Delhi": New Delhi is the last meeting's place, not the conclave's)."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return {t.i for t in noun.sent}
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and _at_a_part_of(noun, verb):
        # "agreed in X on Wednesday to set up Y, at the close of the meeting": the act told by the
        # infinitive happens at the agreeing, whose day and place are the occasion's
        return _scope([verb, verb.head], [])
    return _scope([verb], [])


def _at_a_part_of(noun: Token, verb: Token) -> bool:
    """The occasion noun hangs on ``verb`` through "at the close (end, opening) of": the act is told
    at a moment of the occasion, not as the occasion to come ("agreed to meet at the summit")."""
    t = noun
    while t.head.i != t.i and t.head.i != verb.i:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in OCCASION_PART_NOUNS \
                and t.head.head.dep_ == "pobj" and t.head.head.head.lower_ == "at":
            return True
        t = t.head
    return False


def _add_event(st: _State, span: Span, sent: Span, status: str) -> str:
    m = st.m
    name = span.text
    key = f"event:{slug(name)}"
    edition = None
    for t in span:
        match = re.match(r"^(\d+)(st|nd|rd|th)$", t.text)
        if match:
            edition = int(match.group(1))
            break
    framework = next((st.framework_at[t.i] for t in span if t.i in st.framework_at), None)
    event = st.events.get(key)
    if event is None:
        event = st.events[key] = EventMention(key, name, framework=framework, edition=edition, status=status)
    event.evidence.append(_trim(m.evidence(_sentence_start(m, sent), sent.end_char, "event.named", 0.7)))
    return key


MOVE_VERBS = frozenset({"travel", "arrive", "fly", "reach", "go", "head", "land", "visit", "move", "proceed"})


def _note_movements(st: _State, sent: Span) -> None:
    """"The Army Chief will travel to Bandung": where its subject is next (for later meetings)."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        if verb.pos_ != "VERB" or not _word_in(verb, MOVE_VERBS):
            continue
        chain = _chain(verb)
        subject_tokens = _subject_tokens(chain)
        subjects = _persons_in(m, (t for s in subject_tokens for t in s.subtree))
        if not subjects and verb.dep_ in ("relcl", "acl"):  # "X, who arrived in Y on Tuesday", "X, currently visiting Y,"
            subjects = _persons_in(m, [verb.head])
        if not subjects:
            continue
        children = list(verb.children)
        verb_day: list[PartialDate | None] = []  # the verb's day, read once for "here" and every destination
        if m.dateline_place and any(c.lower_ == "here" for c in children):  # "arrived here on Monday": the dateline city
            verb_day.append(_movement_day(st, sent, chain, subject_tokens, verb))
            day = verb_day[0]
            for p in subjects:
                _put(st, p, m.dateline_place, day)
                _note_to_come(st, p, False)
        if verb.lemma_.lower() == "visit" and not any(c.dep_ == "dobj" for c in children) and verb.i + 1 < len(m.tokens):
            children.append(m.tokens[verb.i + 1])  # "visited Riyadh, where ...": the parse may hang the city elsewhere
        for prep in children:
            if verb.lemma_.lower() == "visit" and (prep.dep_ == "dobj" or prep.i == verb.i + 1):
                targets = [prep]
            elif verb.lemma_.lower() == "reach" and prep.dep_ == "dobj":
                targets = [prep]  # "reached Victoria on Thursday"
            else:
                targets = [c for c in prep.children if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "at")]
            if targets:
                arriving, to_come = not _told_as_background(chain), _is_planned(chain, verb)
                if not verb_day:
                    verb_day.append(_movement_day(st, sent, chain, subject_tokens, verb))
                day = verb_day[0]
                if day is not None and verb.lemma_.lower() in ("arrive", "land") and arriving and not to_come:
                    st.arrival_day.update({p: day for p in subjects})
            for target in targets:
                _note_destination(st, subjects, target, arriving=arriving, to_come=to_come, day=day)
    for noun in m.tokens[sent.start : sent.end]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in VISIT_NOUNS:
            continue
        # "X began/paid a visit to Y", "X is on a visit to Y", "X's visit to Y"
        holders = [c for c in noun.children if c.dep_ == "poss"]
        # "the official visit of X, Minister of Defence of Y, to Z": the "of" phrase names the visitor
        of_visitor = not holders and _visit_of_a_person(m, noun)
        if of_visitor:
            holders = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "pobj" and governor.pos_ == "NOUN" and governor.lemma_.lower() in DELEGATION_NOUNS and governor.dep_ == "dobj":
            governor = governor.head  # "X, who is leading a delegation on a visit to Y": the visit is the leader's
        if not holders and noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX"):
            if _told_as_background(_chain(governor)):
                continue  # "Y had held talks with Z during a visit to X in 2023": a visit then moves no one now
            holders = _subject_tokens(_chain(governor))
        visitors = _persons_in(m, (t for h in holders for t in h.subtree))
        if not visitors and governor.dep_ == "relcl" and any(h.lower_ in ("who", "that") for h in holders):
            visitors = _person_named_before(m, governor)  # "X, who is on a visit to Y"
        if not visitors:
            continue
        on_it_now = bool(holders) and holders[0].dep_ not in ("poss", "prep") and _told_as_ongoing(governor)
        if of_visitor and not on_it_now:
            on_it_now = _visit_dated_from_now(st, noun)  # "... to Z from March 13-15": the visit to come
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for target in prep.children:
                    _note_destination(st, visitors, target, arriving=on_it_now)


def _visit_of_a_person(m: ArticleMentions, noun: Token) -> bool:
    """"the visit of X to Z": an "of" phrase of the visit noun that names a person."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.i in m.person_at for o in c.children)
               for c in noun.children)


def _visit_dated_from_now(st: _State, noun: Token) -> bool:
    """The visit noun's own phrase dates it on or after the day of writing ("the official visit of X
    to Z from March 13-15, 2026"): a visit still to come or under way, not one the story recalls
    ("the visit of X to Z in May 2019")."""
    reference = st.m.doc.published or st.dateline_day()
    if reference is None:
        return False
    left, right = noun.left_edge, noun.right_edge
    start, end = left.idx, right.idx + len(right.text)
    dates = [d.date for a, b, d in st.sentence_dates(noun.sent, True) if start <= a and b <= end and d.date is not None]
    return bool(dates) and all(d.iso >= reference.isoformat()[: len(d.iso)] for d in dates)


def _movement_day(st: _State, sent: Span, chain: list[Token], subject_tokens: list[Token], verb: Token) -> PartialDate | None:
    """The day a move verb's clause tells ("On Wednesday, X flew to Y"): from then on X is in Y
    (_put); None when the clause tells no day."""
    best = _closest_date(st, sent, _scope(chain, subject_tokens), verb, _is_planned(chain, verb))
    return best[1].date if best is not None and best[1].date.precision == "day" else None


def _told_as_ongoing(verb: Token) -> bool:
    """"X is on a visit to Y", "X, who is leading a delegation on a visit", "X will be on a visit":
    the visit is the story's now (not "X was on a visit to Y in 2019")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    tenses = [verb] + [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in ("VBZ", "VBP") or t.lower_ in FUTURE_AUX for t in tenses)


def _person_named_before(m: ArticleMentions, clause: Token) -> list[str]:
    """The person a "who" clause describes: the last one named before the clause (the parse may
    hang it on another name of a list: "A and Nigeria's Minister B (Rtd), who is ...")."""
    first = clause.left_edge.i
    named = [k for start, end, k in m.person_spans if end <= first and start >= clause.sent.start]
    return named[-1:]


def _note_destination(st: _State, persons: list[str], target: Token, arriving: bool = False, to_come: bool = False,
                      day: PartialDate | None = None) -> None:
    """Where ``persons`` went: the city (for later meetings' place) and the country they are visiting;
    ``arriving``: a move verb of the story tells it ("will arrive in X"), not a visit noun that may
    be an old one ("Y's visit to X in 2016"); ``to_come``: the journey is still to come ("is
    expected to visit a plant in X"); ``day``: the day the move's clause tells."""
    m = st.m
    key = m.place_at.get(target.i)
    if key is None and not _before_held_day(st, day):
        key = _country_capital_phrase(m, target)
    if key and m.places[key].kind == "City":
        for p in persons:
            _put(st, p, key, day)
            _note_to_come(st, p, to_come)
    country = m.places[key].country if key else m.country_at.get(target.i) or _capital_phrase_country(m, target)
    if country:
        for p in persons:
            if m.person(p).country != country:
                st.visiting[p] = country
                if arriving and (m.person(p).country is not None or key is None):
                    # the latest foreigner to arrive (or on a visit to a country, wherever from) is
                    # "the visiting minister" from now on
                    st.visitor = p


def _before_held_day(st: _State, day: PartialDate | None) -> bool:
    """``day`` is before the day of the last meeting told as held ("met Y in a district of the
    capital on Friday ... X, who arrived in the Fijian capital on Wednesday"): that city, named by
    what it is, tells no move after the meeting's own place."""
    held = st.held_day
    return (day is not None and held is not None and day.precision == "day" and held[0].precision == "day"
            and day.iso < held[0].iso)


def _note_to_come(st: _State, person: str, to_come: bool) -> None:
    """Whether the place last noted for ``person`` is one still to be reached."""
    if to_come:
        st.location_to_come.add(person)
    else:
        st.location_to_come.discard(person)


def _note_subject(st: _State, sent: Span) -> None:
    """Remember the latest person who is a sentence's subject (for "he", "his visit")."""
    m = st.m
    root = sent.root
    for c in root.children:
        # a name the parse made a clausal subject ("Chief Operations Officer of the X Army Lt Gen Y will visit")
        subject = c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "csubj" and c.i in m.person_at
        if subject and (named := _named_subject(m, c)) is not None:
            st.last_subject = named
            if _visit_told_of(sent, [c]) and _person_whose_visit_a_relative_clause_tells(m, sent) in (None, named):
                # (not "X received Y, who was on an official visit": the visit is Y's)
                st.visitor = st.last_subject
            return
        if c.dep_ in ("nsubj", "nsubjpass") and st.visitor and _is_visitor_phrase(c) and not _persons_in(m, c.subtree):
            st.last_subject = st.visitor  # "The visiting general is on a five-day visit. On Tuesday, he ...": he is the guest
            return
    owner = _visit_owner_told(m, root)
    if owner is not None:
        st.last_subject = st.visitor = owner


def _named_subject(m: ArticleMentions, subject: Token) -> str | None:
    """The person a subject names: the name itself, or the name set off after a title that is the
    subject ("The Chief of Staff, General X, is on a visit ...": the parse makes X the apposition)."""
    if subject.i in m.person_at:
        return m.person_at[subject.i]
    if subject.i in m.title_owner:
        # "Nepal's Chief of the Army Staff General X will visit ...": the parse made the title, written
        # with the name, the subject and hung the name on its "of"
        return m.title_owner[subject.i]
    if subject.i < m.dateline_end:
        # "Santiago, 10 March - Minister X on Tuesday addressed ...": the parse made the dateline's
        # city the subject and hung the lead's name on it as an apposition after the dateline
        return next((m.person_at[c.i] for c in subject.children
                     if c.dep_ == "appos" and c.i in m.person_at and c.i >= m.dateline_end), None)
    if subject.ent_type_ != TITLE and subject.text.rstrip(".") not in _rank_words():
        return None  # not a dateline's city the parse glued the lead's name to
    # "Secretary of Defence Maj Gen (Retd) X will visit": the rank the subject, the name its apposition
    return next((m.person_at[c.i] for c in subject.children if c.dep_ == "appos" and c.i in m.person_at), None)


def _visit_owner_told(m: ArticleMentions, root: Token) -> str | None:
    """"The visit is Brandt's second to the Gulf this year": the person whose visit a copular
    sentence is about is who "he" means next."""
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lemma_.lower() in VISIT_NOUNS for c in root.children):
        return None
    return next((m.person_at[p.i] for a in root.children if a.dep_ == "attr" for p in a.children
                 if p.dep_ == "poss" and p.i in m.person_at), None)


ENVOY_TITLE = re.compile(r"\b(?:ambassador|high commissioner|envoy|charg[eé] d'affaires|consul)\b", re.I)


def _envoy_country(m: ArticleMentions, key: str) -> str | None:
    """The country a person serves abroad as its ambassador, high commissioner or envoy."""
    return next((m.offices[o].country for o in m.office_of.get(key, []) if o in m.offices
                 and m.offices[o].country and ENVOY_TITLE.search(m.offices[o].title)), None)


def _drop_envoys_with_compatriots(st: _State) -> None:
    """"X was received at the airport by ... Indian High Commissioner Y", "India's Ambassador Y
    hosted a dinner for the CDS": an envoy with a visitor of their own country is no diplomatic
    meeting; the envoy leaves it, and a meeting left with one participant goes. Not when a host of
    another country sits with them ("A and Ambassador B held talks with C"): the envoy is of the party."""
    m = st.m
    kept: list[MeetingMention] = []
    for mt in st.meetings:
        countries = {k: m.person(k).country for k in mt.participants}
        envoys = [k for k in mt.participants if (c := _envoy_country(m, k)) is not None
                  and any(o != k and countries[o] == c and _envoy_country(m, o) is None for o in mt.participants)
                  and not any(countries[o] not in (None, c) for o in mt.participants)]
        mt.participants = [k for k in mt.participants if k not in envoys]
        if len(mt.participants) >= 2:
            kept.append(mt)
    st.meetings[:] = kept


# -- "X led the Indian side ... Maldives side was led by Y" ----------------------------------------


def _side_led_meetings(st: _State) -> None:
    m = st.m
    leads: list[tuple[Span, str, str]] = []  # (sentence, country, person key)
    for sent in m.sents:
        for verb in m.tokens[sent.start : sent.end]:
            if verb.lemma_.lower() not in ("lead", "head") or verb.pos_ != "VERB":
                continue
            side = next((c for c in verb.children if c.lemma_.lower() in ("side", "delegation", "team") and c.dep_ in ("dobj", "nsubjpass", "nsubj")), None)
            if side is None:
                continue
            country = next((m.country_at[t.i] for t in side.subtree if t.i in m.country_at), None)
            if country is None:
                continue
            leaders: list[str] = []
            for c in verb.children:
                if c.dep_ == "nsubj":
                    leaders += _persons_in(m, c.subtree)
                if c.dep_ == "agent":
                    leaders += _persons_in(m, c.subtree)
            for key in leaders[:1]:
                leads.append((sent, country, key))
            leads += _gapped_side_lead(m, sent, verb)
    for (s1, c1, p1), (s2, c2, p2) in zip(leads, leads[1:]):
        if c1 == c2 or p1 == p2 or s2.start - s1.end > 60:  # the two sides of one dialogue, told together
            continue
        scope = {t.i for t in s1}
        date, end_date = _meeting_date(st, s1, scope, s1.root, False)
        place = _explicit_place(st, s1, scope)
        if date is None or place is None:  # "A and B held talks in X on Tuesday. The A side was led by ..."
            told_date, told_end, told_place = _occasion_told_before(st, s1)
            if told_date is None and told_place is None:  # "The X Dialogue was held in Y on Z. The A side was led by ..."
                told_date, told_end, told_place = _occasion_held_right_before(st, s1)
            date, end_date = (date, end_date) if date else (told_date, told_end)
            place = place or told_place
        place = place or st.location.get(p1)
        framework = _dialogue_framework(st, s1)
        part_of = next((k for k, e in st.events.items() if e.framework == framework and framework
                        and any(s1.start_char <= ev.start < s1.end_char for ev in e.evidence)), None)
        start = _sentence_start(m, s1)
        ev = _trim(m.evidence(start, s2.end_char, "meeting.sides-led-by", CONF_SIDES))
        st.meetings.append(
            MeetingMention(f"meeting:{len(st.meetings)}", [p1, p2], date, end_date, place, "held", "talks", [], part_of, framework, [ev])
        )


# The nouns of an occasion a sentence may tell alone ("The X Joint Working Group was held in Y on Z")
HELD_OCCASION_NOUNS = OCCASION_NOUNS | TALK_NOUNS | {"committee", "commission", "group", "council", "round", "edition"}


def _occasion_held_right_before(st: _State, sent: Span, planned: bool = False) -> tuple[PartialDate | None, PartialDate | None, str | None]:
    """(date, end date, city) of the sentence right before ``sent`` when it tells an occasion held,
    and no one ("The 3rd X Committee meeting was held in Y on 10 March", "The X Dialogue took place
    in Y on Monday"): a meeting told next with no day or place of its own is one held there."""
    m = st.m
    before = _sentences_before(m, sent, 1)
    if not before:
        return None, None, None
    prev = before[0]
    root = prev.root
    if root.pos_ != "VERB" or any(prev.start <= start < prev.end for start, _, _ in m.person_spans):
        return None, None, None
    lemma = root.lemma_.lower()
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    held = (lemma in ("hold", "convene", "conduct") and subject is not None and subject.dep_ == "nsubjpass"
            or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children))
    if not held or subject.lower_ not in HELD_OCCASION_NOUNS:
        return None, None, None
    if planned != any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children):
        return None, None, None  # a meeting to come only at an occasion to come, a past one at a past one
    clause = _scope([root], [])
    date, end_date = _meeting_date(st, prev, clause, root, planned=planned)
    if date is None or date.precision != "day":
        return None, None, None  # "The first meeting was held in Warsaw in 2023": an earlier edition
    return date, end_date, _explicit_place(st, prev, clause)


def _gapped_side_lead(m: ArticleMentions, sent: Span, verb: Token) -> list[tuple[Span, str, str]]:
    """"The Indian delegation was led by A and the Vietnamese side by B": the other side's leader, its
    verb left out; the parse makes that side a conjunct of A, with its own "by"."""
    found = []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for leader in (o for o in agent.children if o.dep_ == "pobj"):
            for side in leader.conjuncts:
                by = next((p for p in side.children if p.dep_ == "prep" and p.lower_ == "by"), None)
                if side.lemma_.lower() not in ("side", "delegation", "team") or by is None:
                    continue
                country = next((m.country_at[t.i] for t in side.subtree if t.i < by.i and t.i in m.country_at), None)
                persons = _persons_in(m, by.subtree)
                if country is not None and persons:
                    found.append((sent, country, persons[0]))
    return found


def _occasion_told_before(st: _State, sent: Span) -> tuple[PartialDate | None, PartialDate | None, str | None]:
    """(date, end date, city) of the talks or meeting held in the sentence right before ``sent``
    ("India and Oman on Tuesday held the 13th meeting of the X in Muscat")."""
    m = st.m
    before = [s for s in m.sents if s.end <= sent.start and s.text.strip()][-1:]
    for prev in before:
        for noun in prev:
            if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.lower_ in TALK_OR_OCCASION_NOUNS \
                    and noun.head.lemma_.lower() in HOLD_VERBS:
                clause = _occasion_clause(noun)
                date, end_date = _meeting_date(st, prev, clause, noun.head, planned=False)
                return date, end_date, _explicit_place(st, prev, clause)
    return None, None, None


def _dialogue_framework(st: _State, sent: Span) -> str | None:
    """"the 6th edition of Annual Defence Cooperation Dialogue" -> a Dialogue framework key."""
    m = st.m
    for t in m.tokens[sent.start : sent.end]:
        if t.lower_ == "edition":
            for prep in t.children:
                if prep.lower_ == "of":
                    for obj in prep.children:
                        span = _proper_phrase(m.sdoc, obj)
                        if span is not None:
                            return _add_framework(st, span.text, "Dialogue", span, sent, "framework.edition-of")
    for t in m.tokens[sent.start : sent.end]:
        if t.i in st.framework_at and st.frameworks[st.framework_at[t.i]].kind == "Dialogue":
            return st.framework_at[t.i]
    return None


def _proper_phrase(sdoc: Doc, head: Token) -> Span | None:
    """The capitalised name ending at ``head`` ("Annual Defence Cooperation Dialogue")."""
    start = head.i
    while start > 0 and sdoc[start - 1].dep_ in ("compound", "amod", "nmod") and sdoc[start - 1].text[:1].isupper():
        start -= 1
    if not sdoc[head.i].text[:1].isupper():
        return None
    return sdoc[start : head.i + 1]


# -- counterparts ------------------------------------------------------------------------------------


def _posts_told(m: ArticleMentions, person: str) -> list[str]:
    """The titles of ``person``'s posts, those still waiting for a country included: "X met his
    Ruritanian counterpart Y in <Ruritania's capital>" names Y's post though X's country is untold."""
    placed = [m.offices[k].title for k in m.office_of.get(person, ())]
    return placed or [title for key, title, _, _ in m.unplaced if key == person]


def _counterpart_offices(st: _State) -> None:
    """"X met his Maldivian counterpart Y": Y holds X's post (as the counterpart table maps it) in Y's country."""
    m = st.m
    # the meeting told with the word "counterpart" first: its other side's post is the one mirrored;
    # one's other meetings are no counterparts' ("Y was received by General Z, Chief of Staff")
    told_as_counterparts = {key for mt in st.meetings if _told_as_counterparts(mt) for key in mt.participants}
    for meeting in sorted(st.meetings, key=lambda mt: not _told_as_counterparts(mt)):
        for key in meeting.participants:
            country = m.counterpart_country.get(key)
            if country is None or not _post_unknown(m, key, country, meeting):
                continue
            if key in told_as_counterparts and not _told_as_counterparts(meeting):
                continue
            others = [p for p in meeting.participants if p != key and _posts_told(m, p)]
            if not others:
                continue
            # his portfolio's post rather than a cabinet rank ("Deputy Prime Minister and Defence Minister X")
            own = min(_posts_told(m, others[0]), key=refdata.portfolio_post_first)
            # as his own country calls the post: a British "Defence Secretary"'s Italian counterpart is
            # a Defence Minister (office_aliases.txt), an Indian Defence Secretary's a Defence Secretary
            title = _counterpart_post(own, next((m.offices[k].country for k in m.office_of.get(others[0], ())
                                                 if m.offices[k].title == own), None))
            if any(own_post_stands(title, m.offices[k].title) for k in m.office_of.get(key, ())):
                continue  # his own post of that portfolio is told
            ev = meeting.evidence[0]
            written = _in_partners_spelling(m, others[0], title)
            add_office(m, key, title, written, country, Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.counterpart", 0.7))


def _in_partners_spelling(m: ArticleMentions, partner: str, title: str) -> str:
    """The mirrored ``title`` as the article spells the partner's post: "Defense Minister X ... his
    counterpart Y" makes Y the "Defense Minister" too (the lexicon writes British "Defence")."""
    written = [form for k in m.office_of.get(partner, ()) for form in (m.offices[k].title, *m.offices[k].aliases)]
    return title.replace("Defence", "Defense") if any(AMERICAN_DEFENSE.search(f) for f in written) else title


COUNTERPART_WORD = re.compile(r"\bcounterparts?\b")
ALSO_HELD = re.compile(r"\balso\b")  # in a holding's own span: "X, who is also <country>'s <post>"


def _post_unknown(m: ArticleMentions, key: str, country: str, meeting: MeetingMention) -> bool:
    """Whether the counterpart's post in ``meeting`` is still unknown: he holds no post of ``country``,
    or only posts told elsewhere than where he is called a counterpart ("Y, who is also Australia's
    Deputy Prime Minister" is a second post, not the one held as the counterpart)."""
    held = [h for h in m.holdings if h.person == key and m.offices[h.office].country == country]
    # "Y, who is also Australia's Deputy Prime Minister": a post told as his second is not the mirrored one
    held = [h for h in held if not ALSO_HELD.search(h.evidence.text)]
    if not held:
        return True
    if any(h.evidence.rule == "office.counterpart" for h in held):
        return False
    told = [ev for ev in meeting.evidence if COUNTERPART_WORD.search(ev.text)]
    return bool(told) and not any(ev.start <= h.evidence.start < ev.end for ev in told for h in held)


def _told_as_counterparts(meeting: MeetingMention) -> bool:
    return any(COUNTERPART_WORD.search(ev.text) for ev in meeting.evidence)


def _visitors_are_foreign(st: _State) -> None:
    """"President X's state visit to New Delhi": X's post is not India's, whatever the article's
    home country; a post given by that default is withdrawn (its country is unknown)."""
    m = st.m
    for token in m.tokens:
        if token.lemma_.lower() not in VISIT_NOUNS:
            continue
        visitors = [c for c in token.children if c.dep_ == "poss" and c.i in m.person_at]
        if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):  # "X is on a visit to ..."
            verb = token.head.head
            visitors += [c for c in verb.children if c.dep_ == "nsubj" and c.i in m.person_at]
            if verb.dep_ == "relcl" and verb.head.i in m.person_at:  # "X, who is on a visit to ...": X
                visitors.append(verb.head)
        destination = None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for obj in prep.children:
                    if obj.i in m.place_at:
                        destination = m.places[m.place_at[obj.i]].country
                    elif obj.i in m.country_at:
                        destination = m.country_at[obj.i]
        if destination is None:
            continue
        for visitor in {m.person_at[v.i] for v in visitors}:
            for holding in [h for h in m.holdings if h.person == visitor and h.evidence.rule == "office.home-country"]:
                if m.offices[holding.office].country != destination:
                    continue
                office = m.offices[holding.office]
                _drop_holding(m, holding)
                person = m.person(visitor)
                if person.country == destination:
                    person.country = None
                if (home := _visitors_home(m, destination)) is not None:
                    ev = holding.evidence
                    add_office(m, visitor, office.title, office.title, home,
                               Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.visitor-home", 0.6))
                    person.country = person.country or home


def _organisation_offices(st: _State) -> None:
    """A title written with an international body the article names as a framework ("NATO Secretary
    General X", "Secretary-General of the X Coalition Y") is the body's post; a country's office
    guessed for it meanwhile is dropped, with the nationality guessed along with it."""
    m = st.m
    for post in m.organisation_posts:
        framework = _post_body(st, post)
        if framework is None:
            continue  # "of the National Security Council": not a body the article names as a framework
        if post.national_title:
            _drop_guessed_office(m, post.person, post.national_title)
        add_organisation_office(m, post, framework)


# Frameworks that have posts: bodies, not agreements, policies, exercises or initiatives.
_BODY_KINDS = frozenset({"Organisation", "Forum", "Dialogue"})


def _post_body(st: _State, post: OrganisationPost) -> str | None:
    """The framework key of the body ``post`` is in: the framework at its body token, else the
    one the article or the gazetteer calls by the body's name (which the title took in)."""
    if post.body_token is not None:
        # a body named again after the mention the framework was read at ("the X System (XSS) ... the XSS")
        key = st.framework_at.get(post.body_token) or _article_framework_called(st, st.m.tokens[post.body_token].text)
    elif post.body_before is not None:
        key = _body_named_last(st, post.body_before)
    else:
        key = _framework_named(st, post.body_name or "", post.evidence)
    return key if key in st.frameworks and st.frameworks[key].kind in _BODY_KINDS else None


def _body_named_last(st: _State, before: int) -> str | None:
    """The body (organisation, forum) named last before token ``before``."""
    named = [i for i, key in st.framework_at.items() if i < before and key in st.frameworks and st.frameworks[key].kind in _BODY_KINDS]
    return st.framework_at[max(named)] if named else None


def _article_framework_called(st: _State, name: str) -> str | None:
    """The article's framework called ``name`` (its name, acronym or an alias), if any."""
    wanted = name.casefold()
    return next((key for key, fw in st.frameworks.items()
                 if wanted in {n.casefold() for n in (fw.name, fw.acronym, fw.expansion, *fw.aliases) if n}), None)


def _framework_named(st: _State, name: str, evidence: Evidence) -> str | None:
    """The article's framework called ``name`` (its name, acronym or an alias), else the
    gazetteer's, added to the article's frameworks as named in ``evidence`` (inside a title)."""
    if (key := _article_framework_called(st, name)) is not None:
        return key
    wanted = name.casefold()
    ref = next((r for form, r in refdata.frameworks().items() if form.casefold() == wanted), None)
    at = evidence.text.find(name)
    if ref is None or at < 0:
        return None
    key = _add_framework(st, ref.name, ref.kind, None, None, "framework.gazetteer", expansion=ref.expansion)
    start = evidence.start + at
    st.frameworks[key].evidence.append(Evidence(evidence.doc_id, start, start + len(name), name, "framework.gazetteer", 0.8))
    return key


# Rules that gave a title its holder's own country (known from elsewhere, or written after the
# name: "Secretary General X of Maldives"): the nationality stands when the office goes.
_OWN_COUNTRY_RULES = frozenset({"office.person-country", "office.title-with-country"})


def _drop_holding(m: ArticleMentions, holding: Holding) -> None:
    """Withdraw a holding the article's mentions gave; the office goes too when no one else holds it."""
    m.holdings.remove(holding)
    m.office_of[holding.person].remove(holding.office)
    if not any(h.office == holding.office for h in m.holdings):
        del m.offices[holding.office]


def _drop_guessed_office(m: ArticleMentions, key: str, title: str) -> None:
    """Forget the country's office of ``title`` the mentions guessed for the person ``key`` (and
    their nationality, when it came from that guess)."""
    m.unplaced = [u for u in m.unplaced if (u[0], u[1]) != (key, title)]
    for holding in [h for h in m.holdings if h.person == key]:
        office = m.offices[holding.office]
        if not office.country or office.title not in (title, refdata.formal_title(title, office.country)):
            continue
        _drop_holding(m, holding)
        person = m.person(key)
        if holding.evidence.rule not in _OWN_COUNTRY_RULES and person.country == office.country:
            person.country = None


def _holds_only_organisation_posts(m: ArticleMentions, person: str) -> bool:
    """Whether every post ``person`` holds (one at least) is an international body's."""
    offices = [m.offices[h.office] for h in m.holdings if h.person == person]
    return bool(offices) and all(o.organisation is not None for o in offices)


def _visitors_home(m: ArticleMentions, destination: str) -> str | None:
    """Where a visitor to ``destination`` comes from, when the article tells of one other country
    alone more than once ("the Indian Navy", "the High Commission of India" in a story of the Indian
    Navy chief's visit to Sri Lanka); None when it tells of several."""
    others = [iso for iso, evs in m.countries.items() if iso != destination and len(evs) >= 2]
    return others[0] if len(others) == 1 else None


def _host_offices(st: _State) -> None:
    """Posts named without a country take it from where their holder met a foreigner:
    a visitor calls on "Defence Secretary Y" in Colombo -> Y's post is Sri Lanka's; and a post
    given the article's home country by default moves to the host's during a visit."""
    m = st.m
    for index, meeting in enumerate(st.meetings):
        place = m.places.get(meeting.place) if meeting.place else None
        host = place.country if place is not None and place.kind == "City" else st.hosted_visit.get(index)
        # a city's country counts when the article names it or a visit went there; else only for
        # whoever "hosted"/"received" the meeting there ("LONDON - The Defence Secretary, X, hosted
        # Dutch Defence Minister Y": X is at home, in a country the story need not name)
        named = host in m.countries or index in st.hosted_visit
        if host is None or not named and not st.verb_hosts.get(index):
            continue
        for key in (meeting.participants if named else st.verb_hosts[index]):
            others = {m.person(o).country for o in meeting.participants if o != key}
            if None in others or host in others:
                continue  # the place says nothing about whose post it is
            for item in [u for u in m.unplaced if u[0] == key]:
                m.unplaced.remove(item)
                _, title, written, ev = item
                add_office(m, key, title, written, host, Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.host-country", 0.7))
                if m.person(key).country is None:
                    m.person(key).country = host
        if index not in st.hosted_visit:
            continue
        # the visitor: who the article says is visiting the host country, else the first named
        visitors = [p for p in meeting.participants if st.visiting.get(p) == host]
        if not visitors and m.person(meeting.participants[0]).country is not None:
            visitors = meeting.participants[:1]  # the first named, if known to be from elsewhere
        if not visitors:
            # "The OSCE Secretary General X arrives in Z ... talks with President Y": an international
            # body's official hosts no one in a country's city; the other side is the host
            visitors = [p for p in meeting.participants if _holds_only_organisation_posts(m, p)]
        if not visitors or any(host == m.person(v).country for v in visitors):
            continue  # "X held talks with Y in New Delhi": with neither's country known, who hosted is not
        for key in [p for p in meeting.participants if p not in visitors]:
            for holding in [h for h in m.holdings if h.person == key and h.evidence.rule == "office.home-country"]:
                office = m.offices[holding.office]
                if office.country == host:
                    continue
                _drop_holding(m, holding)
                ev = holding.evidence
                moved = Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.host-country", 0.7)
                # Re-file the post under the host country by its title (aliases[0] would be an
                # equivalent title of the old country's post, not what the article wrote).
                add_office(m, key, office.title, office.title, host, moved)
                person = m.person(key)
                if person.country in (None, m.home_country):
                    person.country = host
                _return_taken_home_post(m, key, office.title, host)


def _return_taken_home_post(m: ArticleMentions, moved: str, title: str, host: str) -> None:
    """A post of ``title``'s kind given to the host country only because the host ``moved`` seemed
    to hold the home country's ("office.home-post-taken": "Mr. Y visited <home capital>, when he held
    talks with Defence Minister X") goes back home now that the host's post is the host country's:
    one country has one such post."""
    if not m.home_country or m.home_country == host:
        return
    kind = _post_kind(title)
    if any(m.offices[h.office].country == m.home_country and _post_kind(m.offices[h.office].title) == kind for h in m.holdings):
        return  # the home post is someone's still
    for holding in [h for h in m.holdings if h.person != moved and h.evidence.rule == "office.home-post-taken"]:
        office = m.offices[holding.office]
        if office.country != host or _post_kind(office.title) != kind:
            continue
        _drop_holding(m, holding)
        ev = holding.evidence
        add_office(m, holding.person, office.title, office.title, m.home_country,
                   Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.home-post-returned", 0.6))
        person = m.person(holding.person)
        if person.country == host:
            person.country = m.home_country


def _dateline_host_offices(st: _State) -> None:
    """Posts still without a country in a story filed from the country a foreign guest is visiting
    are the host's: "NEW DELHI - Chief of Army Staff General X received the delegation. Ruritanian
    Navy chief Y arrived in New Delhi ..." (no meeting tied X to Y, and no sentence names India)."""
    m = st.m
    host = m.places[m.dateline_place].country if m.dateline_place else None
    if host is None or not m.unplaced:
        return
    if not any(iso == host and m.person(p).country not in (None, host) for p, iso in st.visiting.items()):
        return
    for item in list(m.unplaced):
        key, title, written, ev = item
        if key in st.visiting or _met_one_of(st, key, host):
            continue  # a traveller is no host; one who met the host country's people is of another side
        m.unplaced.remove(item)
        add_office(m, key, title, written, host, Evidence(ev.doc_id, ev.start, ev.end, ev.text, "office.dateline-host-of-visit", 0.6))
        if m.person(key).country is None:
            m.person(key).country = host


def _met_one_of(st: _State, key: str, country: str) -> bool:
    """Whether ``key`` met someone of ``country`` in a meeting the article tells."""
    return any(key in mt.participants and any(st.m.person(o).country == country for o in mt.participants if o != key)
               for mt in st.meetings)


# -- frameworks, events, memberships ---------------------------------------------------------------


def _add_framework(st: _State, name: str, kind: str, span: Span | None, sent: Span | None, rule: str,
                   acronym: str | None = None, expansion: str | None = None) -> str:
    """Record a framework; its countries are those named in it and its possessive owner."""
    m = st.m
    name = name.replace("’", "'").replace("‘", "'")
    key = _framework_spelled_by(st, name) or f"framework:{slug(name)}"
    fw = st.frameworks.get(key)
    if fw is None:
        fw = st.frameworks[key] = FrameworkMention(key, name, kind, acronym=acronym, expansion=expansion)
    if acronym and not fw.acronym:
        fw.acronym = acronym
    if expansion and not fw.expansion:
        fw.expansion = expansion
    for alias in (acronym, expansion):
        if alias and alias != fw.name and alias not in fw.aliases:
            fw.aliases.append(alias)
    if span is not None:
        fw.evidence.append(m.span_evidence(span, rule, 0.8))
        for t in span:  # the longest name wins a token ("ASEAN" inside "ASEAN-India Maritime Exercise")
            if len(span) > st.framework_len.get(t.i, 0):
                st.framework_at[t.i] = key
                st.framework_len[t.i] = len(span)
        surface = span.text.replace("’", "'")
        if surface != fw.name and surface not in fw.aliases:
            fw.aliases.append(surface)
        for t in span:
            iso = m.country_at.get(t.i)
            if iso and iso not in fw.countries and not _sea_name(m, t.i - 1):  # not Guinea of "Friends of the Gulf of Guinea"
                fw.countries.append(iso)
        owner = _possessive_owner(m, span)
        if owner is None and fw.kind == "Policy":  # "India sees it as part of its X policy": only a policy is owned so
            owner = _its_subject_country(m, span)
        if owner:
            _note_owner(fw, owner)
    if sent is not None:  # "the dialogue between India and Maldives"
        for t in m.tokens[sent.start : sent.end]:
            if t.lower_ == "between":
                for w in t.subtree:
                    iso = m.country_at.get(w.i)
                    if iso and iso not in fw.countries:
                        fw.countries.append(iso)
    return key


def _framework_spelled_by(st: _State, name: str) -> str | None:
    """The framework a bare acronym already stands for ("the Coastal Watch System (CWS) ... A and B are
    not members of the CWS": the CWS is that system, not a second framework), or None."""
    if not _acronym_word(name) or f"framework:{slug(name)}" in st.frameworks:
        return None
    return next((k for k, fw in st.frameworks.items() if fw.acronym == name or name in fw.aliases), None)


def _note_owner(fw: FrameworkMention, owner: str) -> None:
    """A country a framework is said to belong to: the owner of a policy, and one of its countries."""
    if fw.kind == "Policy" and fw.owner is None:
        fw.owner = owner
    if owner not in fw.countries:
        fw.countries.insert(0, owner)


def _possessive_owner(m: ArticleMentions, span: Span) -> str | None:
    """"India's 'Good Neighbours' policy and Vision TIDEWAY" -> IND (nearest "X's" before, same sentence)."""
    sent_start = span.sent.start
    for i in range(span.start - 1, max(sent_start, span.start - 14) - 1, -1):
        if m.tokens[i].text in ("'s", "’s") and i - 1 >= sent_start and (i - 1) in m.country_at:
            return m.country_at[i - 1]
    return None


def _its_before(m: ArticleMentions, span: Span) -> Token | None:
    """The "its" of a name: right before it ("its 'X' policy"), or on the noun the name hangs from
    ("its vision of X", "its Y policy and X vision")."""
    i = span.start - 1
    while i >= span.sent.start and m.tokens[i].text in ("'", '"', "‘", "“"):
        i -= 1
    if i >= span.sent.start and m.tokens[i].lower_ == "its":
        return m.tokens[i]
    token = span.root
    for _ in range(4):
        if token.dep_ not in ("compound", "pobj", "prep", "conj", "appos") or token.head.i == token.i:
            return None
        token = token.head
        its = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if its is not None:
            return its
    return None


def _its_subject_country(m: ArticleMentions, span: Span) -> str | None:
    """The country "its" stands for right before a name: the subject of the nearest clause above
    it, when that subject is a country ("the ministry said its X policy ..." has none)."""
    token = _its_before(m, span)
    if token is None:
        return None
    while token.head.i != token.i:
        token = token.head
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return m.country_at.get(subject.i)
    return None


NAME_CONNECTORS = frozenset({"of", "on", "for", "and", "in", "to", "concerning"})
HEAD_CONNECTORS = NAME_CONNECTORS - {"and"}  # the word before the first of these says what a name is
# "Estrella del Norte", "Ordem do Mérito": inside Spanish/Portuguese names (not nlp.NAME_PARTICLES, a person's)
ROMANCE_NAME_PARTICLES = frozenset({"del", "de", "la", "las", "los", "da", "do", "dos", "das"})
NOT_FRAMEWORK_STARTS = frozenset({"ministry", "department", "directorate", "office", "embassy", "the", "a", "an"})


def _frameworks(st: _State) -> None:
    m = st.m
    sdoc = m.sdoc
    known = refdata.frameworks()
    for ent in m.ents:
        kind, value = ent_kind(ent)
        if kind == "framework" and value in known:
            ref = known[value]
            plus = _plus_suffix(sdoc, ent)
            if plus is not None:  # "ADSOM-Plus": the forum widened to the partners is another forum
                expansion = f"{ref.expansion}-Plus" if ref.expansion else None
                _add_framework(st, f"{ref.name}-Plus", ref.kind, plus, ent.sent, "framework.gazetteer", expansion=expansion)
                continue
            if (named := _alias_going_on_to_a_country(m, ent)) is not None:
                _add_framework(st, named.text, ref.kind, named, None, "framework.named")  # another grouping, same kind
                continue
            if (amended := _slash_amendment_end(m, ent.end)) is not None:
                named = sdoc[ent.start : amended + 1]  # "the X Code of Conduct/Y Amendment": the code as amended, one name
                _add_framework(st, named.text, ref.kind, named, None, "framework.named")
                continue
            key = _add_framework(st, ref.name, ref.kind, ent, ent.sent, "framework.gazetteer", expansion=ref.expansion)
            if ref.owner:  # a country's own policy ("under the Aatmanirbhar Bharat push"): its owner, whatever "X's" is near
                st.frameworks[key].owner = None
                _note_owner(st.frameworks[key], ref.owner)
    _known_exercise_editions(st, known)
    _acronym_frameworks(st)
    _lowercase_spelled_acronyms(st)
    _named_frameworks(st)
    _memoranda(st)
    _of_phrase_documents(st)
    _quoted_policies(st)
    _paired_ideal_policies(st)
    _neutrality_policies(st)
    _known_as_groupings(st)
    _so_called_groupings(st)
    _named_exercises(st)
    _exercise_named_before_its_edition(st)
    _named_patrols(st)
    _listed_exercises(st)
    _exercises_taken_part_in(st)
    _paired_exercises(st)
    _exercise_series(st)
    _named_editions(st)
    _vision_acronyms(st)
    _named_missions(st)
    _named_projects(st)
    _numbered_resolutions(st)
    _bodies_countries_are_members_of(st)
    _bodies_co_chaired_by_countries(st)
    _named_programmes(st)
    _paired_named_programmes(st)
    _plus_format_talks(st)
    _described_agreements(st)
    _agreements_of_two_parties(st)
    _agreements_signed_by_the_pair(st)
    _body_charters(st)
    _names_said_to_be_documents(st)
    _titles_apposed_to_documents(st)
    _pair_body_short_names(st)
    _merge_pair_prefixed(st)
    _merge_topic_cut(st)
    _merge_owner_prefixed(st)
    _merge_known_as_names(st)
    _organisations_of_their_commissions(st)
    _adoption_dates(st)
    _named_events(st)
    _summit_series(st)
    _meetings_of_a_bodys_ministers(st)
    _candidate_bodies(st)
    _drop_swallowed_names(st)


GATHERING_PARTICIPLES = frozenset({"comprising", "including", "grouping", "bringing", "consisting", "made", "which"})


AMENDING_HEADS = frozenset({"Amendment", "Amendments", "Protocol", "Addendum"})


def _slash_amendment_end(m: ArticleMentions, slash: int) -> int | None:
    """"Code of Conduct/Jeddah Amendment": a name joined with a tight slash to capitalised words that end
    with an amending document's word is one name, the document as amended; the last word's index, or None
    (not "NATO/EU": two bodies)."""
    if slash + 1 >= len(m.tokens) or m.tokens[slash].text != "/" or m.tokens[slash - 1].whitespace_ or m.tokens[slash].whitespace_:
        return None
    k = slash + 1
    while k < len(m.tokens) and k < slash + 5 and m.tokens[k].is_alpha and m.tokens[k].text[:1].isupper():
        if m.tokens[k].text in AMENDING_HEADS:
            return k
        k += 1
    return None


def _alias_going_on_to_a_country(m: ArticleMentions, ent: Span) -> Span | None:
    """"the so-called Trio on Ruritania, comprising A, B and C": a known body's short name going on with
    "on <country>" names another grouping, the one on that country, when the text says it is a name
    ("so-called" before it) or lists its members right after it; else None ("briefed the Trio on
    Ruritania": what the talk was about)."""
    on = ent.end
    if on + 1 >= len(m.tokens) or m.lower[on] != "on" or on + 1 not in m.country_at:
        return None
    end = _country_words_end(m, on + 1) + 1
    called = ent.start >= 1 and m.lower[ent.start - 1] in ("called", "so-called")  # "so-called" is one word or three
    listed = end + 1 < len(m.tokens) and m.tokens[end].text == "," and m.lower[end + 1] in GATHERING_PARTICIPLES
    return m.sdoc[ent.start : end] if called or listed else None


ORGAN_HEADS = frozenset({"Commission"})  # an organisation's executive organ, named after it


def _organisations_of_their_commissions(st: _State) -> None:
    """"the President of the ECOWAS Commission", "the Chairperson of the AU Commission": a known
    organisation's name with "Commission" after it is the organisation's executive organ, which
    the organisation is named by (the organ's name kept as an alias); not a commission of its own
    (a Dialogue, as two countries' "Joint Commission" is)."""
    known = refdata.frameworks()
    for key, fw in list(st.frameworks.items()):
        body, _, head = fw.name.rpartition(" ")
        ref = known.get(body) if head in ORGAN_HEADS else None
        if key not in st.frameworks or ref is None or ref.kind != "Organisation":
            continue
        target = _article_framework_called(st, ref.name) or _article_framework_called(st, body)
        if target is None or target == key:
            target = _add_framework(st, ref.name, ref.kind, None, None, "framework.gazetteer", expansion=ref.expansion)
        _merge_framework(st, key, target)


def _drop_swallowed_names(st: _State) -> None:
    """"co-chair the SCO Experts' Working Group on X": a known name met only inside a longer
    framework's name (whose owner it tells) is not named as a framework of its own."""
    claimed = set(st.framework_at.values())
    for key in [k for k, fw in st.frameworks.items() if k not in claimed and {ev.rule for ev in fw.evidence} <= {"framework.gazetteer"}]:
        if st.frameworks[key].evidence:
            del st.frameworks[key]


def _known_exercise_editions(st: _State, known: dict[str, refdata.FrameworkRef]) -> None:
    """"the conduct of SLINEX-25": a known exercise written with its edition in one word is that exercise."""
    for token in st.m.tokens:
        if "-" not in token.text or token.i in st.framework_at or not EXERCISE_EDITION.match(token.text):
            continue
        ref = known.get(token.text.rsplit("-", 1)[0])
        if ref is not None and ref.kind == "Exercise":
            _add_framework(st, ref.name, ref.kind, st.m.sdoc[token.i : token.i + 1], token.sent, "framework.gazetteer",
                           expansion=ref.expansion)


# hyphen or unspaced en dash; letters after the first may carry accents ("Türkiye-Peru")
_PAIR_WORD = r"(?:[A-Z][^\W\d_]+|(?:[A-Z]\.){2,})"  # "Palau", or a dotted abbreviation ("U.S.", "U.K.")
PAIR_PREFIX = re.compile(rf"^{_PAIR_WORD}(?: {_PAIR_WORD})*(?:[-–]{_PAIR_WORD}(?: {_PAIR_WORD})*)+ ")


def _pair_body_short_names(st: _State) -> None:
    """"the Norway-Chile Joint Committee ... The Joint Committee, which ...": "the" and a capitalised
    name of two words or more, a body's, that is the name of one pair's body named before without its
    pair is that body (merged by _merge_pair_prefixed); not in a sentence naming a country outside the pair."""
    m = st.m
    pairs = [(key, fw) for key, fw in st.frameworks.items() if len(fw.countries) >= 2 and PAIR_PREFIX.match(fw.name)]
    if not pairs:
        return
    for the in m.tokens:
        if the.lower_ != "the" or the.i + 2 >= len(m.tokens) or the.i + 1 in st.framework_at:
            continue
        end = the.i + 1
        while end < len(m.tokens) and m.tokens[end].is_alpha and m.tokens[end].text[:1].isupper() and end not in m.country_at:
            end += 1
        name = m.sdoc[the.i + 1 : end]
        if len(name) < 2 or any(t.i in st.framework_at for t in name) or _co_chaired_title_kind(name) is None:
            continue
        longer = [(key, fw) for key, fw in pairs if _pair_prefixed_form_of(fw.name, name.text)
                  and any(i < the.i for i, k in st.framework_at.items() if k == key)]
        if len(longer) != 1 or any(iso not in longer[0][1].countries for iso in _countries_in(m, the.sent)):
            continue
        _add_framework(st, name.text, longer[0][1].kind, name, None, "framework.pair-body-short-name")


def _merge_pair_prefixed(st: _State) -> None:
    """"the India-Japan Defence Policy Dialogue" and, in the headline or later, "the Defence Policy
    Dialogue": the name without the country pair is the same framework when only one framework of
    the article has it after a pair."""
    for key, fw in list(st.frameworks.items()):
        longer = [k for k, other in st.frameworks.items() if k != key and other.kind == fw.kind and len(other.countries) >= 2
                  and _pair_prefixed_form_of(other.name, fw.name)]
        if len(longer) != 1 or len(fw.name.split()) < 2 or _told_of_another_pair(st, key, st.frameworks[longer[0]]):
            continue
        _merge_framework(st, key, longer[0])


POSSESSIVE_MARKS = ("'s", "’s")


def _merge_owner_prefixed(st: _State) -> None:
    """"the Andean Union Joint Defence Council" and, later, "Its / The Joint Defence Council" or "the
    Andean Union's Joint Defence Council": the name without its owner (another framework of the
    article named before it) is the same body, when only one framework has it after an owner; a name
    with an owner of its own is merged only when it is the same owner's possessive ("the Andean Union
    Military Committee" and "the Pacific League Military Committee" are two bodies)."""
    tails = {key: _owner_tail(st, fw.name) for key, fw in st.frameworks.items()}  # one look per name
    for key, fw in list(st.frameworks.items()):
        if key not in st.frameworks:
            continue
        if tails[key] is None:
            longer = [k for k, other in st.frameworks.items() if k != key and other.kind == fw.kind and tails.get(k) == fw.name
                      and not _possessive_name(other.name, fw.name)]
        elif _possessive_name(fw.name, tails[key]):
            plain = fw.name[: -len(tails[key]) - 3] + " " + tails[key]  # "the Andean Union's Council" -> "the Andean Union Council"
            longer = [k for k, other in st.frameworks.items() if k != key and other.kind == fw.kind and other.name == plain]
        else:
            continue
        if len(longer) == 1 and len((tails[key] or fw.name).split()) >= 2:
            _merge_framework(st, key, longer[0])


def _possessive_name(name: str, tail: str) -> bool:
    """``name`` is an owner's possessive before ``tail`` ("the Andean Union's Joint Defence Council")."""
    return any(name.endswith(mark + " " + tail) for mark in POSSESSIVE_MARKS)


def _owner_tail(st: _State, name: str) -> str | None:
    """The rest of ``name`` after an owner's name it starts with ("Joint Defence Council" of "Andean
    Union Joint Defence Council" or "Andean Union's Joint Defence Council", the Andean Union a framework
    of the article)."""
    owner = _owner_of_name(st, name)
    if owner is None:
        return None
    rest = name[len(owner) :]
    return rest[3:] if rest.startswith("'s ") else rest[1:]


def _owner_of_name(st: _State, name: str) -> str | None:
    """The name or alias of another framework of the article that ``name`` starts with, then a space
    or "'s " and at least one capitalised word ("Andean Union" of "Andean Union Joint Defence Council")."""
    for fw in st.frameworks.values():
        for owner in (fw.name, *fw.aliases):
            # startswith first: the pattern matches only there, and building it for every pair was slow
            if owner and owner != name and name.startswith(owner) and re.match(re.escape(owner) + r"(?:'s)? [A-Z]", name):
                return owner
    return None


def _owner_framework(st: _State, key: str) -> str | None:
    """The framework ``key``'s name says it is a body of ("the Andean Union" of "the Andean Union Joint
    Defence Council")."""
    owner = _owner_of_name(st, st.frameworks[key].name)
    return next((k for k, fw in st.frameworks.items() if k != key and owner in (fw.name, *fw.aliases)), None) if owner else None


def _merge_framework(st: _State, key: str, target_key: str) -> None:
    """Fold the framework ``key`` into ``target_key``, another name of the same one: its names become
    aliases, its countries, evidence and mentions the target's."""
    fw, target = st.frameworks[key], st.frameworks[target_key]
    for alias in [fw.name, *fw.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)
    target.countries += [iso for iso in fw.countries if iso not in target.countries]
    target.evidence += fw.evidence
    for i, k in st.framework_at.items():
        if k == key:
            st.framework_at[i] = target_key
    del st.frameworks[key]


def _merge_known_as_names(st: _State) -> None:
    """"The Chile-Peru Mutual Defence Treaty, known as the Andes Pact, ...": a name set off after a
    framework's name by "(also / better) known as" or "dubbed" is another name of it, even when
    another rule named it a framework of its own (the short name recurs: "the Andes Pact")."""
    m = st.m
    for i in range(2, len(m.tokens) - 2):
        after = _name_given_at(m, i)
        if after is None:
            continue
        comma = i - 1 - (m.lower[i - 1] in INFORMALLY_WORDS)
        named = st.framework_at.get(after + (m.lower[after] == "the"))
        earlier = st.framework_at.get(comma - 1)
        if m.tokens[comma].text not in (",", "(") or named is None or earlier is None or named == earlier:
            continue
        if named in st.frameworks and earlier in st.frameworks:
            _merge_framework(st, named, earlier)


NAME_TAIL = re.compile(r"^ (?:on|of|for) [A-Z]")  # "... Joint Commission on Defence and Security"


def _merge_topic_cut(st: _State) -> None:
    """"the Joint Standing Commission on Border Security" and, later, "the Joint Standing Commission":
    a name cut before its "on / of / for ..." part is the same framework when only one framework of
    the article (of its kind) goes on so; with two ("... on Trade", "... on Defence") it stays apart."""
    for key, fw in list(st.frameworks.items()):
        if key not in st.frameworks or len(fw.name.split()) < 2:
            continue
        longer = [k for k, other in st.frameworks.items() if k != key and other.kind == fw.kind
                  and other.name.startswith(fw.name) and NAME_TAIL.match(other.name[len(fw.name) :])]
        if len(longer) == 1:
            _merge_framework(st, key, longer[0])


def _pair_prefixed_form_of(longer: str, short: str) -> bool:
    """``longer`` is ``short`` after a country pair, its topic after it or not: "India-Japan Defence
    Policy Dialogue" of "Defence Policy Dialogue", "Kenya-Uganda Joint Commission on Defence" of
    "Joint Commission"; not "Joint Commission Secretariat" (another word after it)."""
    at = longer.find(" " + short) + 1
    if at == 0 or not PAIR_PREFIX.fullmatch(longer[:at]):
        return False
    tail = longer[at + len(short) :]
    return tail == "" or NAME_TAIL.match(tail) is not None


def _told_of_another_pair(st: _State, key: str, target: FrameworkMention) -> bool:
    """"Kenya and Uganda held the fourth session of their Joint Permanent Commission on Defence" after
    "a Kenya-Rwanda Joint Permanent Commission on Defence": a sentence of the short name that names a
    country outside the longer name's pair tells of another pair's body."""
    m = st.m
    sentences = {m.tokens[i].sent.start: m.tokens[i].sent for i, k in st.framework_at.items() if k == key}
    return any(iso not in target.countries for sent in sentences.values() for iso in _countries_in(m, sent))


def _plus_suffix(sdoc: Doc, ent: Span) -> Span | None:
    """The name with its "-Plus" ("ASEAN Defence Senior Officials' Meeting-Plus"), or None."""
    end = ent.end
    if end + 1 < len(sdoc) and sdoc[end].text == "-" and sdoc[end + 1].text == "Plus" and not sdoc[end - 1].whitespace_:
        return sdoc[ent.start : end + 2]
    return None


def _acronym_frameworks(st: _State) -> None:
    """"Name Words (ACRONYM)" and "ACRONYM (Expansion Words)": a framework with its acronym."""
    m = st.m
    sdoc = m.sdoc
    known = refdata.frameworks()
    for token in m.tokens:
        if token.text != "(" or token.i == 0:
            continue
        close = next((t.i for t in sdoc[token.i + 1 : token.i + 24] if t.text == ")"), None)
        if close is None:
            continue
        inside = sdoc[token.i + 1 : close]
        before = m.tokens[token.i - 1]
        echoing = _name_echoed_by_short_form(st, token.i, inside)
        if echoing is not None:
            _add_framework(st, echoing[0].text, echoing[1], echoing[0], None, "framework.acronym", acronym=inside.text)
            continue
        # one word, or one hyphenated acronym the tokenizer split ("IFC-IOR")
        one_word = len(inside) == 1 or len(inside) <= 5 and not any(t.whitespace_ for t in inside[:-1])
        if one_word and ACRONYM.match(inside.text) and inside.text not in known:
            run = _capitalised_run(sdoc, _before_closing_quote(sdoc, before.i))
            if run is None or len(run) < 2:
                continue
            # an acronym from another language is trusted when members follow: "... (OCCAR), whose member states are"
            with_members = _members_follow(m, close) or _described_as_grouping(m, close) or _made_up_by_states_before(m, run.start) \
                or _acronym_gathers_countries(st, inside.text, close)
            spelled = _spelled_suffix(sdoc, run, inside.text) or _loosely_spelled_name(sdoc, run, inside.text)
            if spelled is None and not with_members and not _countries_gathered_after(m, close) \
                    and not _headed_name_defining(st, run, inside.text, close):
                continue
            owned = _owned_by_framework(st, run, spelled)
            run = spelled or run
            # a name spelled by its acronym may contain a region ("Eastern Africa Standby Force (EASF)")
            body = with_members or owned or _framework_body_follows(st, close)
            head = _framework_head(run) or _acronym_head(run) or ("Organisation" if body else None)
            if head is None and (_standing_meeting(st, run) or spelled is None):
                head = "Forum"  # a standing meeting, or a grouping trusted for the countries it gathers
            # "ASEAN Outlook on the Indo-Pacific (AOIP)": a place after the head word is what it is on
            if _is_other_entity(m, run, places=False) and not _shared_body_of_a_post(m, run) or run[-1].i in m.place_at and not head:
                continue
            if head is None and close + 1 < len(sdoc) and m.tokens[close + 1].is_lower:
                # "its Official Security Assistance (OSA) programme": the kind word follows the acronym
                head = FRAMEWORK_HEADS.get(m.tokens[close + 1].lower_)
            if head:
                _add_framework(st, run.text, head, run, None, "framework.acronym", acronym=inside.text)
            elif spelled is not None and _member_body_kind(run) is not None:
                # "the <region> Defence Organisation (XDO)": a body if countries are named its
                # members (kept only then: "the Defence Research and Development Organisation (DRDO)")
                _add_framework(st, run.text, _member_body_kind(run), run, None, ACRONYM_BODY_RULE, acronym=inside.text)
            elif _policy_context(sdoc, run.start):
                key = _add_framework(st, inside.text, "Policy", inside, None, "framework.acronym", expansion=run.text)
                _claim(st, run, key)
        elif (before.text.isupper() and len(before.text) >= 3 and before.is_alpha and before.i not in m.country_at
              and before.text not in known and len(inside) >= 2 and _initials_match(before.text, inside)):
            name_span = sdoc[before.i : before.i + 1]
            alias = None
            if before.i > 0 and m.tokens[before.i - 1].lower_ in ("vision", "policy", "doctrine", "initiative") and m.tokens[before.i - 1].text[0].isupper():
                name_span = sdoc[before.i - 1 : before.i + 1]
                alias = name_span.text
            kind = _framework_head(inside) or "Policy"
            key = _add_framework(st, before.text, kind, name_span, None, "framework.expansion", acronym=before.text, expansion=inside.text)
            if alias and alias not in st.frameworks[key].aliases:
                st.frameworks[key].aliases.append(alias)
            _claim(st, inside, key)


def _name_echoed_by_short_form(st: _State, bracket: int, inside: Span) -> tuple[Span, str] | None:
    """"the Mine Clearance Naval Group in the Coral Sea (MCG Coral Sea)": a short form that is an
    acronym and then the last words of the name before the bracket names the whole of it, its place
    phrase too, from the word the acronym's letters (in order) start at; the name and its kind, or
    None (no such echo, no head word of a framework's)."""
    m = st.m
    if len(inside) < 2 or not ACRONYM.match(inside[0].text) or not all(t.is_alpha and t.text[:1].isupper() for t in inside[1:]):
        return None
    run = _capitalised_run(m.sdoc, bracket - 1)
    echo = [t.text for t in inside[1:]]
    if run is None or len(run) <= len(echo) + 1 or [t.text for t in run[-len(echo):]] != echo:
        return None
    if any(t.i in m.person_at or t.i in st.framework_at for t in run):
        return None
    letters = inside[0].text.lower()
    for start in range(run.start, run.end - len(echo)):
        if m.tokens[start].text[:1] != inside[0].text[:1]:
            continue
        spelled = iter("".join(t.lower_ for t in m.sdoc[start : run.end - len(echo)] if t.text[:1].isupper()))
        name = m.sdoc[start : run.end]
        head = _framework_head(name)
        if all(c in spelled for c in letters) and head is not None:  # a subsequence test (the iterator is consumed in order)
            return name, head
    return None


LOWERCASE_SPELLED_KINDS = {"patrol": "Exercise", "patrols": "Exercise", "exercise": "Exercise", "drill": "Exercise",
                           "dialogue": "Dialogue"}  # kinds a lowercase phrase may spell with its acronym
LOWERCASE_SPELLED_LIMIT = 4  # words of "the coordinated naval patrol (CORNAPAT)"


def _lowercase_spelled_acronyms(st: _State) -> None:
    """"the joint patrol (JOPAT) between the two navies", "their maritime dialogue (MARDIA)": an
    acronym in brackets spelled (its letters in order) by the lowercase words before it that end in
    an exercise's or a dialogue's word names that framework; not "the line of actual control (LAC)"."""
    m = st.m
    for token in m.tokens:
        if token.text != "(" or token.i < 2 or token.i + 2 >= len(m.tokens) or m.tokens[token.i + 2].text != ")":
            continue
        acronym = m.tokens[token.i + 1]
        kind = LOWERCASE_SPELLED_KINDS.get(m.lower[token.i - 1])
        if kind is None or not _is_acronym(acronym.text) or len(acronym.text) < 3 or acronym.i in st.framework_at:
            continue
        start = token.i - 1
        while start - 1 >= 0 and token.i - start < LOWERCASE_SPELLED_LIMIT and m.tokens[start - 1].is_lower and m.tokens[start - 1].is_alpha \
                and m.lower[start - 1] not in ("the", "a", "an", "their", "its", "of", "and"):
            start -= 1
        # the longest phrase that spells it ("the twice-yearly joint patrol (JOPAT)")
        phrase = next((m.sdoc[k : token.i] for k in range(start, token.i - 1) if _letters_in_order(acronym.text, m.sdoc[k : token.i])), None)
        if phrase is None:
            continue
        key = _add_framework(st, acronym.text, kind, m.sdoc[acronym.i : acronym.i + 1], acronym.sent, "framework.acronym",
                             expansion=phrase.text)
        _claim(st, phrase, key)


def _letters_in_order(acronym: str, phrase: Span) -> bool:
    """The acronym's letters appear in order in the phrase, from its first word's first letter on."""
    text = "".join(t.lower_ for t in phrase)
    if not text.startswith(acronym[0].lower()):
        return False
    rest = iter(text)
    return all(c in rest for c in acronym.lower())


def _spelled_suffix(sdoc: Doc, run: Span, acronym: str) -> Span | None:
    """The longest end of ``run`` that the acronym spells: "the Maritime Corridor and the ASEAN
    Outlook on the Indo-Pacific (AOIP)" -> "ASEAN Outlook on the Indo-Pacific"."""
    for start in range(run.start, run.end - 1):
        # after "and", "the" or an owner's acronym ("The SCO Regional Anti-Terrorist Structure (RATS)")
        # or after the countries that prefix it ("The Australia-Japan-United States Trilateral Defence Ministers' Meeting (TDMM)")
        if sdoc[start].text[:1].isupper() and (start == run.start or sdoc[start - 1].lower_ in ("and", "the")
                                               or _is_acronym(sdoc[start - 1].text) or sdoc[start - 1].ent_type_ == "GPE"):
            if _initials_match(acronym, sdoc[start : run.end]):
                return sdoc[start : run.end]
    return None


def _mission_head(words: list[Token]) -> bool:
    """The name's head word is "Mission": the last word, or the one before "in"/"to"/"for"
    ("African Union Transition Mission in Somalia")."""
    return _head_word_of_name(words) == "Mission"


def _head_word_of_name(words: list[Token]) -> str | None:
    """The word that says what a name is: the one before its first connector ("in", "to", "for",
    "of", "on": "Disengagement Force in the Golan", "Conference on Security ..."), else its last word."""
    k = _connected_head_at(words)
    return words[k].text if k is not None else words[-1].text if words else None


RELATING_WORDS = frozenset({"relating", "pertaining"})  # "Protocol Relating to ...": the connector's own participle


def _connected_head_at(words: list[Token]) -> int | None:
    """The index of the word before the name's first connector (see HEAD_CONNECTORS), if any; before
    its participle in "Protocol Relating to the X"."""
    k = next((k - 1 for k, t in enumerate(words) if k > 0 and (t.lower_ in HEAD_CONNECTORS or _participle_after_head(words, k))), None)
    return k - 1 if k is not None and k > 0 and words[k].lower_ in RELATING_WORDS else k


def _participle_after_head(words: list[Token], k: int) -> bool:
    """"Treaty Establishing the X Union": a capitalised participle with its "the" object right after a
    head word connects the head to what the document is about, as "of" or "on" does."""
    w = words[k]
    return (w.text.endswith("ing") and w.text[:1].isupper() and words[k - 1].lower_ in FRAMEWORK_HEADS
            and k + 1 < len(words) and words[k + 1].lower_ == "the")


# a body's head words before what it is of or on ("Conference on Security and Trust Measures in the
# Andes (CSTA)"): such long names' acronyms often skip words, as missions' take syllables
LOOSELY_SPELLED_BODY_HEADS = frozenset({"Conference", "Organisation", "Organization", "Commission", "Force", "Forces"})


def _force_in_a_place(words: list[Token]) -> bool:
    """"United Nations Disengagement Force in the Golan (UNDF)": a force named with its acronym after the
    place it serves in is a peace operation, a body of several states (not "Indian Air Force", nor
    "Armed Forces of X": one state's forces, named by whose they are, not where they serve)."""
    for k, t in enumerate(words[1:-1], start=1):
        if t.text in ("Force", "Forces"):
            return words[k + 1].lower_ == "in"
    return False


def _loosely_spelled_name(sdoc: Doc, run: Span, acronym: str) -> Span | None:
    """"African Union Support and Stabilization Mission in Somalia (AUSSOM)": a mission's acronym
    often takes syllables, not initials ("SOM" of Somalia); its letters in order in the name, from
    a word with its first letter, are enough when the name is a Mission's (or a military training
    team's, as "Kenya Military Training Team (KEMTRAT)"), a body's named by what it is of or on
    (see LOOSELY_SPELLED_BODY_HEADS), or a force's several states make up (see _shared_force)."""
    letters = acronym.lower()
    for start in range(run.start, run.end - 1):
        if sdoc[start].text[:1] != acronym[:1] or sdoc[start].lower_ in ("the", "and"):
            continue
        # the kind of the name from this start ("members of the ASEAN and of the Forum on ..." starts at "Forum")
        words = [t for t in sdoc[start : run.end] if t.is_alpha]
        head = _head_word_of_name(words)
        body = head in LOOSELY_SPELLED_BODY_HEADS and words[-1].text != head and (head not in ("Force", "Forces") or _force_in_a_place(words))
        # a force several states make up: "Multinational Coastal Task Force (MNCTF)" takes two letters of "Multinational"
        body = body or _shared_force([t.text for t in words])
        if not (head == "Mission" or _military_training_team(words) or body):  # head "Mission": see _mission_head
            continue
        text = iter("".join(t.lower_ for t in words))
        if all(c in text for c in letters):  # a subsequence test (the iterator is consumed in order)
            return sdoc[start : run.end]
    return None


def _headed_name_defining(st: _State, run: Span, acronym: str, close: int) -> bool:
    """"The Alliance of Andean States (AEA) was founded ... Peru joined the AEA": a name with a
    framework's head word defines the acronym in brackets after it, which the text uses again later,
    though the acronym is from another language and spells other words (not "the Joint Council of the
    Andean Community (CAN)": a body named after "of" owns the acronym)."""
    if any(t.lower_ == "of" and _framework_head(run[t.i + 1 - run.start :]) for t in run):
        return False
    return _framework_head(run) is not None and any(t.text == acronym for t in st.m.tokens[close + 1 :])


def _acronym_gathers_countries(st: _State, acronym: str, after: int) -> bool:
    """"... the Eastern Coast Security System (ECSS). The ECSS, based in A, comprises A, B and C": the
    acronym is later the subject of a verb gathering a list of countries, so its name is a body's."""
    m = st.m
    return any(t.text == acronym and t.dep_ == "nsubj" and _word_in(t.head, GATHER_VERBS) and _countries_gathered_by(st, t.head.i)
               for t in m.tokens[after + 1 :])


def _members_follow(m: ArticleMentions, close: int) -> bool:
    """"Name (ACR), whose members/member states/membership ...": the name is of a grouping."""
    words = [t.lower_ for t in m.tokens[close + 1 : close + 4]]
    return len(words) == 3 and words[0] == "," and words[1] == "whose" and words[2] in ("members", "member", "membership")


MEMBER_SUBJECT_WORDS = frozenset({"members", "states", "countries", "nations", "navies", "armies", "forces", "governments"})


def _made_up_by_states_before(m: ArticleMentions, start: int) -> bool:
    """"The navies of the four founding members make up the X (ACR)", "A, B and C form the X (ACR)":
    a name that states (or their services) make up, form or constitute is a body they are members of
    (its acronym may be from another language)."""
    k = start - 1 if start > 0 and m.lower[start - 1] == "the" else start
    if k < 2:
        return False
    verb = m.tokens[k - 1] if m.lower[k - 1] != "up" else m.tokens[k - 2]
    if verb.lemma_ not in ("make", "form", "constitute") or verb.lemma_ == "make" and m.lower[k - 1] != "up":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.i in m.country_at or t.lower_ in MEMBER_SUBJECT_WORDS for t in subject.subtree)


DESCRIBED_GROUPING_NOUNS = frozenset({"grouping", "bloc", "coalition", "alliance", "forum"})


def _described_as_grouping(m: ArticleMentions, close: int) -> bool:
    """"the Zone of Peace and Cooperation of the South Atlantic (ZOPACAS), a grouping of 24 states":
    a name with an acronym (from another language, perhaps) described as a grouping is one."""
    words = m.tokens[close + 1 : close + 6]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("a", "an", "the"):
        return False
    for t in words[2:]:
        if t.lower_ in DESCRIBED_GROUPING_NOUNS:
            return True
        if not (t.is_alpha and t.is_lower or t.like_num):
            return False  # "(NIA), the country's counter-terror agency"
    return False


def _countries_gathered_after(m: ArticleMentions, close: int) -> bool:
    """"Name (ACR), which groups A, B and C": the name is of a grouping (its acronym may be from another language)."""
    words = m.tokens[close + 1 : close + 4]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ != "which":
        return False
    verb_at = _gathering_verb_at(m, close + 3, words[1].sent.end)  # "which is made up of A, B and C"
    return verb_at is not None and any(i in m.country_at for i in range(verb_at + 1, min(verb_at + 5, len(m.tokens))))


def _claim(st: _State, span: Span, key: str) -> None:
    for t in span:
        st.framework_at.setdefault(t.i, key)


def _policy_context(sdoc: Doc, i: int) -> bool:
    return any(t.lower_ in ("vision", "policy", "doctrine", "initiative", "strategy") for t in sdoc[max(i - 3, 0) : i])


def _is_other_entity(m: ArticleMentions, span: Span, places: bool = True, persons: bool = True) -> bool:
    """Persons, titles, places and ministries are not frameworks."""
    if span[0].lower_ in NOT_FRAMEWORK_STARTS:
        return True
    return any(persons and t.i in m.person_at or places and t.i in m.place_at or t.ent_type_ == TITLE for t in span)


def _shared_body_of_a_post(m: ArticleMentions, span: Span) -> bool:
    """"the Commander of the Combined Coastal Task Force": a force or command of several states
    named after a title's "of (the)" is the body the post belongs to, a framework though the
    title took its words in (not "Secretary of the National Security Council": one state's body)."""
    before = span.start - 1
    while before >= 0 and m.lower[before] == "the":
        before -= 1
    words = [t.text for t in span if t.is_alpha]
    return (before >= 0 and m.lower[before] == "of" and span[0].lower_ not in NOT_FRAMEWORK_STARTS
            and not any(t.i in m.person_at for t in span) and (_shared_force(words) or _shared_command(words)))


MULTINATIONAL_FORCE_WORDS = frozenset({"standby", "multinational", "peacekeeping", "stabilisation", "stabilization",
                                       "intervention", "expeditionary", "protection", "reaction"})


def _acronym_head(run: Span) -> str | None:
    """Kinds only a name with its acronym reveals: "International Institute for Strategic Studies
    (IISS)" (a bare "... Institute" is often just cited), "Joint Expeditionary Force (JEF)" (but
    not "Indian Air Force (IAF)", a service), "... Maritime Engagement (AIKEYME)", an exercise."""
    words = [t for t in run if t.is_alpha]
    if (any(t.lower_ == "institute" for t in words[:2]) or words[-1].lower_ == "institute") and not _one_states_institute(words):
        return "Organisation"
    if words[-1].lower_ == "force" and len(words) >= 2 and words[-2].lower_ in MULTINATIONAL_FORCE_WORDS:
        return "Organisation"
    if _mission_head(words) or _force_in_a_place(words):
        return "Organisation"  # "United Nations Mission in South Sudan (UNMISS)": a peace operation as a body
    if _head_word_of_name(words) == "Conference" and words[-1].text != "Conference":
        return "Forum"  # "Conference on Security and ... in the Andes (CSTA)": a standing conference of states
    if _military_training_team(words):
        return "Organisation"  # "Kenya Military Training Team (KEMTRAT)": one state's standing body training another's forces
    if words[-1].lower_ == "engagement" and any(t.lower_ in ("maritime", "naval", "military") for t in words):
        return "Exercise"  # "Africa-India Key Maritime Engagement (AIKEYME)"
    if words[-1].lower_ == "facility" and any(t.lower_ in FUND_WORDS for t in words):
        return "Initiative"  # "European Peace Facility (EPF)", a fund (not "Ship Repair Facility (SRF)", a yard)
    if any(t.lower_ in ("centre", "center") for t in words) and _sharing_centre(words):
        return "Organisation"  # "Information Fusion Centre - Indian Ocean Region (IFC-IOR)" (not a training centre)
    if _head_word_of_name(words) in ("Route", "Corridor"):
        return "Initiative"  # "<name> Route for <purpose> (XR)": a transit route states build, spelled by its acronym
    return None


FUND_WORDS = frozenset({"peace", "financing", "finance", "investment", "resilience"})
PEACE_FUND_WORDS = frozenset({"peace", "peacebuilding", "stabilisation", "stabilization"})
TEAM_SERVICE_WORDS = frozenset({"military", "defence", "defense", "naval", "army", "armed"})
TEAM_TASK_WORDS = frozenset({"training", "advisory", "assistance", "liaison"})


def _military_training_team(words: list[Token]) -> bool:
    """"X Military Training Team", "Y Military Advisory and Training Team": a military body's team
    that trains or advises (not a "Disaster Response Team" or a "Cricket Training Team")."""
    lowered = {t.lower_ for t in words}
    return words[-1].text == "Team" and bool(lowered & TEAM_SERVICE_WORDS) and bool(lowered & TEAM_TASK_WORDS)
MEETING_MEMBER_WORDS = frozenset({"ministers", "chiefs", "leaders"})


def _standing_meeting(st: _State, name: Span) -> bool:
    """"South Pacific Defence Ministers' Meeting (SPDMM)": a ministers' meeting with an acronym of
    its own recurs as a forum; not "the SCO Defence Ministers' Meeting (DMM)", one meeting of a body."""
    words = [t for t in name if t.is_alpha]
    if len(words) < 3 or words[-1].lower_ != "meeting" or words[-2].lower_ not in MEETING_MEMBER_WORDS:
        return False
    before = name.start - 1
    return not (before >= 0 and (before in st.framework_at or st.m.tokens[before].text in ("'s", "’s")))


def _sharing_centre(words: list[Token]) -> bool:
    """A centre where navies share information: "... Information Fusion Centre", "Regional Coordination
    Operations Centre" (not a "National Information Centre", an agency)."""
    lower = {t.lower_ for t in words}
    return "fusion" in lower or "regional" in lower and bool(lower & {"information", "coordination"})
BODY_DESCRIPTIONS = frozenset({"body", "organ", "organisation", "organization", "agency", "institution", "arm", "wing"})


OWNER_NOUNS = frozenset({"grouping", "bloc", "organisation", "organization", "alliance", "group", "union"})


def _owned_by_framework(st: _State, run: Span, spelled: Span | None) -> bool:
    """"the grouping's Regional Anti-Terrorist Structure (RATS)", "The SCO Regional Anti-Terrorist
    Structure (RATS)": a name with its acronym that a framework owns is one of its bodies (not "the
    SCO Defence Ministers' Meeting (DMM)", an event)."""
    m = st.m
    name = spelled or run
    if name[-1].lower_ in EVENT_NOUNS or len(name) < 2:
        return False
    if name.start >= 2 and m.tokens[name.start - 1].text in ("'s", "’s"):
        owner = m.tokens[name.start - 2]
        return owner.i in st.framework_at or owner.lower_ in OWNER_NOUNS
    if name.start >= 1 and m.lower[name.start - 1] == "its":
        # "The SCO ... has its Regional Anti-Terrorist Structure (RATS)": "its" is the framework named last
        for k in range(name.start - 2, name.sent.start - 1, -1):
            if k in st.framework_at or k in m.country_at:
                return k in st.framework_at
        return False
    prefix = run[: len(run) - len(name)]
    return len(prefix) == 1 and prefix[0].i in st.framework_at and _is_acronym(prefix[0].text)


def _framework_body_follows(st: _State, close: int) -> bool:
    """"the Regional Anti-Terrorist Structure (RATS), the SCO's Tashkent-based counter-terrorism body":
    a name described as a body of a framework is an organisation (not "the NIA, the country's
    counter-terror agency": a national one)."""
    m = st.m
    if close + 2 >= len(m.tokens) or m.tokens[close + 1].text != "," or m.lower[close + 2] not in ("the", "a", "an"):
        return False
    owner = False
    for t in m.tokens[close + 3 : min(close + 14, len(m.tokens))]:
        if t.text in (",", ".", ";", "(", ")") or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":  # "Tashkent-based"
            return False
        owner = owner or t.i in st.framework_at
        if t.lower_ in BODY_DESCRIPTIONS:
            return owner or t.i + 1 < len(m.tokens) and m.lower[t.i + 1] == "of" and t.i + 2 in st.framework_at \
                or t.i + 3 < len(m.tokens) and m.lower[t.i + 1] == "of" and m.lower[t.i + 2] == "the" and t.i + 3 in st.framework_at
    return False


OFFICE_NOUNS = frozenset({"director", "minister", "secretary", "chief", "head", "commander", "adviser", "advisor",
                          "officer", "chairman", "chairperson", "president", "commissioner", "ambassador"})


FORMATION_WORDS = frozenset({"strike", "task", "battle", "ready", "escort", "response"})
# a patrol several states run together is an exercise of theirs (a national "Border Patrol" is a unit)
SHARED_PATROL_WORDS = frozenset({"coordinated", "joint", "combined", "bilateral", "trilateral", "quadrilateral", "multilateral"})


def _framework_head(span: Span) -> str | None:
    """Kind of a framework name from its head word ("... Agreement" -> Agreement), None if none."""
    words = [t for t in span if t.is_alpha]
    if len(words) >= 2 and [t.lower_ for t in words[-2:]] == ["high", "commission"]:
        return None  # "the Indian High Commission": a diplomatic mission
    if len(words) >= 2 and words[-1].lower_ == "group" and words[-2].lower_ in FORMATION_WORDS:
        return None  # "the UK Carrier Strike Group": a naval formation, not a forum
    if _shared_force([t.text for t in words]) or _shared_command([t.text for t in words]) or _binational_corps(span.text.split()):
        return "Organisation"
    if (k := _connected_head_at(words)) is not None and _shared_force([t.text for t in words[: k + 1]]):
        return "Organisation"  # "Multinational Force of <region>": named by what it is before what it is of
    if (len(words) >= 2 and words[-1].lower_ in PAIR_NAMED_HEADS and words[-1].text[:1].isupper() and PAIR_PREFIX.match(span.text)
            and sum(t.ent_type_ == "GPE" for t in span) >= 2):
        return PAIR_NAMED_HEADS[words[-1].lower_]  # "the Chile-Peru Defence Industry Roundtable", not a trade body's "Defence Industry Roundtable"
    if _regional_commission(span.text):
        return "Organisation"
    if _code_of_conduct_at(words) is not None or _code_for_at(words):
        return "Agreement"  # "Yaoundé Code of Conduct", "Code of Conduct in the South China Sea" (not a "Code of Criminal Procedure")
    if (k := _connected_head_at(words)) is not None:  # the word before the first connector names the thing
        kind = FRAMEWORK_HEADS.get(words[k].lower_) or CONNECTED_HEADS.get(words[k].lower_)
        if words[k].lower_ == "framework":
            kind = _framework_word_kind(span, words, words[k])
        if kind:
            return kind
        if words[k].lower_ in OFFICE_NOUNS:
            return None  # "the Head of Defence Policy": a post, not a policy
        if words[k].text == "Plan" and YEAR.search(span[-1].text):
            return _plan_kind(words[: k + 1])  # "Development Plan of the X Armed Forces 2025-2034": a plan to its years
    if len(words) >= 2 and words[-1].text in ("Corridor", "Corridors") and words[-2].lower_ in CORRIDOR_KINDS:
        return "Initiative"  # "India-Middle East-Europe Economic Corridor", not "Siliguri Corridor"
    if len(words) >= 2 and words[-1].text == "Plan" and words[-2].text[:1].isupper():
        return _plan_kind(words)
    if len(words) >= 2 and words[-1].text == "Facility" and any(w.lower_ in FUND_WORDS for w in words[:-1]):
        return "Initiative"  # "the African Peace Facility": a fund states pay into (not "the Naval Repair Facility")
    if len(words) >= 2 and words[-1].text == "Fund" and any(w.lower_ in PEACE_FUND_WORDS for w in words[:-1]):
        return "Initiative"  # "the Continental Peace Fund" states contribute to (not "the Public Investment Fund", a state's wealth fund)
    if len(words) >= 2 and words[-1].text == "Goal" and YEAR.fullmatch(span[-1].text):
        return "Policy"  # "<words> Goal <year>": a state's modernisation target, dated by its year
    if len(words) >= 3 and [t.text for t in words[-2:]] == ["White", "Paper"] and not _modifies_a_noun_after(span):
        return "Policy"  # "the Defence White Paper": a government's statement of its policy (not "a White Paper" alone)
    if len(words) >= 3 and words[-1].text == "Architecture" and words[-2].lower_ in ("security", "defence", "defense"):
        return "Policy"  # "the National Security Architecture": a government's named plan of its forces (not "Naval Architecture")
    if words and words[-1].text[:1].isupper() and words[-1].lower_ in FRAMEWORK_HEADS and not _action_as_a_topic(words):
        return _framework_word_kind(span, words, words[-1]) if words[-1].lower_ == "framework" else FRAMEWORK_HEADS[words[-1].lower_]
    if len(words) >= 2 and words[-1].text == "Guidelines" and any(w.lower_ in POLICY_DIRECTIVE_WORDS for w in words[:-1]):
        return "Policy"  # "the Defence Guidelines 2035", "the National Defense Program Guidelines" (not "the Safety Guidelines")
    if len(words) >= 2 and words[-1].text == "Directive" and any(w.lower_ in POLICY_DIRECTIVE_WORDS for w in words[:-1]):
        return "Policy"  # "the National Defence Policy Directive", "the Strategic Defence Directive" (not "the Working Time Directive")
    if len(words) >= 3 and words[-1].text in ("Talks", "Consultations") and words[-2].text[:1].isupper():
        return "Dialogue"  # "Army-to-Army Staff Talks", "2+2 Foreign and Defence Ministerial Consultations" (capitalised: a name)
    if _pair_ministers_meeting(span, words):
        return "Dialogue"
    if _regional_cooperation(span):
        return "Forum"
    if len(words) >= 3 and words[-1].text == "Line" and words[-2].lower_ in ("defence", "defense") and not _one_states_line(span, words):
        return "Initiative"  # "the Carpathian Defence Line": fortifications states build together (not "a Defence Line of Credit")
    if len(words) >= 4 and [t.lower_ for t in words[-3:]] == ["line", "of", "credit"]:
        return "Agreement"  # "a Naval Line of Credit" (not "Line of Actual Control")
    if len(words) >= 2 and words[-1].text == "Patrol" and any(w.lower_ in SHARED_PATROL_WORDS for w in words[:-1]):
        return "Exercise"  # "Chile-Peru Coordinated Patrol", "Trilateral Andean Naval Patrol", not "Border Patrol"
    if _plan_named_after(span, words):
        return "Policy"
    if len(words) >= 3 and words[-1].text == "Team" and words[-2].lower_ in OBSERVING_WORDS:
        return "Initiative"  # "the SADC Observer Team", "the Joint Monitoring Team": states watching a truce together
    return None


def _action_as_a_topic(words: list[Token]) -> bool:
    """"Conference on Mine Action": a last "Action" names a document only after "of"/"to" ("Plan of
    Action", "Call to Action"); after another word it is the topic of a body, not its kind."""
    return words[-1].lower_ == "action" and (len(words) < 2 or words[-2].lower_ not in ("of", "to"))


OBSERVING_WORDS = frozenset({"observer", "observers", "monitoring", "observation", "verification"})
# words of the waters or lands a regional commission serves ("the X Ocean Commission", "Commission of the Gulf of Y")
REGIONAL_COMMISSION_WORDS = SEA_WORDS | {"ocean", "basin", "river", "sub"}  # "Sub-Regional"
# words of a standing commission two states hold talks in ("Joint Permanent Commission"), a Dialogue
BILATERAL_COMMISSION_WORDS = frozenset({"joint", "permanent", "binational", "bilateral", "intergovernmental", "inter"})


def _regional_commission(name: str) -> bool:
    """"the Lakes Basin Commission", "the Sub-Regional Fisheries Commission", "the Coastal Patrol
    Commission of the Gulf of X": a commission named after the waters or region its states share is
    an organisation they belong to; not two states' "A-B Joint Permanent Commission" (a Dialogue).
    Kept even when merely named, as it was when read as a Dialogue."""
    words = re.findall(r"[^\W\d_]+", name)
    lower = [w.lower() for w in words]
    of_at = next((k for k, w in enumerate(lower) if k > 0 and w in HEAD_CONNECTORS), len(words))
    if not {"Commission", "Association"} & set(words[-1:] + words[of_at - 1 : of_at]):
        return False  # "the Coral Sea Rim Association": an association of the states around the waters too
    return not BILATERAL_COMMISSION_WORDS & set(lower) and bool(REGIONAL_COMMISSION_WORDS & set(lower))


def _modifies_a_noun_after(span: Span) -> bool:
    """"a new Defence White Paper implementation report": the name only says what the lowercase noun
    after it is about; that noun is what the text speaks of."""
    return span.end < len(span.doc) and span.doc[span.end].is_lower and span.doc[span.end].pos_ == "NOUN"


def _plan_named_after(span: Span, words: list[Token]) -> bool:
    """"Plan Safe Harbour", "Plan Secure Ruritania": "Plan" before a name of title-case words is a
    state's named plan (not "Plan B", nor "Plan of Action": a head word or a connector decides there)."""
    return (len(words) >= 2 and span[0].text == "Plan" and len(words) == len(span) and len(words[1].text) >= 3
            and all(t.text[:1].isupper() and not t.is_upper for t in words))


POLICY_DIRECTIVE_WORDS = frozenset({"policy", "defence", "defense", "security", "strategic"})


def _one_states_line(span: Span, words: list[Token]) -> bool:
    """"Peru's Southern Defence Line", "the Northern Defence Line": a line one state holds on its own
    front (an owner before it, or a compass word naming its side), not one a region's states build."""
    before = span.start - 1
    return words[-3].lower_ in COMPASS_WORDS or before >= 0 and span.doc[before].text in ("'s", "’s")


# words that make a "Framework" several states' ("the Joint Maritime Framework", "... Cooperation Framework")
SHARED_FRAMEWORK_WORDS = frozenset({"trilateral", "bilateral", "quadrilateral", "multilateral", "joint", "cooperation",
                                    "partnership"})


def _framework_word_kind(span: Span, words: list[Token], head: Token) -> str | None:
    """A name headed by "Framework" (capitalised: not "a framework for talks"): the states' shared
    document (an Agreement) when it says it is several states' (a multilateral word, two states, a
    hyphened pair), else one state's own (a Policy: "the National Security Framework" it released)."""
    if head.text[:1] != "F":
        return None
    shared = (any(w.lower_ in SHARED_FRAMEWORK_WORDS for w in words) or sum(w.ent_type_ in ("GPE", "NORP") for w in words) >= 2
              or any(t.text == "-" or "-" in t.text[1:-1] for t in span))
    return "Agreement" if shared else "Policy"


def _plan_kind(words: list[Token]) -> str:
    """"the Joint Action Plan" two states adopt is an Agreement; "Kenya's Force Structure Plan",
    "the Rossi Plan", a state's own, a Policy. Title case only ("Plan", not the "PLAN" navy)."""
    return "Agreement" if any(w.lower_ == "action" for w in words) else "Policy"


SHARED_FORCE_WORDS = frozenset({"standby", "multinational", "combined"})  # said only of a force several states make up
# heads that name a framework only after the pair of states it joins ("the A-B Maritime Cooperative Activity")
PAIR_NAMED_HEADS = {"roundtable": "Forum", "activity": "Exercise"}


def _shared_command(words: list[str]) -> bool:
    """"the Central American Air Defence Command": a command named after a region of several states is
    one they run together, a body; not one state's ("Western Naval Command", "the Army's Northern
    Command", "Joint Operations Command")."""
    if len(words) < 2 or words[-1] != "Command":
        return False
    text = " ".join(words)
    return any(text.startswith(f"{adjective} ") for adjective in refdata.continental_adjectives())


PAIRED_NAMES = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")


def _binational_corps(words: list[str]) -> bool:
    """"the 1 Polish-Lithuanian Corps": a corps named after the hyphened states that make it up is one
    they run together, a body; not one state's ("the Marine Corps", "the Indian Army's 14 Corps")."""
    return len(words) >= 2 and words[-1] == "Corps" and any(PAIRED_NAMES.match(w) for w in words[:-1])


def _shared_force(words: list[str]) -> bool:
    """"the Lakes Region Standby Force", "the Combined Coastal Task Force": a force of several states is
    a body (a defence framework even when merely named); not a service ("the Indian Air Force") nor
    a national unit ("Quick Reaction Force")."""
    words = words[:-1] if words and words[-1].isdigit() else words  # "Combined Task Force 471"
    # a bare "Combined Forces" is just two states' forces together ("the Combined Forces of the two
    # nations"): "combined" names a body only with what kind of force it is ("Combined Maritime Forces")
    return (len(words) >= 2 and words[-1] in ("Force", "Forces", "Fleet")  # "the Multinational X Fleet": aircraft states pool
            and any(w.lower() in SHARED_FORCE_WORDS and w[:1].isupper() and (w.lower() != "combined" or len(words) >= 3)
                    for w in words[:-1]))


def _in_the_field_of(m: ArticleMentions, j: int) -> bool:
    """"in the field(s) of" + a capitalised word starts at ``j``."""
    return (j + 4 < len(m.tokens) and m.lower[j] == "in" and m.lower[j + 1] == "the" and m.lower[j + 2] in ("field", "fields")
            and m.lower[j + 3] == "of" and m.tokens[j + 4].text[:1].isupper())


def _code_of_conduct_at(words: list[Token]) -> int | None:
    """Where "Code of Conduct" (capitalised) starts among the words, or None."""
    for k in range(len(words) - 2):
        if words[k].text == "Code" and words[k + 1].lower_ == "of" and words[k + 2].text == "Conduct":
            return k
    return None


def _code_for_at(words: list[Token]) -> bool:
    """"the Code for Safe Passage of Patrol Boats": a capitalised "Code for" and a capitalised word
    opening the name is the code of behaviour states agree on (not "the Code of Criminal Procedure")."""
    return len(words) >= 3 and words[0].text == "Code" and words[1].lower_ == "for" and words[2].text[:1].isupper()


TITLE_REGION_LIMIT = 5  # words of "the Indo - Pacific", "the South China Sea" after "in"
KINDS_TITLED_WITH_REGION = frozenset({"Agreement", "Policy"})  # documents, whose titles say what and where they are about
# what is done on a country's soil: a document's title ending with one goes on with the country
# ("Memorandum of Understanding on Army Training in Ruritania"), where "X Cooperation in <country>"
# tells where it was signed
ACTIVITY_TITLE_WORDS = frozenset({"training", "exercises", "deployment", "deployments", "stationing", "presence",
                                  "basing", "transit", "operations"})


def _activity_country_after_title(st: _State, first: int, j: int, last_good: int | None) -> int | None:
    """The last word of the country after "in" at ``j`` when a document's title ends with an activity
    done there ("Agreement on Naval Training in Ruritania"), else None (not a city: "in Oslo")."""
    m = st.m
    if last_good is None or last_good != j - 1 or m.lower[j] != "in" or j + 1 >= len(m.tokens) \
            or m.lower[last_good] not in ACTIVITY_TITLE_WORDS or j + 1 not in m.country_at:
        return None
    place = m.place_at.get(j + 1)
    if place is not None and m.places[place].kind == "City":
        return None
    if not any(FRAMEWORK_HEADS.get(m.lower[k]) in KINDS_TITLED_WITH_REGION for k in range(first, last_good)):
        return None
    return _country_words_end(m, j + 1)


def _region_after_title(st: _State, first: int, j: int, last_good: int | None) -> int | None:
    """"Code of Conduct in the South China Sea", "Shared Vision of ... Maritime Cooperation in the
    Indo-Pacific", "Memorandum of Understanding on ... Cooperation in the X Channel": the sea or
    region a document is about is part of its title when "in the" at ``j`` hangs from the title's
    last word; the index of the region's last word, or None. Not a country or city ("signed in the
    Philippines"), nor the waters of an exercise or a forum ("the X Exercise in the Y Sea"), nor a
    body named after a region ("... Cooperation in the <sea> Commission": a body's name follows)."""
    m = st.m
    if last_good is None or last_good != j - 1 or m.lower[j] != "in" or j + 2 >= len(m.tokens):
        return None
    region_end = _bare_region_end(m, j + 1)
    if m.lower[j + 1] != "the" and region_end is None:
        return None
    the_region_end = _bare_region_end(m, j + 2) if m.lower[j + 1] == "the" else None  # "in the Sahel"
    # a kind word before the title's last word (which is the word "in the" hangs from: "Cooperation"),
    # or a body's head word with the purpose its title goes on to tell (see _body_of_a_purpose)
    hung_on = m.tokens[j].head.i
    # "Charter on Port Security and Safety and Coastal Development in Africa": "in" may hang on an
    # earlier word of the title (the parse of a list of nouns), still inside it when a known region follows
    inside = first <= hung_on < last_good and (region_end or the_region_end) is not None
    titled = (hung_on == last_good or inside or _capitalised_region_at(m, j + 2)) and any(FRAMEWORK_HEADS.get(m.lower[k]) in KINDS_TITLED_WITH_REGION or m.lower[k] in CONNECTED_HEADS
                                          for k in range(first, last_good))
    purpose = (region_end or the_region_end) is not None and any(_body_of_a_purpose(m, k) and hung_on in (k, last_good)
                                                                  for k in range(first, last_good))
    if m.tokens[last_good].text != "Conduct" and not (titled or purpose):
        return None
    if purpose and not titled and region_end is None:
        return the_region_end  # "Council for Peace and Security in the Sahel": a known region told with "the"
    if region_end is not None:
        return region_end
    end = None
    of_at = None  # the "of" of "the Gulf of X"
    for k in range(j + 2, min(j + 2 + TITLE_REGION_LIMIT, len(m.tokens))):
        w = m.tokens[k]
        region = m.place_at.get(k)
        if region is not None and m.places[region].kind == "City":
            break
        if joined_tight(m.tokens, k):
            continue  # "Indo-Pacific"
        if w.lower_ == "of" and of_at is None and end == k - 1 and k + 1 < len(m.tokens) and m.tokens[k + 1].text[:1].isupper():
            of_at = k  # "in the Gulf of X", "in the Bay of Y"
            continue
        if not (w.is_alpha and w.text[:1].isupper()) or w.ent_type_ in ("DATE", "TIME"):
            break  # "... in the Gulf of X Tuesday": not the day
        if k in st.framework_at or w.lower_ in FRAMEWORK_HEADS or w.lower_ in BODY_HEADS:
            return None  # "in the <sea> Commission": a body, not a region
        if of_at is not None or k not in m.country_at and (w.lower_ in REGION_END_WORDS or w.ent_type_ == "LOC" or region is not None):
            end = k
    return end


def _capitalised_region_at(m: ArticleMentions, k: int) -> bool:
    """"(in the) Black Sea Region", "(in the) Baltic Sea Region": capitalised words that end with a
    capitalised "Region" are a region's proper name, a document's subject (a document is signed in a
    city, not in a region so named), though the parse hangs "in" on the verb."""
    for x in range(k, min(k + TITLE_REGION_LIMIT, len(m.tokens))):
        if not (m.tokens[x].is_alpha and m.tokens[x].text[:1].isupper()):
            return False
        if m.tokens[x].text == "Region":
            return x > k
    return False


def _region_a_body_is_of(m: ArticleMentions, j: int, last_good: int | None) -> int | None:
    """"Multinational Force of <region>", "Monetary Community of <region>": a region of several states
    after "of" at ``j`` right after a body's head word ends the body's name (a country or city after
    "of" is read as a place or an owner elsewhere); the index of the region's last word, or None."""
    if last_good is None or last_good != j - 1 or m.lower[j] != "of" or not m.tokens[last_good].text[:1].isupper():
        return None
    if m.lower[last_good] not in BODY_HEADS | MEMBER_BODY_HEADS.keys() | {"community", "union"}:
        return None
    if m.lower[j + 1] != "the":
        return _bare_region_end(m, j + 1)
    end = _bare_region_end(m, j + 2) or _sea_name_end(m, j + 2)  # "of the Sahel", "of the Gulf of X"
    if end is None or end + 1 < len(m.tokens) and m.tokens[end + 1].text[:1].isupper():
        return None  # "Council of the Gulf of X Commission": a parent body, not a region
    return end


REGION_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "north-eastern", "north-western", "south-eastern", "south-western", "-"})


def _shared_force_of_a_region(words: list[str]) -> bool:
    """"Multinational Standby Force North-Western Africa": the name's words up to its "Force" make a shared force."""
    last = max((k for k, w in enumerate(words) if w in ("Force", "Forces")), default=None)
    return last is not None and last < len(words) - 1 and _shared_force(words[: last + 1])


def _region_after_shared_force(m: ArticleMentions, i: int, j: int) -> int | None:
    """"the Multinational Standby Force North-Western Africa", "the Combined Standby Force South America":
    a region of several states (compass words before it allowed) right after the "Force" of a force
    several states make up (see _shared_force), words ``i`` to ``j - 1``, ends the force's name; the
    index of the region's last word, or None (not "its Quick Reaction Force South America": no shared force)."""
    if m.tokens[j - 1].text not in ("Force", "Forces") or not _shared_force([t.text for t in m.tokens[i:j] if t.is_alpha]):
        return None
    k = j
    while k < len(m.tokens) and k - j < 3 and m.lower[k] in REGION_COMPASS_WORDS and k not in m.place_at and m.tokens[k].text[:1] in "-NSEWC":
        k += 1
    if k > j and m.tokens[k - 1].text == "-":
        return None
    return _bare_region_end(m, k) if k < len(m.tokens) and (k == j or m.tokens[k].text[:1].isupper()) else None


def _sea_name_end(m: ArticleMentions, k: int) -> int | None:
    """The last word of a sea or coast named "<Gulf/Bay/Horn> of <Name>" at ``k``, or None."""
    if k + 2 >= len(m.tokens) or not m.tokens[k + 2].text[:1].isupper() or not m.tokens[k + 2].is_alpha:
        return None
    return k + 2 if _sea_name(m, k + 1) else None


PURPOSE_CONNECTORS = frozenset({"for", "on"})


def _body_of_a_purpose(m: ArticleMentions, k: int) -> bool:
    """"Council for Peace and Security (in <region>)", "Conference on Confidence Building (in
    <region>)": a body's head word at ``k`` followed by "for"/"on" and what it works for (a region of
    several states named without "the" after it is the one it was set up for; not "the X Forum in
    the Y Sea", where one session is held)."""
    return (m.lower[k] in BODY_HEADS | MEMBER_BODY_HEADS.keys() and m.tokens[k].text[:1].isupper()
            and k + 1 < len(m.tokens) and m.lower[k + 1] in PURPOSE_CONNECTORS)


def _bare_region_end(m: ArticleMentions, i: int) -> int | None:
    """The last word of a region of several states named without "the" at ``i`` ("... Security in
    South America"); None if no such region starts there (a country or city is where it was signed)."""
    region = m.place_at.get(i)
    if region is None or m.places[region].kind != "Region" or m.place_at.get(i - 1) == region:
        return None
    end = i
    while end + 1 < len(m.tokens) and m.place_at.get(end + 1) == region:
        end += 1
    return end


def _pair_ministers_meeting(span: Span, words: list[Token]) -> bool:
    """"the Korea-Poland Defence Ministers' Meeting", "the annual Chile-Peru Leaders' Meeting": two
    countries' standing ministerial (or leaders') meeting is a dialogue (not "the SCO Defence
    Ministers' Meeting", one meeting of a body, nor a bare "Defence Ministers' Meeting")."""
    if len(words) < 3 or words[-1].text != "Meeting" or words[-2].lower_ not in ("ministers", "ministerial", "leaders"):
        return False
    prefix = PAIR_PREFIX.match(span.text)
    # two countries: a trilateral one has a name and acronym of its own ("... Trilateral Defence Ministers' Meeting (TDMM)")
    return prefix is not None and len(re.findall("[-–]", prefix.group())) == 1 and sum(t.ent_type_ == "GPE" for t in span) >= 2


def _regional_cooperation(span: Span) -> bool:
    """"Mekong-Ganga Cooperation", "Indian Ocean-Pacific Cooperation": a forum named after the
    regions it joins (a hyphenated name before "Cooperation"); "India-Vietnam Defence Cooperation"
    is a relation between countries, not a forum."""
    last = span[-1]
    if last.text != "Cooperation" or len(span) < 2 or any(t.ent_type_ == "GPE" for t in span):
        return False
    return any(t.text == "-" or "-" in t.text[1:-1] for t in span[:-1])


# a pair opening with a dotted abbreviation, one token with its hyphen: "U.S.-Peru" (a name may start there)
DOTTED_PAIR_TOKEN = re.compile(r"^(?:[A-Z]\.){2,}[-–][A-Z][^\W\d_]+$")


# verbs a title-case headline writes before what two states do together ("X Visits Y, Reaffirms Maritime
# Security Partnership", "A, B Renew Defence Pact"), besides the visit verbs of nlp.HEADLINE_VERBS
TIE_HEADLINE_VERBS = frozenset({"reaffirm", "strengthen", "renew", "boost", "deepen", "bolster", "expand", "enhance",
                                "agree", "pledge", "vow", "cement", "elevate", "advance", "explore", "sign", "discuss",
                                "review", "launch", "hail", "seek", "eye", "back"})


def _headline_verb_at(m: ArticleMentions, i: int) -> bool:
    """Token ``i`` of a headline is its verb: a capitalised "-s" form ("Reaffirms", "Visits"), or a
    bare form right after a state of a pair that does it ("Chile, Peru Renew ...")."""
    t = m.tokens[i]
    if not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    lower = t.lower_
    if headline_verb(t) or lower.endswith("s") and lower[:-1] in TIE_HEADLINE_VERBS:
        return True
    return lower in TIE_HEADLINE_VERBS | HEADLINE_VERBS and i > 0 and i - 1 in m.country_at


def _headline_verb_phrase(m: ArticleMentions, name: Span, headline_end: int) -> bool:
    """"X Visits Y, Reaffirms Maritime Security Partnership", "Chile, Peru Renew Defence Pact": a title-case
    headline's verb in or right before a name makes the words after it what is done, not a name, unless the
    body writes them too."""
    if name.start >= headline_end:
        return False
    k = name.start - 1 if name.start > 0 and _headline_verb_at(m, name.start - 1) else next(
        (t.i for t in name if _headline_verb_at(m, t.i)), None)
    if k is None:
        return False
    rest = m.sdoc[k + 1 : name.end].text
    return not rest or rest not in m.sdoc[headline_end:].text


def _named_frameworks(st: _State) -> None:
    """Capitalised names with a framework head word: "ASEAN-India Free Trade Agreement",
    "Vision Document on Comprehensive ... Partnership", "Pacific Fleet Review 2027"."""
    m = st.m
    sdoc = m.sdoc
    i = 0
    n = len(sdoc)
    headline_end = _headline_end(m)
    while i < n:
        t = m.tokens[i]
        if not (t.text[:1].isupper() and (t.is_alpha or DOTTED_PAIR_TOKEN.match(t.text))):
            i += 1
            continue
        j = i
        last_good = None
        participle_phrase = False  # inside "... Bordering the Coral Sea and the Gulf of X"
        period_at = None  # where "for 2026-2030" (or a quoted name after the kind words) starts
        quoted_name = None  # 'the Combined Peace Force "Southern Star"': the unit's own name
        region_in_title = False  # "... in the Indo-Pacific" taken in
        founded_at = None  # where the body a founding document's title names starts
        force_region = False  # "Multinational Peace Force <region>": a shared force named for where it serves
        while j < n:
            w = m.tokens[j]
            if w.is_space or w.is_sent_start and j > i:
                break
            if last_good == j - 1 and (region_end := _region_after_shared_force(m, i, j)) is not None:
                last_good = region_end
                region_in_title = force_region = True
                break
            if _participle_object_starts(m, i, j, last_good) or participle_phrase and _participle_phrase_goes_on(m, j):
                participle_phrase = True
                last_good = j if w.text[:1].isupper() else last_good
                j += 1
                continue
            if w.text[:1].isupper() and (w.is_alpha or "-" in w.text or j in m.country_at):
                last_good = j  # a country written with stops is a word of the name ("Australia-U.S. Ministerial ...")
            elif w.text in ("-", "'", "’", "'s", "’s") and j > i and not m.tokens[j - 1].whitespace_ or w.text in ("'", "’") and m.tokens[j - 1].text.endswith("s") \
                    or j > i and _joining_dash(m, j):
                pass
            elif last_good == j - 1 and _head_word_at(m, last_good) and _year_range_end(m, j) is not None:
                last_good = j = _year_range_end(m, j)  # "Joint Action Plan 2025-2029": the years it covers are in its title
            elif (w.like_num and last_good is not None and m.tokens[last_good].lower_ in FRAMEWORK_HEADS
                  and (last_good == j - 1 or YEAR.fullmatch(w.text))):
                last_good = j  # "Pacific Fleet Review 2027", "F's 2050 Strategy" (not "the X Alliance's four members")
            elif w.like_num and last_good == j - 1 and m.tokens[last_good].text in ("Plan", "Guidelines") and YEAR.fullmatch(w.text):
                last_good = j  # "Defence Capability Plan 2031", "Defence Guidelines 2035": the year a plan runs to is in its title
            elif w.like_num and last_good == j - 1 and m.tokens[last_good].text == "Goal" and YEAR.fullmatch(w.text):
                last_good = j  # "<words> Goal <year>": the target year is part of its name
            elif w.like_num and last_good == j - 1 and m.tokens[last_good].text in ("Force", "Forces") and w.text.isdigit():
                last_good = j  # "Combined Task Force 471": a task force's number is part of its name
            elif last_good == j - 2 and any(m.lower[k] in HEAD_CONNECTORS for k in range(i, j)) and _hyphened_participle_at(m, j):
                pass  # "... of the Flood-affected Areas": a compound adjective inside the title (not "the Lima-based X")
            elif last_good == j - 1 and _title_noun_list_at(m, i, j):
                pass  # "Strategy for the Stabilisation, Recovery and Resilience of ...": a list of nouns inside the title
            elif last_good == j - 1 and (amended := _slash_amendment_end(m, j)) is not None and any(_head_word_at(m, k) or m.tokens[k].text == "Conduct" for k in range(i, j)):
                last_good = j = amended  # "the X Code of Conduct/Y Amendment": the document as amended
            elif _two_plus_two(m, j):
                j += 2  # "India-Japan 2+2 Ministerial Dialogue": the format is part of the name
            elif _hyphened_to(m, j):
                pass  # "Army-to-Army Staff Talks"
            elif last_good == j - 1 and (state_end := _formal_state_of_a_policy(m, j)) is not None:
                last_good = j = state_end  # "the Defence Doctrine of the Republic of X": the state's formal name is in the title
            elif last_good == j - 1 and any(_head_word_at(m, k) for k in range(i, j)) \
                    and (forces_end := _forces_of_a_state_to_a_year(m, j)) is not None:
                last_good = j = forces_end  # "... Plan of the Ruritanian Armed Forces 2025-2034": the forces and years are in the title
                break
            elif last_good == j - 1 and _plus_partner_named(m, j):
                pass  # "the Nordic plus Korea Dialogue": a region's states and one partner
            elif last_good is not None and _in_the_field_of(m, j) and any(m.lower[k] in FRAMEWORK_HEADS or m.lower[k] in CONNECTED_HEADS for k in range(i, last_good + 1)):
                j += 3  # "Memorandum of Understanding on Cooperation in the Field of Military Medicine": the title goes on
            elif (region_end := _region_after_title(st, i, j, last_good) or _region_a_body_is_of(m, j, last_good)
                  or _activity_country_after_title(st, i, j, last_good)) is not None:
                last_good = region_end
                region_in_title = True
                break  # the title ends with its region ("... in the Coral Sea Tuesday": not the day after it)
            elif w.text == "(" and j + 4 < n and m.tokens[j + 1].like_num and m.tokens[j + 3].like_num and m.tokens[j + 4].text == ")":
                last_good = j + 4  # "Plan of Action (2026-2030)"
                j += 4
            elif last_good == j - 1 and (close := _quoted_name_end(m, j)) is not None:
                period_at = j  # the kind comes from the words before the quotes
                quoted_name = sdoc[j + 1 : close]
                last_good = close
                break
            elif last_good == j - 1 and _head_word_at(m, last_good) and _period_for(m, j) is not None:
                period_at = j  # "Plan of Action for 2026-2030": the period it covers is in its title
                last_good = j = _period_for(m, j)
            elif last_good == j - 1 and _names_a_period_document(m, i, last_good) and _single_year_for(m, j) is not None:
                period_at = j  # "Programme of Military Cooperation for 2028": the year it covers is in its title
                last_good = j = _single_year_for(m, j)
            elif w.lower_ == "to" and last_good == j - 1 and any(_head_word_at(m, k) for k in range(i, j)) \
                    and (forces_end := _forces_served_end(m, j)) is not None:
                last_good = j = forces_end  # "Arrangement on Training Support to the X Armed Forces"
            elif (w.lower_ in NAME_CONNECTORS and j > i and j + 1 < n and m.tokens[j + 1].text[:1].isupper()
                  and (m.tokens[j + 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC") or _name_goes_on(m, j))
                  and not _place_phrase_at(m, j)):
                if w.lower_ == "and" and m.tokens[j - 1].lower_ in FRAMEWORK_HEADS:
                    break  # "X Exercise and Y Review": two names
            elif (w.lower_ in ROMANCE_NAME_PARTICLES and last_good is not None and all(m.lower[k] in ROMANCE_NAME_PARTICLES for k in range(last_good + 1, j))
                  and j + 1 < n and (m.tokens[j + 1].text[:1].isupper() and m.tokens[j + 1].is_alpha or m.lower[j + 1] in ROMANCE_NAME_PARTICLES)):
                pass  # "Estrella del Norte Combined Peace Force", "Rio de la Plata ...": Spanish or Portuguese particles inside the name
            elif ((w.lower_ in ("concerning", "on", "of", "for") or w.lower_ == "to" and m.lower[j - 1] == "relating") and last_good is not None and any(_head_word_at(m, k) for k in range(i, last_good + 1))
                  and not _parent_body_follows(m, j) and not _owning_body_follows(st, j) and j + 2 < n and m.tokens[j + 1].lower_ == "the"
                  and m.tokens[j + 2].text[:1].isupper()
                  and (m.tokens[j + 2].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP") or w.lower_ != "of" and _headed_name_from(m, j + 2)
                       or _founded_body_follows(m, j))):
                # "Agreement concerning the Transfer of Defence Equipment", "Memorandum of Cooperation on
                # the General Purpose Frigate Programme", "Protocol Relating to the Status of X": a
                # document's title goes on (once it has a kind word)
                if _founded_body_follows(m, j):
                    founded_at = j + 2  # the body the document sets up is a framework of its own too
                j += 1
            elif (w.lower_ == "at" and last_good == j - 1 and j + 1 < n and m.lower[j + 1] in ("sea", "seas") and m.tokens[j + 1].text[:1] == "S"
                  and any(m.lower[k] in HEAD_CONNECTORS for k in range(i, j))):
                pass  # "Convention for the Safety of Life at Sea": the waters close the title
            elif w.lower_ == "towards" and last_good is not None and j + 1 < n and m.tokens[j + 1].like_num:
                last_good = j + 1  # "Joint Vision Statement on ... Partnership towards 2030"
                j += 1
            else:
                break
            j += 1
        if last_good is None:
            i += 1
            continue
        # "The X Cooperation comprises", "A Memorandum of ...", "Fellow X Council members A and B"
        article_kept = _quoted_title_with_article(m, i, last_good)
        first = i + ((t.lower_ in ("the", "a", "an") or t.lower_ in SENTENCE_LEAD_WORDS and _opens_sentence(m, i)
                      or _opening_preposition(m, i)) and last_good > i and not article_kept)
        owner_end = _country_words_end(m, first) if first in m.country_at else _government_words_end(m, first, last_good)
        owned = (first in m.country_at or _is_acronym(m.tokens[first].text) or m.lower[owner_end] in GOVERNMENT_WORDS) \
            and owner_end + 1 < last_good and _possessive_after(m, owner_end)
        owner_at = first
        if owned:
            first = owner_end + 2  # "India's Act East Policy", "Papua New Guinea's Force Structure Plan": the owner is not in the name
        owner_first, first = first, _past_framework_owner(st, first, last_good)
        if first > owner_first + 1:
            _add_owner_body(st, sdoc[owner_first : first - 1])
        if first >= 3 and first == i and _two_plus_two(m, first - 3):
            first -= 3  # "the 3+3 Maritime Initiative": the format it groups states in opens its name
        if _country_inside_a_name_before(m, first):
            i = last_good + 1  # "the Workers' Party of Ruritania Central Bureau": no name starts at "Ruritania"
            continue
        span = sdoc[first : last_good + 1]
        kind = _framework_head(span if period_at is None else sdoc[first:period_at])
        if kind is None and force_region:
            kind = "Organisation"  # its head word stands before the region (see _region_after_shared_force)
        if kind is None and (lowercase_kind := _lowercase_kind_after(m, span)) is not None:
            end, kind = lowercase_kind  # "the Harbour of Peace declaration endorsed by ...", "the Andean Defence Ministers' forum"
            span = sdoc[first:end]
        if first > 0 and m.tokens[first - 1].is_digit and _binational_corps(span.text.split()):
            first -= 1  # "the 2 Polish-Lithuanian Corps": a corps' number is part of its name
            span = sdoc[first : span.end]
        if kind == "Policy" and _edition_year_before(m, first) and not all(w.i in st.framework_at for w in span):
            # "the 2031 Maritime Security Strategy", "Ruritania's 2031 Defence White Paper": the year opens its
            # title (a name already taken without it, as spelled by its acronym, stays so)
            first -= 1
            span = sdoc[first : span.end]
        # "Ruritania's 9th Five Year Plan": a plan's number is part of its title (one plan of a series);
        # before a dialogue or a summit an ordinal counts editions and stays out
        numbered_plan = kind is not None and span[-1].lower_ == "plan" and _ordinal_before(m, first) \
            and not all(w.i in st.framework_at for w in span)
        if numbered_plan:
            first -= 1
            span = sdoc[first : span.end]
        # "the 2019 Harbour Review Agreement": gold writes a treaty's title with its year and without;
        # the name stays without it (as "In 2019, the ... Agreement" gives it), the year-ful one is another
        year_title = kind is not None and kind != "Policy" and _edition_year_before(m, first)
        # a place inside a name with a head word is part of it ("Manama Dialogue", "Southern Ocean Forum")
        if kind and _plan_title_cut(m, span):
            kind = None  # "the X Plan for Asia", "a Joint Action Plan for the execution of ...": its title goes on
        if kind == "Policy" and not owned and _joint_document_of_pair(m, span):
            kind = "Agreement"  # "the Chile-Peru Vision 2040", "Shared Vision of A-B Maritime Cooperation": two states' joint document
        # a quoted name after the kind words may read as a person ('the ... Force "Marta Ruiz"'): the kind words decide
        # "Oman's Vision 2040": one head word and its year make a name once a country owns it
        owned_vision = owned and len(span) == 2 and span[0].text == "Vision" and bool(YEAR.fullmatch(span[1].text)) \
            and owner_at in m.country_at
        if kind and (len([w for w in span if w.is_alpha]) >= 2 or owned_vision) \
                and (not _is_other_entity(m, span[article_kept:] if quoted_name is None else sdoc[first:period_at], places=False)
                     or _shared_body_of_a_post(m, span)) \
                and (span[-1].i not in m.place_at or _code_of_conduct_at([w for w in span if w.is_alpha]) is not None
                     or _document_named_after_a_place(m, span[-1].i - 1) or participle_phrase or region_in_title
                     or _ends_with_supported_country(m, span)):
            # a framework already known by its gazetteer name inside a longer one keeps its place
            whole = span
            while len(whole) and whole[0].lower_ in ("the",):
                whole = whole[1:]
            if (not all(x.i in st.framework_at for x in whole) or whole.start >= 2 and _founded_body_follows(m, whole.start - 2)) and (not _generic_name(whole) or owned_vision or _kind_title_with_its_acronym(m, whole)) and not _described_as_company(m, whole) \
                    and not _a_bodys_gathering(st, whole) and not _legislature_committee(st, whole) and not _national_body(whole) \
                    and not _party_organ(whole) and not _heading_in_capitals(whole) \
                    and not _headline_verb_phrase(m, whole, headline_end):
                key = _add_framework(st, whole.text, kind, whole, None, "framework.named")
                if quoted_name is not None and quoted_name.text not in st.frameworks[key].aliases:
                    st.frameworks[key].aliases.append(quoted_name.text)
                fw = st.frameworks[key]
                other = (f"{m.tokens[whole.start - 1].text} {whole.text}" if year_title and whole.start == first
                         else whole[1:].text if numbered_plan and whole.start == first else None)
                if other and other != fw.name and other not in fw.aliases:
                    fw.aliases.append(other)
                if owned_vision and whole.start == first:  # "Oman Vision 2040", as its owner titles it
                    titled = f"{sdoc[owner_at : owner_end + 1].text} {whole.text}"
                    if titled not in fw.aliases:
                        fw.aliases.append(titled)
                if _generic_name(whole) and not owned_vision and not fw.acronym:  # named by its acronym only (see _kind_title_with_its_acronym)
                    fw.acronym = m.tokens[whole.end + 1].text
                    if fw.acronym not in fw.aliases:
                        fw.aliases.append(fw.acronym)
        i = founded_at if founded_at is not None and founded_at <= last_good else last_good + 1


def _heading_in_capitals(span: Span) -> bool:
    """"PRESS STATEMENT", "JOINT COMMUNIQUE" alone on a line: a release's heading in capitals says what
    kind of text follows, it names no framework (a name in capitals inside a sentence stays)."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.is_upper for t in words):
        return False
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip(" .:") == span.text


def _edition_year_before(m: ArticleMentions, first: int) -> bool:
    """A year right before a name, itself after "the" or an owner's "'s" ("the 2031 X", "Ruritania's
    2031 X"): the year is a word of the title, not a date of the sentence ("in 2031, X ...")."""
    return (first >= 2 and bool(YEAR.fullmatch(m.tokens[first - 1].text))
            and m.tokens[first - 2].text in ("the", "The", "'s", "’s"))


ORDINAL_NUMBER = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


def _ordinal_before(m: ArticleMentions, first: int) -> bool:
    """"the 9th X", "Ruritania's 9th X": a numbered ordinal right before a name, itself after "the"
    or an owner's "'s"."""
    return (first >= 2 and bool(ORDINAL_NUMBER.match(m.tokens[first - 1].text))
            and m.tokens[first - 2].text in ("the", "The", "'s", "’s"))


def _quoted_title_with_article(m: ArticleMentions, i: int, last: int) -> bool:
    """'the Joint Vision "A Shared Horizon"': a title in quotes that opens with "A" or "An" keeps its
    article (a title as its authors wrote it; "the" before a name is the sentence's)."""
    return (m.tokens[i].text in ("A", "An") and i > 0 and m.tokens[i - 1].text in OPEN_QUOTES
            and last + 1 < len(m.tokens) and m.tokens[last + 1].text in CLOSE_QUOTES)


def _before_quoted_name(name: str) -> str:
    """'Combined Peace Force "Southern Star"' -> "Combined Peace Force": the kind words of a unit's name."""
    return name.split(' "', 1)[0].split(" “", 1)[0]


QUOTED_NAME_LIMIT = 5  # words of a quoted name ("Estrella Austral") after a unit's kind words


def _quoted_name_end(m: ArticleMentions, j: int) -> int | None:
    """Where the quoted name opened at ``j`` closes: capitalised words (with Spanish or Portuguese
    particles inside) between quotes right after a name ('... Force "Southern Star"'); None if ``j``
    opens no such name."""
    if m.tokens[j].text not in ('"', "“") or not m.tokens[j - 1].whitespace_ or m.tokens[j].whitespace_:
        return None
    k = j + 1
    while k < len(m.tokens) and k - j <= QUOTED_NAME_LIMIT and (m.tokens[k].text[:1].isupper() and m.tokens[k].is_alpha
                                                                  or m.lower[k] in ROMANCE_NAME_PARTICLES and k > j + 1):
        k += 1
    if k == j + 1 or k >= len(m.tokens) or m.tokens[k].text not in ('"', "”") or not m.tokens[k - 1].text[:1].isupper():
        return None
    return k


LOWERCASE_DOCUMENT_WORDS = frozenset({"declaration", "accord", "treaty", "charter"})
# words of an author's name before its lowercase document word: an office's or a newspaper's
# declaration ("the Chilean Defence Ministry declaration", "the Lima Evening Post declaration"),
# not a document's own name
DOCUMENT_AUTHOR_WORDS = frozenset({"ministry", "department", "office", "government", "council", "committee", "agency",
                                   "commission", "parliament", "assembly", "embassy", "secretariat", "herald", "post",
                                   "times", "tribune", "gazette", "journal", "telegraph", "guardian", "chronicle",
                                   "express", "observer", "news", "newspaper"})


# a lowercase gathering word after the possessive of those who gather: "the Andean Defence Ministers'
# forum", "the Gulf Navy Chiefs' dialogue" (the possessive needs the word: it is part of the name)
GATHERING_AFTER_POSSESSIVE = {"forum": "Forum", "dialogue": "Dialogue", "conference": "Forum"}


def _lowercase_kind_after(m: ArticleMentions, name: Span) -> tuple[int, str] | None:
    """Where a name's lowercase kind word ends, and its kind: "the Harbour of Peace declaration", "the
    Blue Lagoon accord" (a document), "the Andean Defence Ministers' forum" (a gathering, after the
    plural possessive of those who gather); a name of two or more capitalised words, not a country's
    or a people's ("the Indian declaration", "the Sino-British treaty"), nor an office's or a
    newspaper's (see DOCUMENT_AUTHOR_WORDS). None if no such word follows."""
    after = name.end
    capitalised = [t for t in name if t.is_alpha and t.text[:1].isupper()]
    if len(capitalised) < 2 or all(t.i in m.country_at or t.ent_type_ in ("NORP", "GPE") for t in capitalised) \
            or any(t.lower_ in DOCUMENT_AUTHOR_WORDS for t in capitalised):
        return None
    if after < len(m.tokens) and m.tokens[after].is_lower and m.lower[after] in LOWERCASE_DOCUMENT_WORDS:
        return after + 1, "Agreement"
    possessive = after + 1 < len(m.tokens) and m.tokens[after].text in ("'", "’") and name[-1].lower_.endswith("s")
    # whose gathering it is must be told besides the service: not "the Defence Ministers' forum"
    # nor a nation's ("the Indian Army Commanders' conference": a national service's own meeting); a
    # continent's people ("the Latin American ... forum": NORP of no country) tell it
    told = len(capitalised) >= 3 and any(t.lower_ not in SERVICE_WORDS and t.i not in m.country_at and t.ent_type_ != "GPE"
                                         and not (t.ent_type_ == "NORP" and t.ent_id_) for t in capitalised[:-1])
    if possessive and told and m.tokens[after + 1].is_lower and m.lower[after + 1] in GATHERING_AFTER_POSSESSIVE:
        return after + 2, GATHERING_AFTER_POSSESSIVE[m.lower[after + 1]]
    return None


GOVERNMENT_WORDS = frozenset({"government", "administration"})  # "the Federal Government's X Policy": an owner, not its name
# a state named by what it is ("the Kingdom's National Defence Doctrine", "the Republic's X Strategy"): an owner too
GOVERNMENT_WORDS |= {"kingdom", "republic"}


def _government_words_end(m: ArticleMentions, first: int, last: int) -> int:
    """Where "Royal Government" / "Federal Government" ends before its possessive inside a name run
    starting at ``first`` (``first`` itself when the run opens with no such owner)."""
    for k in range(first, min(first + 3, last)):
        if m.lower[k] in GOVERNMENT_WORDS and _possessive_after(m, k):
            return k
    return first


def _possessive_after(m: ArticleMentions, k: int) -> bool:
    """"'s" after word ``k``, or a bare apostrophe after a name ending in "s" ("the United States' X")."""
    mark = m.tokens[k + 1].text if k + 1 < len(m.tokens) else ""
    return mark in POSSESSIVE_MARKS or mark in ("'", "’") and m.tokens[k].text.endswith("s") and not m.tokens[k].whitespace_


def _country_words_end(m: ArticleMentions, i: int) -> int:
    """The last word of the country's name starting at ``i`` ("New Zealand", "Papua New Guinea")."""
    while i + 1 < len(m.tokens) and m.country_at.get(i + 1) == m.country_at[i]:
        i += 1
    return i


# common words capitalised only because they open the sentence: never the first word of a name
SENTENCE_LEAD_WORDS = frozenset({"fellow", "other", "former", "both", "all", "several", "each", "as", "its", "their"})


SENTENCE_LEAD_PREPOSITIONS = frozenset({"under", "within", "through", "despite", "beyond", "following", "amid", "via", "per"})


def _opening_preposition(m: ArticleMentions, i: int) -> bool:
    """"Under Chile's National Defence Strategy, ...": a preposition capitalised only because it opens
    the sentence is no word of the name after it."""
    return m.lower[i] in SENTENCE_LEAD_PREPOSITIONS and m.tokens[i].pos_ in ("ADP", "SCONJ", "VERB") and _opens_sentence(m, i)


def _opens_sentence(m: ArticleMentions, i: int) -> bool:
    return m.tokens[i].is_sent_start or i > 0 and (m.tokens[i - 1].is_space or m.tokens[i - 1].text in ('"', "“", "'", "‘"))


YEAR_RANGE = re.compile(r"^(?:19|20)\d\d[-–](?:19|20)\d\d$")


def _period_for(m: ArticleMentions, j: int) -> int | None:
    """Where "for 2026-2030" (a range of years, written as one token or three) starting at ``j`` ends;
    not "for 2025" (one year: when, not which)."""
    if m.lower[j] != "for" or j + 1 >= len(m.tokens):
        return None
    return _year_range_end(m, j + 1)


PERIOD_DOCUMENT_HEADS = frozenset({"programme", "program", "plan", "roadmap"})  # documents drawn up for a stated period


def _names_a_period_document(m: ArticleMentions, first: int, last: int) -> bool:
    """The capitalised words from ``first`` to ``last`` are headed by a programme or plan word."""
    return any(m.lower[k] in PERIOD_DOCUMENT_HEADS and m.tokens[k].text[:1].isupper() for k in range(first, last + 1))


def _single_year_for(m: ArticleMentions, j: int) -> int | None:
    """Where "for 2028" starting at ``j`` ends when the year closes the phrase (a stop, a comma,
    "which" after it): the one year a programme covers, part of its title (not "for 2028
    exercises", what the year qualifies)."""
    if m.lower[j] != "for" or j + 2 >= len(m.tokens) or not YEAR.fullmatch(m.tokens[j + 1].text):
        return None
    after = m.tokens[j + 2]
    return j + 1 if after.is_punct or after.lower_ in ("which", "that") else None


def _plan_title_cut(m: ArticleMentions, span: Span) -> bool:
    """A name ending in "Plan" right before "for"/"of"/"on" that was not taken in: the plan's title goes
    on in words the name cannot take ("Joint Action Plan for the execution of ..."); better none than half."""
    end = span.end
    return span[-1].text == "Plan" and end < len(m.tokens) and m.lower[end] in ("for", "of", "on")


def _year_range_end(m: ArticleMentions, j: int) -> int | None:
    """Where a range of years ("2024-2028", one token or three) starting at ``j`` ends, else None."""
    if YEAR_RANGE.match(m.tokens[j].text):
        return j
    if j + 2 < len(m.tokens) and YEAR.fullmatch(m.tokens[j].text) and m.tokens[j + 1].text in ("-", "–") \
            and YEAR.fullmatch(m.tokens[j + 2].text):
        return j + 2
    return None


def _country_inside_a_name_before(m: ArticleMentions, first: int) -> bool:
    """A country at ``first`` right after "of" and a capitalised word ("the Workers' Party of Ruritania
    Central Bureau"): it ends the longer name before, so a name starting at it is cut out of that one."""
    return (first in m.country_at and first >= 2 and m.lower[first - 1] == "of"
            and m.tokens[first - 2].text[:1].isupper() and m.tokens[first - 2].is_alpha)


FOUNDING_NOUNS = frozenset({"establishment", "creation", "formation", "founding", "institution"})


def _founded_body_follows(m: ArticleMentions, j: int) -> bool:
    """"Agreement on the Establishment of the Chile-Peru Defence Council": after a founding noun, "of
    the" and a headed name (a body's too, and countries inside) is the body the document sets up, still
    its title (not "... Establishment of Peru": a country alone)."""
    return m.lower[j] == "of" and m.lower[j - 1] in FOUNDING_NOUNS and _headed_name_from(m, j + 2, bodies=True)


def _headed_name_from(m: ArticleMentions, k: int, bodies: bool = False) -> bool:
    """A capitalised run from ``k`` (countries, hyphens inside) ending in a title-case framework head
    word that is no body: "the Chile-Peru Major Naval Partnership" after "Framework for" is the
    framework's own name inside the document's title (not "an Agreement for the Philippines": a
    country alone; not "Committee on X of the A-B Council": a body the first belongs to)."""
    last = None
    while k < len(m.tokens) and not m.tokens[k].is_sent_start and (
            m.tokens[k].text[:1].isupper() and (m.tokens[k].is_alpha or k in m.country_at) or joined_tight(m.tokens, k)):
        if m.tokens[k].is_alpha:
            last = k
        k += 1
    return last is not None and m.lower[last] in FRAMEWORK_HEADS and (bodies or m.lower[last] not in BODY_HEADS)


def _head_word_at(m: ArticleMentions, k: int) -> bool:
    """A framework head word at ``k``: one of FRAMEWORK_HEADS, or "Plan" in title case (see _plan_kind)."""
    return m.lower[k] in FRAMEWORK_HEADS or m.tokens[k].text == "Plan"


def _participle_object_starts(m: ArticleMentions, first: int, j: int, last_good: int | None) -> bool:
    """"the Council of Coastal States Bordering the Coral Sea", "the Agreement Establishing the
    X Fund": a capitalised participle inside a name with a head word takes an object starting with a
    lowercase "the" at ``j``; the name goes on (not "The Dialogue Reviewed the ..." in a headline: a
    past form)."""
    if m.lower[j] != "the" or last_good != j - 1 or j + 1 >= len(m.tokens) or not m.tokens[j + 1].text[:1].isupper():
        return False
    participle = m.tokens[j - 1]
    return (participle.text.endswith("ing") and participle.text[:1].isupper() and participle.tag_ in ("VBG", "NNP")
            and any(m.lower[k] in FRAMEWORK_HEADS for k in range(first, j - 1)))


def _participle_phrase_goes_on(m: ArticleMentions, j: int) -> bool:
    """Inside a participle's object ("... Bordering the Coral Sea and the Gulf of X"): capitalised
    words, "and"/"of" before "the" and a capitalised word, and that "the"."""
    w = m.tokens[j]
    if w.text[:1].isupper() and w.is_alpha:
        return True
    if w.lower_ in ("and", "of") and j + 2 < len(m.tokens):
        nxt = m.tokens[j + 1]
        return nxt.text[:1].isupper() and nxt.is_alpha or nxt.lower_ == "the" and m.tokens[j + 2].text[:1].isupper()
    return w.lower_ == "the" and m.lower[j - 1] in ("and", "of") and j + 1 < len(m.tokens) and m.tokens[j + 1].text[:1].isupper()


GATHERING_HEADS = frozenset({"conclave", "summit", "meeting", "conference"})
GATHERED_POSTS = frozenset({"chiefs", "ministers", "leaders", "heads", "commanders"})


LEGISLATURE_WORDS = frozenset({"parliament", "assembly", "senate", "congress", "house", "legislature"})
LEGISLATIVE_ADJECTIVES = frozenset({"parliamentary", "legislative", "congressional", "senate"})
COMMITTEE_WORDS = frozenset({"committee", "subcommittee", "sub-committee"})


def _national_body(name: Span) -> bool:
    """"the National Security Council", "the National Defence Committee", "the Central Election
    Commission": a council or committee named "National" (or "Central") is one state's own body, not one states make up ("National ... Strategy" and
    other documents are another matter)."""
    words = [t for t in name if t.is_alpha]
    if len(words) < 2 or words[-1].lower_ not in BODY_HEADS:
        return False
    return words[0].text == "National" or words[0].text == "Central" and not _regional_word(words[1])


def _regional_word(word: Token) -> bool:
    """"American", "Asian" (of "Central Asian"): a word saying which region or people a body is of;
    "the Central Military Commission" is one state's central organ, "the Central Asian X Council" a
    body of a region's states."""
    regional = refdata.regional_adjectives()
    return word.lower_ in regional or f"central {word.lower_}" in regional or word.ent_type_ == "NORP" and word.text != "Central" \
        or refdata.country_iso3(word.text) is not None or word.text in _demonyms()


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for ref in refdata.countries().values() for d in ref.demonyms)


PARTY_ORGAN_HEADS = frozenset({"committee", "commission", "bureau", "politburo", "secretariat", "congress", "plenum"})


def _party_organ(name: Span) -> bool:
    """"the Party Central Committee", "the Workers' Party Political Bureau": an organ of a political
    party governs one state's party, it is no framework between states (not "a Working Party")."""
    words = [t for t in name if t.is_alpha]
    return len(words) >= 2 and words[-1].lower_ in PARTY_ORGAN_HEADS and any(t.text == "Party" for t in words[:-1])


def _one_states_institute(words: list[Token]) -> bool:
    """"the Ghana Armed Forces Staff Institute", "the National Institute of Defence Studies": an
    institute named after one state (or "National") is that state's own, not a body of states
    (unlike "the International Institute for ...")."""
    return words[0].text == "National" or refdata.country_iso3(words[0].text) is not None


def _legislature_committee(st: _State, name: Span) -> bool:
    """"the National Council's Standing Committee on Defence", "the Parliamentary Committee on
    Security", "the Defence Committee of the Federal Assembly": a committee of a national legislature
    oversees a government; it is no framework between states. An assembly that is a body of states
    ("the Disarmament Committee of the Andean Union General Assembly", an international body the
    article or the gazetteer knows) is no legislature."""
    m = st.m
    words = [t.lower_ for t in name]
    committee_at = next((i for i, w in enumerate(words) if w in COMMITTEE_WORDS), None)
    if committee_at is None:
        return False
    if LEGISLATIVE_ADJECTIVES & set(words[:committee_at]):
        return True
    owner = [k for k in range(max(name.start - 1, 0), name.end - 1) if m.tokens[k + 1].text in POSSESSIVE_MARKS]
    for k in owner:  # "the X Assembly's ... Committee" (the owner inside the name or right before it)
        if m.lower[k] in LEGISLATURE_WORDS:
            first = k
            while first - 1 >= 0 and m.tokens[first - 1].text[:1].isupper() and m.tokens[first - 1].is_alpha:
                first -= 1
            return not _international_owner(st, first, k)
    k = name.end
    if k + 2 < len(m.tokens) and m.lower[k] == "of" and m.lower[k + 1] == "the":
        k += 2
        first = k
        while k < len(m.tokens) and m.tokens[k].text[:1].isupper() and m.lower[k] not in LEGISLATURE_WORDS:
            k += 1
        return k < len(m.tokens) and m.lower[k] in LEGISLATURE_WORDS and m.tokens[k].text[:1].isupper() \
            and not _international_owner(st, first, k)
    return False


def _international_owner(st: _State, first: int, last: int) -> bool:
    """The owner's words ``first``..``last`` ("UN General Assembly") are, or end in, a framework of the
    article or a body the gazetteer knows: a body of states, not a nation's legislature."""
    if any(k in st.framework_at for k in range(first, last + 1)):
        return True
    known = refdata.frameworks()
    return any(st.m.sdoc[j : last + 1].text in known for j in range(first, last + 1))


ANAPHOR_BODY_WORDS = frozenset({"council", "committee", "commission", "forum", "group", "assembly", "board", "organisation", "organization",
                                "union", "alliance", "community", "bloc"})


def _named_by_an_anaphor_owner(m: ArticleMentions, name: Span) -> bool:
    """"the Commission's Council of Defence Ministers", "the bloc's Council of Defence Ministers": a body's
    bare kind word in the possessive (the body named before) makes the name that body's own organ of its
    ministers or chiefs."""
    if name.start >= 3 and m.tokens[name.start - 1].text in POSSESSIVE_MARKS and m.lower[name.start - 3] == "the" \
            and m.tokens[name.start - 2].is_lower and m.lower[name.start - 2] in ANAPHOR_BODY_WORDS | {"force"}:
        return True  # "the bloc's Council of Defence Ministers", "the force's Council of Ministers of ...": the owner written before it
    return (len(name) > 2 and name[0].lower_ in ANAPHOR_BODY_WORDS and name[0].text[:1].isupper() and name[1].text in POSSESSIVE_MARKS
            and name.start > 0 and m.lower[name.start - 1] == "the")


def _a_bodys_gathering(st: _State, name: Span) -> bool:
    """"the BIMSTEC Army Chiefs' Conclave", "the IONS Conclave of Chiefs", "the Conclave of Chiefs of
    the X Symposium": a body's gathering of its chiefs or ministers is an event of that body, not a
    framework (unlike "the India-Africa Defence Ministers' Conclave", owned by none)."""
    words = [t.lower_ for t in name if t.is_alpha]
    m = st.m
    if GATHERED_POSTS & set(words) and _named_by_an_anaphor_owner(m, name):
        return True
    if not GATHERING_HEADS & set(words) or not GATHERED_POSTS & set(words):
        return False
    owned = name[0].i in st.framework_at or any(t.i in st.framework_at for t in name[1:])
    after = name.end  # "... of the Indian Ocean Naval Symposium": the owner after the name
    return owned or after + 2 < len(m.tokens) and m.lower[after] == "of" and (after + 1 in st.framework_at or after + 2 in st.framework_at)


def _past_framework_owner(st: _State, first: int, last: int) -> int:
    """"the Pacific Islands Forum's 2050 Strategy for ...": a known framework's possessive before a
    name is its owner, not part of the name; where the name starts."""
    m = st.m
    for p in range(first + 1, last):
        if m.tokens[p].text in ("'s", "’s"):
            # a bare "the Commission's" (a body named before) is left to _named_by_an_anaphor_owner
            owned = all(k in st.framework_at for k in range(first, p)) or p - 1 > first and _body_word_owner(m, p - 1)
            return p + 1 if owned else first
    return first


def _add_owner_body(st: _State, owner: Span) -> None:
    """The owner cut off a name before its "'s" is a framework of its own when its words say so."""
    if not all(t.i in st.framework_at for t in owner) and (kind := _framework_head(owner)) is not None:
        _add_framework(st, owner.text, kind, owner, None, "framework.named")


# last words of a body's name that owns another body or document in the possessive
OWNER_BODY_WORDS = frozenset({"community", "union", "forum", "organisation", "organization", "association", "alliance",
                              "council", "commission", "league", "bloc"})


def _body_word_owner(m: ArticleMentions, k: int) -> bool:
    """"the Coastal States Union's Maritime Security Council": a capitalised body word before the "'s"
    ends the owner's name (a body of its own), not a word of the owned name."""
    return m.lower[k] in OWNER_BODY_WORDS and m.tokens[k].text[:1].isupper()


BODY_HEADS = frozenset({"council", "committee", "commission", "forum", "group", "conclave", "assembly", "board"})


def _parent_body_follows(m: ArticleMentions, j: int) -> bool:
    """"the Joint Defence Council of the Gulf Cooperation Council": after a body's kind word, "of the"
    names the body it belongs to, a framework of its own (a document's title goes on: "Agreement
    concerning the Transfer of ...")."""
    return m.lower[j] == "of" and m.lower[j - 1] in BODY_HEADS


BODY_KINDS_OWNING_POLICIES = frozenset({"Organisation", "Forum"})


def _owning_body_follows(st: _State, j: int) -> bool:
    """"the Joint Maritime Security Policy of the Andean Council": after a policy's kind word,
    "of the" and a body already named is the body whose policy it is, a framework of its own,
    not more of the policy's title."""
    m = st.m
    if m.lower[j] != "of" or FRAMEWORK_HEADS.get(m.lower[j - 1]) != "Policy" or j + 2 >= len(m.tokens) or m.lower[j + 1] != "the":
        return False
    body = st.framework_at.get(j + 2)
    return body is not None and st.frameworks[body].kind in BODY_KINDS_OWNING_POLICIES


def _is_acronym(text: str) -> bool:
    """"NATO", "ASEAN": two or more capital letters and nothing else."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _two_plus_two(m: ArticleMentions, j: int) -> bool:
    """"2+2" (three tokens, no spaces) followed by a capitalised word."""
    if j + 3 >= len(m.tokens) or j == 0:
        return False
    a, plus, b, nxt = m.tokens[j : j + 4]
    return (a.text.isdigit() and plus.text == "+" and b.text.isdigit() and not a.whitespace_ and not plus.whitespace_
            and nxt.text[:1].isupper())


PLACE_NAMED_DOCUMENTS = frozenset({"treaty", "declaration", "accord", "accords", "convention", "protocol", "agreement", "pact"})


def _document_named_after_a_place(m: ArticleMentions, j: int) -> bool:
    """"the Treaty of Pelindaba", "the Declaration of Lima": a document named after the town where it
    was signed ("of" at ``j``; not "an Agreement of Peru": a country is a party, not a name)."""
    return (m.lower[j] == "of" and 0 < j < len(m.tokens) - 1 and m.lower[j - 1] in PLACE_NAMED_DOCUMENTS
            and m.tokens[j - 1].text[:1].isupper() and j + 1 not in m.country_at)


FORMAL_STATE_WORDS = frozenset({"Republic", "Kingdom", "Federation", "Sultanate", "State", "Commonwealth", "Principality"})


STATE_FORCES_WORDS = frozenset({"armed", "forces", "force", "army", "navy", "air", "defence", "defense", "national", "military"})


def _forces_of_a_state_to_a_year(m: ArticleMentions, j: int) -> int | None:
    """Where "of the <state's> Armed Forces <year or years>" starting at ``j`` ends: a development plan
    or programme titled with the forces it builds and the year it runs to; None without the year (the
    forces alone may be the owner the sentence names, not words of the title)."""
    n = len(m.tokens)
    if m.lower[j] != "of" or j + 3 >= n or m.lower[j + 1] != "the" or j + 2 not in m.country_at:
        return None
    k = _country_words_end(m, j + 2) + 1
    start = k
    while k < n and m.lower[k] in STATE_FORCES_WORDS and m.tokens[k].text[:1].isupper():
        k += 1
    if k == start or not any(m.lower[x] in ("forces", "force", "army", "navy") for x in range(start, k)) or k >= n:
        return None
    if YEAR.fullmatch(m.tokens[k].text):
        return _year_range_end(m, k) or k
    return _year_range_end(m, k)


def _formal_state_of_a_policy(m: ArticleMentions, j: int) -> int | None:
    """Where a state's formal name ("the Republic of X", "the Slovak Republic") after a policy's head word
    and "of" at ``j`` ends: a doctrine or strategy titled with the state it is of; else None (not "the
    Policy of Peru": a short name may be a party, and is left out as before)."""
    if m.lower[j] != "of" or FRAMEWORK_HEADS.get(m.lower[j - 1]) != "Policy" or not m.tokens[j - 1].text[:1].isupper():
        return None
    if j + 2 >= len(m.tokens) or m.lower[j + 1] != "the" or j + 2 not in m.country_at:
        return None
    end = _country_words_end(m, j + 2)
    # "the Kingdom of Y", "the Czech Republic": a formal word inside the name the state goes by with "the"
    return end if any(m.tokens[k].text in FORMAL_STATE_WORDS for k in range(j + 2, end + 1)) else None


def _plus_partner_named(m: ArticleMentions, j: int) -> bool:
    """A "plus" at ``j`` between capitalised words, the run after it ending in a title-case head word:
    "the Central Europe plus Korea Forum" is one name (the partner a country the tagger reads as a place)."""
    return m.lower[j] == "plus" and j + 1 < len(m.tokens) and m.tokens[j + 1].text[:1].isupper() and _headed_name_from(m, j + 1, bodies=True)


def _hyphened_to(m: ArticleMentions, j: int) -> bool:
    """The "to" inside "Army-to-Army", "Navy-to-Navy" (written without spaces): part of a name."""
    if m.lower[j] != "to" or j < 1 or j + 1 >= len(m.tokens):
        return False
    before, after = m.tokens[j - 1], m.tokens[j + 1]
    return before.text == "-" and after.text == "-" and not before.whitespace_ and not m.tokens[j].whitespace_


def _joining_dash(m: ArticleMentions, j: int) -> bool:
    """An en dash at ``j`` written with no space either side ("the Chile–Peru Commission") joins
    two words as a hyphen does; a spaced one sets a clause off."""
    return m.tokens[j].text == "–" and joined_tight(m.tokens, j)


def _joint_document_of_pair(m: ArticleMentions, span: Span) -> bool:
    """A vision or strategy named after two countries ("the Chile-Peru Vision 2040"), with no owner
    before it: the two states' joint document; not "A's B-C Policy" nor "A unveiled its new B-C
    Strategy" (one state's policy about two others)."""
    # "its new B-C Strategy", "A's new B-C Policy": a possessive on the name's own noun, or an "X's" right
    # before it; not any "X's" earlier in the sentence ("A's defence minister praised the A-B Vision 2040")
    owned = any(c.dep_ == "poss" and c.i < span.start for c in span.root.children) \
        or span.start > 0 and m.tokens[span.start - 1].text in ("'s", "’s")
    return _holds_country_pair(m, span) and not owned and _its_before(m, span) is None


def _holds_country_pair(m: ArticleMentions, span: Span) -> bool:
    """Two different countries joined by a hyphen (or an unspaced en dash) inside ``span``: "Chile-Peru"."""
    return any(country_pair_at(m, t.i) is not None for t in span[1:-1])


def _hyphened_participle_at(m: ArticleMentions, j: int) -> bool:
    """Token ``j`` is a lowercase participle hyphened tight to the capitalised word before it and
    followed by another ("Flood-affected Areas", "Conflict-hit Districts")."""
    return (m.tokens[j - 1].text == "-" and joined_tight(m.tokens, j - 1) and m.tokens[j].is_lower and m.tokens[j].is_alpha
            and m.tokens[j].tag_ in ("VBN", "VBD", "JJ") and j + 1 < len(m.tokens) and m.tokens[j + 1].text[:1].isupper()
            and m.tokens[j + 1].is_alpha)


def _title_noun_list_at(m: ArticleMentions, i: int, j: int) -> bool:
    """The comma at ``j`` is inside a list of single title-case nouns in a document's title, after
    its kind word and a connector, that "and" closes and a connector goes on from ("the Strategy
    for the Stabilisation, Recovery and Resilience of the ...") or that closes the title ("the
    Protocol on Trade, Energy and Transport Cooperation, signed ..."); not a comma between two names
    ("the X Agreement, the Y Memorandum and ...": a name has more words or a head word)."""
    if m.tokens[j].text != "," or not any(_head_word_at(m, k) and m.lower[k + 1] in HEAD_CONNECTORS for k in range(i, j - 1)):
        return False
    k = j
    while k + 2 < len(m.tokens) and m.tokens[k].text in (",", "and") and _plain_title_noun(m, k + 1):
        if m.lower[k] == "and":
            return m.lower[k + 2] in HEAD_CONNECTORS or _title_ends_after(m, k + 1)
        k += 2
    return False


def _title_ends_after(m: ArticleMentions, k: int) -> bool:
    """The last noun of a title's list at ``k``, alone or with one more title-case word ("...
    and Security Cooperation"), is where the title ends: a lowercase word or a stop follows."""
    end = k + 1 if k + 1 < len(m.tokens) and m.tokens[k + 1].text[:1].isupper() and m.tokens[k + 1].is_alpha \
        and m.tokens[k + 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP", "PERSON") else k
    return end + 1 >= len(m.tokens) or not m.tokens[end + 1].text[:1].isupper()


def _plain_title_noun(m: ArticleMentions, k: int) -> bool:
    """A capitalised common word of a title: no kind word, country or place."""
    t = m.tokens[k]
    return (t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_ not in FRAMEWORK_HEADS and k not in m.country_at
            and k not in m.place_at and t.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON", "DATE", "TIME"))


PLACE_UNIT_NOUNS = frozenset({"province", "provinces", "district", "county", "prefecture", "region", "state", "city", "town",
                              "village", "governorate", "oblast", "municipality"})


def _place_phrase_at(m: ArticleMentions, j: int) -> bool:
    """"... Friendship Exchange in Ha Giang province": "in" before capitalised words and a lowercase
    place noun says where the thing is held, a phrase that ends the name (not "Dialogue in the
    Field of ...", nor "... Forum in Defence Industry": no place noun)."""
    k = j + 1
    while k < len(m.tokens) and m.tokens[k].text[:1].isupper() and m.tokens[k].is_alpha:
        k += 1
    return m.lower[j] == "in" and k > j + 1 and k < len(m.tokens) and m.tokens[k].is_lower and m.lower[k] in PLACE_UNIT_NOUNS


# a document's kind in two words joined by "of": one head, whatever the tagger makes of the second word
DOCUMENT_TYPE_PHRASES = frozenset({("memorandum", "understanding"), ("memorandum", "agreement"), ("memorandum", "cooperation"),
                                   ("letter", "intent"), ("statement", "intent"), ("declaration", "intent"),
                                   ("exchange", "notes"), ("exchange", "letters")})


def _topic_tagged_a_place(m: ArticleMentions, j: int) -> bool:
    """"the X Working Group on Migration": the tagger may read a one-word topic after a body's "on" as a
    place; a word no country or place of the article is, closing the name (a dot, comma or bracket
    after it), is the topic the body works on."""
    k = j + 1
    return (m.lower[j] == "on" and j > 0 and m.tokens[j - 1].text[:1].isupper() and k + 1 < len(m.tokens)
            and m.tokens[k].is_alpha and m.tokens[k].text[:1].isupper() and m.tokens[k].ent_type_ in ("GPE", "LOC")
            and k not in m.country_at and k not in m.place_at and m.tokens[k + 1].text in (",", ".", "(", ";"))


def _name_goes_on(m: ArticleMentions, j: int) -> bool:
    """A connector before a country still inside a name: "Vietnam-Republic of Korea Defence Policy
    Dialogue" (the "of" of a country's name), "Joint Vision Statement on India-Vietnam Defence Partnership"."""
    if m.tokens[j].ent_type_ == "GPE" and m.tokens[j - 1].ent_type_ == "GPE" or _sea_name(m, j):
        return True  # "... Republic of Korea ...", "Gulf of Guinea Commission"
    if m.lower[j] == "of" and j + 1 < len(m.tokens) and (m.lower[j - 1], m.lower[j + 1]) in DOCUMENT_TYPE_PHRASES:
        return True  # "the Ostra Memorandum of Understanding, signed ...": the tagger may read "Understanding" as a place
    if _document_named_after_a_place(m, j) or _coalition_for_a_country(m, j) or _pair_of_ideals(m, j) or _body_on_a_country_listed(m, j):
        return True
    if _topic_tagged_a_place(m, j):
        return True
    k = j + 1
    while k < len(m.tokens) and m.tokens[k].text[:1].isupper() and m.tokens[k].is_alpha:
        k += 1
    if k > j + 1 and k < len(m.tokens) and m.tokens[k].is_lower and m.lower[k] in LOWERCASE_DOCUMENT_WORDS:
        return True  # "the Harbour of Peace declaration": a document's name, not the words of a place
    k = j + 1
    while k < len(m.tokens) and k in m.country_at:
        k += 1
    if joined_tight(m.tokens, k):
        return True
    return _states_of_a_region(m, j + 1)


LISTING_PARTICIPLES = frozenset({"comprising", "grouping", "bringing", "consisting", "made"})


def _body_on_a_country_listed(m: ArticleMentions, j: int) -> bool:
    """"the Contact Committee on Ruritania, comprising A, B and C": a body's kind word, "on" (at ``j``)
    and a country whose members are listed right after is one name, the body on that country (not
    "briefed the Defence Council on Ruritania": what the briefing was about, with no members after)."""
    if m.lower[j] != "on" or j < 1 or m.lower[j - 1] not in BODY_HEADS or not m.tokens[j - 1].text[:1].isupper() or j + 1 not in m.country_at:
        return False
    end = _country_words_end(m, j + 1) + 1
    if end + 1 >= len(m.tokens) or m.tokens[end].text != "," or m.lower[end + 1] not in LISTING_PARTICIPLES:
        return False
    return any(k in m.country_at for k in range(end + 2, min(end + 6, len(m.tokens))))  # "comprising (the) A", "made up of A"


def _pair_of_ideals(m: ArticleMentions, j: int) -> bool:
    """"the Treaty of Amity and Concord": the "and" at ``j`` joins two ideals after a document's "of"
    (the tagger may read the second as a place); a known place or country after it ends the name."""
    if m.lower[j] != "and" or j < 3 or j + 1 >= len(m.tokens) or m.lower[j - 2] != "of" or m.lower[j - 3] not in FRAMEWORK_HEADS:
        return False
    ideal = m.tokens[j + 1]
    ends = j + 2 >= len(m.tokens) or not m.tokens[j + 2].text[:1].isupper()
    return ends and ideal.is_alpha and ideal.i not in m.place_at and ideal.i not in m.country_at and m.tokens[j - 1].is_alpha


def _coalition_for_a_country(m: ArticleMentions, j: int) -> bool:
    """"the Drone Coalition for Moldova": the country a coalition is formed to support is part of its
    name (the "for" at ``j`` right after a capitalised "Coalition")."""
    return j > 0 and m.lower[j] == "for" and m.tokens[j - 1].text in ("Coalition", "Coalitions") and j + 1 in m.country_at


def _ends_with_supported_country(m: ArticleMentions, span: Span) -> bool:
    """The name ends with the country after its "Coalition for" (see _coalition_for_a_country)."""
    last = span[-1].i
    return last in m.country_at and _coalition_for_a_country(m, _country_words_start(m, last) - 1)


GROUP_OF_STATES_WORDS = frozenset({"States", "Nations", "Countries"})


def _states_of_a_region(m: ArticleMentions, k: int) -> bool:
    """"Alliance of Sahel States", "League of Arab States": a region's name before "States" is
    part of a body's name, not where it is."""
    while k < len(m.tokens) and m.tokens[k].text[:1].isupper() and m.tokens[k].ent_type_ in ("GPE", "LOC", "NORP"):
        k += 1
    return k < len(m.tokens) and m.tokens[k].text in GROUP_OF_STATES_WORDS


def _name_run_after(m: ArticleMentions, i: int, limit: int = 4) -> Span | None:
    sdoc = m.sdoc
    j = i
    while j < len(sdoc) and j - i < limit and m.tokens[j].text[:1].isupper() and m.tokens[j].is_alpha and not m.tokens[j].is_sent_start:
        j += 1
    if j == i:
        return None
    span = sdoc[i:j]
    return None if _is_other_entity(m, span) or any(t.i in m.country_at for t in span) else span


SERVICE_WORDS = frozenset({"exercise", "army", "navy", "naval", "air", "force", "forces", "joint", "military", "defence", "defense",
                           "coast", "guard", "marine", "marines", "maritime", "bilateral", "trilateral", "multilateral",
                           "annual", "combined", "field", "training", "special", "amphibious", "armed",
                           "multinational", "peacekeeping",  # "the Steppe Shield multinational peacekeeping exercise"
                           "ground", "land", "live-fire",  # "the Iron Fjord ground exercise": the domain it trains in
                           "biennial", "biannual", "triennial"})  # how often: "KORINDEX, the biennial maritime exercise"
# plural kind nouns that only name what stands right before them ("the Iron Anvil drills"), never what follows
DRILL_NOUNS = frozenset({"drills", "wargames", "war-games", "manoeuvres", "maneuvers"})


def _named_exercises(st: _State) -> None:
    """"the annual Mitra Shakti exercise", "Exercise Alon", "the bilateral exercise Zayed Talwar",
    "their first joint exercise, Desert Cyclone,": Exercise frameworks with the sentence's countries."""
    m = st.m
    sdoc = m.sdoc
    for token in m.tokens:
        # "Desert Falcon 2027 war games": the two words are one plural kind noun, like "wargames"
        war_games = token.lower_ == "games" and token.is_lower and token.i > 0 and m.lower[token.i - 1] == "war"
        # "Blue Marlin-27, a biennial naval drill": a singular "drill" only describes a name set off before it
        drill = token.lower_ == "drill" and token.is_lower
        if token.lower_ != "exercise" and not (token.lower_ in DRILL_NOUNS and token.is_lower) and not war_games and not drill \
                or token.i in st.framework_at:
            continue
        span = None
        alias = None
        kind_words = _capitalised_kind_words_before(m, token.i) if token.text == "Exercise" else token.i
        if token.text == "Exercise" and not (kind_words > 0 and m.tokens[kind_words - 1].text[:1].isupper() and not m.tokens[kind_words - 1].is_sent_start):
            # "Exercise Veer Guardian": the kind word right before the name outweighs a reading as a person;
            # "the Joint Naval Exercise Coral Gate": the capitalised kind words are the name's
            run = _exercise_name_after(m, token.i + 1, persons=False, set_off=True)
            span = sdoc[kind_words : run.end] if run is not None else None
            alias = run if run is not None and kind_words < token.i else None
        elif token.is_lower:
            end = token.i - war_games
            while end > max(token.i - 3, 0) and m.tokens[end - 1].is_lower and m.tokens[end - 1].lower_ in SERVICE_WORDS:
                end -= 1  # "the Medusa-14 joint exercise", "the Dosti trilateral coast guard exercise"
            alias, end = _translation_before(m, end)  # "the X (Y) exercise": the name, then its translation Y
            start = _exercise_name_start(m, end)
            if start < end and not drill and not m.tokens[start].is_sent_start and not all(t.lower_ in SERVICE_WORDS for t in sdoc[start:end]):
                # "the Army exercise Kestrel Shield": a service before "exercise" is no name, one may follow
                candidate = sdoc[start:end]
                # "the Desert Cyclone exercise": a name right before "exercise" is its name, even one read as a person
                if not _is_other_entity(m, candidate, places=False, persons=False) and not _place_only_name(m, candidate) \
                        and not any(t.i in m.country_at for t in candidate) and not _owning_body(st, candidate) \
                        and not ((token.lower_ in DRILL_NOUNS or war_games) and _service_acronym_or_day(candidate)):
                    span = _edition_apposed(m, candidate, token.i) or candidate
            if span is None and token.lower_ == "exercise":
                alias = None  # a translation belongs to a name before the kind words, not to one after
                k = token.i + 1 + (token.i + 1 < len(sdoc) and m.tokens[token.i + 1].text == ",")
                span = _quoted_name_at(m, k) or _exercise_name_after(m, k, set_off=True) \
                    or _name_described_as_exercise(st, _described_kind_start(m, end)) \
                    or _name_described_as_exercise(st, _topic_words_start(m, _described_kind_start(m, end)))
            elif span is None and drill:
                span = _name_described_as_exercise(st, _described_kind_start(m, end))
        if span is None or all(t.lower_ in SERVICE_WORDS for t in span):
            continue  # "the Navy exercise", "Exercise": a kind, not a name
        known = {st.framework_at.get(t.i) for t in span if t.lower_ not in SERVICE_WORDS and not t.like_num}
        if len(known) == 1 and None not in known:  # "Exercise Mitra Shakti": a known exercise, written in full
            fw = st.frameworks[known.pop()]
            if span.text != fw.name and span.text not in fw.aliases:
                fw.aliases.append(span.text)
        else:
            fw = st.frameworks[_add_framework(st, span.text, "Exercise", span, None, "framework.exercise")]
        if alias is not None and alias.text not in fw.aliases and alias.text != fw.name:
            fw.aliases.append(alias.text)
        for t in span.sent:
            iso = m.country_at.get(t.i)
            if iso and iso not in fw.countries:
                fw.countries.append(iso)


EDITION_NUMERAL = re.compile(r"^(?:[IVXL]+|\d{1,2})$")


def _edition_apposed(m: ArticleMentions, name: Span, kind_at: int) -> Span | None:
    """"the next edition of their Falcon exercise, Falcon-VII, in 2027": the name with a hyphened
    edition numeral set off right after "<name> exercise" (at ``kind_at``) is the edition the sentence
    is about, the exercise named; None when no such edition follows."""
    start = kind_at + 1
    if start + 1 >= len(m.tokens) or m.tokens[start].text != ",":
        return None
    one_word = m.tokens[start + 1].text.partition("-")  # "Falcon-12": the tokenizer may keep digits in the word
    if len(name) == 1 and one_word[0] == name.text and EDITION_NUMERAL.match(one_word[2]):
        return m.sdoc[start + 1 : start + 2]
    hyphen = start + 1 + len(name)
    if hyphen + 1 >= len(m.tokens) or [t.text for t in m.tokens[start + 1 : hyphen]] != [t.text for t in name]:
        return None
    if m.tokens[hyphen].text != "-" or not joined_tight(m.tokens, hyphen) or not EDITION_NUMERAL.match(m.tokens[hyphen + 1].text):
        return None
    return m.sdoc[start + 1 : hyphen + 2]


def _exercise_name_start(m: ArticleMentions, end: int) -> int:
    """Where the exercise name ending before ``end`` (a lowercase "exercise") starts: up to four
    name words, with its year after them ("the Desert Falcon 2025 air exercise") and a hyphened
    numeral of its edition ("the Kemal-IV exercise"); ``end`` when no name stands there."""
    start = end - 1 if end >= 2 and YEAR.fullmatch(m.tokens[end - 1].text) and _exercise_name_word(m.tokens[end - 2]) else end
    words = 0
    while start > 0 and words < 4:
        if _exercise_name_word(m.tokens[start - 1]):
            start -= 1
            words += 1
        elif words and start >= 2 and _hyphen_inside_exercise_name(m, start - 1) and _exercise_name_word(m.tokens[start - 2]):
            start -= 1  # "Kemal-IV": one name word written with a hyphen
        else:
            break
    return start if words else end


def _capitalised_kind_words_before(m: ArticleMentions, i: int) -> int:
    """Where the capitalised kind words before "Exercise" at ``i`` begin ("the Multilateral Naval
    Exercise X" -> at "Multilateral"); ``i`` when there are none or they are not after "the"."""
    start = i
    while start > 0 and i - start < 3 and m.tokens[start - 1].text[:1].isupper() and m.tokens[start - 1].lower_ in SERVICE_WORDS:
        start -= 1
    return start if start < i and start > 0 and m.lower[start - 1] == "the" else i


def _translation_before(m: ArticleMentions, end: int) -> tuple[Span | None, int]:
    """"the X (Y) exercise": a capitalised word in brackets right before the kind words (which
    begin at ``end``) translates the name before it; returns that translation and where the name ends."""
    if end < 4 or m.tokens[end - 1].text != ")" or m.tokens[end - 3].text != "(" or not _exercise_name_word(m.tokens[end - 2]):
        return None, end
    return m.sdoc[end - 2 : end - 1], end - 3


def _service_acronym_or_day(name: Span) -> bool:
    """"the PLA drills", "the Monday drills": a service's acronym or a day before "drills" says whose or
    when, not which (an exercise's name before "exercise" may be an acronym: "the VINBAX exercise")."""
    # an edition's year after a name ("Desert Falcon 2027 war games") is no day: a word of the name does
    return len(name) == 1 and name[0].text.isupper() or any(t.ent_type_ in ("DATE", "TIME") and not YEAR.fullmatch(t.text) for t in name)


def _named_patrols(st: _State) -> None:
    """"the coordinated patrol IND-INDO CORPAT", "their joint patrol Sea Guardian": a name right after a
    described patrol is an Exercise's, like one after "the joint exercise"."""
    m = st.m
    for token in m.tokens:
        if token.text != "patrol" or token.i == 0 or not m.tokens[token.i - 1].is_lower or m.tokens[token.i - 1].pos_ not in ("ADJ", "VERB", "NOUN"):
            continue  # "the coordinated patrol X", not "a patrol X" nor "to patrol X"
        span = _exercise_name_after(m, token.i + 1, set_off=True)
        if span is None or any(t.i in st.framework_at or t.ent_type_ in ("DATE", "TIME") for t in span):
            continue  # "a joint patrol Monday": when, not a name
        fw = st.frameworks[_add_framework(st, span.text, "Exercise", span, None, "framework.exercise")]
        for iso in _countries_in(m, span.sent):
            if iso not in fw.countries:
                fw.countries.append(iso)


# participles after a hyphen that say who runs an exercise: "the US-led", "the NATO-sponsored"
LEADER_PARTICIPLES = frozenset({"led", "sponsored", "hosted", "organised", "organized", "backed"})


def _described_kind_start(m: ArticleMentions, end: int) -> int:
    """Where the description before the kind words at ``end`` starts, past the words that say how
    big an exercise is or who runs it: "the largest US-led military exercise", "the Norwegian-led
    exercise", "the NATO-sponsored naval exercise" (``end`` itself when none stand there)."""
    k = end
    while k > 0 and end - k < 6:
        t = m.tokens[k - 1]
        if t.is_lower and t.lower_ in SERVICE_WORDS:
            k -= 1
        elif t.lower_ in LEADER_PARTICIPLES and k >= 3 and m.tokens[k - 2].text == "-" and joined_tight(m.tokens, k - 2):
            k -= 3  # "US-led": the leader, the hyphen and the participle
        elif t.is_lower and t.tag_ == "JJS":
            k -= 1  # "the largest", "the biggest"
        else:
            break
    return k


def _name_described_as_exercise(st: _State, end: int) -> Span | None:
    """"AUSINDEX, the bilateral naval exercise, ...": a name set off before "the/a ... exercise" (``end``:
    where the kind words before "exercise" start)."""
    m = st.m
    # "Sea Guardian, their annual bilateral exercise,": a possessive stands for the article
    if end < 3 or m.lower[end - 1] not in ("the", "a", "an", "their", "its") or m.tokens[end - 2].text != ",":
        return None
    last = end - 3
    edition = last > 0 and _exercise_name_word(m.tokens[last - 1]) and (_edition_number(m, last) or bool(YEAR.fullmatch(m.tokens[last].text)))
    if not edition and last > 1 and m.tokens[last - 1].text == "-" and joined_tight(m.tokens, last - 1) \
            and EDITION_NUMERAL.match(m.tokens[last].text) and _exercise_name_word(m.tokens[last - 2]):
        edition = 2  # "Falcon-VII, the seventh ...": a hyphened edition numeral the tokenizer split off
    word_end = last - edition  # "Zephyr 9, the joint air exercise", "Zephyr 2027, the ...": the name's edition or year
    start = word_end
    while start - 1 >= 0 and word_end - start < 2 and _exercise_name_word(m.tokens[start - 1]) and not m.tokens[start].is_sent_start:
        start -= 1
    if not _exercise_name_word(m.tokens[word_end]):
        return None
    name = m.sdoc[start : last + 1]
    if _is_other_entity(m, name) or any(t.i in m.country_at or t.i in st.framework_at or t.lower_ in dates._FULL_MONTHS
                                        or t.lower_ in dates._WEEKDAYS for t in name):
        return None  # "... in May 2027, the ... exercise", "on Monday, their annual ...": a date, not a name
    return name


def _topic_words_start(m: ArticleMentions, end: int) -> int:
    """"Name, a mountain warfare exercise": where up to two lowercase nouns saying what an exercise
    trains for, between the article and the kind words at ``end``, begin (``end`` when none)."""
    k = end
    while k > 0 and end - k < 2 and m.tokens[k - 1].is_lower and m.tokens[k - 1].is_alpha and m.tokens[k - 1].pos_ == "NOUN":
        k -= 1
    return k


# kind words an edition of an exercise may end in: "the third edition of their joint air force drills"
EDITION_KIND_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "training", "wargames", "war-games",
                                "manoeuvres", "maneuvers"})


def _exercise_named_before_its_edition(st: _State) -> None:
    """"Kestrel-3, the third edition of their joint air force drills,", "Falcon-VII, the seventh iteration
    of the bilateral training": a name set off before "the <ordinal> edition / iteration of (the / their)
    <kind words>" is an Exercise's (the kind words only lowercase service words before the kind noun)."""
    m = st.m
    n = len(m.tokens)
    for token in m.tokens[3:]:
        i = token.i
        if token.lower_ not in ("edition", "iteration") or i + 2 >= n or m.lower[i + 1] != "of":
            continue
        ordinal = m.tokens[i - 1]
        if not (ordinal.lower_ in ORDINAL_WORDS or ORDINAL_NUMBER.match(ordinal.text) or ordinal.lower_ in ("latest", "next", "new")):
            continue
        k = i + 2 + (m.lower[i + 2] in ("the", "their", "its", "this"))
        while k < n and k - i < 8 and m.tokens[k].is_lower and m.tokens[k].lower_ in SERVICE_WORDS and m.lower[k] not in EDITION_KIND_NOUNS:
            k += 1
        if k >= n or not m.tokens[k].is_lower or m.lower[k] not in EDITION_KIND_NOUNS and not (m.lower[k] == "war" and k + 1 < n and m.lower[k + 1] == "games"):
            continue  # "the third edition of the talks": no exercise
        if m.lower[k] == "training" and k + 1 < n and m.tokens[k + 1].is_lower and m.tokens[k + 1].is_alpha:
            continue  # "the ... training course": the noun after it says what kind
        span = _name_described_as_exercise(st, i - 1)
        if span is None or any(t.i in st.framework_at for t in span):
            continue
        fw = st.frameworks[_add_framework(st, span.text, "Exercise", span, None, "framework.exercise-edition-apposed")]
        for iso in _countries_in(m, token.sent):
            if iso not in fw.countries:
                fw.countries.append(iso)


def _place_only_name(m: ArticleMentions, name: Span) -> bool:
    """A name that ends in a place ("the Pacific exercise", "the Lima exercise"): where, not which; a
    region may begin a name ("the Arabian Gulf Security exercise")."""
    return name[-1].i in m.place_at or len(name) == 1 and name[0].ent_type_ == "LOC"


def _owning_body(st: _State, name: Span) -> bool:
    """"the EASF field training exercise, Mashariki Salam": a body (not an exercise) named before
    "exercise" is whose it is; its name may follow."""
    keys = {st.framework_at.get(t.i) for t in name}
    if len(keys) == 1 and None not in keys:
        return st.frameworks[keys.pop()].kind != "Exercise"
    # a later mention of an acronym given before ("the EASF ..."), not claimed yet
    return any(fw.kind != "Exercise" and name.text in (fw.acronym, fw.name) for fw in st.frameworks.values())


LIST_INTRO = (("including",), ("such", "as"), ("like",))


def _listed_exercises(st: _State) -> None:
    """"bilateral exercises, including Dharma Guardian and Shinyuu Maitri": names listed after
    "exercises including / such as" are exercises (even ones the tagger reads as persons)."""
    m = st.m
    for token in m.tokens:
        if token.lower_ != "exercises" or not token.is_lower:
            continue
        k = token.i + 1 + (token.i + 1 < len(m.tokens) and m.tokens[token.i + 1].text == ",")
        intro = next((w for w in EXERCISE_LIST_INTRO if tuple(t.lower_ for t in m.tokens[k : k + len(w)]) == w), None)
        if intro is None:
            continue
        k += len(intro)
        while k < len(m.tokens):
            run = _exercise_name_after(m, k, persons=False)
            if run is None or any(t.i in st.framework_at for t in run):
                break
            fw = st.frameworks[_add_framework(st, run.text, "Exercise", run, None, "framework.exercise-list")]
            for t in token.sent:
                iso = m.country_at.get(t.i)
                if iso and iso not in fw.countries:
                    fw.countries.append(iso)
            k = _past_service_phrase(m, run.end)
            if k < len(m.tokens) and m.tokens[k].text == ",":
                k += 1
            if k < len(m.tokens) and m.tokens[k].lower_ == "and":
                k += 1


# who takes part in an exercise: "hosted <A> and <B> forces during X 2026"
EXERCISE_TAKERS = frozenset({"forces", "troops", "sailors", "soldiers", "marines", "airmen", "personnel", "warships",
                            "ships", "contingent", "contingents", "navy", "army", "units"})
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})


def _exercises_taken_part_in(st: _State) -> None:
    """"The Chilean Navy took part in Coral Lance 2026", "troops participated in X 2026", "Fiji hosted
    Canadian forces during X 2026": a capitalised name with its year and no kind word that forces take
    part in is an exercise's edition (a name with a year alone, "during Fiji Week 2026", is not; nor an
    "Operation X", a show or a summit)."""
    m = st.m
    n = len(m.tokens)
    for token in m.tokens:
        k = None
        if token.lemma_ == "take" and token.i + 2 < n and m.lower[token.i + 1] == "part" and m.lower[token.i + 2] == "in":
            k = token.i + 3
        elif token.lemma_ == "participate" and token.i + 1 < n and m.lower[token.i + 1] == "in":
            k = token.i + 2
        elif token.lower_ == "during" and any(m.lower[x] in EXERCISE_TAKERS for x in range(token.sent.start, token.i)):
            k = token.i + 1
        if k is None or k >= n:
            continue
        k += m.lower[k] == "the"
        run = _exercise_name_after(m, k, persons=False)
        if run is None or len(run) < 2 or not YEAR.fullmatch(run[-1].text) or any(t.i in st.framework_at for t in run):
            continue
        words = [t for t in run if t.is_alpha]
        if not words or words[0].text == "Operation" or any(w.lower_ in MONTH_NAMES for w in words) \
                or words[-1].lower_ in NOT_EXERCISE_EDITION_HEADS or words[-1].lower_ in FRAMEWORK_HEADS:
            continue
        if run.end < n and m.tokens[run.end].is_lower and m.tokens[run.end].is_alpha and m.tokens[run.end].pos_ == "NOUN":
            continue  # "X 2026 drills", "X 2026 summit": the kind word after it decides (other rules)
        fw = st.frameworks[_add_framework(st, run.text, "Exercise", run, None, "framework.exercise-taken-part-in")]
        for t in token.sent:
            iso = m.country_at.get(t.i)
            if iso and iso not in fw.countries:
                fw.countries.append(iso)


EXERCISE_LIST_INTRO = LIST_INTRO + ((":",),)  # "regular bilateral exercises: A for the armies, B ..."
SERVICE_PHRASE_LIMIT = 5  # words of "for the air forces" after a listed name


def _past_service_phrase(m: ArticleMentions, k: int) -> int:
    """Past "for the (air) forces" after a listed exercise name ("Al Najah for the armies, ...")."""
    if k >= len(m.tokens) or m.lower[k] != "for":
        return k
    for j in range(k + 1, min(k + 1 + SERVICE_PHRASE_LIMIT, len(m.tokens))):
        if m.tokens[j].text in (",", ";", ".") or m.lower[j] == "and":
            return j
        if not m.tokens[j].is_lower:
            return k  # a name: not a service phrase
    return k


def _paired_exercises(st: _State) -> None:
    """"the Garuda Shield and KOMODEX exercises": two or more names joined by "and" before a plural
    "exercises" are each an exercise (the singular head is read by _named_exercises)."""
    m = st.m
    sdoc = m.sdoc
    for token in m.tokens[1:]:
        if token.text != "exercises":
            continue
        names: list[Span] = []
        end = token.i
        while end > 0:
            start = end
            while start > 0 and _exercise_name_word(m.tokens[start - 1]) and end - start < 4 and not m.tokens[start - 1].is_sent_start:
                start -= 1
            if start == end:
                break
            start = _of_the_start(m, start)
            names.insert(0, sdoc[start:end])
            if start < 2 or m.tokens[start - 1].lower_ not in ("and", ","):
                break
            end = start - 1
        if len(names) < 2 or m.tokens[names[0].start - 1].lower_ != "the":
            continue  # "the A and B exercises"; not "India and Japan exercises"
        if any(any(t.i in m.country_at for t in name) or _is_other_entity(m, name, persons=False) for name in names):
            continue
        for name in names:
            if any(t.i in st.framework_at for t in name):
                continue  # already named by another rule
            fw = st.frameworks[_add_framework(st, name.text, "Exercise", name, None, "framework.exercise-pair")]
            for t in token.sent:
                iso = m.country_at.get(t.i)
                if iso and iso not in fw.countries:
                    fw.countries.append(iso)


def _of_the_start(m: ArticleMentions, start: int) -> int:
    """Where a listed exercise's name starting at ``start`` really starts: "the Shield of the Danube and
    Iron Gate exercises" names "Shield of the Danube", capitalised words before "of the" taken in."""
    if start < 3 or m.lower[start - 1] != "the" or m.lower[start - 2] != "of":
        return start
    first = start - 2
    while first > 0 and _exercise_name_word(m.tokens[first - 1]) and start - first < 5 and not m.tokens[first].is_sent_start:
        first -= 1
    return first if first < start - 2 else start


SERIES_NOUNS = frozenset({"exercises", "drills", "wargames", "war-games", "manoeuvres", "maneuvers"})


def _exercise_series(st: _State) -> None:
    """"the grouping's Peace Mission series of counter-terrorism exercises": the name before "series
    of ... exercises" is an exercise (not "a series of exercises", which has no name)."""
    m = st.m
    for token in m.tokens[1:]:
        if token.lower_ != "series" or m.lower[min(token.i + 1, len(m.tokens) - 1)] != "of":
            continue
        after = m.tokens[token.i + 2 : min(token.i + 6, token.sent.end)]
        if not any(t.lower_ in SERIES_NOUNS for t in after):
            continue
        start = token.i
        while start > token.sent.start and _exercise_name_word(m.tokens[start - 1]) and token.i - start < 4:
            start -= 1
        if start == token.i or m.tokens[start].is_sent_start:
            continue
        span = m.sdoc[start : token.i]
        if any(t.i in st.framework_at or t.i in m.country_at for t in span) or _is_other_entity(m, span, persons=False):
            continue
        fw = st.frameworks[_add_framework(st, span.text, "Exercise", span, None, "framework.exercise-series")]
        for iso in _countries_in(m, token.sent):
            if iso not in fw.countries:
                fw.countries.append(iso)


def _vision_acronyms(st: _State) -> None:
    """"its expanded Vision MAHASAGAR", "under the MAHASAGAR vision": "Vision" next to an acronym
    names a policy (the acronym)."""
    m = st.m
    for token in m.tokens[1:]:
        prev = m.tokens[token.i - 1]
        nxt = m.tokens[token.i + 1] if token.i + 1 < len(m.tokens) else None
        vision_after = prev.lower_ == "the" and nxt is not None and nxt.text == "vision"
        if prev.text != "Vision" and not vision_after or token.i in st.framework_at or token.i in m.country_at:
            continue
        if not (token.is_alpha and token.text.isupper() and len(token.text) >= 3):
            continue
        key = _add_framework(st, token.text, "Policy", m.sdoc[token.i : token.i + 1], None, "framework.vision", acronym=token.text)
        alias = f"Vision {token.text}"
        if alias not in st.frameworks[key].aliases:
            st.frameworks[key].aliases.append(alias)


EXERCISE_EDITION = re.compile(r"^[A-Z][A-Za-z]+-\d{1,4}$")


def _exercise_name_word(token: Token) -> bool:
    """A word of an exercise's name: "Talisman", "Sabre", "Medusa-14", "Morgan-21"."""
    return token.text[:1].isupper() and (token.is_alpha or bool(EXERCISE_EDITION.match(token.text)))


OPEN_QUOTES = frozenset({"'", "‘", '"', "“"})
CLOSE_QUOTES = frozenset({"'", "’", '"', "”"})


def _quoted_name_at(m: ArticleMentions, i: int) -> Span | None:
    """"the joint military exercise 'Nomadic Elephant'": a capitalised name in quotes starting at ``i``."""
    if i >= len(m.tokens) or m.tokens[i].text not in OPEN_QUOTES:
        return None
    run = _exercise_name_after(m, i + 1)
    if run is None:
        return None
    close = run.end + (run.end < len(m.tokens) and m.tokens[run.end].text in (",", "."))  # 'the "Squad,"'
    if close >= len(m.tokens) or m.tokens[close].text not in CLOSE_QUOTES:
        return None
    return run


def _exercise_name_after(m: ArticleMentions, i: int, persons: bool = True, set_off: bool = False) -> Span | None:
    """The exercise name starting at ``i``, with its edition number or year ("Falcon Reach 2025");
    ``set_off``: the name stands right by "exercise", so one word takes an edition too ("the
    exercise, Kestrel 27,")."""
    j = i
    while j < len(m.tokens) and j - i < 4 and _exercise_name_word(m.tokens[j]) and not m.tokens[j].is_sent_start:
        j += 1
        if _hyphen_inside_exercise_name(m, j):
            j += 1  # "Al-Nasr", "Ex-Sentinel": one hyphenated name word
    if j == i:
        return None
    if j < len(m.tokens) and m.tokens[j].like_num and len(m.tokens[j].text) == 4 and m.tokens[j].text.isdigit():
        j += 1  # "Exercise Falcon Reach 2025": the year is part of the name
    elif j < len(m.tokens) and (j - i >= 2 or set_off) and _edition_number(m, j):
        j += 1  # "the joint exercise Arabian Gulf Security 4": its edition (not "... 3 times")
    span = m.sdoc[i:j]
    # a region may begin the name ("Arabian Gulf Security 4"), a place may not end it
    words = m.sdoc[i:j - 1] if span[-1].like_num and len(span) > 1 else span
    if _is_other_entity(m, span, places=False, persons=persons) or _place_only_name(m, words):
        return None
    return None if any(t.i in m.country_at for t in span) else span


# last words of a recurring gathering or show, not of an exercise ("the third edition of the X Summit")
NOT_EXERCISE_EDITION_HEADS = GATHERING_HEADS | frozenset({
    "session", "sessions", "round", "meetings", "expo", "exhibition", "show", "games", "festival", "fair", "seminar", "symposium", "championship", "championships",
    "regatta", "race", "lecture", "lectures", "course", "award", "awards", "report", "index", "edition"})


def _named_editions(st: _State) -> None:
    """"send a ship to the second edition of the Coral Sea Naval Rendezvous": a capitalised name of two
    words or more after "edition of (the)" is a recurring exercise (or the kind its head word says),
    though no kind word or acronym marks it; not a service's or a body's ("the Navy's ..."), a place,
    nor a summit's or a show's."""
    m = st.m
    for token in m.tokens:
        if token.lower_ not in ("edition", "editions") or token.i + 2 >= len(m.tokens) or m.lower[token.i + 1] != "of":
            continue
        start = token.i + 2 + (m.lower[token.i + 2] == "the")
        span = _capitalised_name_at(m, start)
        if span is None or any(t.i in st.framework_at for t in span) or _possessive_after(m, span.end - 1):
            continue
        words = [t for t in span if t.is_alpha]
        if (len(words) < 2 or words[-1].lower_ in NOT_EXERCISE_EDITION_HEADS | SERVICE_WORDS | NOT_GROUPING_HEADS
                or all(t.i in m.country_at or t.i in m.place_at for t in words)
                or _is_other_entity(m, span, places=False, persons=False) or _place_only_name(m, span) or _told_a_show(m, span)):
            continue
        _add_framework(st, span.text, _framework_head(span) or "Exercise", span, None, "framework.edition-of-name")


SHOW_WORDS = frozenset({"show", "shows", "airshow", "exhibition", "expo", "fair", "exposition"})


def _told_a_show(m: ArticleMentions, span: Span) -> bool:
    """"the 16th edition of Aero X ... on the sidelines of the show", "the Aero X air show": a name the
    article calls a show (an exhibition: an event, no exercise), right after the name anywhere, or as
    "the (air) show" in its sentence or the next."""
    n = len(span)
    words = [t.text for t in span]
    for k in range(len(m.tokens) - n):
        if m.tokens[k].text == words[0] and [t.text for t in m.tokens[k : k + n]] == words:  # the first word before a slice
            j = k + n + (k + n < len(m.tokens) and m.tokens[k + n].like_num)  # "Aero X 2027 air show"
            j += j < len(m.tokens) and m.lower[j] in ("air", "defence", "defense", "aviation", "aerospace")
            if j < len(m.tokens) and m.lower[j] in SHOW_WORDS:
                return True
    sent = span.sent
    nxt = m.tokens[sent.end].sent if sent.end < len(m.tokens) else sent
    for t in m.tokens[sent.start : nxt.end]:
        if t.lower_ in SHOW_WORDS and t.i > 0 and (m.lower[t.i - 1] == "the" or t.i > 1 and m.lower[t.i - 1] == "air" and m.lower[t.i - 2] == "the"):
            return True
    return False


def _capitalised_name_at(m: ArticleMentions, start: int, limit: int = 8) -> Span | None:
    """The run of capitalised words from ``start`` (a tight hyphen may join two: "Africa-India"), or None."""
    end = start
    while end < len(m.tokens) and end - start < limit and not (m.tokens[end].is_sent_start and end > start):
        t = m.tokens[end]
        if t.text[:1].isupper() and (t.is_alpha or "-" in t.text):
            end += 1
        elif t.text == "-" and end > start and joined_tight(m.tokens, end) and end + 1 < len(m.tokens) and m.tokens[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    return m.sdoc[start:end] if end > start else None


def _hyphen_inside_exercise_name(m: ArticleMentions, j: int) -> bool:
    """Token ``j`` is a hyphen written tight before another word of an exercise's name ("Al-Nasr")."""
    return joined_tight(m.tokens, j) and m.tokens[j].text == "-" and _exercise_name_word(m.tokens[j + 1])


def _edition_number(m: ArticleMentions, j: int) -> bool:
    """Token ``j`` is a one- or two-digit edition after an exercise's name: not a count of something
    ("3 times") nor a day ("26 March")."""
    t = m.tokens[j]
    if not (t.text.isdigit() and len(t.text) <= 2):
        return False
    nxt = m.tokens[j + 1] if j + 1 < len(m.tokens) else None
    month_after = nxt is not None and nxt.ent_type_ == "DATE" and nxt.text[:1].isupper() and nxt.is_alpha
    return not month_after and not (nxt is not None and nxt.is_alpha and nxt.is_lower)


COMPANY_NOUNS = frozenset({"company", "companies", "conglomerate", "firm", "manufacturer", "maker", "contractor", "corporation",
                           "shipbuilder", "shipyard", "supplier", "subsidiary", "startup", "enterprise", "producer"})


COMPANY_SUFFIXES = frozenset({"Ltd", "Limited", "Inc", "Corp", "PLC", "plc", "LLC", "AG", "SA", "GmbH", "PJSC"})


def _described_as_company(m: ArticleMentions, span: Span) -> bool:
    """"the EDGE Group, the UAE's defence conglomerate", "defence firm Rafael Group": a company, not a framework."""
    before = m.tokens[max(span.start - 3, span.sent.start) : span.start]
    if any(t.lower_ in COMPANY_NOUNS for t in before):
        return True
    near = m.tokens[max(span.start - 8, span.sent.start) : span.start]
    if span[-1].lower_ == "group" and any(t.text.rstrip(".") in COMPANY_SUFFIXES for t in near):
        return True  # "between India's Bharat Electronics Ltd and the UAE's EDGE Group": two companies
    if span.end < len(m.tokens) and m.tokens[span.end].text == ",":
        for t in m.tokens[span.end + 1 : min(span.end + 12, span.sent.end)]:
            if t.text in (",", ".", ";", "(") or t.pos_ in ("VERB", "AUX"):
                break
            if t.lower_ in COMPANY_NOUNS:
                return True
    if span.end < len(m.tokens) and m.tokens[span.end].lower_ in COMPANY_NOUNS:
        return True  # "at the Tarma Group shipyard": the name of the company that owns it
    return span[-1].lower_ == "group" and (_signing_group(span[-1]) or _industrial_group(span) or _builder_group(span[-1]))


BUILDER_VERBS = frozenset({"build", "manufacture", "construct", "assemble", "supply"})


def _builder_group(head: Token) -> bool:
    """"frigates built by the Tarma Group": the "... Group" that builds or supplies things is a company."""
    by = head.head
    return by.lower_ == "by" and by.dep_ == "agent" and by.head.lemma_.lower() in BUILDER_VERBS


INDUSTRY_WORDS = frozenset({"industry", "industries", "industrial", "telecoms", "telecommunications", "aerospace", "electronics",
                            "shipbuilding", "manufacturing", "engineering"})
FORUM_GROUP_WORDS = frozenset({"working", "joint", "contact", "users", "steering", "consultative", "coordination", "study"})


def _industrial_group(name: Span) -> bool:
    """"the Andes Aerospace and Electronics Group": a group named by the industries it works in is a
    company (a forum's group is a working, joint or contact group, or one of two states)."""
    words = [t.lower_.rstrip("'") for t in name]
    return any(w in INDUSTRY_WORDS for w in words) and not any(w in FORUM_GROUP_WORDS for w in words) and "-" not in name.text


def _signing_group(head: Token) -> bool:
    """"A's Tarma Group signed an agreement", "Embra and the Tarma Group had signed ...": a "... Group"
    that signs is a company; a forum's members sign, not the forum ("the Joint Working Group met")."""
    subject = head
    while subject.dep_ == "conj":  # "X and the Y Group signed"
        subject = subject.head
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "sign"


MOU_WORDS = frozenset({"mou", "mous", "memorandum", "memoranda"})
MOU_CUT = frozenset({"on", "between", "with", "under", "which", "that", "signed", "by", "to", "in", "during", "at", "after", ",", ".", ";", "(", ":", "—", "–"})


# documents named, like a memorandum, by what they are on: "an implementing arrangement on X", "a letter of intent on Y"
# kind word -> (the words that may stand before it, one choice each; the words after it)
IMPLEMENTING_WORDS = (("implementing",), ("implementation",))  # "Implementing / Implementation Arrangement on ..."
NOTHING_BEFORE = ((),)  # the one choice of words before the kind word: none ("a letter of intent on ...")
# kind word -> (the words that may stand before it, one choice each; the words after it, one choice each)
LETTER_KINDS = (("of", "intent"), ("of", "arrangement"))  # "a letter of intent / Letter of Arrangement on ..."
TOPIC_NAMED_DOCUMENTS = {"arrangement": (IMPLEMENTING_WORDS, ((),)), "arrangements": (IMPLEMENTING_WORDS, ((),)),
                         "letter": (NOTHING_BEFORE, LETTER_KINDS), "letters": (NOTHING_BEFORE, LETTER_KINDS)}


def _topic_named_document(m: ArticleMentions, token: Token) -> tuple[int, int] | None:
    """Where the kind words of a document named by its topic start and end (after the last) around
    ``token``: "memorandum of understanding", "MoU", "implementing arrangement", "letter of intent";
    None if ``token`` is no such kind word."""
    i = token.i
    if token.lower_ in MOU_WORDS:
        if not token.lower_.startswith("memorand"):
            return i, i + 1
        if m.lower[i + 1 : i + 3] == ["of", "understanding"]:
            return i, i + 3
        return (i, i + 1) if _signed_document(token) else None  # "signed a memorandum on joint patrols"
    if _signed_plan(token):
        start = _document_modifiers_start(token)
        if m.lower[start:i] in WORK_PLAN_MODIFIERS:
            return None  # "the dialogue adopted a work plan for 2027-2028": its schedule of work, no document of its own
        return start, i + 1
    topic_at = i + 2 + (m.lower[i + 2 : i + 3] == ["the"])
    if token.lower_ == "agreement" and token.is_lower and i > 0 and m.lower[i - 1] in ("a", "an") and _signed_document(token) \
            and m.lower[i + 1 : i + 2] == ["on"] and topic_at < len(m.tokens) and m.tokens[topic_at].text[:1].isupper() \
            and m.tokens[topic_at].is_alpha:
        # "signed ... an agreement on the Mutual Protection of Classified Information": a topic written as a
        # title names the agreement once signed ("signed an agreement on military medicine" is a mere topic)
        return i, i + 1
    words = TOPIC_NAMED_DOCUMENTS.get(token.lower_)
    if words is None:
        return None
    befores, afters = words
    after = next((a for a in afters if m.lower[i + 1 : i + 1 + len(a)] == list(a)), None)
    if after is None:
        return None
    end = i + 1 + len(after)
    start = next((i - len(before) for before in befores if i - len(before) >= 0 and m.lower[i - len(before) : i] == list(before)), None)
    return None if start is None else (start, end)


SIGNED_PLAN_WORDS = frozenset({"plan", "programme", "program"})
WORK_PLAN_MODIFIERS = (["work"], ["annual", "work"])  # the only words before a body's lowercase "work plan"
PLAN_SIGNING_VERBS = frozenset({"sign", "ink", "adopt", "approve", "conclude"})


def _signed_plan(token: Token) -> bool:
    """"signed a plan of <topic> for <year>", "adopted a <modifier> programme for <topic>": a
    lowercase plan or programme is named by its topic once signed or adopted
    (not "discussed a plan for joint production": talk of a plan names none)."""
    return token.lower_ in SIGNED_PLAN_WORDS and token.is_lower and _signed_document(token)


def _signed_document(token: Token) -> bool:
    """The verb ``token`` hangs from says the document was signed or adopted (not still to come)."""
    verb = _governing_verb(token)
    return verb is not None and verb.lemma_ in PLAN_SIGNING_VERBS and not _told_as_planned(token)


NOT_PLAN_NAME_WORDS = frozenset({"new", "such", "first", "second", "third", "next", "final", "draft", "detailed", "comprehensive"})


def _document_modifiers_start(token: Token) -> int:
    """Where the lowercase words that say which plan it is start ("a <modifier> programme", "a joint
    plan"): modifiers right before it, not ones that only say it is new or a draft."""
    start = token.i
    doc = token.doc
    while start > 0 and start - 1 < doc[start - 1].head.i <= token.i and doc[start - 1].dep_ in ("amod", "compound") \
            and doc[start - 1].is_lower and doc[start - 1].is_alpha and doc[start - 1].lower_ not in NOT_PLAN_NAME_WORDS:
        start -= 1  # "a defence cooperation protocol": "defence" hangs from "cooperation", inside the description
    return start


def _told_as_planned(token: Token) -> bool:
    """The verb a noun hangs from says it is still to come ("will witness the exchange of X",
    "could sign X", "agreed to conclude X")."""
    verb = _governing_verb(token)
    return verb is not None and _is_planned(_chain(verb), verb)


# Every word _topic_named_document can read as a kind word: its cheap test, made once per token
# in _memoranda before the call (most tokens are none of them).
DOCUMENT_KIND_WORDS = MOU_WORDS | SIGNED_PLAN_WORDS | {"agreement"} | TOPIC_NAMED_DOCUMENTS.keys()


def _memoranda(st: _State) -> None:
    """"signed a memorandum of understanding on defence cooperation between A and B", "an MoU on
    cyber security", "exchanged an Implementing Arrangement on cooperation in military medicine":
    an Agreement named by what it is on, whatever its capitalisation (a lowercase implementing
    arrangement or letter of intent only once signed: still to come, it is no name yet)."""
    m = st.m
    sdoc = m.sdoc
    for i, token in enumerate(m.tokens):
        if m.lower[i] not in DOCUMENT_KIND_WORDS:
            continue
        kind_words = _topic_named_document(m, token)
        if kind_words is None:
            continue
        start, kind_end = kind_words
        j = kind_end  # where the topic's preposition is looked for (past an "(MoU)")
        memorandum = token.lower_ in MOU_WORDS
        letter_of_arrangement = token.lower_.startswith("letter") and m.lower[kind_end - 1] == "arrangement"
        if letter_of_arrangement and j < len(sdoc) and m.tokens[j].text == "(":
            continue  # "a Letter of Arrangement (LoA) on X": the letter is known by its short name
        if j < len(sdoc) and m.tokens[j].text == "(":  # "(MoU)"
            close = next((t.i for t in sdoc[j : j + 4] if t.text == ")"), None)
            j = close + 1 if close is not None else j
        prepositions = ("on", "for", "regarding", "concerning") + (("of",) if token.lower_ in SIGNED_PLAN_WORDS else ())
        if j >= len(sdoc) or m.tokens[j].lower_ not in prepositions:  # "a plan of naval cooperation"
            continue
        if _date_follows(m, j):
            continue  # "signed a letter of intent on Monday": when it was signed, no topic
        if token.lower_ in SIGNED_PLAN_WORDS and m.lower[j] == "of" and _named_body_after(st, j + 1):
            continue  # "approved the work plan of the X Committee": the body's own plan, the body is the framework
        if not memorandum and token.is_lower and _told_as_planned(token):
            continue
        if letter_of_arrangement and not _signed_document(token):
            continue  # "a Letter of Arrangement on training is likely to be signed": named by its topic once signed only
        end = j + 1
        while end < token.sent.end and (m.tokens[end].lower_ not in MOU_CUT or _topic_goes_on(m, end)) and not _date_follows(m, end) and not (
                m.tokens[end].pos_ in ("VERB", "AUX") and m.tokens[end].tag_ != "VBG") and not _participle_after_topic(m, end) and not (
                m.tokens[end].lower_ == "and" and end + 1 < len(sdoc) and m.tokens[end + 1].pos_ in ("VERB", "AUX", "DET")):
            end += 1
        topic_words = _topic_words(m, j, _before_trainees_country(m, j, end))
        if not token.is_lower:  # a title's "of the X Navy's future frigates" is one long name: its small words not counted
            topic_words -= sum(m.lower[k] in TITLE_SMALL_WORDS for k in range(j + 1, end))
        if not 2 <= topic_words <= 10:
            continue
        end = _document_tail_end(m, end, token.sent.end, token.is_lower)
        pair_at = _country_pair_before(m, start)  # "the Chile-Peru MoU on Naval Cooperation"
        span = sdoc[pair_at if pair_at is not None else start : end]
        if all(t.i in st.framework_at for t in span):
            continue
        if memorandum and kind_end - start == 1 and token.lower_.startswith("memorand"):
            name, titled = f"{token.text} {sdoc[j:end].text}", None  # "a memorandum on X": named as written
        elif memorandum:  # one name for "Memorandum of Understanding (MoU) on X" and a later "MoU on X"
            name = f"Memorandum of Understanding {sdoc[j:end].text}"
            titled = _titled_memorandum(st, sdoc[j + 1 : end])
        else:
            name, titled = f"{sdoc[start:kind_end].text} {sdoc[j:end].text}", None
        if titled is not None:
            name = st.frameworks[titled].name
        elif pair_at is not None:
            name = f"{sdoc[pair_at : start].text} {name}"
        cut_short = {st.framework_at[t.i] for t in span if t.i in st.framework_at}
        key = _add_framework(st, name, "Agreement", span, token.sent, "framework.memorandum")
        _drop_names_cut_short(st, span, cut_short - {key})


def _named_body_after(st: _State, k: int) -> bool:
    """A name read as a forum, dialogue or organisation starts at ``k`` (past "the")."""
    k += k < len(st.m.tokens) and st.m.lower[k] == "the"
    key = st.framework_at.get(k)
    return key is not None and st.frameworks[key].kind in ("Forum", "Dialogue", "Organisation")


OF_PHRASE_DOCUMENT_WORDS = frozenset({"treaty", "agreement", "pact", "accord", "protocol", "arrangement"})


def _of_phrase_documents(st: _State) -> None:
    """"the cessation of hostilities agreement", "a status of forces arrangement": a lowercase
    "<noun> of <plural noun>" right before an agreement word is the kind of document it is, its name
    (not "the implementation of the agreement": "the" before the agreement word)."""
    m = st.m
    for token in m.tokens[4:]:
        i = token.i
        if token.lower_ not in OF_PHRASE_DOCUMENT_WORDS or not token.is_lower or m.lower[i - 2] != "of" or m.lower[i - 4] not in ("the", "a", "an"):
            continue
        what, whose = m.tokens[i - 3], m.tokens[i - 1]
        if not (what.is_lower and what.is_alpha and what.tag_ == "NN" and whose.is_lower and whose.is_alpha and whose.tag_ == "NNS"):
            continue
        if any(t.i in st.framework_at for t in m.sdoc[i - 3 : i + 1]):
            continue
        span = m.sdoc[i - 3 : i + 1]
        _add_framework(st, span.text, "Agreement", span, token.sent, "framework.of-phrase-document")


def _topic_words(m: ArticleMentions, start: int, end: int) -> int:
    """How many words a document's topic has: a hyphenated compound ("mid-life", "counter-piracy") is
    one word, not the three tokens it is split into."""
    return end - start - 2 * sum(joined_tight(m.tokens, k) for k in range(start, end))


def _document_tail_end(m: ArticleMentions, end: int, sent_end: int, lowercase: bool) -> int:
    """Where a topic-named document's name ends once the waters it covers and, for a lowercase one
    (named by a descriptive phrase, not a title), the two countries it binds are read on: "on maritime
    security cooperation in the Gulf of Aden", "a memorandum ... on naval training between Chile and
    Peru"; not "in Lima" (where it was signed) nor "between the two ministries"."""
    while end < sent_end:
        nxt = _waters_end(m, end + 1, sent_end) if m.lower[end] == "in" else None
        if nxt is None and lowercase and m.lower[end] == "between":
            nxt = _country_pair_end(m, end + 1, sent_end)
        if nxt is None:
            return end
        end = nxt
    return end


def _waters_end(m: ArticleMentions, i: int, sent_end: int) -> int | None:
    """After where "the South China Sea", "the Gulf of Guinea", "the Indian Ocean region" (capitalised
    words ending in or led by a word for waters or a region) end; None if no such name starts at ``i``."""
    if i >= sent_end or m.lower[i] != "the":
        return None
    k = i + 1
    last = None
    while k < sent_end and m.tokens[k].is_alpha and (m.tokens[k].text[:1].isupper() or _sea_name(m, k) or last is not None and m.lower[k] == "region"):
        last = k
        k += 1
    if last is None or not m.tokens[last].text[:1].isupper() and m.lower[last] != "region":
        return None
    words = m.lower[i + 1 : last + 1]
    return last + 1 if words[-1] in REGION_END_WORDS or words[0] in SEA_WORDS and "of" in words else None


def _country_pair_end(m: ArticleMentions, i: int, sent_end: int) -> int | None:
    """After where "Chile and Peru", "Kenya and the Gambia" (two countries joined by "and") end; None
    if no such pair starts at ``i``."""
    k = i
    for joint in ("and", None):
        if k < sent_end and m.lower[k] == "the":
            k += 1  # "the Gambia"
        if k >= sent_end or k not in m.country_at:
            return None
        k = min(_country_words_end(m, k) + 1, sent_end)
        if joint is not None:
            if k >= sent_end or m.lower[k] != joint:
                return None
            k += 1
    return k


def _participle_after_topic(m: ArticleMentions, k: int) -> bool:
    """"on defence cooperation covering border security", "for 2027-2028 covering officer training": a
    participle after the topic's noun or the period it covers describes the document; it is not its
    topic (unlike "on sharing the results of ...")."""
    if m.tokens[k - 1].text.isdigit() and m.tokens[k].is_lower and m.tokens[k].is_alpha and m.lower[k].endswith("ing"):
        return True  # the tagger may read "covering" after a year as a noun; no topic word follows a period
    return m.tokens[k].tag_ == "VBG" and m.pos[k - 1] in ("NOUN", "PROPN")


# last words of a state's force a document serves: "... Assistance to the X Armed Forces"
SERVED_FORCE_WORDS = frozenset({"Forces", "Force", "Army", "Navy", "Guard", "Gendarmerie", "Corps"})


def _forces_served_end(m: ArticleMentions, j: int) -> int | None:
    """The last word of "to the <capitalised words> Armed Forces / Navy / ..." starting at ``j`` (a
    document's title going on through the force it serves), else None ("to the Chief of Staff")."""
    if j + 2 >= len(m.tokens) or m.lower[j + 1] != "the":
        return None
    k = j + 2
    last = None
    while k < len(m.tokens) and k - j <= 5 and m.tokens[k].text[:1].isupper() and m.tokens[k].is_alpha and not m.tokens[k].is_sent_start:
        if m.tokens[k].text in SERVED_FORCE_WORDS:
            last = k
        k += 1
    return last if last is not None and last == k - 1 else None


def _drop_names_cut_short(st: _State, title: Span, keys: set[str]) -> None:
    """"a Technical Arrangement on European Union border training": a name read up to its last
    capitalised word only, wholly inside the document's full title, is that title cut short."""
    for key in keys:
        evidence = st.frameworks[key].evidence
        if evidence and all(ev.rule == "framework.named" and title.start_char <= ev.start and ev.end <= title.end_char for ev in evidence):
            del st.frameworks[key]


def _country_pair_before(m: ArticleMentions, i: int) -> int | None:
    """Where the "A-B" (or "A–B") of two countries joined right before ``i`` starts ("Chile-Costa
    Rica MoU" -> at "Chile"), else None."""
    k = i - 1
    if k not in m.country_at:
        return None
    k = _country_words_start(m, k)
    if k < 2 or country_pair_at(m, k - 1) is None:
        return None
    return _country_words_start(m, k - 2)


def _country_words_start(m: ArticleMentions, i: int) -> int:
    """The first word of the country's name ending at ``i`` ("Sri" of "Sri Lanka")."""
    while i - 1 >= 0 and m.country_at.get(i - 1) == m.country_at[i]:
        i -= 1
    return i


TOPIC_FIELD_WORDS = frozenset({"field", "fields", "area", "areas", "sphere"})


# "on behalf of", "on board", "on arrival": set phrases that tell how or where, never a second topic
ON_SET_PHRASE_WORDS = frozenset({"behalf", "board", "arrival", "condition", "account", "top", "track", "course", "hand",
                                 "display", "schedule", "time", "average", "balance", "request", "invitation"})


def _topic_goes_on(m: ArticleMentions, k: int) -> bool:
    """"on cooperation in military medicine", "... in the field of defence industries": an "in" at ``k``
    followed by a lowercase field goes on with the topic; not "in Hanoi", "in the presence of", "in 2024".
    A second "on" goes on before a lowercase noun or gerund ("on cooperation on countering piracy"),
    not before a determiner, a date or a capitalised word ("on the sidelines", "on Monday")."""
    if m.lower[k] == "between":
        return _between_services(m, k)
    if m.lower[k] not in ("in", "on") or k + 2 >= len(m.tokens):
        return False
    nxt = m.tokens[k + 1]
    if m.lower[k] == "on":
        if nxt.lower_ in ON_SET_PHRASE_WORDS or m.lower[k + 2] == "of":  # "on behalf of", "on board the frigate"
            return False
        return nxt.is_alpha and nxt.is_lower and (nxt.pos_ in ("NOUN", "ADJ") or nxt.tag_ == "VBG") and nxt.ent_type_ not in ("DATE", "TIME")
    if nxt.lower_ == "the":
        return m.lower[k + 2] in TOPIC_FIELD_WORDS and k + 3 < len(m.tokens) and m.lower[k + 3] == "of"
    if k + 1 in m.country_at:
        return _trainees_country(m.tokens[k])
    if nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return _region_word_before_field(m, k + 1)
    return nxt.is_alpha and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ") and nxt.ent_type_ not in ("DATE", "TIME")


TITLE_SMALL_WORDS = frozenset({"the", "of", "'s", "’s"})


def _before_trainees_country(m: ArticleMentions, start: int, end: int) -> int:
    """Where a topic ends before the "in <country>" that closes it ("on the training of X pilots and
    technicians in Belgium"): the place the trainees are in makes the topic no longer to read."""
    k = end
    while k > start and (k - 1) in m.country_at:
        k -= 1
    return k - 1 if k < end and k - 1 > start and m.lower[k - 1] == "in" else end


def _trainees_country(prep: Token) -> bool:
    """"on the training of X crews in Belgium": an "in <country>" the parse hangs on the people of an
    "of" phrase inside the topic says where they are trained, part of the topic; not one hung on the
    document or on the verb ("signed an arrangement on military medicine in Chile": where it was signed)."""
    head = prep.head
    while head.dep_ == "conj":  # "pilots and technicians in Belgium"
        head = head.head
    return head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of"


SERVICE_PLURALS = frozenset({"navies", "armies", "forces", "militaries", "guards"})
BETWEEN_SERVICES_LIMIT = 6  # words of "between the Chilean and Peruvian coast guards"


def _between_services(m: ArticleMentions, k: int) -> bool:
    """"on closer cooperation between the Chilean and Peruvian navies": the services a topic is
    between are part of it (the states that sign are not: "... between Chile and Peru", nor
    "between the armed forces of A and B", whose states would follow into the topic)."""
    for j in range(k + 1, min(k + 1 + BETWEEN_SERVICES_LIMIT, len(m.tokens))):
        w = m.tokens[j]
        if w.lower_ in SERVICE_PLURALS:
            return j > k + 2 and not (j + 1 < len(m.tokens) and m.lower[j + 1] == "of")
        demonym = w.ent_type_ == "NORP" or w.pos_ == "ADJ" and w.text[:1].isupper()  # "Chilean", not "Chile"
        if not (w.is_alpha and (w.lower_ in ("the", "and", "two", "coast", "air", "armed") or demonym)):
            return False
    return False


def _region_word_before_field(m: ArticleMentions, i: int) -> bool:
    """"cooperation in Arctic research", "in African peacekeeping training": one capitalised word that only
    qualifies the lowercase field right after it; not "in Lima on Monday", "in New Delhi", "in Lima today"."""
    field = m.tokens[i + 1] if i + 1 < len(m.tokens) else None
    return (field is not None and field.is_alpha and field.is_lower and field.pos_ == "NOUN"
            and field.ent_type_ not in ("DATE", "TIME") and i not in m.country_at)


def _titled_memorandum(st: _State, topic: Span) -> str | None:
    """"MoU on submarine search and rescue" (a headline) is the "Memorandum of Understanding on
    Cooperation in Submarine Search and Rescue" the article names in full: the memorandum whose
    title holds every word of the topic."""
    words = {t.lower_ for t in topic if t.is_alpha and t.lower_ not in NAME_CONNECTORS | {"the"}}
    if not words:
        return None
    titles = [(len(fw.name), key) for key, fw in st.frameworks.items()
              if fw.name.lower().startswith("memorandum of understanding") and words <= set(re.findall(r"[a-z]+", fw.name.lower()))]
    return min(titles)[1] if titles else None  # the closest title: "on Defence Cooperation", not "... in Cyber Security"


def _date_follows(m: ArticleMentions, i: int) -> bool:
    """"... on Defence Cooperation on April 5": the date is when, not what."""
    nxt = m.tokens[i + 1] if i + 1 < len(m.tokens) else None
    return m.tokens[i].lower_ == "on" and nxt is not None and nxt.ent_type_ in ("DATE", "TIME")


MISSION_WORDS = frozenset({"naval", "military", "maritime", "peacekeeping", "training", "security", "air", "police",
                           "monitoring", "counter-piracy", "counterterrorism", "counter-terrorism", "rescue", "evacuation",
                           "joint", "multinational", "protection", "escort", "relief"})


def _named_missions(st: _State) -> None:
    """"the EU's naval mission Aspides", "Operation Sea Guardian": named operations are Initiatives."""
    m = st.m
    sdoc = m.sdoc
    for token in m.tokens:
        if token.lower_ not in ("mission", "operation") or token.i in st.framework_at:
            continue
        if token.text == "Operation":
            run = _name_run_after(m, token.i + 1)
            span = sdoc[token.i : run.end] if run is not None and _shared_operation(st, token) else None
        elif token.is_lower and token.i > 0 and m.tokens[token.i - 1].lower_ in MISSION_WORDS:
            span = _name_run_after(m, token.i + 1)
        elif token.is_lower and (owned := _owned_mission_name(st, token)) is not None:
            span = owned
        else:
            continue
        if span is None or any(t.i in st.framework_at for t in span):
            continue
        _add_framework(st, span.text, "Initiative", span, None, "framework.mission")


# words after "Project" that make it a post or a unit, not a project's name ("Project Director", "Project Team")
PROJECT_POST_WORDS = frozenset({"director", "manager", "management", "officer", "office", "coordinator", "leader", "lead",
                                "team", "staff", "board", "committee", "head", "engineer", "chief", "site", "area"})


def _named_projects(st: _State) -> None:
    """"the work of Project Tarnak", "frigates under Project HARBOUR 2040": capitalised words (and a
    number after them) after a capitalised "Project" inside a sentence name a project, an Initiative;
    not "Project" opening a sentence (a heading or any capitalised word), nor a post ("Project
    Director"), a person or a place after it."""
    m = st.m
    for token in m.tokens:
        if token.text != "Project" or token.is_sent_start or token.i + 1 >= len(m.tokens) or token.i in st.framework_at:
            continue
        end = token.i + 1
        while end < len(m.tokens) and end - token.i <= 3 and m.tokens[end].is_alpha and m.tokens[end].text[:1].isupper() \
                and not m.tokens[end].is_sent_start:
            end += 1
        if end == token.i + 1 or m.lower[token.i + 1] in PROJECT_POST_WORDS:
            continue
        if end < len(m.tokens) and m.tokens[end].like_num and m.tokens[end].is_digit:
            end += 1  # "Project HARBOUR 2040": its number is part of the name
        span = m.sdoc[token.i : end]
        if _is_other_entity(m, span[1:]) or any(t.i in m.country_at or t.i in st.framework_at for t in span):
            continue
        _add_framework(st, span.text, "Initiative", span, None, "framework.project")


OWNED_MISSION_NAME_LIMIT = 3  # words of "the EU's Sea Shield Guardian operation"


def _owned_mission_name(st: _State, token: Token) -> Span | None:
    """"NATO's Harbour Watch mission", "the EU's Sea Guardian operation": the capitalised words between
    a known body's possessive and a lowercase "mission"/"operation" name the body's operation; None
    if there are no such words (not "Kenya's Amani mission": a country's own, nor a body unknown)."""
    m = st.m
    start = token.i
    while start - 1 >= 0 and token.i - start < OWNED_MISSION_NAME_LIMIT and m.tokens[start - 1].text[:1].isupper() \
            and m.tokens[start - 1].is_alpha and start - 1 not in st.framework_at:
        start -= 1
    if start == token.i or start < 2 or m.tokens[start - 1].text not in ("'s", "’s") or start - 2 not in st.framework_at:
        return None
    span = m.sdoc[start : token.i]
    return None if _is_other_entity(m, span, places=False) or any(t.i in m.country_at for t in span) else span


# head words that name a body only where countries are its members ("the Defence Research and
# Development Organisation" alone is a national agency; "Chile is a member of the X Organisation" is not)
MEMBER_BODY_HEADS = {"organisation": "Organisation", "organization": "Organisation", "association": "Organisation",
                     "league": "Organisation", "bloc": "Organisation", "secretariat": "Organisation",
                     "symposium": "Forum", "assembly": "Forum", "conference": "Forum", "network": "Forum",
                     "platform": "Forum", "framework": "Forum", "club": "Forum", "quartet": "Forum", "board": "Forum",
                     "meeting": "Forum", "cooperation": "Forum", "force": "Organisation", "agency": "Organisation",
                     "centre": "Organisation", "center": "Organisation", "consortium": "Organisation",
                     "authority": "Organisation", "arrangements": "Forum", "compact": "Agreement", "triangle": "Forum",
                     "trio": "Forum", "troika": "Forum",
                     "zone": "Organisation",  # "A is a member of the X Peace Zone" (not "the X Exclusion Zone" alone)
                     # a grouping named by how many it has: "the Harbour Nine", "the Lakeside Four"
                     "three": "Forum", "four": "Forum", "five": "Forum", "six": "Forum", "seven": "Forum",
                     "eight": "Forum", "nine": "Forum", "ten": "Forum"}
MEMBER_OF_LOOKBACK = 12  # words before "member(s) of" searched for the country that is the member


def _bodies_countries_are_members_of(st: _State) -> None:
    """"Chile and Peru are members of the Pacific Coast Defence Organisation", "Chile joined the
    X Association": a capitalised name with a body's head word that countries are members of (or
    join) is a body; not "Kumar, a member of the Navy Wives Welfare Association" (a person's)."""
    m = st.m
    for token in m.tokens:
        if token.lower_ == "whose" and token.i >= 2 and m.tokens[token.i - 1].text == ",":
            _body_whose_members(st, token)
            continue
        if token.lower_ == "which" and token.i >= 2 and m.tokens[token.i - 1].text == ",":
            _body_gathering_countries(st, token)
            continue
        if token.lower_ == "which" and token.i >= 3 and m.lower[token.i - 1] == "of" and m.tokens[token.i - 2].text == ",":
            _body_of_which_members(st, token)
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in BODY_VERB_LEMMAS:
            _body_of_a_verb(st, token)
            continue
        if token.lower_ not in ("member", "members", "join", "joined", "joins", "joining") or token.i + 2 >= len(m.tokens):
            continue
        states_of = _member_states_of(m, token)
        k = token.i + 1 + (m.lower[token.i + 1] == "of" and token.lower_.startswith("member")) + 2 * states_of
        if token.lower_.startswith("member") and k == token.i + 1:
            continue
        k += m.lower[k] == "the"
        # countries plainly members ("member states of", "A and B are members of", "Members of X include A and B"): any name
        any_head = states_of or token.lower_ == "members" and _countries_named_before_members(m, token) >= 2
        name = _body_name_run(m, k, any_head=any_head)
        listed = name is not None and token.lower_ == "members" and _members_listed_after(st, name)
        if name is None and token.lower_ == "members":
            name = _body_name_run(m, k, any_head=True)
            listed = name is not None and _members_listed_after(st, name)
            name = name if listed else None
        if name is None and any_head and token.lower_ == "members":
            name = _acronym_grouping_at(m, k)
        if name is not None and any_head and _bodies_joined_by_and(st, name):
            continue  # "members of OPEC and APEC": two bodies, each added
        if name is None or name[-1].i in st.framework_at or name[0].i in st.framework_at and not any_head or name[-1].dep_ == "compound":
            continue  # "members of the X Conference secretariat": the name only says whose
        if not listed and not _country_member_before(m, token) and not _shared_subject_countries(m, token):
            continue  # (a joiner may stand far before: "A has been an observer to F since 2004 and joined the X")
        if not token.lower_.startswith("member") and not _country_subject(m, token):
            continue  # "Chile's scientists joined the X Organisation": people join, not the country
        _add_framework(st, name.text, _gathering_kind(name), name, None, "framework.member-of")


OF_WHICH_SUBJECT_WORDS = frozenset({"both", "all", "they", ",", "and", "the"})


def _of_which_role(m: ArticleMentions, which: Token) -> tuple[list[Token], Token] | None:
    """The subject words and the role noun of ", of which <A and B / both> <be> (founding) <members>"
    at ``which`` (read from the words: the parse may make "founding" the clause's verb), or None."""
    k = which.i + 1
    while k < which.sent.end and (k in m.country_at or m.lower[k] in OF_WHICH_SUBJECT_WORDS):
        k += 1
    subject = list(m.tokens[which.i + 1 : k])
    if not subject or k >= which.sent.end or m.tokens[k].lemma_ not in BE_LEMMAS:
        return None
    k += 1
    while k < which.sent.end and m.lower[k] in ROLE_MODIFIERS:
        k += 1
    if k >= which.sent.end or m.lower[k] not in ROLE_NOUNS or m.lower[k] == "part":
        return None
    return subject, m.tokens[k]


def _body_of_which_members(st: _State, which: Token) -> None:
    """"the Andes Maritime Movement, of which A and B (both) are founding members": a capitalised name
    before ", of which <countries or both> <be> <a role>" is a body (any last word: the text shows
    countries are its members); not "the Lima Agreement, of which officials said little" (no role)."""
    if _of_which_role(st.m, which) is not None:
        _add_body_named_before(st, st.m.tokens[which.i - 1], any_head=True)


def _bodies_joined_by_and(st: _State, name: Span) -> bool:
    """"A and B are members of OPEC and APEC / of ASEAN and the Pacific Alliance": an "and" right after
    an acronym joins two bodies, not two words of one name (no acronym stands before the "and" of
    "Organization for Security and Co-operation in Europe"); each part not yet known is added: an
    acronym alone, or a name with a body's head word. True when the name was split so."""
    m = st.m
    cut = next((t.i for t in name if t.lower_ == "and" and t.i > name.start and ACRONYM.match(m.tokens[t.i - 1].text)), None)
    if cut is None:
        return False
    for start, end in ((name.start, cut), (cut + 1 + (m.lower[cut + 1] == "the"), name.end)):
        part = m.sdoc[start:end]
        if not len(part) or all(t.i in st.framework_at for t in part):
            continue
        if len(part) == 1 and ACRONYM.match(part.text) and len(part.text) >= 3 and part[0].i not in m.country_at:
            _add_framework(st, part.text, "Forum", part, None, "framework.member-of")
            continue
        body = _body_name_run(m, start, any_head=True)
        if body is not None and body.end == end:
            _add_framework(st, body.text, _gathering_kind(body), body, None, "framework.member-of")
    return True


def _member_states_of(m: ArticleMentions, member: Token) -> bool:
    """"member states/countries/nations of" at ``member``."""
    i = member.i
    return (member.lower_ == "member" and i + 2 < len(m.tokens) and m.lower[i + 1] in BODY_NATION_WORDS
            and m.lower[i + 2] == "of")


def _countries_named_before_members(m: ArticleMentions, member: Token) -> int:
    """How many different countries are named before "members" in its sentence ("A, B and C are members")."""
    return len({m.country_at[i] for i in range(member.sent.start, member.i) if i in m.country_at})


def _members_listed_after(st: _State, name: Span) -> bool:
    """"Members of the X include / are A, B and C": a list of countries right after the name."""
    m = st.m
    return name.end < len(m.tokens) and m.lower[name.end] in ("include", "includes", "are") and _countries_gathered_by(st, name.end)


BODY_CANDIDATE_HEADS = frozenset({"organisation", "organization", "association", "league", "authority"})
BODY_CANDIDATE_RULE = "framework.body-candidate"


def _candidate_bodies(st: _State) -> None:
    """Every capitalised name ending in an organisation's head word ("the Andes Maritime Organisation")
    not read otherwise is a body on trial: the membership rules may find it members in any phrasing
    ("Its members are A and B", "founded by A and B"); without members it is dropped before the
    meetings are read (a national "Defence Research Organisation" is no body of countries)."""
    m = st.m
    for token in m.tokens:
        meeting = m.lower[token.i] == "meeting"  # "the Coral Sea Defence Ministers' Meeting": a standing forum on trial
        if m.lower[token.i] not in BODY_CANDIDATE_HEADS and not meeting or not token.text[:1].isupper() or token.i in st.framework_at:
            continue
        run = _capitalised_run(m.sdoc, token.i)
        starts = [t.i for t in run if t.text[:1].isupper() and t.i not in m.country_at] if run is not None else []
        name = next((span for span in (_body_name_run(m, k) for k in starts) if span is not None and span.end == token.i + 1), None)
        if name is None or len(name) < 2 or any(t.i in st.framework_at for t in name) or meeting and not _standing_meeting(st, name):
            continue
        _add_framework(st, name.text, "Forum" if meeting else "Organisation", name, None, BODY_CANDIDATE_RULE)


def _meetings_of_a_bodys_ministers(st: _State) -> None:
    """"the 9th Meeting of <Body> Defence Ministers": a body's ministerial meeting named with capitals
    the other way round from "the <Region> Defence Ministers' Meeting" is a standing forum,
    named without its edition; "Meeting" and the members' word are capitalised ("a meeting of
    SADC defence ministers" is one gathering) and a known body follows "of"."""
    m = st.m
    for token in m.tokens:
        if token.text != "Meeting" or token.i + 3 >= len(m.tokens) or m.lower[token.i + 1] != "of" or token.i in st.framework_at:
            continue
        body = token.i + 2 + (m.lower[token.i + 2] == "the")
        if body not in st.framework_at:
            continue
        end = body
        while end < len(m.tokens) and end < body + 8 and st.framework_at.get(end) == st.framework_at[body]:
            end += 1  # past the body's own name ("the Southern African Development Community")
        while end < len(m.tokens) and end < body + 8 and m.tokens[end].text[:1].isupper() and m.tokens[end].is_alpha \
                and m.lower[end] not in MEETING_MEMBER_WORDS:
            end += 1  # the portfolio or service: "Defence", "Army"
        if end >= len(m.tokens) or end == body or m.lower[end] not in MEETING_MEMBER_WORDS or not m.tokens[end].text[:1].isupper():
            continue
        name = m.sdoc[token.i : end + 1]
        _add_framework(st, name.text, "Forum", name, None, "framework.named")


def _drop_memberless_candidates(st: _State) -> None:
    """Bodies on trial (see _candidate_bodies) no country is a member of are no bodies."""
    for key in [k for k, fw in st.frameworks.items() if {ev.rule for ev in fw.evidence} <= {BODY_CANDIDATE_RULE}]:
        if not _countries_are_members_of(st, key):
            del st.frameworks[key]
            st.memberships = [mb for mb in st.memberships if mb.framework != key]
            for i in [i for i, k in st.framework_at.items() if k == key]:
                del st.framework_at[i]
                st.framework_len.pop(i, None)


def _body_whose_members(st: _State, whose: Token) -> None:
    """"The Organization of Turkic States, whose members are A, B and C": a body's name before ", whose
    members/member states" (the members are read with the other lists)."""
    m = st.m
    k = whose.i + 1
    k += k < len(m.tokens) and (m.lower[k] in NUMBER_WORDS or m.tokens[k].like_num)  # "whose three members"
    if k >= len(m.tokens) or m.lower[k] not in ("members", "member", "membership"):
        return
    _add_body_named_before(st, whose)


# what may stand between a gathering verb and its list: "brings together six member countries: A, ..."
GATHERED_LEAD_WORDS = frozenset({"together", "member", "members", "countries", "nations", "states", "of",
                                                "the", ":", "—", "–"})


def _body_gathering_countries(st: _State, which: Token) -> None:
    """"the Andean Pacific Cooperation, which comprises five member countries: A, B and C": a body's name
    before ", which <gathers>" a list of two or more countries is a body (its members are read with the
    other lists); not ", which includes training for A" (no list right after the verb)."""
    verb_at = _gathering_verb_at(st.m, which.i + 1, which.sent.end)
    if verb_at is not None and _countries_gathered_by(st, verb_at):
        _add_body_named_before(st, which, any_head=True)


def _gathering_verb_at(m: ArticleMentions, start: int, end: int) -> int | None:
    """Where the gathering verb of a relative clause starting at ``start`` stands ("which comprises",
    "which is currently made up of": the "up" of "made up", which gathers as "comprises" does), or None."""
    verb_at = start
    while verb_at < end and (m.lower[verb_at] in ("also", "now", "currently", "still") or m.tokens[verb_at].lemma_ == "be"):
        verb_at += 1
    if verb_at + 1 >= end:
        return None
    if m.lower[verb_at] == "made" and m.lower[verb_at + 1] == "up":
        return verb_at + 1
    return verb_at if _word_in(m.tokens[verb_at], GATHER_VERBS) else None


def _countries_gathered_by(st: _State, verb_at: int) -> bool:
    """A list of two or more countries right after the gathering verb at ``verb_at`` ("comprises six
    member countries: A, B, ...", "brings together A and B")."""
    m = st.m
    end = _colon_list_end(m, m.tokens[verb_at].sent)  # "...: A, B and C." may be split off as a sentence
    k = verb_at + 1
    while k < end and (m.lower[k] in GATHERED_LEAD_WORDS or m.lower[k] in NUMBER_WORDS or m.tokens[k].like_num) and k not in m.country_at:
        k += 1
    return k in m.country_at and len(_country_list_after(st, k, end)) >= 2


CO_CHAIR_BE_WORDS = frozenset({"is", "are", "was", "were", "currently", "jointly", "now"})


def _bodies_co_chaired_by_countries(st: _State) -> None:
    """"the Standing Conference on River Safety is co-chaired by A and B, and the Standing Conference on
    Mine Action by C and D": a capitalised title with a body's head word that countries co-chair is a
    body, the second one too when the clause leaves out its verb (not "co-chaired by Minister X")."""
    m = st.m
    for token in m.tokens:
        start = co_chair_start(token) if "chair" in token.lower_ else None
        if start is None or token.i + 2 >= len(m.tokens) or m.lower[token.i + 1] != "by":
            continue
        sent_end = token.sent.end
        chairs, after = _co_chair_country_run(m, token.i + 2, sent_end)
        if len(chairs) < 2:
            continue
        be = start
        while be - 1 > token.sent.start and m.lower[be - 1] in CO_CHAIR_BE_WORDS:
            be -= 1
        if be < start:
            _add_co_chaired_title(st, _title_after_the(m, token.sent.start, be))
        gapped = _gapped_co_chair_clause(m, after, sent_end)
        if gapped is not None:
            _add_co_chaired_title(st, gapped[0])


def _co_chair_country_run(m: ArticleMentions, k: int, end: int) -> tuple[list[str], int]:
    """The countries of "A and B", "A, B and the C" starting at ``k``, and where their list ends."""
    chairs: list[str] = []
    after = k
    while k < end:
        if m.lower[k] in ("and", ",", "the") and k + 1 < end and (k + 1 in m.country_at or m.lower[k + 1] == "the" and k + 2 in m.country_at):
            k += 1
            continue
        if k not in m.country_at or k + 1 < end and m.tokens[k + 1].text in POSSESSIVE_MARKS:
            break  # "by Peru's defence minister": a person, not the country
        if m.country_at[k] not in chairs:
            chairs.append(m.country_at[k])
        k = after = _country_words_end(m, k) + 1
    return chairs, after


def _gapped_co_chair_clause(m: ArticleMentions, k: int, end: int) -> tuple[Span, list[str]] | None:
    """", and the <Title> by C and D" right after a co-chaired clause's countries: the verb left out, the
    title and its co-chairs; None if no such clause follows."""
    k += k < end and m.tokens[k].text == ","
    if k + 1 >= end or m.lower[k] != "and" or m.lower[k + 1] != "the":
        return None
    by = next((i for i in range(k + 2, min(end, k + 16)) if m.lower[i] == "by"), None)
    if by is None:
        return None
    chairs, _ = _co_chair_country_run(m, by + 1, end)
    title = _title_after_the(m, k + 1, by)
    return (title, chairs) if title is not None and len(chairs) >= 2 else None


def _title_after_the(m: ArticleMentions, sent_start: int, end: int) -> Span | None:
    """The capitalised title that "the" opens and that ends right before ``end``, with a body's head word
    before its first connector ("the Joint Board on Coastal Safety"); None if the words before ``end`` are no such title."""
    k = end - 1
    while k > sent_start and (m.tokens[k].text[:1].isupper() and m.tokens[k].is_alpha or m.lower[k] in NAME_CONNECTORS):
        k -= 1
    if k >= end - 1 or m.lower[k] != "the" or not m.tokens[k + 1].text[:1].isupper() or not m.tokens[end - 1].text[:1].isupper():
        return None
    title = m.sdoc[k + 1 : end]
    if _co_chaired_title_kind(title) is None or _is_other_entity(m, title):
        return None
    return title


def _co_chaired_title_kind(title: Span) -> str | None:
    """The kind a body's title says by its head word ("Conference" of "Standing Conference on X"), if any."""
    head = _head_word_of_name([t for t in title if t.is_alpha])
    return None if head is None else MEMBER_BODY_HEADS.get(head.lower()) or FRAMEWORK_HEADS.get(head.lower())


def _add_co_chaired_title(st: _State, title: Span | None) -> None:
    """Record a co-chaired body's title as a framework, unless a name is read there already."""
    if title is None or any(t.i in st.framework_at for t in title):
        return
    _add_framework(st, title.text, _co_chaired_title_kind(title) or "Forum", title, None, "framework.co-chaired")


# verbs of a body gathering its members ("comprises", "brings together", "is composed of")
GATHER_VERBS = frozenset({"bring", "unite", "comprise", "include", "consist", "gather", "group", "compose"})
BODY_JOINED_LEMMAS = frozenset({"belong", "participate", "take", "make", "form"})  # "belong to", "take part in", "make up", "form"
BODY_VERB_LEMMAS = GATHER_VERBS | BODY_JOINED_LEMMAS


def _body_of_a_verb(st: _State, verb: Token) -> None:
    """"The Andes Maritime Organisation unites A, B and C", "A and B belong to / take part in / make up
    the Andes Maritime Organisation": a capitalised name with a body's head word (see
    MEMBER_BODY_HEADS) that gathers a list of countries, or that countries belong to, is a body; not
    "The X Organisation includes training for A" (no list), "A's officers take part in the X
    Association" (people, not the country), "A and B will join" (read by the join rule)."""
    m = st.m
    lemma = verb.lemma_.lower()
    made_up_of = m.lower[verb.i] == "made" and m.lower[verb.i + 1 : verb.i + 3] == ["up", "of"]
    if lemma in GATHER_VERBS or made_up_of:  # "The X Group is made up of A, B and C" gathers as "comprises" does
        named = next((c for c in verb.children if c.dep_ == "nsubj" or made_up_of and c.dep_ == "nsubjpass"), None)
        if named is None or not _countries_gathered_by(st, verb.i + made_up_of):
            return
    else:
        named = _joined_body_object(verb)
        if named is None or not (_country_subject(m, verb) or _counted_subject_countries(m, verb) or _pronoun_country(m, verb)):
            return
    start = named.left_edge.i + (m.lower[named.left_edge.i] == "the")
    name = _body_name_run(m, start, any_head=lemma in GATHER_VERBS or made_up_of)  # a list of countries gathered: any name
    if name is None or name.end != named.i + 1 or any(t.i in st.framework_at for t in name):
        return
    _add_framework(st, name.text, _gathering_kind(name), name, None, "framework.member-of")


def _joined_body_object(verb: Token) -> Token | None:
    """What "belong to X", "participate in X", "take part in X", "make up X" name as X."""
    lemma = verb.lemma_.lower()
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    if lemma in ("make", "form"):
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None
    prep = "to" if lemma == "belong" else "in"
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"), None)


def _add_body_named_before(st: _State, relative: Token, any_head: bool = False) -> None:
    """The capitalised name with a body's head word (any last word with ``any_head``) right before
    ", <relative>" is a body."""
    m = st.m
    name_end = relative.i - 2
    acronym = None
    if name_end >= 3 and m.tokens[name_end].text == ")" and m.tokens[name_end - 2].text == "(" and _is_acronym(m.tokens[name_end - 1].text):
        acronym = m.tokens[name_end - 1].text  # "the X Group (XG), which ...": the name stands before its acronym
        name_end -= 3
    elif _known_as_acronym(m, name_end):
        acronym = m.tokens[name_end].text  # "the X Organisation, known as XO, whose ...": the name stands before
        name_end -= 4
    run = _capitalised_run(m.sdoc, name_end)
    # the run may take in more than the name ("the ASC and the Southern Seas Association"): the
    # longest body's name that ends where the run does
    starts = [t.i for t in run if t.text[:1].isupper() and t.i not in m.country_at] if run is not None else []
    name = next((span for span in (_body_name_run(m, k, any_head) for k in starts) if span is not None and span.end == run.end), None)
    if name is None or any(t.i in st.framework_at for t in name):
        return
    _add_framework(st, name.text, _gathering_kind(name), name, None, "framework.member-of", acronym=acronym)


def _known_as_acronym(m: ArticleMentions, i: int) -> bool:
    """Token ``i`` is the acronym of ", known as ACR" set off after a name."""
    return i >= 5 and _is_acronym(m.tokens[i].text) and m.lower[i - 3 : i] == [",", "known", "as"]


# last words of names that are no grouping of countries, whatever the text says around them
NOT_GROUPING_HEADS = frozenset({"ministry", "department", "company", "corporation", "ltd", "inc", "limited", "army",
                                "navy", "division", "brigade", "regiment", "battalion", "corps", "fleet", "squadron",
                                "operation", "university", "city", "port", "airport", "hospital", "academy", "college"})


def _acronym_grouping_at(m: ArticleMentions, k: int) -> Span | None:
    """"A and B are members of PALKO": a grouping known by its acronym alone (three capitals or
    more, no place or country) at ``k``, else None."""
    if k >= len(m.tokens) or not (_is_acronym(m.tokens[k].text) and len(m.tokens[k].text) >= 3):
        return None
    span = m.sdoc[k : k + 1]
    return None if _is_other_entity(m, span) or k in m.place_at or k in m.country_at else span


def _body_name_run(m: ArticleMentions, start: int, any_head: bool = False) -> Span | None:
    """The capitalised name starting at ``start`` with a body's head word: at its end ("Pacific
    Defence Organisation") or first before "of"/"for" ("League of Arab States", "Organization for
    Security and Co-operation in Europe"). With ``any_head`` (the text shows countries are its
    members) any last word will do ("the Andes River Patrol comprises A and B"), but not one of a
    ministry, company, unit or city (NOT_GROUPING_HEADS)."""
    end, last, headed = start, None, None
    while end < len(m.tokens) and end - start < 14:  # "Conference on A and B-C Measures in <region>"
        t = m.tokens[end]
        if t.text[:1].isupper() and (t.is_alpha or "-" in t.text) and not (t.is_sent_start and end > start):
            last = end
            headed = end if m.lower[end] in MEMBER_BODY_HEADS else headed
        elif last == end - 1 and joined_tight(m.tokens, end) and m.tokens[end + 1].text[:1].isupper():
            pass  # "Andean-Pacific Four": a hyphen joining two words of the name
        elif _plural_possessive_mark(m.sdoc, end) and last == end - 1:
            pass  # "Defence Ministers' Meeting"
        elif _the_inside_name(m, end) and last is not None:
            pass  # "Conference of Defence Ministers of the Andes", "Organisation of the Black Sea ..."
        elif not (t.lower_ in ("of", "for", "and", "on", "in") and last is not None):
            break
        end += 1
    if last is None:
        return None
    if m.lower[start] in MEMBER_BODY_HEADS and last > start + 1 and m.lower[start + 1] in ("of", "for", "on"):
        span = m.sdoc[start : last + 1]  # a place may end it: "... in Europe"
        return None if _is_other_entity(m, span, places=False) else span
    if (headed is None or headed == start) and any_head and last > start and m.lower[last] not in NOT_GROUPING_HEADS:
        headed = last
    if headed is None or headed == start:
        return None
    span = m.sdoc[start : headed + 1]
    persons = not _person_tag_takes_head(m, span)
    # "the Southern Atlantic Maritime Organisation": a region of several states may open the name
    opening = _bare_region_end(m, start)
    rest = m.sdoc[opening + 1 : headed + 1] if opening is not None and opening < headed else span
    other = _is_other_entity(m, span, places=False, persons=persons) or _is_other_entity(m, rest, persons=persons)
    return None if other or span[-1].i in m.place_at else span


def _the_inside_name(m: ArticleMentions, i: int) -> bool:
    """A "the" inside a body's name: right after its "of"/"for" and before a capitalised word ("of
    the Andes", "for the Arab States"); not "of the region" (a lowercase word ends the name)."""
    return (m.lower[i] == "the" and 0 < i < len(m.tokens) - 1 and m.lower[i - 1] in ("of", "for")
            and m.tokens[i + 1].text[:1].isupper() and not m.tokens[i + 1].is_sent_start)


def _person_tag_takes_head(m: ArticleMentions, span: Span) -> bool:
    """A person's mention that takes in a name's capitalised framework head word ("the Andes Initiative"
    read as a person) is a misreading: nobody is called "... Initiative"."""
    head = span[-1]
    return head.i in m.person_at and head.text[:1].isupper() and (head.lower_ in FRAMEWORK_HEADS or head.lower_ in MEMBER_BODY_HEADS)


def _gathering_kind(name: Span) -> str:
    """The kind of a body's name: from its body head word (see MEMBER_BODY_HEADS), else from a
    framework head word ("... Initiative"), else a Forum (a grouping named otherwise: "... Patrol")."""
    head = name[-1] if name[-1].lower_ in MEMBER_BODY_HEADS else name[0]
    if head.lower_ in MEMBER_BODY_HEADS:
        return MEMBER_BODY_HEADS[head.lower_]
    if _regional_commission(name.text):
        return "Organisation"
    return FRAMEWORK_HEADS.get(name[-1].lower_, "Forum")


ACRONYM_BODY_RULE = "framework.acronym-body"


def _member_body_kind(name: Span) -> str | None:
    """The kind of a name with a body's head word (see MEMBER_BODY_HEADS), last or first before "of"/"for"."""
    words = [t for t in name if t.is_alpha]
    if len(words) >= 2 and words[-1].lower_ in MEMBER_BODY_HEADS:
        return MEMBER_BODY_HEADS[words[-1].lower_]
    if len(words) >= 3 and words[0].lower_ in MEMBER_BODY_HEADS and words[1].lower_ in ("of", "for"):
        return MEMBER_BODY_HEADS[words[0].lower_]
    return None


def _country_subject(m: ArticleMentions, verb: Token) -> bool:
    """The verb's subject is a country (or a list of them): "Chile and Peru joined"; or the subject a
    subjectless conjoined verb shares ("Chile has been an observer to F and joined G")."""
    return any(c.dep_ == "nsubj" and c.i in m.country_at for c in verb.children) or bool(_shared_subject_countries(m, verb))


def _counted_subject_countries(m: ArticleMentions, verb: Token) -> list[str]:
    """"[A, B and C ...] The three countries form / belong to F": the countries a counted subject
    ("the three countries", "the four nations", "the three countries represented at the talks") stands
    for (see _counted_countries_named_before); not "all three countries at the talks" (a group told by
    where it is, not by its count alone)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in COUNTRY_NOUNS), None)
    if subject is None or subject.i < 2 or m.lower[subject.i - 2] != "the":
        return []
    if any(c.i > subject.i and not _reduced_relative(c) for c in subject.children):
        return []
    return _counted_countries_named_before(m, verb.sent, subject.i)


def _reduced_relative(token: Token) -> bool:
    """A participle clause after a noun ("the countries represented in X", "the states taking part")."""
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBG")


def _counted_noun_before_participle(m: ArticleMentions, k: int, sent: Span) -> int:
    """"the six countries represented in X" ending at ``k``: the index of the counted country noun the
    participle clause describes (the clause says where the group was, not who it is); else ``k``."""
    for anc in m.tokens[k].ancestors:
        if _reduced_relative(anc) and anc.head.lower_ in COUNTRY_NOUNS and anc.head.i >= sent.start and anc.right_edge.i == k:
            return anc.head.i
    return k


def _country_member_before(m: ArticleMentions, token: Token) -> bool:
    """A country (and no person) among the words before "member(s) of" / "joined" in its sentence, or
    "both countries" / "the two nations" ("The two countries are founding members of the X Organisation")."""
    window = range(max(token.sent.start, token.i - MEMBER_OF_LOOKBACK), token.i)
    pair = any(m.lower[i] in COUNTRY_NOUNS and m.lower[i - 1] in PAIR_WORDS for i in window if i > 0)
    # "A and B signed the X Treaty in 1990, and both are members of": the quantifier stands for the
    # countries named earlier in the sentence, however far back
    countries = window if not _quantifier_subject_before(m, token) else range(token.sent.start, token.i)
    return (pair or any(i in m.country_at for i in countries)) and not any(i in m.person_at for i in window)


QUANTIFIER_SUBJECTS = frozenset({"both", "all"})


def _quantifier_subject_before(m: ArticleMentions, token: Token) -> bool:
    """"both are (also) (founding) members", "all are members": a bare quantifier is the subject."""
    k = token.i - 1
    while k > token.sent.start and (m.tokens[k].pos_ in ("ADV", "ADJ") or m.lower[k] in ("also", "founding")):
        k -= 1  # "both are also founding members"
    return (k - 1 >= token.sent.start and m.tokens[k].lemma_ == "be" and m.lower[k - 1] in QUANTIFIER_SUBJECTS
            and (k - 2 < token.sent.start or not m.tokens[k - 2].is_alpha or m.lower[k - 2] in ("and", "but")))


RESOLUTION_NUMBER = re.compile(r"^[0-9]{3,4}$")


def _numbered_resolutions(st: _State) -> None:
    """"Security Council Resolution 2719", "applying resolution 2719": a numbered resolution is a
    text states are bound by (an Agreement), named as written with the body that passed it."""
    m = st.m
    named: dict[str, str] = {}  # number -> the name it was first written with ("resolution 2719" later is the same)
    for token in m.tokens:
        if token.lower_ != "resolution" or token.i + 1 >= len(m.tokens) or not RESOLUTION_NUMBER.match(m.tokens[token.i + 1].text):
            continue
        start = token.i
        while start > 0 and _resolution_body_word(m.tokens[start - 1]):
            start -= 1  # "U.N. Security Council": the body is part of the name
        span = m.sdoc[start : token.i + 2]
        number = m.tokens[token.i + 1].text
        named.setdefault(number, span.text)
        _add_framework(st, named[number], "Agreement", span, None, "framework.resolution")


def _resolution_body_word(token: Token) -> bool:
    """A word of the body's name before "Resolution": capitalised ("Security", "UN", "U.N.")."""
    return not token.is_space and token.text[:1].isupper() and (token.is_alpha or token.text.replace(".", "").isalpha())


SHARED_OPERATION_WORDS = frozenset({"multinational", "international", "coalition", "joint", "combined", "maritime", "naval"})
TAKE_PART_LEMMAS = frozenset({"join", "participate", "contribute", "part", "participation", "contribution"})


def _shared_operation(st: _State, token: Token) -> bool:
    """"Operation X" is a framework when states share it: a body's ("the EU's Operation Atalanta"),
    "US-led", "multinational", or joined / taken part in by a country ("Britain joined Operation X");
    not a national operation ("port calls under Operation Sankalp", "soldiers who died during Operation Pawan")."""
    m = st.m
    before = m.tokens[max(token.sent.start, token.i - 3) : token.i]
    if any(t.i in st.framework_at or t.lower_ in SHARED_OPERATION_WORDS or t.lower_ in ("led", "-led") or t.lower_.endswith("-led")
           for t in before):
        return True
    name = token
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Operation" is a compound of the name's last word
    governor = name.head.head if name.dep_ == "pobj" else name.head
    if governor.lemma_.lower() not in TAKE_PART_LEMMAS:
        return False
    verb = governor if governor.pos_ == "VERB" else governor.head
    return any(c.dep_ in ("nsubj", "poss") and c.i in m.country_at for c in (*verb.children, *governor.children))


PROGRAMME_WORDS = frozenset({"programme", "program", "project"})
WORKS_WORDS = frozenset({"harbour", "harbor", "port", "island", "airstrip", "airport", "jetty", "dock", "dockyard", "road",
                         "bridge", "railway", "rail", "housing", "hospital", "dam", "hydropower", "pipeline", "infrastructure"})
NAMED_KIND_WORDS = {"programme": "Initiative", "program": "Initiative", "project": "Initiative", "roadmap": "Agreement",
                    "contract": "Agreement", "policy": "Policy", "doctrine": "Policy", "initiative": "Initiative",
                    "plan": "Policy"}
# kind words that name a framework only after a country's possessive ("Ruritania's Resilient Nation
# framework", "Ruritania's Forward Shield concept"; not "the Maritime Security framework" of a text)
OWNED_KIND_WORDS = {"framework": "Policy", "concept": "Policy", "strategy": "Policy"}
# kind words that name a framework only after a numbered name ("the Defence Reform 2.0 plan", "the
# Compass 2040 plan"; not "the Rossi plan", a proposal)
NUMBERED_NAME_KINDS = frozenset({"plan"})
LOWERCASE_MODIFIER_WORDS = 3  # "the Eurodrone air defence programme", "the X fifth-generation fighter jet program"
# one word before these names a topic ("its Arctic policy"), two name a policy ("its Act East policy")
TWO_WORD_KINDS = frozenset({"policy", "doctrine", "initiative"})
# what stands before a named programme or policy: "the Eurodrone programme", "India's Neighbourhood
# First policy", "its Connect Central Asia policy"
NAMED_KIND_LEADS = frozenset({"the", "its", "their", "'s", "’s"})
INNER_CONNECTORS = frozenset({"in", "of", "for"})


def _named_programmes(st: _State) -> None:
    """"the Eurodrone programme", "the Narew air defence programme", "the Compass 2040 roadmap",
    "India's Neighbourhood First policy", "the Make in India initiative": a name before a lowercase
    kind word is a programme (Initiative), roadmap (Agreement) or policy; the whole phrase is an alias."""
    m = st.m
    sdoc = m.sdoc
    for token in m.tokens:
        kind_words = NAMED_KIND_WORDS if token.lower_ in NAMED_KIND_WORDS else OWNED_KIND_WORDS
        if token.lower_ not in kind_words or not token.is_lower or _post_of_a_kind_word(m, token):
            continue
        end = _lowercase_modifiers_start(m, token.i)
        start = _name_start(m, end, CONTRACT_NAME_WORDS if token.lower_ == "contract" else NAME_WORDS_BEFORE_KIND)
        if start == end or start == 0 or m.tokens[start].is_sent_start:
            continue
        if kind_words is OWNED_KIND_WORDS and not _country_possessive_before(m, start):
            continue
        if m.tokens[start - 1].lower_ not in NAMED_KIND_LEADS and not _listed_after_framework(st, start):
            continue
        if token.lower_ in NUMBERED_NAME_KINDS and not (m.tokens[end - 1].like_num and end - 1 > start):
            continue
        if token.lower_ == "project" and any(m.lower[w] in WORKS_WORDS for w in range(end, token.i)):
            continue  # "the Agalega island project", "the X harbour project": building works, not a programme
        name = sdoc[start:end]
        if not _plain_name(st, name) or (token.lower_ in TWO_WORD_KINDS or kind_words is OWNED_KIND_WORDS) and len(name) < 2:
            continue
        whole = sdoc[start : token.i + 1]
        if token.lower_ == "contract":  # "the BrahMos supply contract": BrahMos is the missile, the contract is the thing
            _add_framework(st, whole.text, "Agreement", whole, None, "framework.programme")
            continue
        key = _add_framework(st, name.text, kind_words[token.lower_], name, None, "framework.programme")
        if whole.text not in st.frameworks[key].aliases:
            st.frameworks[key].aliases.append(whole.text)


# plural kind words after two names joined by "and": "the government's Make in X and Y Z goals"
PAIRED_KIND_WORDS = {"goals": "Policy", "visions": "Policy", "policies": "Policy", "initiatives": "Initiative",
                     "programmes": "Initiative", "programs": "Initiative"}
# last words of a unit or an office, not a policy's name ("the Air Force and Coast Guard programmes")
UNIT_LAST_WORDS = frozenset({"force", "forces", "guard", "army", "navy", "corps", "command", "ministry", "department",
                             "service", "services", "agency", "office", "council", "committee"})


def _paired_named_programmes(st: _State) -> None:
    """"the government's Make in X and Y Z goals", "Chile's Open Seas and Green Fleet initiatives": two
    names of two words or more joined by "and" before a plural kind word, with a lead ("the", "its",
    "'s") before the first, are two policies (or initiatives); not units ("the Air Force and Coast
    Guard programmes"), not single words ("the Army and Navy programmes")."""
    m = st.m
    for token in m.tokens:
        kind = PAIRED_KIND_WORDS.get(token.lower_)
        if kind is None or not token.is_lower or _post_of_a_kind_word(m, token):
            continue
        second = _name_start(m, token.i)
        if second == token.i or second < 3 or m.lower[second - 1] != "and":
            continue
        first = _name_start(m, second - 1)
        if first == second - 1 or first == 0 or m.tokens[first].is_sent_start or m.tokens[first - 1].lower_ not in NAMED_KIND_LEADS:
            continue
        names = [m.sdoc[first : second - 1], m.sdoc[second : token.i]]
        # one of the two may be a known policy ("the government's Make in X and <known> goals"): the other is still one
        known = [len({st.framework_at.get(t.i) for t in n}) == 1 and n[0].i in st.framework_at for n in names]
        if all(known) or any(not k and (len(n) < 2 or not _plain_name(st, n, place_tags=False) or n[-1].lower_ in UNIT_LAST_WORDS
                                        or n[-1].lower_ in FRAMEWORK_HEADS) for n, k in zip(names, known)):
            continue
        for name, k in zip(names, known):
            if not k:
                _add_framework(st, name.text, kind, name, None, "framework.programme")


def _country_possessive_before(m: ArticleMentions, start: int) -> bool:
    """A country's "'s" right before word ``start`` ("Ruritania's <name>")."""
    return start >= 2 and m.tokens[start - 1].text in POSSESSIVE_MARKS and start - 2 in m.country_at


def _listed_after_framework(st: _State, start: int) -> bool:
    """"Ruritania's Look South Policy and Coast First policy": a name at ``start`` listed right after
    a framework ("," or "and" between) shares the lead the first one had."""
    return start >= 2 and st.m.lower[start - 1] in (",", "and") and start - 2 in st.framework_at


PLUS_FORMAT_TALK_WORDS = frozenset({"talks", "dialogue"})


def _plus_format_talks(st: _State) -> None:
    """"their seventh "2+2" talks", "the next round of the 2+2 talks": a series of talks known by its
    format (ministers of two portfolios from each side) is a Dialogue; the format alone is an alias.
    Not after a capitalised word ("the Chile-Peru 2+2 talks": a name's own words decide there)."""
    m = st.m
    for i in range(1, len(m.tokens) - 3):
        a, plus, b = m.tokens[i : i + 3]
        if not (a.text.isdigit() and plus.text == "+" and b.text.isdigit() and not a.whitespace_ and not plus.whitespace_):
            continue
        after = i + 3 + (m.tokens[i + 3].text in CLOSE_QUOTES and i + 4 < len(m.tokens))
        before = i - 1 - (m.tokens[i - 1].text in OPEN_QUOTES)
        if m.lower[after] not in PLUS_FORMAT_TALK_WORDS or not m.tokens[after].is_lower or before < 0 or m.tokens[before].text[:1].isupper() \
                or any(k in st.framework_at for k in range(i, after + 1)):
            continue
        key = _add_framework(st, f"{a.text}+{b.text} {m.lower[after]}", "Dialogue", m.sdoc[i : after + 1], None, "framework.plus-format")
        if f"{a.text}+{b.text}" not in st.frameworks[key].aliases:
            st.frameworks[key].aliases.append(f"{a.text}+{b.text}")


def _lowercase_modifiers_start(m: ArticleMentions, kind_word: int) -> int:
    """Where the lowercase modifiers before a kind word start ("the Narew air defence programme" ->
    at "air"): up to three words, a hyphened compound one word ("fifth-generation")."""
    k = kind_word
    words = 0
    while k - 1 >= 0 and words < LOWERCASE_MODIFIER_WORDS:
        prev = m.tokens[k - 1]
        if prev.is_lower and prev.is_alpha and prev.lower_ not in ("the", "a", "an", "its", "their"):
            k -= 1
            words += not (k - 1 >= 0 and joined_tight(m.tokens, k - 1) and m.tokens[k - 2].is_lower)
        elif words and joined_tight(m.tokens, k - 1) and m.tokens[k - 2].is_lower and m.tokens[k - 2].is_alpha:
            k -= 1  # the hyphen inside "fifth-generation"
        else:
            break
    return k


KIND_POST_NOUNS = OFFICE_NOUNS | frozenset({"manager", "coordinator", "lead", "leader", "fellow"})


def _post_of_a_kind_word(m: ArticleMentions, token: Token) -> bool:
    """"the institute's Asia program director", "its Africa policy manager": a kind word right
    before a post's noun names a person's post (a think tank's desk), not a programme or policy."""
    return token.i + 1 < len(m.tokens) and m.lower[token.i + 1] in KIND_POST_NOUNS


NAME_WORDS_BEFORE_KIND = 3
VERSION_NUMBER = re.compile(r"[0-9]\.[0-9]")
# a contract is named after the weapon system it buys, whose designation runs long: "the Falcon
# Ship-Borne Anti-Air Missile System contract" (hyphened parts count as words)
CONTRACT_NAME_WORDS = 8


def _name_start(m: ArticleMentions, end: int, limit: int = NAME_WORDS_BEFORE_KIND) -> int:
    """Where the capitalised name ending before ``end`` starts: up to ``limit`` words, a year ("Horizon
    2047") or a connector inside ("Make in India"), never a determiner ("The Eurodrone programme")."""
    start = end
    if start - 2 >= 0 and (m.tokens[start - 1].text.isdigit() and len(m.tokens[start - 1].text) in (1, 2, 4)
                           or VERSION_NUMBER.fullmatch(m.tokens[start - 1].text)):
        start -= 1  # "Compass 2040", "Condor 2" (its phase), "Defence Reform 2.0" (its version)
    words = 0
    while start - 1 >= 0 and words < limit:
        prev = m.tokens[start - 1]
        if prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in ("the", "a", "an"):
            start -= 1
            words += 1
        elif prev.text == "-" and start < end and start - 2 >= 0 and not prev.whitespace_ and not m.tokens[start - 2].whitespace_ \
                and m.tokens[start - 2].text[:1].isupper():
            start -= 1  # "Neo-Condor": a hyphen inside one word of the name
        elif prev.lower_ in INNER_CONNECTORS and start < end and start - 2 >= 0 and m.tokens[start - 2].text[:1].isupper():
            start -= 1  # "Make in India": the connector joins two capitalised words
        else:
            break
    while start < end and m.tokens[start].lower_ in INNER_CONNECTORS:
        start += 1
    return start


def _plain_name(st: _State, name: Span, place_tags: bool = True) -> bool:
    """A name of its own: not a person, title, place or country ("India's China policy"), nor a
    known framework; a country may only follow a connector inside it ("Make in India"). Without
    ``place_tags`` the tagger's GPE label alone does not make a place (a known place still does):
    for a name the text itself says is a programme ("East Ridge, Chile's programme to ...")."""
    m = st.m
    if _is_other_entity(m, name, places=False) or name[0].i in m.place_at:
        return False  # a place after the first word is part of the name ("Connect Central Asia")
    if len(name) == 1 and name[0].ent_type_ == "NORP":
        return False  # "the European initiative" (the tagger also calls "Connect" in "Connect Central Asia" NORP)
    for t in name:
        after_connector = t.i > name.start and m.tokens[t.i - 1].lower_ in INNER_CONNECTORS
        if t.i in st.framework_at or (t.i in m.country_at or place_tags and t.ent_type_ == "GPE") and not after_connector:
            return False
    return name[0].text[:1].isupper()


AGREEMENT_WORDS = frozenset({"treaty", "agreement", "pact", "accord", "protocol"})
# "the Korea-Poland defence strategic dialogue", "the Chile-Peru-Ecuador trilateral cooperation mechanism": as written
DESCRIBED_KINDS = {"dialogue": "Dialogue", "mechanism": "Dialogue", "talks": "Dialogue",  # "the A-B defence policy talks"
                   "consultation": "Dialogue", "consultations": "Dialogue",  # "the A-B annual maritime consultation"
                   "roundtable": "Forum"}  # "an A-B defence industry roundtable"


def _described_agreements(st: _State) -> None:
    """"a new UK-Poland defence and security treaty": an agreement between the countries of a
    hyphenated pair, named by its description as written."""
    m = st.m
    for token in m.tokens:
        if token.lower_ not in AGREEMENT_WORDS and token.lower_ not in DESCRIBED_KINDS or not token.is_lower or token.i in st.framework_at:
            continue
        k = token.i - 1
        while k >= 0 and k > token.i - 6 and (m.tokens[k].is_lower and m.tokens[k].is_alpha and m.tokens[k].lower_ not in ("the", "a", "an", "new")
                                              or k > 0 and m.tokens[k].text in ("'", "’") and not m.tokens[k - 1].whitespace_ and m.lower[k - 1].endswith("s")):
            k -= 1  # "the A-B defence ministers' talks": a plural possessive describes too
        if k == token.i - 1 or k not in m.country_at:
            continue  # no description, or not after a country pair
        start = k
        while start - 1 >= 0 and (start - 1 in m.country_at or m.tokens[start - 1].text == "-" and not m.tokens[start - 1].whitespace_):
            start -= 1
        span = m.sdoc[start : token.i + 1]
        pair = {m.country_at[i] for i in range(start, k + 1) if i in m.country_at}
        if len(pair) < 2 or not any(t.text == "-" for t in m.sdoc[start : k + 1]):
            continue
        named = _named_before_description(st, start)
        if named is not None:  # "the X House Agreement, the Chile-Peru defence agreement signed in 2025": the same one
            if span.text not in st.frameworks[named].aliases:
                st.frameworks[named].aliases.append(span.text)
            continue
        _add_framework(st, span.text, DESCRIBED_KINDS.get(token.lower_, "Agreement"), span, None, "framework.described")


PARTY_DOCUMENT_VERBS = frozenset({"sign", "ink", "initial", "conclude", "ratify", "implement"})


def _agreements_of_two_parties(st: _State) -> None:
    """"A signed a <topic> protocol with <capital of B>", "<capital of A> and <capital of B> implement
    the <topic> agreement": a lowercase agreement described by lowercase words, signed or implemented by
    the two parties its clause names (countries, or capitals standing for them), is "A-B <description>"
    when "the" or a "with" party picks it out."""
    m = st.m
    for token in m.tokens:
        if token.lower_ not in AGREEMENT_WORDS or not token.is_lower or token.i in st.framework_at:
            continue
        start = _document_modifiers_start(token)
        verb = _governing_verb(token)
        if start == token.i or verb is None or verb.lemma_ not in PARTY_DOCUMENT_VERBS or token.dep_ == "appos" \
                or start > 0 and m.lower[start - 1] == "such":
            continue  # "an agreement" says nothing of which one; "discussed the peace agreement" names no parties;
            # "signed the X Memorandum, the first such framework agreement": a description of one named
        parties = _clause_parties(m, verb, token)
        if len(parties) != 2 or (start == 0 or m.lower[start - 1] != "the") and not _signed_with(verb, token):
            continue  # "A and B signed a trade agreement and a defence pact": documents listed, none picked out
        span = m.sdoc[start : token.i + 1]
        named = next((fw for fw in st.frameworks.values() if fw.name.lower().endswith(" " + span.text.lower())), None)
        if named is not None:
            continue  # "signed a mutual defence treaty" when the article names the Coral Mutual Defence Treaty: that one
        name = f"{refdata.country_label(parties[0])}-{refdata.country_label(parties[1])} {span.text}"
        fw = st.frameworks[_add_framework(st, name, "Agreement", span, None, "framework.two-parties")]
        fw.countries.extend(iso for iso in parties if iso not in fw.countries)
        if span.text in fw.aliases:
            fw.aliases.remove(span.text)  # "peace agreement" alone would name any two states' one


# subjects that stand for the article's two parties when they sign a document: "the two countries / sides /
# ministers signed X", "X, that the countries signed"
PAIR_SIGNER_NOUNS = frozenset({"countries", "nations", "governments", "sides", "ministers", "leaders"})
PAIR_SIGNING_VERBS = frozenset({"sign", "ink", "conclude"})


def _agreements_signed_by_the_pair(st: _State) -> None:
    """"since the two countries signed the Memorandum of ...", "the two ministers signed the Implementing
    Arrangement on X", "the Memorandum ... that the countries signed": an agreement with no countries
    of its own, signed by a subject standing for a pair, binds the pair the sentences before (or the
    lead) name."""
    m = st.m
    tokens_of: dict[str, list[int]] = {}  # framework key -> its tokens, read once for all agreements
    for i, k in sorted(st.framework_at.items()):
        tokens_of.setdefault(k, []).append(i)
    for key, fw in st.frameworks.items():
        if fw.kind != "Agreement" or fw.countries:
            continue
        for i in tokens_of.get(key, ()):
            if i - 1 >= 0 and st.framework_at.get(i - 1) == key:
                continue  # one mention, read at its first word
            end = i
            while end + 1 < len(m.tokens) and st.framework_at.get(end + 1) == key:
                end += 1
            head = m.tokens[i]
            while head.head.i != head.i and i <= head.head.i <= end:
                head = head.head  # the mention's head word: what the verb governs
            verbs = [c for c in head.children if c.dep_ == "relcl"] + [head.head] * (head.dep_ == "dobj")
            pair = next((p for v in verbs if v.lemma_.lower() in PAIR_SIGNING_VERBS and (p := _signing_pair(m, v))), []) \
                or _relative_signing_pair(m, end + 1)
            if pair:
                fw.countries.extend(pair)
                break


def _signing_pair(m: ArticleMentions, verb: Token) -> list[str]:
    """The two countries the subject of a signing verb stands for ("the two countries", "both sides",
    "the countries" of a relative clause), else []."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PAIR_SIGNER_NOUNS or subject.i == 0:
        return []
    before = m.lower[subject.i - 1]
    relative = verb.dep_ == "relcl" and before == "the" and subject.lower_ in COUNTRY_NOUNS
    if before not in PAIR_WORDS and not relative:
        return []
    return _pair_a_signer_stands_for(m, subject)


def _pair_a_signer_stands_for(m: ArticleMentions, subject: Token) -> list[str]:
    """The pair "the two countries / ministers" at ``subject`` stands for: the pair named before, the
    lead's, or the two countries the sentences just before name together ("A's minister returned from
    B ... A and B's ministers met ... the two ministers signed")."""
    sent = subject.sent
    if subject.lower_ in PAIR_STAND_IN_NOUNS and m.lower[subject.i - 1] in PAIR_WORDS:
        pair = _pair_named_before(m, sent, subject.i)
        if pair:
            return pair
    pair = _lead_pair(m, sent)
    if pair:
        return pair
    named = _countries_in(m, m.tokens[sent.start : subject.i])
    for prev in reversed(_sentences_ending_by(m, sent.start, PAIR_SUBJECT_LOOKBACK)):
        if len(named) >= 2:
            break
        named += [iso for iso in _countries_in(m, prev) if iso not in named]
    return named if len(named) == 2 else []


def _relative_signing_pair(m: ArticleMentions, k: int) -> list[str]:
    """", that the countries signed in 2025" right after a document's name at ``k`` (the parse may
    hang the clause elsewhere): the pair that subject stands for, else []."""
    if k + 3 >= len(m.tokens) or m.lower[k] not in ("that", "which"):
        return []
    j = k + 1
    if m.lower[j] not in ("the", "both"):
        return []
    j += 1 + (m.lower[j + 1] == "two")
    if j >= len(m.tokens) or m.lower[j] not in COUNTRY_NOUNS | {"sides", "governments"}:
        return []
    verb = j + 1 + (j + 1 < len(m.tokens) and m.lower[j + 1] in ("had", "have", "has"))
    if verb >= len(m.tokens) or m.tokens[verb].lemma_.lower() not in PAIR_SIGNING_VERBS:
        return []
    return _pair_a_signer_stands_for(m, m.tokens[j])


def _clause_parties(m: ArticleMentions, verb: Token, document: Token) -> list[str]:
    """The countries of ``verb``'s subject (that of the verb it completes: "A and B move to implement")
    and of the "with" object of the verb or the document, in the order written; a capital stands for
    its country; not the countries of a clause about the subject ("A, which trains B's officers, ...")."""
    clause = verb
    while not any(c.dep_ == "nsubj" for c in clause.children) and clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    words = [w for c in clause.children if c.dep_ == "nsubj" for w in _conjoined(c)]
    words += [w for head in (verb, document) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj" for w in _conjoined(o)]
    parties: list[str] = []
    for t in sorted(words, key=lambda w: w.i):
        iso = m.country_at.get(t.i) or _capital_country(m, t.i)
        if iso and iso not in parties:
            parties.append(iso)
    return parties


def _signed_with(verb: Token, document: Token) -> bool:
    """The document or the verb has a "with" party ("signed a protocol with B")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for head in (verb, document) for c in head.children)


def _conjoined(word: Token) -> list[Token]:
    """``word`` with the words joined to it by "and" and their compound parts ("Papua New Guinea and Fiji")."""
    return [t for w in (word, *word.conjuncts) for t in (w, *(c for c in w.children if c.dep_ == "compound"))]


def _capital_country(m: ArticleMentions, i: int) -> str | None:
    """The country whose capital token ``i`` names ("Valletta" -> Malta), else None (the tagger may
    have left a capital that stands for its government unread as a place)."""
    key = m.place_at.get(i)
    name = m.places[key].name if key is not None and key in m.places else m.tokens[i].text
    return refdata.capital_country(name)


FOUNDING_DOCUMENT_WORDS = frozenset({"charter", "statute"})


def _body_charters(st: _State) -> None:
    """"The Conclave comprises A and B. Its Charter was signed in 2024": "its Charter", written as a
    title, is the founding document of the one body the sentence and the two before name, named
    "<body> Charter" (and "Charter of the <body>"), as "the X Charter" would be."""
    m = st.m
    for token in m.tokens:
        if token.lower_ not in FOUNDING_DOCUMENT_WORDS or not token.text[:1].isupper() or token.i == 0 \
                or m.lower[token.i - 1] not in ("its", "their") or token.i in st.framework_at:
            continue  # "its Charter" (written as a title); "adopted its charter" only tells of one
        body_key = _last_body_named(st, token.i)
        if body_key is None:
            continue
        body = st.frameworks[body_key]
        word = token.text.capitalize()
        key = _add_framework(st, f"{body.acronym or body.name} {word}", "Agreement", m.sdoc[token.i : token.i + 1], None,
                             "framework.body-charter")
        fw = st.frameworks[key]
        full = body.expansion or body.name
        for alias in (f"{word} of the {full}", f"{full} {word}"):
            if alias != fw.name and alias not in fw.aliases:
                fw.aliases.append(alias)
        for iso in body.countries:
            if iso not in fw.countries:
                fw.countries.append(iso)


# what a name set off before ", a <kind>" is said to be: a document or a stated policy
APPOSED_DOCUMENT_KINDS = {"doctrine": "Policy", "policy": "Policy", "strategy": "Policy", "treaty": "Agreement",
                          "pact": "Agreement", "agreement": "Agreement", "accord": "Agreement", "convention": "Agreement",
                          "charter": "Agreement", "programme": "Initiative", "program": "Initiative",
                          "initiative": "Initiative", "plan": "Policy"}
APPOSED_KIND_GAP = 2  # lowercase words between the article and the kind ("a mutual defence pact")


def _names_said_to_be_documents(st: _State) -> None:
    """"the Joint Shield Covenant, a doctrine agreed between the two in 1993", "the Andes Concord, a
    defence pact signed in 2001": a capitalised name the apposition right after it says is a
    document or policy is one of that kind; not "Ms Rua Kamau, a policy adviser" (the kind word is
    no head there, and a person is no framework)."""
    m = st.m
    for token in m.tokens:
        kind = APPOSED_DOCUMENT_KINDS.get(token.lower_)
        if kind is None or not token.is_lower or token.i + 1 >= len(m.tokens) or m.tokens[token.i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        article = token.i - 1
        while article >= 0 and article > token.i - 1 - APPOSED_KIND_GAP and m.tokens[article].is_lower and m.tokens[article].is_alpha \
                and m.lower[article] not in ("a", "an"):
            article -= 1
        if article < 2:
            continue  # no room for a name and its comma before
        article = _possessive_owner_start(m, article)  # ", Chile's national programme to ...": the owner stands for the article
        if article < 2 or m.lower[article] not in ("a", "an") and article not in m.country_at or m.tokens[article - 1].text != ",":
            continue
        name = _last_plain_name(st, _capitalised_run(m.sdoc, _name_end_before_bracket(m, article - 2)))
        if name is None or len(name) < 2 or name[0].is_sent_start:
            continue
        key = _add_framework(st, name.text, kind, name, None, "framework.apposed-kind")
        owner = m.country_at.get(article)
        if owner:  # "Southern Shield, Peru's defence doctrine for ...": Peru's policy
            _note_owner(st.frameworks[key], owner)


TITLED_DOCUMENT_KINDS = {"policy": "Policy", "strategy": "Policy", "doctrine": "Policy"}
DOCUMENT_FORM_WORDS = frozenset({"update", "review", "paper", "document", "statement"})  # "its defence policy update"
TITLE_LEADS = frozenset({"its", "their", "the", "'s", "’s"})


def _titles_apposed_to_documents(st: _State) -> None:
    """"A's <kind> <form word>, <Title Words>, <More Title Words>, published in <year>, ...": a title set
    off by commas right after an owner's policy or strategy (and its form word) names that document;
    the title may hold commas between capitalised words, and a participle or "which" follows it."""
    m = st.m
    for token in m.tokens:
        kind = TITLED_DOCUMENT_KINDS.get(token.lower_)
        if kind is None or not token.is_lower:
            continue
        comma = token.i + 1 + (token.i + 1 < len(m.tokens) and m.lower[token.i + 1] in DOCUMENT_FORM_WORDS)
        if comma + 1 >= len(m.tokens) or m.tokens[comma].text != "," or not _owned_description_before(m, token.i):
            continue
        end = _apposed_title_end(m, comma + 1)
        if end is None:
            continue
        title = m.sdoc[comma + 1 : end]
        if any(t.i in m.country_at or t.i in m.place_at for t in title) or not _plain_name(st, title, place_tags=False):
            continue
        _add_framework(st, title.text, kind, title, None, "framework.apposed-title")


def _owned_description_before(m: ArticleMentions, i: int) -> bool:
    """Up to three lowercase words before the kind word at ``i`` follow an owner or an article
    ("<owner>'s <word>", "its <word> <word>"): the document is described, its title comes next."""
    k = i - 1
    while k > i - 4 and k >= 0 and m.tokens[k].is_lower and m.tokens[k].is_alpha and m.lower[k] not in TITLE_LEADS:
        k -= 1
    return k >= 0 and k < i - 1 and m.lower[k] in TITLE_LEADS


def _apposed_title_end(m: ArticleMentions, start: int) -> int | None:
    """Where a title of capitalised words starting at ``start`` ends (exclusive): at the comma before
    a participle or "which"; commas and "and" inside only between capitalised words; None if no such title."""
    k = start
    words = 0
    while k < len(m.tokens) and k - start < 10:
        t = m.tokens[k]
        if t.text[:1].isupper() and t.is_alpha:
            words += 1
        elif t.text == "," and k + 1 < len(m.tokens):
            after = m.tokens[k + 1]
            if after.tag_ == "VBN" or after.lower_ in ("which", "that"):
                return k if words >= 2 and m.tokens[k - 1].text[:1].isupper() else None
            if not after.text[:1].isupper():
                return None
        elif not (t.lower_ == "and" and words and k + 1 < len(m.tokens) and m.tokens[k + 1].text[:1].isupper()):
            return None
        k += 1
    return None


def _last_plain_name(st: _State, run: Span | None) -> Span | None:
    """The run if it is a plain name (see _plain_name), else its part after its last connector:
    "briefed Vice Admiral X on Blue Horizon" gives "Blue Horizon", not the title and the name."""
    if run is None or _plain_name(st, run, place_tags=False):
        return run
    cut = max((t.i for t in run if t.lower_ in NAME_CONNECTORS), default=None)
    if cut is None or cut + 1 >= run.end:
        return None
    rest = st.m.sdoc[cut + 1 : run.end]
    return rest if _plain_name(st, rest, place_tags=False) else None


def _name_end_before_bracket(m: ArticleMentions, i: int) -> int:
    """The last word of the name whose bracketed acronym closes at ``i`` ("the Andes Corridor (ANC), a
    ..." ends at "Corridor"): the bracket is no part of the name; ``i`` itself if no "(ACRONYM)" ends there."""
    if m.tokens[i].text != ")" or i < 3 or m.tokens[i - 2].text != "(":
        return i
    return i - 3


def _possessive_owner_start(m: ArticleMentions, i: int) -> int:
    """The first word of the country whose "'s" is at ``i`` ("Papua New Guinea's"), else ``i``."""
    if m.lower[i] not in ("'s", "’s") or i - 1 not in m.country_at:
        return i
    return _country_words_start(m, i - 1)


def _named_before_description(st: _State, start: int) -> str | None:
    """The agreement named right before ", the <description>" starting at ``start``: what the
    description is set off to describe."""
    m = st.m
    if start < 3 or m.lower[start - 1] != "the" or m.tokens[start - 2].text != ",":
        return None
    key = st.framework_at.get(start - 3)
    return key if key is not None and st.frameworks[key].kind == "Agreement" else None


def _kind_title_with_its_acronym(m: ArticleMentions, span: Span) -> bool:
    """"signed a Letter of Agreement (LoA) on the site": a kind of document written as a title and given
    an acronym it spells is the article's name for one document (a memorandum's "(MoU)" is only the
    kind's usual short form: see _memoranda)."""
    end = span.end
    return (end + 2 < len(m.tokens) and m.tokens[end].text == "(" and m.tokens[end + 2].text == ")"
            and span[0].lower_ not in MOU_WORDS and m.tokens[end + 1].text[:1].isupper()
            and _initials_match(m.tokens[end + 1].text, span))


def _generic_name(span: Span) -> bool:
    """"Memorandum of Understanding", "Joint Statement": a kind of document, not a name."""
    words = [w for w in span if w.is_alpha and w.lower_ not in NAME_CONNECTORS]
    return len(words) <= 2 and all(w.lower_ in FRAMEWORK_HEADS or w.lower_ in ("joint", "understanding", "memorandum", "annual", "bilateral", "letter", "intent", "special", "implementing") for w in words)


QUOTED_GROUPING_NOUNS = frozenset({"framework", "grouping", "format", "bloc", "arrangement", "mechanism"})


def _quoted_policies(st: _State) -> None:
    """Quoted names before a kind word: "India's 'Good Neighbours' policy", "the informal 'Tetrad'
    framework, which comprises A, B and C" (a grouping: a forum, the kind word names it too)."""
    m = st.m
    sdoc = m.sdoc
    for token in m.tokens:
        grouping = token.lower_ in QUOTED_GROUPING_NOUNS
        programme = token.lower_ in PROGRAMME_WORDS and token.is_lower
        if token.lower_ not in ("policy", "doctrine", "initiative", "vision", "strategy") and not grouping and not programme or token.i < 3:
            continue
        if programme and not _government_owner_after(m, token.i):
            continue  # 'the "X" project of the Chilean government' (not any quoted project: a building work, a weapon)
        if grouping and m.tokens[token.i - 1].text not in CLOSE_QUOTES:
            continue  # 'the "Tetrad" framework', not 'the "Tetrad" security framework'
        close_i = token.i - 1
        while close_i > max(token.i - 3, 0) and m.tokens[close_i].is_lower and m.tokens[close_i].is_alpha:
            close_i -= 1  # 'Vietnam's "Four Nos" defence policy'
        if m.tokens[close_i].text not in CLOSE_QUOTES:
            continue
        open_i = next((j for j in range(close_i - 1, max(close_i - 7, 0), -1) if m.tokens[j].text in OPEN_QUOTES), None)
        if open_i is None:
            continue
        span = sdoc[open_i + 1 : close_i]
        if grouping and (_quoted_name_at(m, open_i) is None or any(t.i in st.framework_at for t in span)):
            continue  # a capitalised name, not yet another framework's ('the "NATO" framework')
        if span.text.strip():
            kind = "Forum" if grouping else "Initiative" if programme else FRAMEWORK_HEADS.get(token.lower_, "Policy")
            key = _add_framework(st, span.text, kind, span, None, "framework.quoted")
            if grouping:
                st.framework_at.setdefault(token.i, key)  # "the 'Tetrad' framework, which comprises ..."


def _government_owner_after(m: ArticleMentions, i: int) -> bool:
    """"<kind word> of the Chilean / Chile's government" right after token ``i``: a state's own programme."""
    words = m.lower[i + 1 : i + 6]
    if words[:2] != ["of", "the"] or i + 3 >= len(m.tokens):
        return False
    owner = i + 3
    if owner in m.country_at or m.tokens[owner].ent_type_ == "NORP":
        return m.lower[owner + 1] == "government" if owner + 1 < len(m.tokens) else False
    return False


POLICY_DOMAINS = frozenset({"foreign", "defence", "defense", "security"})
# the ideals a state's doctrine is named by ("independent and peaceful"); not mere descriptions of a
# policy ("aggressive and expansionist")
DOCTRINE_IDEALS = frozenset({"independent", "peaceful", "neutral", "active", "free", "balanced", "pragmatic", "omnidirectional",
                             "nonaligned", "open", "autonomous", "friendly", "cooperative", "multilateral", "sovereign"})


def _paired_ideal_policies(st: _State) -> None:
    """"guided by the country's independent and peaceful foreign policy": two ideals joined by "and"
    before a state's foreign (defence, security) policy, after its owner, name that doctrine (not "its
    own defence policy", a mere mention)."""
    m = st.m
    for token in m.tokens[5:]:
        i = token.i
        if token.text != "policy" or m.lower[i - 1] not in POLICY_DOMAINS or m.lower[i - 3] != "and":
            continue
        ideals = (m.tokens[i - 4], m.tokens[i - 2])
        if not all(t.is_lower and t.is_alpha and t.pos_ == "ADJ" and t.lower_ in DOCTRINE_IDEALS for t in ideals):
            continue
        if m.tokens[i - 5].text not in ("'s", "’s") and m.lower[i - 5] not in ("its", "their"):
            continue  # "an independent and peaceful foreign policy" is any policy; the owner's is the doctrine
        span = m.sdoc[i - 4 : i + 1]
        key = _add_framework(st, span.text, "Policy", span, None, "framework.paired-ideals")
        owner = m.country_at.get(i - 6)
        if owner and owner not in st.frameworks[key].countries:
            st.frameworks[key].countries.append(owner)


NEUTRALITY_MODIFIERS = frozenset({"military", "permanent", "perpetual", "armed", "strict", "traditional", "constitutional",
                                  "active", "positive", "political"})
DECLARING_VERBS = frozenset({"declare", "proclaim", "adopt", "maintain", "enshrine", "uphold"})


def _neutrality_policies(st: _State) -> None:
    """"Chile's (policy of) military neutrality", "Uruguay's neutrality", "Moldova, which declared
    military neutrality", "the country's permanent neutrality": a state's neutrality is a policy it
    owns, named by the lower-case words ("military neutrality"); not the neutrality of anyone else
    ("the referee's neutrality", "the neutrality of the mediators")."""
    m = st.m
    for token in m.tokens:
        if token.lower_ != "neutrality" or not token.is_lower:
            continue
        i = start = token.i
        while start - 1 >= token.sent.start and m.lower[start - 1] in NEUTRALITY_MODIFIERS and m.tokens[start - 1].is_lower:
            start -= 1
        before = start - 1
        if before - 2 >= 0 and m.lower[before] == "of" and m.lower[before - 1] == "policy":
            before -= 2  # "Chile's policy of military neutrality"
        owner = None
        if before - 1 >= 0 and m.tokens[before].text in ("'s", "’s"):
            if before - 1 in m.country_at:
                owner = m.country_at[before - 1]
            elif before >= 2 and m.lower[before - 1] in ("country", "nation", "state") and m.lower[before - 2] == "the":
                # "the country's permanent neutrality": the country the sentence named last before
                owner = next((m.country_at[k] for k in range(before - 3, token.sent.start - 1, -1) if k in m.country_at), None)
        verb = token.head
        if owner is None and token.dep_ == "dobj" and verb.lemma_.lower() in DECLARING_VERBS and not _future_verb(verb):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
                subject = verb.head  # "Moldova, which declared military neutrality"
            owner = m.country_at.get(subject.i) if subject is not None else None
        if owner is None:
            continue
        span = m.sdoc[start : i + 1]
        key = _add_framework(st, span.text, "Policy", span, None, "framework.neutrality")
        _note_owner(st.frameworks[key], owner)


KNOWN_AS_NOUNS = frozenset({"grouping", "group", "bloc", "coalition", "alliance", "forum", "format", "arrangement", "mechanism",
                            "partnership", "minilateral", "quadrilateral", "trilateral"})


def _known_as_groupings(st: _State) -> None:
    """"the informal grouping known as the 'Squad'", "a coalition known as the Ocean Five": the name
    a grouping noun is given (quoted, or capitalised words) is a forum."""
    m = st.m
    for i in range(1, len(m.tokens) - 2):
        after = _name_given_at(m, i)
        if after is None:
            continue
        start = after + (m.lower[after] == "the")
        # an acronym with digits is a name too ("known as MED5", "dubbed the G4")
        span = _quoted_name_at(m, start) or _exercise_name_after(m, start) or _called_name_after(m, start)
        if span is None and _kind_noun_before(m, _naming_verb_start(m, i) - 1) == "Policy":
            span = _exercise_name_after(m, start, persons=False)  # "the plan, known as Iron Quill": the plan outweighs a person
        if span is None or any(t.i in st.framework_at or t.i in m.country_at for t in span):
            continue
        if span.end + 1 < len(m.tokens) and m.lower[span.end] == "of" and _exercise_name_word(m.tokens[span.end + 1]) \
                and not m.tokens[span.end + 1].is_sent_start and span.end + 1 not in m.country_at:
            span = m.sdoc[span.start : span.end + 2]  # "known as Crown of Lurvik": one name, "of" inside
        noun = _naming_verb_start(m, i) - 1
        noun -= m.lower[noun] in INFORMALLY_WORDS
        if m.tokens[noun].text in (",", "(") and noun - 1 not in st.framework_at and m.tokens[noun - 1].is_lower \
                and (m.lower[noun - 1] in KNOWN_AS_NOUNS or _kind_noun_before(m, noun - 1) is not None):
            noun -= 1  # "The group, also known as MED5, brings together ...": the alias set off after the noun
        if m.tokens[noun].text == "," and noun - 1 not in st.framework_at:
            noun = _noun_before_place_phrase(m, noun)  # "an exercise in the Baltic, provisionally named X"
        if m.lower[noun] in KNOWN_AS_NOUNS:
            key = _add_framework(st, span.text, "Forum", span, None, "framework.known_as")
            st.framework_at.setdefault(noun, key)  # the grouping noun names it too
        elif (kind := _kind_noun_before(m, noun)) is not None:
            # "the reform programme known as X", "a joint drill, provisionally named X": the kind noun says what X is
            key = _add_framework(st, span.text, kind, span, None, "framework.known_as")
            st.framework_at.setdefault(noun, key)
        elif m.tokens[noun].text == "," and noun - 1 in st.framework_at:
            # "the Pacific Quadrilateral Defence Coordination Group, known as the Pacific QUAD": another name of it
            key = st.framework_at[noun - 1]
            _claim(st, span, key)
            if span.text not in st.frameworks[key].aliases:
                st.frameworks[key].aliases.append(span.text)


def _so_called_groupings(st: _State) -> None:
    """"the so-called IP4 group, which comprises A, B ...", "the so-called Andes Five grouping": a name
    said to be what a grouping is called, right before the grouping noun, is a forum when countries
    are named its members; not "the so-called Islamic State" (no grouping noun), nor a country's
    name ("the so-called Chile group"), nor a company ("the so-called Wagner group", no members)."""
    m = st.m
    for token in m.tokens:
        if token.lower_ != "called" or token.i < 2:
            continue
        so = token.i - 1 - (m.tokens[token.i - 1].text == "-")
        if m.lower[so] != "so":
            continue
        quoted = _quoted_name_at(m, token.i + 1)
        span = quoted or _called_name_after(m, token.i + 1)
        if span is None and (lowercase := _lowercase_grouping_name(m, token.i + 1)) is not None:
            # on trial: kept only with members or co-chairs ("the so-called group of friends" of no state is none)
            _add_framework(st, lowercase.text, "Forum", lowercase, None, BODY_CANDIDATE_RULE)
            continue
        if span is None or any(t.i in st.framework_at for t in span) or all(t.ent_type_ in ("NORP", "GPE", "LOC") for t in span):
            continue  # "the so-called Chile group": a country's name; "the so-called Asia-Pacific Three": a region's number
        after = span.end + (quoted is not None)  # past the closing quote
        noun_at = _grouping_noun_after(m, after)
        if noun_at is None:
            continue
        # on trial like a candidate body: kept only with members ("the so-called Wagner group" is a company)
        bracketed = m.tokens[after + 1].text if noun_at > after + 1 and m.tokens[after].text == "(" else None
        key = _add_framework(st, span.text, "Forum", span, None, BODY_CANDIDATE_RULE, acronym=bracketed)
        st.framework_at.setdefault(noun_at, key)  # the grouping noun names it too: "the X group, which comprises"


CALLED_NAME_LIMIT = 4  # words of a name given after "so-called"
LOWERCASE_OF_LIMIT = 3  # lowercase words after "of" in a grouping's name ("coalition of the willing")


def _lowercase_grouping_name(m: ArticleMentions, i: int) -> Span | None:
    """"the so-called coalition of the willing, ...", 'the so-called "group of friends"': a lowercase
    grouping noun and the "of" phrase it is named by, up to a punctuation mark or a verb; not a noun
    with more words after it ("the so-called group of experts from X": a description)."""
    quoted = m.tokens[i].text in OPEN_QUOTES
    k = i + quoted
    if k + 2 >= len(m.tokens) or m.lower[k] not in KNOWN_AS_NOUNS or not m.tokens[k].is_lower or m.lower[k + 1] != "of":
        return None
    j = k + 2
    while j < len(m.tokens) and j - k - 2 < LOWERCASE_OF_LIMIT and m.tokens[j].is_alpha and m.tokens[j].is_lower \
            and m.tokens[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j == k + 2 or m.lower[j - 1] in ("the", "a", "an") or j >= len(m.tokens):
        return None
    ends = m.tokens[j].text in CLOSE_QUOTES if quoted else m.tokens[j].is_punct or m.tokens[j].pos_ in ("VERB", "AUX")
    return m.sdoc[k:j] if ends else None


def _grouping_noun_after(m: ArticleMentions, k: int) -> int | None:
    """Where the lowercase grouping noun after a called name is: right after it ("the so-called X group"),
    or past its bracketed acronym in an apposition ("the so-called X Five (X5), a group of ..."); else None."""
    if k + 2 < len(m.tokens) and m.tokens[k].text == "(" and m.tokens[k + 2].text == ")" and ACRONYM.match(m.tokens[k + 1].text):
        k += 3
        if k + 2 >= len(m.tokens) or m.tokens[k].text != "," or m.lower[k + 1] not in ("a", "an"):
            return None
        k += 2
    if k >= len(m.tokens) or m.lower[k] not in KNOWN_AS_NOUNS or not m.tokens[k].is_lower:
        return None
    return k


def _called_name_after(m: ArticleMentions, i: int) -> Span | None:
    """Capitalised words or acronyms with digits ("IP4", "G7", "Andes Five") starting at ``i``."""
    j = i
    while j < len(m.tokens) and j - i < CALLED_NAME_LIMIT and m.tokens[j].text[:1].isupper() \
            and (m.tokens[j].is_alpha or ACRONYM.match(m.tokens[j].text)) and not m.tokens[j].is_sent_start:
        j += 1
        if _hyphen_inside_exercise_name(m, j):
            j += 1  # "the so-called Asia-Pacific Three": one hyphenated word of the name
    span = m.sdoc[i:j]
    # a region may begin the name ("the so-called Asia-Pacific Three"), a place alone is not one
    return None if j == i or _is_other_entity(m, span, places=False) or all(t.i in m.place_at for t in span) else span


INFORMALLY_WORDS = frozenset({"informally", "popularly", "commonly", "often", "also", "collectively", "sometimes",
                              "widely", "now", "better", "provisionally", "tentatively"})
# framework kind nouns (lower case) a name may be given to by "known as" / "named": not "the body", "the group"
# (KNOWN_AS_NOUNS, forums), nor person-like nouns ("a new chief, named ...")
NAMED_KIND_NOUNS = frozenset({"exercise", "drill", "programme", "program", "initiative", "strategy", "policy", "doctrine",
                              "agreement", "treaty", "pact", "accord"})
PLACE_PREPOSITIONS = frozenset({"in", "off", "near", "over", "across", "along"})


def _noun_before_place_phrase(m: ArticleMentions, comma: int) -> int:
    """The noun before "in/off <place>" that ends at ``comma`` ("a drill off the Azores, named X" ->
    "drill"), else ``comma`` itself."""
    j = comma - 1
    while j > 0 and comma - j <= 4 and (j in m.place_at or m.tokens[j].text[:1].isupper() and m.tokens[j].is_alpha):
        j -= 1  # the place's words: a place found, or capitalised words ("the Ionian" is no place found)
    if j == comma - 1:
        return comma
    j -= m.lower[j] == "the"
    return j - 1 if j > 0 and m.lower[j] in PLACE_PREPOSITIONS else comma


def _name_given_at(m: ArticleMentions, i: int) -> int | None:
    """Where the name starts after "known as", "dubbed" or "nicknamed" at token ``i``, else None."""
    if m.lower[i] == "known" and m.lower[i + 1] == "as":
        return i + 2
    if m.lower[i] in ("dubbed", "nicknamed", "codenamed"):
        return i + 1
    if m.lower[i] == "named" and m.lower[i - 1] in INFORMALLY_WORDS:
        return i + 1  # "provisionally named X": a name given (not "was named minister")
    if m.lower[i] in ("named", "called") and _kind_noun_before(m, _naming_verb_start(m, i) - 1) is not None:
        return i + 1  # "an exercise named X", "the drills, called X,", "an exercise code-named X"
    return None


def _naming_verb_start(m: ArticleMentions, i: int) -> int:
    """Where the naming verb at ``i`` starts: at "code" of "code-named", else ``i``."""
    return i - 2 if m.lower[i] == "named" and i >= 2 and m.tokens[i - 1].text == "-" and m.lower[i - 2] == "code" else i


def _kind_noun_before(m: ArticleMentions, k: int) -> str | None:
    """The framework kind of the lowercase kind noun at ``k``, or before a comma there ("an exercise",
    "the drills,"), that a name is given to; else None."""
    k -= k >= 1 and m.tokens[k].text == ","
    if k < 0 or not m.tokens[k].is_lower:
        return None
    if m.lower[k] in NAMED_KIND_NOUNS:
        return FRAMEWORK_HEADS[m.lower[k]]
    if m.lower[k] == "plan":
        return "Policy"  # "the force build-up plan, known as X": a state's plan given a name
    return "Exercise" if m.lower[k] in DRILL_NOUNS | {"exercises"} else None


DIGIT_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def _initials_match(acronym: str, words_span) -> bool:
    """Can ``acronym`` be spelled by the words' first letters, every capitalised word used once
    and small words optional? ("SAFER" = Shared Approach (for) Fisheries Enforcement (and) Rescue).
    A digit may spell a number word ("the Arctic Coast Five (AC5)")."""
    if _initials_spell(acronym, words_span, digits=False):
        return True
    return any(c.isdigit() for c in acronym) and _initials_spell(acronym, words_span, digits=True)


def _initials_spell(acronym: str, words_span, digits: bool) -> bool:
    """See _initials_match; with ``digits``, the acronym's digits are read and a number word is its digit."""
    letters = [c for c in acronym.upper() if c.isalpha() or digits and c.isdigit()]
    words = [(DIGIT_WORDS.get(w.lower_, w.text[0].upper()) if digits else w.text[0].upper(), w.text[0].isupper())
             for w in words_span if w.is_alpha]
    spelled = [w.text.upper() for w in words_span if w.is_alpha]
    if len(words) < 2:
        return False
    memo: dict[tuple[int, int], bool] = {}

    def match(a: int, b: int) -> bool:
        if b == len(words):
            return a == len(letters)
        if (a, b) in memo:
            return memo[(a, b)]
        first, required = words[b]
        ok = a < len(letters) and letters[a] == first and match(a + 1, b + 1)
        whole = spelled[b]
        if not ok and required and 2 <= len(whole) <= 3 and letters[a : a + len(whole)] == list(whole):
            ok = match(a + len(whole), b + 1)  # "Africa-India KEY Maritime Engagement (AIKEYME)"
        if not ok and not required:
            ok = match(a, b + 1)
        memo[(a, b)] = ok
        return ok

    return match(0, 0)


SERIES_HEADS = frozenset({"Summit", "Conference"})
EDITION_WORDS = frozenset({"edition", "editions", "round", "rounds", "session", "sessions"})


def _summit_series(st: _State) -> None:
    """"the A-B Summit, whose first edition was held in 2022": a named summit said to have editions is a
    recurring forum (its editions are events); not "the A-B Summit, whose agenda ..." (one meeting)."""
    m = st.m
    for head in m.tokens:
        if head.text not in SERIES_HEADS or head.i in st.framework_at or head.i + 4 >= len(m.tokens):
            continue
        if m.tokens[head.i + 1].text != "," or m.lower[head.i + 2] != "whose":
            continue
        k = head.i + 3 + (_ordinal(m.tokens[head.i + 3]) is not None or m.lower[head.i + 3] in ("latest", "last", "next"))
        if m.lower[k] not in EDITION_WORDS:
            continue
        name = _capitalised_run(m.sdoc, head.i)
        if name is None or len([t for t in name if t.is_alpha]) < 2 or _is_other_entity(m, name, places=False):
            continue
        _add_framework(st, name.text, "Forum", name, None, "framework.summit-series")


def _before_closing_quote(sdoc: Doc, i: int) -> int:
    """The last word inside the double quotes that close at token ``i`` ('the so-called "Blue Lance
    Initiative" (BLI)': the name ends before its quote), else ``i``."""
    return i - 1 if sdoc[i].text in ('"', "”") and i > 0 and sdoc[i - 1].text[:1].isupper() else i


def _capitalised_run(sdoc: Doc, end_i: int) -> Span | None:
    """The capitalised name ending at token ``end_i`` (small connector words allowed inside)."""
    start = end_i
    while start - 1 >= 0 and not sdoc[start - 1].is_space and (
        sdoc[start - 1].text[:1].isupper() or sdoc[start - 1].text in ("-",) or sdoc[start - 1].lower_ in NAME_CONNECTORS | {"the"}
        or _plural_possessive_mark(sdoc, start - 1)  # "Defence Ministers' Meeting"
    ):
        start -= 1
    while start <= end_i and (not sdoc[start].text[:1].isupper() or sdoc[start].lower_ == "the"):
        start += 1  # "The Reciprocal Access Agreement (RAA)" at a sentence start: the name has no article
    if start > end_i:
        return None
    return sdoc[start : end_i + 1]


def _plural_possessive_mark(sdoc: Doc, i: int) -> bool:
    """Token ``i`` is the apostrophe of a capitalised plural possessive ("Ministers'")."""
    return (sdoc[i].text in ("'", "’") and i > 0 and not sdoc[i - 1].whitespace_
            and sdoc[i - 1].text[:1].isupper() and sdoc[i - 1].text.endswith("s"))


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
EVENT_NOUNS = frozenset({"session", "meeting", "summit", "edition", "round", "conference", "meetings", "sessions"})
BEFORE_WORDS = frozenset({"ahead", "before", "upcoming", "forthcoming", "next"})


_ORDINAL_NUMBER = re.compile(r"^(\d+)(st|nd|rd|th)$")  # compiled once: _ordinal is asked of most tokens


def _ordinal(token: Token) -> int | None:
    match = _ORDINAL_NUMBER.match(token.text)
    if match:
        return int(match.group(1))
    return ORDINAL_WORDS.get(token.lower_)


def _named_events(st: _State) -> None:
    """"the 12th ADMM-Plus", "the upcoming 3rd HLCG session", "the first ADMM-Plus convened in 2010
    in Hanoi", "the HLCG meeting held on May 26, 2025, in New Delhi": events of a framework."""
    m = st.m
    sdoc = m.sdoc
    _claim_repeated_names(st)
    _edition_events(st)
    for token in m.tokens:
        fw_key = st.framework_at.get(token.i)
        if fw_key is None or (token.i > 0 and st.framework_at.get(token.i - 1) == fw_key):
            continue  # only at the start of a framework mention
        end = token.i
        while end < len(sdoc) and st.framework_at.get(end) == fw_key:
            end += 1
        if end < len(sdoc) and m.tokens[end].text == "(" and end + 2 < len(sdoc) and m.tokens[end + 2].text == ")":
            end += 3  # "... Meeting-Plus (ADMM-Plus)"
        ordinal = _ordinal(m.tokens[token.i - 1]) if token.i > 0 else None
        noun = m.tokens[end] if end < len(sdoc) and m.tokens[end].lower_ in EVENT_NOUNS else None
        if ordinal is None and noun is None:
            continue
        if noun is not None and noun.lower_ in ("meetings", "sessions"):
            continue  # "the ADMM-Plus meetings have occurred annually": a series, not one event
        fw = st.frameworks[fw_key]
        if fw.kind in NOT_EVENT_KINDS:
            continue  # "the second edition of the X Initiative" is not an occasion
        short = fw.acronym or fw.name
        start = token.i - 1 if ordinal is not None else token.i
        span_end = noun.i + 1 if noun is not None else end
        span = sdoc[start:span_end]
        name = (f"{m.tokens[start].text} " if ordinal is not None else "") + short + (f" {noun.lower_}" if noun is not None else "")
        head = noun if noun is not None else m.tokens[end - 1]
        before = {t.lower_ for t in sdoc[max(start - 3, 0) : start]}
        planned = bool(before & BEFORE_WORDS) or _future_sentence(span.sent) and not _past_participle_attached(head)
        date, end_date, place = _event_when_where(st, head)
        key = f"event:{slug(name)}"
        event = st.events.get(key)
        if event is None:
            event = st.events[key] = EventMention(key, name, framework=fw_key, edition=ordinal, status="planned" if planned else "held")
        event.date = event.date or date
        event.end_date = event.end_date or end_date
        event.place = event.place or place
        event.evidence.append(_trim(m.evidence(_sentence_start(m, span.sent), span.sent.end_char, "event.of-framework", 0.7)))


ADOPTION_VERBS = frozenset({"adopt", "sign", "launch", "conclude", "establish", "announce", "unveil", "ink"})


def _adoption_dates(st: _State) -> None:
    """"the Vision Document ..., adopted in October 2024": the framework's adoption date."""
    m = st.m
    sdoc = m.sdoc
    for fw in st.frameworks.values():
        if fw.adopted is not None:
            continue
        for ev in fw.evidence:
            span = sdoc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None:
                continue
            verbs = [c for t in span for c in t.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ADOPTION_VERBS]
            verbs += [c for t in span if t.dep_ == "appos" or t.i == span.root.i for a in t.children if a.dep_ == "appos" for c in a.children
                      if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ADOPTION_VERBS]
            k = span.end + (span.end < len(sdoc) and m.tokens[span.end].text == ",")
            if k < len(sdoc) and m.tokens[k].lemma_.lower() in ADOPTION_VERBS and m.tokens[k].tag_ == "VBN":
                verbs.append(m.tokens[k])  # "the X Document, adopted in October 2024"
            for verb in verbs:
                scope = {t.i for t in verb.subtree} | set(range(verb.i, min(verb.i + 6, span.sent.end)))
                for start, end, expr in st.sentence_dates(span.sent, False):
                    dspan = sdoc.char_span(start, end, alignment_mode="expand")
                    if expr.date is not None and dspan is not None and any(t.i in scope for t in dspan):
                        fw.adopted = expr.date
                        break
                if fw.adopted:
                    break
            if fw.adopted:
                break


NOT_EVENT_KINDS = frozenset({"Agreement", "Policy", "Initiative"})


def _edition_events(st: _State) -> None:
    """"the 6th edition of Annual Defence Cooperation Dialogue, ... conducted on 06 Oct 2025 in Male"."""
    m = st.m
    for token in m.tokens:
        if token.lower_ != "edition" or token.i == 0:
            continue
        ordinal = _ordinal(m.tokens[token.i - 1])
        if ordinal is None:
            continue
        fw_key = next((st.framework_at[t.i] for p in token.children if p.lower_ == "of" for t in p.subtree if t.i in st.framework_at), None)
        if fw_key is None:
            continue
        fw = st.frameworks[fw_key]
        if fw.kind in NOT_EVENT_KINDS:
            continue
        name = f"{m.tokens[token.i - 1].text} {fw.acronym or fw.name}"
        key = f"event:{slug(name)}"
        head = next((t for p in token.children if p.lower_ == "of" for t in p.children), token)
        date, end_date, place = _event_when_where(st, head)
        if date is None and place is None:
            date, end_date, place = _event_when_where(st, token)
        event = st.events.get(key)
        if event is None:
            planned = _future_sentence(token.sent) or any(t.lower_ in BEFORE_WORDS for t in m.tokens[max(token.i - 4, 0) : token.i])
            event = st.events[key] = EventMention(key, name, framework=fw_key, edition=ordinal, status="planned" if planned else "held")
        event.date = event.date or date
        event.end_date = event.end_date or end_date
        event.place = event.place or place
        sent = token.sent
        event.evidence.append(_trim(m.evidence(_sentence_start(m, sent), sent.end_char, "event.edition-of", 0.7)))


def _claim_repeated_names(st: _State) -> None:
    """Later mentions of a framework's acronym or name ("HLCG") are that framework too."""
    m = st.m
    by_word = {fw.acronym: key for key, fw in st.frameworks.items() if fw.acronym}
    # an acronym of the name's own part ("the A-B Joint Commission on Defence (JCD)") is kept as an alias
    for key, fw in st.frameworks.items():
        for alias in fw.aliases:
            if _acronym_word(alias):
                by_word.setdefault(alias, key)
    for token in m.tokens:
        key = by_word.get(token.text)
        if key and token.i not in st.framework_at:
            st.framework_at[token.i] = key


def _acronym_word(text: str) -> bool:
    """A one-word acronym of capitals (digits allowed): "JCD", "G7"; not "Joint Commission"."""
    return " " not in text and len(text) >= 2 and text.isupper() and text.isalnum()


def _past_participle_attached(head: Token) -> bool:
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("hold", "convene", "conduct") for c in head.children)


def _event_when_where(st: _State, head: Token) -> tuple[PartialDate | None, PartialDate | None, str | None]:
    """Date and city in the clause hanging on an event noun ("meeting held on May 26, 2025, in New Delhi")."""
    m = st.m
    scope = {t.i for c in head.children if c.dep_ in ("acl", "prep", "relcl") for t in c.subtree}
    if head.head.lemma_.lower() in ("convene", "hold", "take") and head.dep_ in ("nsubj", "nsubjpass"):
        scope |= {t.i for c in head.head.children if c.dep_ == "prep" for t in c.subtree}
    sent = head.sent
    date = end_date = None
    # "X on Tuesday co-chaired (attended) the 5th A-B Defence Dialogue": the day of the clause whose
    # object the event is (after any date of its own phrase)
    verb = head.head
    clause: set[int] = set()
    if head.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX", "NOUN") and (verb.lemma_.lower() in EVENT_OBJECT_VERBS or _co_chair_verb(verb)):
        clause = {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree} - {t.i for t in head.subtree}
        # a day written right before the verb ("X on Tuesday co-chaired"): the parse may hang it on
        # the subject, or on the "co" of a split "co-chaired"
        first = co_chair_start(verb) if _co_chair_verb(verb) else verb.i
        k = (first if first is not None else verb.i) - 1
        while k >= sent.start and m.tokens[k].ent_type_ == "DATE":
            k -= 1
        if k < (first if first is not None else verb.i) - 1:
            clause |= set(range(k + 1, verb.i))
    for within, future in ((scope, False), (clause, _future_sentence(sent))):
        for start, end, expr in st.sentence_dates(sent, future):
            span = m.sdoc.char_span(start, end, alignment_mode="expand")
            if span is not None and expr.date is not None and any(t.i in within for t in span):
                date, end_date = expr.date, expr.end_date
                break
        if date is not None:
            break
    place = _explicit_place(st, sent, scope) if scope else None
    return date, end_date, place


# verbs whose object is an occasion taking the clause's day: "co-chaired (attended) the 5th X Dialogue"
EVENT_OBJECT_VERBS = frozenset({"chair", "co-chair", "cochair", "attend", "host", "convene", "hold", "inaugurate", "open"})


def _future_sentence(sent: Span) -> bool:
    return any(t.lower_ in FUTURE_AUX or t.lemma_.lower() in ("slate", "schedule", "plan", "expect") for t in sent)


def _memberships(st: _State) -> None:
    """Members and dialogue partners listed in one sentence; co-chairs."""
    inherited: list[tuple[str, str, Evidence]] = []
    # while memberships are read, "the council", "the 11-member bloc" stand for the framework they refer to
    anaphors: dict[int, str] = {}
    # "a non-NATO member of the EU", "a major non-NATO ally": a name negated by "non-" is no body a role is in
    negated = {i: st.framework_at.pop(i) for i in _negated_by_non(st)}
    # "Ottawa joined F": while memberships are read, a capital that is a member's subject is its country
    capitals = _capitals_standing_for_members(st.m)
    st.m.country_at.update(capitals)
    try:
        _memberships_by_sentence(st, inherited, anaphors)
    finally:
        for i in anaphors:
            st.framework_at.pop(i, None)
        st.framework_at.update(negated)
        for i in capitals:
            st.m.country_at.pop(i, None)
    for group, wider, ev in inherited:
        _inherit_members(st, group, wider, ev)


def _capitals_standing_for_members(m: ArticleMentions) -> dict[int, str]:
    """Token index -> country of each national capital that is the subject of joining or of being a
    member ("Nairobi joined F in 2019", "Ottawa is one of the founding members of F", "Oslo and
    Ottawa became members"): wire copy's capital there stands for its government, not the city."""
    out: dict[int, str] = {}
    for token in m.tokens:
        subject = token
        while subject.dep_ == "conj" and subject.head.i != subject.i:  # "Oslo and Ottawa joined"
            subject = subject.head
        if (token.pos_ != "PROPN" or token.i in m.country_at or token.i in m.person_at
                or token.text not in refdata.capitals() or subject.dep_ not in ("nsubj", "nsubjpass")):
            continue
        if _in_compound_name(token) or not _membership_predicate(subject.head):
            continue
        out[token.i] = refdata.cities()[token.text].country
    return out


def _in_compound_name(token: Token) -> bool:
    """"Victoria Falls", "Lima Group": a capital's name inside a longer name is no capital alone."""
    return token.dep_ == "compound" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _membership_predicate(verb: Token) -> bool:
    """"joined", "acceded", "was admitted"; "is / became (one of the founding) members / a signatory"."""
    lemma = verb.lemma_.lower()
    if lemma in JOIN_VERBS:
        return True
    if lemma not in BE_LEMMAS:
        return False
    return any(c.dep_ == "attr" and (c.lower_ in ROLE_NOUNS or c.lower_ == "one" and _one_of_members(c)) for c in verb.children)


def _one_of_members(one: Token) -> bool:
    """"one of the (founding) members / signatories of F"."""
    return any(p.lower_ == "of" and any(o.lower_ in ROLE_NOUNS for o in p.children) for p in one.children)


LAPSED_WORDS = frozenset({"former", "ex", "erstwhile", "longer"})  # "a former member", "no longer members"
NOT_YET_WORDS = frozenset({"prospective", "aspiring", "candidate", "potential", "future", "applicant"})  # "a prospective member"


def _lapsed_role(st: _State, noun: Token) -> bool:
    """The role phrase ending at ``noun`` says the role was lost: "a former (ECOWAS) member", "ex-members",
    "is no longer a member" (read leftwards over the phrase's own words only)."""
    m = st.m
    if noun.i >= 2 and m.tokens[noun.i - 1].text == "-" and m.lower[noun.i - 2] == "non":
        return True  # "a non-member" (not "a non-NATO member of the EU")
    k = noun.i - 1
    while k >= noun.sent.start:
        if m.lower[k] in LAPSED_WORDS or m.lower[k] in NOT_YET_WORDS or _would_be(m, k):
            return True  # lost, or not held yet: "a prospective / would-be member"
        if not (m.lower[k] in ROLE_MODIFIERS or k in st.framework_at or m.tokens[k].pos_ in ("ADJ", "NUM") or m.lower[k] == "no"):
            return False
        k -= 1
    return False


def _would_be(m: ArticleMentions, k: int) -> bool:
    """The "be" of "would-be" at ``k``."""
    return m.lower[k] == "be" and k >= 2 and m.tokens[k - 1].text == "-" and m.lower[k - 2] == "would"


def _negated_by_non(st: _State) -> list[int]:
    """The tokens of each framework name written with "non-" before it ("non-NATO")."""
    m = st.m
    out: list[int] = []
    for i, key in st.framework_at.items():
        if i < 2 or st.framework_at.get(i - 1) == key or m.tokens[i - 1].text != "-" or m.lower[i - 2] != "non":
            continue
        if m.tokens[i - 2].whitespace_ or m.tokens[i - 1].whitespace_:
            continue
        k = i
        while st.framework_at.get(k) == key:
            out.append(k)
            k += 1
    return out


def _memberships_by_sentence(st: _State, inherited: list[tuple[str, str, Evidence]], anaphors: dict[int, str]) -> None:
    m = st.m
    for sent in m.sents:
        # resolved sentence by sentence: a body described in an earlier sentence ("X, a regional
        # mechanism") is known by then
        for i, key in _definite_anaphors(st, sent).items():
            st.framework_at.setdefault(i, key)
            anaphors[i] = key
        member_toks = [m.tokens[i] for i in range(sent.start, sent.end) if m.lower[i] in ("member", "members") and m.pos[i] in ("NOUN", "PROPN")]
        partner_tok = next((m.tokens[i] for i in range(sent.start, sent.end) if m.lower[i] in ("partners", "partner") and i > 0 and m.lower[i - 1] == "dialogue"), None)
        member_tok = member_toks[0] if member_toks else None
        if member_tok is not None and _lapsed_role(st, member_tok):
            member_tok = None  # "Mali, a former ECOWAS member", "are no longer members of F": not a member now
        for later in member_toks[1:]:
            _later_members_of(st, sent, later, _framework_modifier(st, member_toks[0]))
        if member_tok is not None:
            member_fw = _framework_modifier(st, member_tok)
            clause_verb, clause_fw = _relative_clause_framework(st, member_tok)
            subject_fw = clause_fw or _subject_framework(st, sent) or _gathering_pronoun_body(st, sent)
            limit = partner_tok.i if partner_tok is not None and partner_tok.i > member_tok.i else _colon_list_end(m, sent)
            leads = LIST_LEAD_WORDS | {"alongside"} if _fronted_as_role(m, sent, member_tok) else LIST_LEAD_WORDS
            first_list = _country_list_after(st, member_tok.i + 1, limit, leads)
            partners_follow = partner_tok is not None and partner_tok.i > member_tok.i
            second_list = _countries_between(m, partner_tok.i, _list_end(m, sent)) if partners_follow else []
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.listed", 0.85))
            both = _both_members_apposed(m, member_tok, sent.start)
            if member_fw and (member_tok.dep_ in ("attr", "pobj", "appos") or both):
                described = list(dict.fromkeys(both + _described_members(m, member_tok)))
                first_list = list(dict.fromkeys(described + first_list))
                for other in _further_frameworks_of(st, member_tok, member_fw):  # "members of the Quad and of F"
                    _add_new_memberships(st, described, other, "member", ev)
            if member_fw and first_list:
                for iso in first_list:
                    st.memberships.append(MembershipMention(iso, member_fw, "member", ev))
                for iso in _trailing_observers(m, member_tok.i + 1, sent.end):  # "..., with D as an observer"
                    if iso not in first_list:
                        st.memberships.append(MembershipMention(iso, member_fw, "observer", ev))
            if subject_fw and subject_fw != member_fw:
                # a list of F's members is the subject's only when the subject gathers them ("The ADMM-Plus
                # unites ASEAN member states such as A"; not "The Quad urged members of the UN, including A")
                own_list = first_list if member_fw is None or _word_in(clause_verb or sent.root, GATHER_VERBS) else []
                for iso in own_list + second_list:
                    st.memberships.append(MembershipMention(iso, subject_fw, "member", ev))
                for iso in second_list:
                    st.memberships.append(MembershipMention(iso, subject_fw, "dialogue partner", ev))
                if member_fw and _member_states(member_tok) and not first_list:  # not "ASEAN member states such as A and B"
                    inherited.append((member_fw, subject_fw, ev))
            if subject_fw and member_fw is None and not first_list and _owners_member_states(m, member_tok) \
                    and _word_in(clause_verb or sent.root, GATHER_VERBS):
                # "Its Defence Council brings together the ministers of the six member states": the owner's
                # (not "The X Forum urged the member states to ...": no gathering of them)
                owner = _owner_framework(st, subject_fw)
                if owner is not None:
                    inherited.append((owner, subject_fw, ev))
        _grouping_memberships(st, sent)
        _grouping_after_members(st, sent)
        _dashed_members(st, sent)
        _counted_among(st, sent)
        _stated_memberships(st, sent)
        _possessive_role_apposed(st, sent)
        _elliptical_roles(st, sent)
        _roles_in_body_in_focus(st, sent)
        _co_chair_verbs(st, sent)  # before the verbs: "A and B co-chair the X coalition, which C joined" names the coalition
        _verb_memberships(st, sent)
        _subject_among_other_members(st, sent)
        _listed_with_other_members(st, sent)
        _whose_other_roles(st, sent)
        _ranked_among_members(st, sent)
        _completed_accessions(st, sent)
        _ordinal_ellipsis(st, sent)
        _parenthesised_members(st, sent)
        _founded_by_countries(st, sent)
        _framework_countries_named(st, sent)
        _body_of_countries(st, sent)
        _co_chair_nouns(st, sent)
        _co_chaired_relative_object(st, sent)
        _chairing_members(st, sent)
        _anaphoric_memberships(st, sent)
        _attending_observers(st, sent)
        _participating_countries(st, sent)
        _observer_status(st, sent)
        _belonging_memberships(st, sent)
        _taking_part_memberships(st, sent)
        _dialogue_partners_among(st, sent)
        _relative_roles(st, sent)
        _of_which_memberships(st, sent)
        _pair_of_body_countries(st, sent)


# what a body's name qualifies when it says its members: "the two Commonwealth countries", "both NATO allies"
BODY_MEMBER_NOUNS = frozenset({"countries", "nations", "states", "allies", "members"})
BODY_BODY_KINDS = frozenset({"Organisation", "Forum"})


def _pair_of_body_countries(st: _State, sent: Span) -> None:
    """"relations between the two Commonwealth countries", "A and B, the two newest NATO allies", "both
    ASEAN member states": a known body's name as the adjective of a definite pair of countries makes the
    pair members: the countries it is apposed to, else the pair the story told just before (or the
    lead). Not "two NATO allies" (some two), nor "the two former F members" (lapsed)."""
    m = st.m
    for i in range(sent.start + 2, sent.end - 1):
        key = st.framework_at.get(i)
        if key is None or st.framework_at.get(i - 1) == key or st.frameworks[key].kind not in BODY_BODY_KINDS:
            continue
        end = i
        while st.framework_at.get(end + 1) == key:
            end += 1
        noun = end + 1
        if noun + 1 < sent.end and m.lower[noun] == "member" and m.lower[noun + 1] in MEMBER_STATE_NOUNS:
            noun += 1  # "the two ASEAN member states"
        if noun >= sent.end or m.lower[noun] not in BODY_MEMBER_NOUNS:
            continue
        k = i - 1
        while k > sent.start and k > i - 3 and m.tokens[k].pos_ == "ADJ" and m.lower[k] not in LAPSED_WORDS | NOT_YET_WORDS:
            k -= 1  # "the two newest NATO allies"
        if not (m.lower[k] == "both" or m.lower[k] == "two" and k > sent.start and m.lower[k - 1] == "the"):
            continue
        pair = _apposed_pair(m, m.tokens[noun]) or _story_pair_before(st, sent, k)
        if len(pair) == 2:
            _add_stated(st, pair, key, "member", sent, {(mb.country, mb.framework) for mb in st.memberships})


def _apposed_pair(m: ArticleMentions, noun: Token) -> list[str]:
    """"A and B, the two F allies": the two countries the phrase is apposed to, else []."""
    if noun.dep_ != "appos":
        return []
    countries = _countries_in(m, [noun.head, *noun.head.conjuncts])
    return countries if len(countries) == 2 else []


def _story_pair_before(st: _State, sent: Span, k: int) -> list[str]:
    """The two countries a pair phrase at ``k`` stands for: those the sentence names before it (a
    person standing for the country of their post: "Minister X returned from B after ... the two
    countries"), else the lead's pair, else those of the sentences just before; else, the sentence naming
    one of them, the article's two sides (its persons are of two countries, that one among them: a post
    not known yet, "Minister X returned from B"); [] unless exactly two."""
    m = st.m
    country_of = {p.key: p.country for p in m.persons}
    named = _countries_and_persons_countries(m, range(sent.start, k), country_of)
    if len(named) == 2:
        return named
    if named:
        sides = list(dict.fromkeys(c for c in country_of.values() if c))
        return sides if len(sides) == 2 and named[0] in sides and len(named) == 1 else []
    pair = _lead_pair(m, sent)
    if pair:
        return pair
    for prev in reversed(_sentences_ending_by(m, sent.start, PAIR_SUBJECT_LOOKBACK)):
        named += [iso for iso in _countries_and_persons_countries(m, range(prev.start, prev.end), country_of) if iso not in named]
        if len(named) >= 2:
            break
    return named if len(named) == 2 else []


def _countries_and_persons_countries(m: ArticleMentions, indices: range, country_of: dict[str, str | None]) -> list[str]:
    """The countries named at ``indices`` and those of the persons named there, in order."""
    out: list[str] = []
    for j in indices:
        iso = m.country_at.get(j) or (country_of.get(m.person_at[j]) if j in m.person_at else None)
        if iso and iso not in out:
            out.append(iso)
    return out


def _later_members_of(st: _State, sent: Span, member_tok: Token, first_fw: str | None) -> None:
    """"A and B, both founding members of F, are among the members of G": a later "members of G" in the
    sentence describes the countries it is said of too (the first is read in _memberships_by_sentence)."""
    m = st.m
    member_fw = _framework_modifier(st, member_tok)
    if member_fw is None or member_fw == first_fw or member_tok.dep_ not in ("attr", "pobj", "appos") or _lapsed_role(st, member_tok):
        return
    described = _described_members(m, member_tok)
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.listed", 0.85))
    _add_new_memberships(st, described, member_fw, "member", ev)


# a generic description refers to the body named just before; a specific one to a body whose name ends in it
GENERIC_BODY_WORDS = frozenset({"bloc", "grouping", "organisation", "organization", "alliance", "body", "group", "confederation"})
SPECIFIC_BODY_WORDS = frozenset({"forum", "council", "conclave", "community", "union", "commission", "association",
                                 "initiative", "mechanism", "organisation", "organization", "alliance", "group", "cell",
                                 "dialogue", "meeting", "symposium"})  # "the X Dialogue ... The dialogue brings together A and B"
NOT_BODY_KINDS = frozenset({"Policy", "Agreement", "Exercise"})
GENERIC_LOOKBACK = 2  # sentences before the description searched for "the bloc"
OCCASION_LENGTH = re.compile(r"\b(?:day|week) ?- ?long\b|- ?(?:day|week)\b", re.I)  # "three-day", "day-long"


def _definite_anaphors(st: _State, sent: Span) -> dict[int, str]:
    """Token -> framework for definite descriptions of a body named earlier: "The council, set up in
    2022, comprises A and B" (a council named before), "The 11-member bloc, which C joined" (the body
    named in this sentence or the two before). Not a name ("the Security Council"), not "the council
    of ministers", not a body none is named before."""
    m = st.m
    found: dict[int, str] = {}
    for i in range(sent.start, sent.end):
        if m.lower[i] not in GENERIC_BODY_WORDS | SPECIFIC_BODY_WORDS or i in st.framework_at:
            continue
        noun = m.tokens[i]
        if noun.pos_ not in ("NOUN", "PROPN") or not _plain_description(m, noun):
            continue
        key = _named_body_ending_in(st, noun) or (_body_named_before(st, noun) if noun.lower_ in GENERIC_BODY_WORDS else None)
        if key is None and noun.lower_ in BLOC_WORDS:
            key = _only_organisation_before(st, noun.i)
        if key is not None:
            found[i] = key
    for i in range(sent.start, sent.end):
        if m.lower[i] in DOCUMENT_ANAPHOR_NOUNS and i not in st.framework_at and m.pos[i] == "NOUN" and _plain_description(m, m.tokens[i]):
            key = _agreement_described(st, m.tokens[i])  # "A, B and C are parties to the tripartite arrangement"
            if key is not None:
                found[i] = key
    for i in range(sent.start, min(sent.end, len(m.tokens) - 2)):
        if m.lower[i] == "its" and _role_phrase_after(m, i + 1) and i not in st.framework_at:
            key = _body_named_before(st, m.tokens[i], lookback=1)  # "not a member of the forum, but one of its dialogue partners"
            if key is not None:
                found[i] = key
    return found


DOCUMENT_ANAPHOR_NOUNS = frozenset({"pact", "treaty", "agreement", "accord", "arrangement", "memorandum", "mou"})


def _agreement_described(st: _State, noun: Token) -> str | None:
    """The agreement "the (tripartite) arrangement" refers to: the nearest named in this sentence or
    the two before whose name holds each of the description's words ("Tripartite Memorandum of
    ..."); with no description word, the nearest agreement; none when an unnamed one ("a new pact")
    was told of in between."""
    m = st.m
    words = [t.lower_ for t in m.tokens[noun.left_edge.i : noun.i] if t.is_alpha and t.lower_ != "the"]
    for i, key in _named_back_from(st, noun, GENERIC_LOOKBACK):
        if key is None and m.lower[i] in DOCUMENT_ANAPHOR_NOUNS and _indefinite(m.tokens[i]) and not _describes_named(st, m.tokens[i]):
            return None  # "... signed a new defence pact. B and C are parties to the agreement": that unnamed one
        if key is None or st.frameworks[key].kind != "Agreement":
            continue
        fw = st.frameworks[key]
        if any(all(w in name.lower().split() for w in words) for name in (fw.name, *fw.aliases)):
            return key  # "the tripartite arrangement": a word of its name, or of another name it is known by
    return None


def _describes_named(st: _State, noun: Token) -> bool:
    """"the X Agreement, a defence pact, ...": the indefinite noun is an apposition of a named framework,
    a word about that one, not another unnamed one."""
    return noun.dep_ == "appos" or noun.head.i in st.framework_at


def _indefinite(noun: Token) -> bool:
    """``noun`` is said with "a" / "an" ("a new defence pact")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


RANK_IN_BODY_WORDS = frozenset({"newest", "latest", "founding", "full", "permanent"})


def _role_phrase_after(m: ArticleMentions, i: int) -> bool:
    """A role in a body starts at ``i``: "dialogue partners", "members", "(fourth / newest) member", "observers"."""
    while i + 1 < len(m.tokens) and (m.lower[i] in RANK_IN_BODY_WORDS or _ordinal(m.tokens[i]) is not None
                                     or m.tokens[i].like_num):  # "one of its 20 member states"
        i += 1
    if m.lower[i] == "dialogue":
        return m.lower[i + 1] in ("partner", "partners")
    return m.lower[i] in ("member", "members", "observer", "observers")


def _plain_description(m: ArticleMentions, noun: Token) -> bool:
    """"the (11-member / regional) bloc": "the" and lowercase modifiers only, nothing after it that
    names another body ("the council of ministers")."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i > noun.i:
        return False
    if any(t.text[:1].isupper() for t in m.tokens[det.i + 1 : noun.i]):
        return False  # "the Security Council", "the GCC council": a name, read elsewhere
    if OCCASION_LENGTH.search(m.sdoc[det.i + 1 : noun.i].text):
        return False  # "the three-day conclave": one session of a body, whose guests are not its members
    return not (noun.i + 1 < len(m.tokens) and m.lower[noun.i + 1] == "of")


def _named_body_ending_in(st: _State, noun: Token) -> str | None:
    """The body named last before ``noun`` in the article whose name (or alias) ends in its word."""
    if noun.lower_ not in SPECIFIC_BODY_WORDS:
        return None
    if noun.lower_ in EVENT_BODY_WORDS:
        return _named_event_body(st, noun)
    prev = _sentences_ending_by(st.m, noun.sent.start, 1)
    nearby = prev[0].start if prev else noun.sent.start
    nearest = True
    for i, key in _named_back_from(st, noun, None):
        if key is None:
            continue
        fw = st.frameworks[key]
        if fw.kind in NOT_BODY_KINDS or _owner_of_other_framework(st, st.m.tokens[i]):
            continue
        # "the Southern Seas Naval Symposium (SSNS) ... The symposium": its expansion's word too
        if any(name.split()[-1].lower() == noun.lower_ for name in [fw.name, fw.expansion, *fw.aliases] if name):
            return key
        # "the Council of Coastal ... States. The council comprises A and B": a name headed by the word
        # before its first "of" only when it is the body named last, in this sentence or the one
        # before (matched anywhere back, it gave the wrong body: the same match, tried twice on a
        # name the framework rules had cut short, was reverted for precision 0.92 -> 0.75)
        if nearest and i >= nearby and _head_before_of(fw.name) == noun.lower_:
            return key
        nearest = False
    return None


EVENT_BODY_WORDS = frozenset({"dialogue", "meeting"})  # words of a named body that are also words of one gathering
MEETING_TOLD_WORDS = frozenset({"talks", "dialogue", "meeting", "meetings", "met", "meet", "meets"})


def _named_event_body(st: _State, noun: Token) -> str | None:
    """The body named "the dialogue" / "the meeting" refers to: a bare description ("the dialogue",
    not "the strategic dialogue" nor "the dialogue on maritime security") of the nearest body named
    in its sentence or the two before whose name ends in the word; none when a gathering with no
    name ("held talks", "a strategic dialogue") was told of in between, which is the one meant."""
    m = st.m
    if noun.i == 0 or m.lower[noun.i - 1] != "the":
        return None
    after = m.tokens[noun.i + 1] if noun.i + 1 < len(m.tokens) else None
    if after is not None and (after.pos_ == "ADP" or after.tag_ == "VBN"):
        return None  # "the dialogue on maritime security", "the meeting held in Delhi"
    for i, key in _named_back_from(st, noun, GENERIC_LOOKBACK):
        if key is None:
            if m.lower[i] in MEETING_TOLD_WORDS:
                return None
            continue
        fw = st.frameworks[key]
        if fw.kind in NOT_BODY_KINDS or _owner_of_other_framework(st, m.tokens[i]):
            continue
        if any(name.split()[-1].lower() == noun.lower_ for name in [fw.name, *fw.aliases] if name):
            return key
    return None


NAME_HEAD_PREPOSITIONS = frozenset({"of", "for", "on"})  # "Council for Peace ...", "Commission on ..."


def _head_before_of(name: str) -> str | None:
    """"council" for "Council of Defence Ministers of ..." or "Council for Peace and Security in ...":
    the word before a name's first "of" / "for" / "on"."""
    words = name.lower().split()
    at = next((k for k, w in enumerate(words) if k > 0 and w in NAME_HEAD_PREPOSITIONS), None)
    return words[at - 1] if at is not None else None


def _owner_of_other_framework(st: _State, token: Token) -> bool:
    """"the Joint Defence Council of the Gulf Cooperation Council (GCC)": the owner after "of" is not
    what "the council" goes on to describe; the body named first is."""
    key = st.framework_at[token.i]
    for word in token.sent:
        if st.framework_at.get(word.i) != key or word.dep_ != "pobj" or word.head.lower_ != "of":
            continue
        governor = st.framework_at.get(word.head.head.i)
        if governor is not None and governor != key:
            return True
    return False


BLOC_WORDS = frozenset({"bloc", "grouping"})  # said only of a body of countries
CHAIRS_GROUP_HEADS = frozenset({"troika", "trio"})  # a body's past, present and next chairs, not the bloc itself


def _not_a_bloc(name_words: list[str]) -> bool:
    """A shared force or a group of a body's chairs ("the X Organ Troika"): never what "the bloc" means."""
    return _shared_force(name_words) or bool(name_words) and name_words[-1].lower() in CHAIRS_GROUP_HEADS


def _only_organisation_before(st: _State, before: int) -> str | None:
    """"SADC leaders approved the force in 2024. [a quote] The regional bloc now comprises A, B, ...": the
    one organisation the article has named so far, however far back (none when it has named two)."""
    keys = {key for i, key in st.framework_at.items() if i < before}
    # a bloc is no force ("the LAKES Standby Force ... The regional bloc": LAKES itself)
    bodies = {key for key in keys if st.frameworks[key].kind == "Organisation" and not _shared_force(st.frameworks[key].name.split())}
    if not bodies:  # "the X Conclave met ... [paragraphs on] The five-member grouping comprises A, B, ...": the one forum
        bodies = {key for key in keys if st.frameworks[key].kind == "Forum" and not _not_a_bloc(st.frameworks[key].name.split())}
    return bodies.pop() if len(bodies) == 1 else None


def _named_back_from(st: _State, noun: Token, lookback: int | None):
    """(index, framework key or None) of each token before ``noun``, nearest first, back to the start
    of its sentence and the ``lookback`` before it (None: the whole article)."""
    if lookback is None:
        first = 0
    else:
        prev = _sentences_ending_by(st.m, noun.sent.start, lookback)
        first = prev[0].start if prev else noun.sent.start
    for i in range(noun.i - 1, first - 1, -1):
        yield i, st.framework_at.get(i)


def _body_named_before(st: _State, noun: Token, lookback: int = GENERIC_LOOKBACK) -> str | None:
    """The body (not a policy, agreement or exercise) named last before ``noun``, in its sentence or
    the ``lookback`` before."""
    for _, key in _named_back_from(st, noun, lookback):
        if key is not None and noun.lower_ in BLOC_WORDS and _not_a_bloc(st.frameworks[key].name.split()):
            continue  # a bloc is no force: "LAKES leaders approved the LAKES Standby Force. The bloc ..."
        if key is not None and st.frameworks[key].kind not in NOT_BODY_KINDS:
            return key
    return None


def _belonging_memberships(st: _State, sent: Span) -> None:
    """"A and B, along with C, make up the Quad", "A and B also belong to F, alongside C", "A, B
    and C form F": the subject's countries (and those named alongside) are members of the framework
    they make up, form or belong to; not "does not belong to F", "will make up F"."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        if m.pos[verb.i] != "VERB" and not _belong_read_as_noun(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma not in ("belong", "make", "constitute", "form"):
            continue
        if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma != "belong" else \
            [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(o.lower_ == "which" for o in objects):
            objects = [verb.head]  # "F, to which A and B belong"
        fw_key = next((st.framework_at[o.i] for o in objects if o.i in st.framework_at), None)
        if fw_key is None or any(c.dep_ == "neg" for c in verb.children) or _future_verb(verb):
            continue
        if lemma == "form" and st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue  # "A, B and C form the X" names a body they are in; a document is not formed by its parties
        # "A and B, along with C, make up F": the parse may hang "along with C" on the verb
        fellows = [t for c in verb.children if c.dep_ == "prep" and (c.lower_ in ("along", "alongside", "together") or _together_with(c))
                   for t in c.subtree]  # "Together with C, A and B make up F": the parse may hang A and B on "with" too
        subject = _clause_subject_countries(m, verb) or _pair_guessed(st, sent, verb, fw_key) or _pronoun_country(m, verb)
        subject = _counted_subject(m, sent, verb) + subject  # "All four, together with C, make up F": C read as a subject
        subject = subject or _counted_subject_countries(m, verb)  # "The three countries form F"
        if not subject and _belong_read_as_noun(verb):  # "F, to which A and B belong": the countries before the verb
            subject = _countries_before(m, verb.i, sent.start)
        all_of_them = _all_of_them_countries(m, sent, verb.i)
        if all_of_them is not None:  # "all of them except C": the list "them" stands for, not the excepted C
            subject = all_of_them
        countries = subject + _countries_in(m, fellows) + _alongside_countries(st, fw_key, verb, sent) + _as_do_countries(m, verb)
        excepted = _excepted_countries(m, sent.start, verb.i)  # "All of them except C belong to F": C is no member
        countries = [c for c in countries if c not in excepted]
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.belong", 0.8))
        _add_new_memberships(st, list(dict.fromkeys(countries)), fw_key, "member", ev)


ALL_OF_WORDS = frozenset({"all", "each"})
ALL_OF_PRONOUNS = frozenset({"them", "these", "those"})
ALL_OF_GAP_WORDS = frozenset({"except", "excluding", "for", "other", "than", "apart", "aside", "from", ",", "and", "the", "also", "too"})


def _all_of_them_countries(m: ArticleMentions, sent: Span, verb_i: int) -> list[str] | None:
    """"A, B, C and D are members of F, and all of them (except D) also belong to G", "A, B and C met.
    All of them belong to G": the countries "all of them" right before the verb stands for, the list
    that is the subject of the clause before (at the sentence's start, in this sentence or the one
    before); None without such words, [] when no such list is named ("The ministers of A and B ...":
    people, not countries). The parse of "all of them except D" may make D the subject."""
    start = next((a for a in range(verb_i - 3, sent.start - 1, -1) if m.lower[a] in ALL_OF_WORDS and m.lower[a + 1] == "of"
                  and m.lower[a + 2] in ALL_OF_PRONOUNS), None)
    if start is None or any(k not in m.country_at and m.lower[k] not in ALL_OF_GAP_WORDS for k in range(start + 3, verb_i)):
        return None
    for span in ([m.sdoc[sent.start : start]] + _sentences_before(m, sent, 1)):
        k = span.start + (m.lower[span.start] == "the") if len(span) else span.start
        listed: list[str] = []
        while k < span.end and (k in m.country_at or m.lower[k] in (",", "and", "the")):
            if k in m.country_at and m.country_at[k] not in listed:
                listed.append(m.country_at[k])
            k += 1
        if len(listed) >= 2:
            return [c for c in listed if c not in _excepted_countries(m, start, verb_i)]
    return []


EXCEPTION_WORDS = frozenset({"except", "excluding"})
EXCEPTION_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from"), ("except", "for")})


def _excepted_countries(m: ArticleMentions, start: int, end: int) -> list[str]:
    """The countries listed right after "except", "excluding", "other than", "apart from" between
    ``start`` and ``end`` ("All of them except A and B belong to F"): the words set them apart from
    what is said of the rest (the parse may hang the list anywhere, so it is read off the words)."""
    out: list[str] = []
    for k in range(start, end):
        if m.lower[k] in EXCEPTION_WORDS or (k > start and (m.lower[k - 1], m.lower[k]) in EXCEPTION_PAIRS):
            j = k + 1 + (k + 1 < end and m.lower[k + 1] == "for")
            while j < end and (j in m.country_at or m.lower[j] in (",", "and", "or", "the")):
                iso = m.country_at.get(j)
                if iso and iso not in out:
                    out.append(iso)
                j += 1
    return out


def _pair_guessed(st: _State, sent: Span, verb: Token, fw_key: str) -> list[str]:
    """"A and B signed a pact. They / Both countries belong to F": the countries the subject stands for;
    none when the sentence goes on to list F's members without one of them ("Both countries belong to
    F, whose members include A, C and D"): the list said outright outweighs the guess from before."""
    m = st.m
    pair = _they_countries(m, sent, _subject_start(verb)) or _pair_subject(m, sent, verb)
    last = max(i for i, key in st.framework_at.items() if key == fw_key and sent.start <= i < sent.end)
    listed = _countries_in(m, m.tokens[last + 1 : sent.end])
    return pair if not listed or set(pair) <= set(listed) else []


DO_LEMMAS = frozenset({"do", "have"})


def _as_do_countries(m: ArticleMentions, verb: Token) -> list[str]:
    """"A belongs to F, as does B", "A joined in 2010, as did B and C": the countries of an elliptical
    "as do" clause hung on the verb, or on the main verb the verb's clause hangs on when it comes after
    the verb ("A is not in G, although it belongs to F, as does B")."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("advcl", "conj", "ccomp") and verb.head.i < verb.i else [])
    clauses = [c for h in heads for c in h.children if c.dep_ == "advcl" and c.i > verb.i and c.lemma_.lower() in DO_LEMMAS
               and any(k.dep_ == "mark" and k.lower_ == "as" for k in c.children) and not any(k.dep_ == "neg" for k in c.children)]
    return _countries_in(m, (t for c in clauses for s in c.children if s.dep_ == "nsubj" for t in (s, *s.conjuncts)))


def _belong_read_as_noun(token: Token) -> bool:
    """"F, to which A and B belong, met": the parse may read the verb of the relative clause as a noun."""
    return token.lower_ == "belong" and token.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


MEMBERS_SPOKEN_OF = frozenset({"member", "members", "membership"})


def _taking_part_memberships(st: _State, sent: Span) -> None:
    """"Both countries also take part in the X Coalition, which brings together 30 member states", "A and
    B participate in the Y Organisation": countries taking part in a body (an organisation, or a forum the
    sentence says has members) are its members; not an exercise, a dialogue or a summit they take part
    in, not "will take part", not "as observers"."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ("take", "participate"):
            continue
        body = _joined_body_object(verb)
        fw_key = st.framework_at.get(body.i) if body is not None else None
        if fw_key is None and body is not None and body.lower_ in PROGRAMME_WORDS:  # "in the X program"
            fw_key = next((st.framework_at[c.i] for c in body.children if c.dep_ == "compound" and c.i in st.framework_at), None)
        if fw_key is None or any(c.dep_ == "neg" for c in verb.children) or _future_verb(verb):
            continue
        kind = st.frameworks[fw_key].kind
        members_told = any(m.lower[i] in MEMBERS_SPOKEN_OF for i in range(body.i + 1, sent.end))
        # "has taken part in the X program since it joined in 2006": the join makes it a member
        joined_since = any(c.dep_ == "advcl" and c.lemma_.lower() in JOIN_VERBS and not any(k.dep_ == "dobj" for k in c.children)
                           and any(k.dep_ == "mark" and k.lower_ == "since" for k in c.children) for c in verb.children)
        if not (kind == "Organisation" or kind == "Forum" and members_told or kind == "Initiative" and joined_since):
            continue
        if any(m.lower[i] in ("observer", "observers", "guest", "guests") for i in range(sent.start, sent.end)):
            continue  # "take part in F as observers": read by the observer rules
        if joined_since and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and _country_subject(m, verb.head):
            countries = _clause_subject_countries(m, verb.head)  # "A is not seeking X but has taken part in F since it joined"
        elif _country_subject(m, verb):  # "A and B take part", not "A's / Chilean cadets take part"
            countries = _clause_subject_countries(m, verb)
        else:
            countries = _pair_subject(m, sent, verb) or _they_countries(m, sent, _subject_start(verb))
        if countries:  # "A takes part in F alongside B and C": the fellows take part in it too
            countries = list(dict.fromkeys(countries + _alongside_countries(st, fw_key, verb, sent)))
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.take-part", 0.75))
        _add_new_memberships(st, countries, fw_key, "member", ev)


def _subject_start(verb: Token) -> int:
    """Where the verb's subject starts (-1 without one)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.left_edge.i if subject is not None else -1


def _pair_subject(m: ArticleMentions, sent: Span, verb: Token) -> list[str]:
    """The two countries a subject "both countries" / "the two nations" stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _pair_named_before(m, sent, subject.i) if subject is not None else []


def _alongside_countries(st: _State, fw_key: str, verb: Token, sent: Span) -> list[str]:
    """The countries of "alongside A and B" / "along with A and B" after the framework a verb names,
    within the verb's clause ("belong to F, a military alliance, alongside Russia and Belarus")."""
    m = st.m
    last = max(i for i, key in st.framework_at.items() if key == fw_key and sent.start <= i < sent.end)
    for t in m.tokens[last + 1 : sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.lower_ in ("and", "but", ";", "while"):
            return []  # another clause: its list is not the verb's (not "as a founding member": a noun's modifier)
        words = FELLOW_WORDS[2] if t.lower_ == "alongside" else FELLOW_WORDS[0] if t.lower_ == "along" else None
        if words is not None and tuple(w.lower_ for w in m.tokens[t.i : t.i + len(words)]) == words:
            start = t.i + len(words)
            return _countries_in(m, m.tokens[start : _list_stop(m, start, sent.end)])
    return []


def _relative_roles(st: _State, sent: Span) -> None:
    """"F, in which the Philippine Navy is a full member and the Indian Navy an observer": in a
    relative clause on F, the subject's country has the role the be-verb names (a navy's or
    army's membership is its country's), and so has a country in a verbless clause joined to it."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        if verb.dep_ != "relcl" or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
            continue
        prep = _relative_prep(verb) or _relative_where(verb)
        role_noun = next((r for c in verb.children if c.dep_ == "attr" and (r := _role_of_attribute(c)) is not None), None)
        fw_key = (_framework_right_before(st, prep.i) or _framework_before_description(st, prep)
                  or _framework_before_time(st, prep.i)) if prep is not None else None
        if fw_key is None or role_noun is None:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.relative-role", 0.75))
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        countries = _countries_in(m, (t for c in subjects for t in c.subtree))
        if countries:  # "of which India is a founding member along with A and B"
            countries += _fellows_right_after(m, role_noun.i + 1, sent.end)
        _add_new_memberships(st, countries, fw_key, ROLE_NOUNS[role_noun.lower_], ev)
        for other in (c for c in role_noun.children if c.dep_ == "conj"):  # "and the Indian Navy an observer"
            # the parse hangs the elided clause's role on the country or on the first role noun
            appos = [a for a in other.children if a.dep_ == "appos"] + [a for a in role_noun.children if a.dep_ == "appos" and a.i > other.i]
            role = next((ROLE_NOUNS[a.lower_] for a in appos if a.lower_ in ROLE_NOUNS), None)
            iso = next((m.country_at[t.i] for t in other.subtree if t.i in m.country_at), None)
            if role is not None and iso is not None:
                _add_new_memberships(st, [iso], fw_key, role, ev)


def _of_which_memberships(st: _State, sent: Span) -> None:
    """"F, of which A and B are founding members", "A and B go back to F, of which both were founding
    members": the clause's countries (a bare "both" / "all": the main clause's subject countries) have
    the role it names in the framework named right before."""
    m = st.m
    for which in m.tokens[sent.start : sent.end]:
        if which.lower_ != "which" or which.i < 2 or m.lower[which.i - 1] != "of" or m.tokens[which.i - 2].text != ",":
            continue
        told = _of_which_role(m, which)
        fw_key = _framework_right_before(st, which.i - 1) if told is not None else None
        kind = which.i - 2 - 1  # "the X Corridor (XC) project, of which A is a founding member": past the kind word
        if fw_key is None and told is not None and kind > 0 and m.lower[kind] in PROGRAMME_WORDS and m.tokens[kind].is_lower:
            fw_key = st.framework_at.get(kind - 1) or _framework_before_acronym(st, kind)
        if fw_key is None:
            continue
        subject, role = told
        countries = _countries_in(m, subject) or _quantified_main_subject(m, [t.lower_ for t in subject], sent)
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.relative-role", 0.75))
        _add_new_memberships(st, countries + _fellows_right_after(m, role.i + 1, sent.end) if countries else [], fw_key, ROLE_NOUNS[role.lower_], ev)


def _quantified_main_subject(m: ArticleMentions, subject: list[str], sent: Span) -> list[str]:
    """A bare "both" / "all" subject stands for the countries that alone make up the main clause's
    subject (two for "both")."""
    if subject not in (["both"], ["all"]):
        return []
    countries = _main_subject_countries(m, sent)
    return countries if len(countries) >= 2 and (subject != ["both"] or len(countries) == 2) else []


def _main_subject_countries(m: ArticleMentions, sent: Span) -> list[str]:
    """The countries of the main clause's subject when it names nothing else ("A and B", "A, B and C")."""
    words = [t for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    if not words or any(t.i not in m.country_at and t.lower_ not in SUBJECT_LIST_GLUE for t in words):
        return []
    return _countries_in(m, words)


def _framework_before_time(st: _State, i: int) -> str | None:
    """"B joined F in 2023, of which A is a founding member": the framework named right before a time
    phrase ("in 2023", "since May 2004") that ends (past a comma) right before token ``i``."""
    m = st.m
    k = i - 1 - (i >= 1 and m.tokens[i - 1].text == ",")
    if k < 0 or m.tokens[k].ent_type_ != "DATE":
        return None
    while k >= 0 and m.tokens[k].ent_type_ == "DATE":
        k -= 1
    return _framework_right_before(st, k) if k >= 0 and m.lower[k] in ("in", "since") else None


def _role_of_attribute(attr: Token) -> Token | None:
    """The role noun a be-verb's attribute names: "a (founding) member", or the role counted in "one of
    (the) five members" (the parse makes "one" the attribute)."""
    if attr.lower_ in ROLE_NOUNS:
        return attr
    if attr.lower_ != "one":
        return None
    return next((o for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lower_ in ROLE_NOUNS), None)


DESCRIPTION_LIMIT = 14  # words of a description set off after a name ("a forum of navies of the ... states")


def _framework_before_description(st: _State, prep: Token) -> str | None:
    """"F (ACR), a forum of navies of the littoral states, in which A is an observer", "F, a grouping of 43
    member states of which A is a founding member": the framework named right before a description set
    off by a comma ("a"/"an" + words with no verb and no other name) that the relative clause ends."""
    m = st.m
    end = prep.i - (m.tokens[prep.i - 1].text == ",")
    for k in range(end - 1, max(prep.sent.start, end - DESCRIPTION_LIMIT) - 1, -1):
        t = m.tokens[k]
        if k in st.framework_at or t.text == "," and k + 1 < end and m.lower[k + 1] not in ("a", "an"):
            return None
        if t.text == "," or t.pos_ in ("VERB", "AUX") and not _hyphened_participle(t):
            return _framework_right_before(st, k + 1) if t.text == "," else None
    return None


def _fellows_right_after(m: ArticleMentions, i: int, end: int) -> list[str]:
    """The countries of "along with A and B" / "alongside A" starting at (or after a comma at) ``i``."""
    i += i < end and m.tokens[i].text == ","
    for words in FELLOW_WORDS:
        if tuple(t.lower_ for t in m.tokens[i : i + len(words)]) == words:
            start = i + len(words)
            return _countries_in(m, m.tokens[start : _list_stop(m, start, end)])
    return []


PARTNER_LIST_LEADS = (("among", "them"), ("including",), ("such", "as"), ("notably",))


def _dialogue_partners_among(st: _State, sent: Span) -> None:
    """"F has a wider circle of dialogue partners, among them A, B and C", "while A and B are among
    its dialogue partners": the countries are F's dialogue partners (F the sentence's framework)."""
    m = st.m
    for noun in m.tokens[sent.start : sent.end]:
        if noun.lower_ != "partners" or noun.i == sent.start or m.lower[noun.i - 1] != "dialogue":
            continue
        countries = _partners_listed_after(m, noun.i + 1, sent.end) or _among_partners_subject(m, noun)
        if not countries:
            continue
        fw_key = _partner_framework(st, noun, sent)
        if fw_key is None:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.partners-among", 0.8))
        _add_new_memberships(st, countries, fw_key, "dialogue partner", ev)


def _partners_listed_after(m: ArticleMentions, start: int, end: int) -> list[str]:
    """The countries of ", among them A, B and C" / ", including A and B" right after the noun."""
    k = start + (start < end and m.tokens[start].text == ",")
    for lead in PARTNER_LIST_LEADS:
        if tuple(t.lower_ for t in m.tokens[k : k + len(lead)]) == lead:
            first = k + len(lead)
            return _countries_in(m, m.tokens[first : _list_stop(m, first, end)])
    return []


def _among_partners_subject(m: ArticleMentions, noun: Token) -> list[str]:
    """"A and B are among its dialogue partners": the countries of the be-verb's subject."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "among" or noun.dep_ != "pobj" or verb.lemma_.lower() not in BE_LEMMAS:
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return _countries_in(m, (t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree))


def _partner_framework(st: _State, noun: Token, sent: Span) -> str | None:
    """Whose dialogue partners: "its"/"their" or a clause about the sentence's one framework named
    before the noun ("The SCO also has ... dialogue partners", "IORA's members ..., while ... its")."""
    keys = list(dict.fromkeys(st.framework_at[i] for i in range(sent.start, noun.i) if i in st.framework_at))
    return keys[0] if len(keys) == 1 else None


def _co_chair_verbs(st: _State, sent: Span) -> None:
    """Co-chairs: "India is co-chairing X alongside Malaysia", "India and Malaysia will co-chair X";
    not the countries of officials who co-chair ("Singh co-chaired the X Committee with UAE officials")."""
    m = st.m
    for word_end in m.tokens[sent.start : sent.end]:
        start = co_chair_start(word_end) if "chair" in m.lower[word_end.i] else None
        if start is None:
            continue
        verb = m.tokens[start]
        head = verb if verb.pos_ in ("VERB", "AUX") else verb.head
        for t in m.tokens[sent.start : sent.end]:
            # a "chair" word with an object is the verb, though tagged a noun ("A and B co-chair the coalition")
            if t.lower_.startswith(("chair", "co-chair")) and (t.pos_ == "VERB" or any(c.dep_ == "dobj" for c in t.children)):
                head = t
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in ("which", "that") and head.dep_ == "relcl":
            _co_chairs_of_relative(st, sent, head, obj)  # "the X Coalition, which it co-chairs with B"
            break
        if obj is not None and obj.i < word_end.i:
            obj = None  # the parse hung "co-chair" on another verb ("include A and B; A and B co-chair the format")
        if obj is not None and any(c.dep_ == "agent" for c in head.children) and any(c.dep_ == "auxpass" for c in head.children):
            obj = None  # "F is co-chaired this cycle by A and B": a passive's time phrase parsed as its object
        if obj is None and (head.dep_ in ("acl", "relcl") or any(c.dep_ == "agent" for c in head.children)):
            _co_chaired_by(st, sent, head)
            break
        # the framework runs from the object (or, when the parse found none, the word after the
        # verb: "will co - chair the X Group") to "alongside"/"with"/punctuation
        if obj is None and head.pos_ != "VERB":
            continue
        after_verb = max(head.i, word_end.i) + 1
        start = obj.left_edge.i if obj is not None else after_verb
        end = start
        while end < sent.end and (m.tokens[end].lower_ not in ("alongside", "with", ",", ".", ";", "for", "since", "until")
                                  or _coalition_for_a_country(m, end)):  # "the X Coalition for Moldova": the name goes on
            end += 1
        partner_at = end if end < sent.end and m.tokens[end].lower_ in ("alongside", "with") else None
        span = _chaired_name(m, start, end) or _lowercase_coalition(m, start, end)
        described = _body_described_by(st, m.tokens[start + 1]) if span is None and end - start == 2 and m.lower[start] == "the" else None
        if described is None and span is None and obj is not None:
            described = _body_of_gathering(st, obj)  # "co-chaired the 2023 summit of F"
        if described is None and span is None:
            found = _framework_after(st, start, end)  # "the 9th round of A-B annual maritime consultation", read before
            described = found[0] if found is not None else None
        if described is None and (span is None or not any(t.is_alpha for t in span)):
            continue
        fw_key = described or _add_framework(st, span.text, "Forum", span, None, "framework.co-chaired")
        chairs = _co_chair_subject_countries(m, sent, [verb, head])
        if partner_at is not None:
            chairs += _named_countries(m, partner_at, sent.end)
        _add_co_chairs(st, chairs, fw_key, sent, again=True)
        break


def _chairing_members(st: _State, sent: Span) -> None:
    """"The Philippines will chair the 11-member ASEAN in 2026": a country that chairs (or will chair)
    an organisation is one of its members; not "did not chair", not a co-chair (read above)."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        if verb.pos_ != "VERB" or verb.lower_ not in ("chair", "chairs", "chaired", "chairing") or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.i > 0 and m.tokens[verb.i - 1].text == "-":
            continue  # "co-chair"
        fw_key = _chaired_organisation(st, verb)
        if fw_key is None:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.chair", 0.75))
        _add_new_memberships(st, _clause_subject_countries(m, verb), fw_key, "member", ev)


def _chaired_organisation(st: _State, verb: Token) -> str | None:
    """The organisation a chairing verb takes: its object ("will chair ASEAN"), or the name a relative
    clause hangs on ("ASEAN, which Malaysia chairs this year")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    key = st.framework_at.get(obj.i)
    if key is None and obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        key = _framework_near(st, verb.head)
    return key if key is not None and st.frameworks[key].kind == "Organisation" else None


def _co_chair_subject_countries(m: ArticleMentions, sent: Span, verbs: list[Token]) -> list[str]:
    """The countries that are the subject of a co-chairing verb (through "and" to an earlier verb);
    none when a person is ("Singh also called on X and co-chaired ..."). Without a subject in the
    parse, the countries before the verb."""
    for v in verbs:
        while True:
            subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or v.dep_ not in ("conj", "xcomp"):
                break
            v = v.head  # "A and B are slated / expected to co-chair F": the subject of the verb governing it
        if subject is None or subject.lower_ in ("which", "that", "who"):
            continue
        inside = list(subject.subtree)
        if any(t.i in m.person_at or t.ent_type_ == TITLE for t in inside):
            return []
        pair = _pair_named_before(m, sent, subject.i) or _they_countries(m, sent, subject.i)
        if pair:  # "A and B signed a pact. The two countries / They also co-chair F"
            return pair
        if subject.lower_ in OFFICIAL_NOUNS:
            return []  # "the defence secretaries of A and B co-chair F": officials, not their countries
        countries = _chair_countries(m, inside[0].i, inside[-1].i + 1)
        if countries:
            return countries
    if any(t.text in PRONOUNS for t in m.tokens[max(sent.start, verbs[0].i - 3) : verbs[0].i]):
        return []  # "during which he will co-chair the X Dialogue": a person (misparsed), not a country
    if _officials_of_countries_before(m, verbs[0].i, sent.start):
        return []  # the parse found no subject in "the defence ministers of A and B co-chair F"
    # the list right before the verb, not every country of the sentence ("include A, B and C; A and B co-chair")
    return _countries_before(m, verbs[0].i, sent.start) or _chair_countries(m, sent.start, verbs[0].i)


def _officials_of_countries_before(m: ArticleMentions, i: int, sent_start: int) -> bool:
    """The countries listed right before token ``i`` are those of officials or people ("the ministers
    of / from A and B"), not the subject themselves; the back-scan starts where "co-chair" starts and
    passes auxiliaries and adverbs ("the ministers of A and B will (jointly) co-chair")."""
    start = co_chair_start(m.tokens[i])
    k = (i if start is None else start) - 1
    while k >= sent_start and m.tokens[k].dep_ in ("aux", "advmod") and m.tokens[k].pos_ in ("AUX", "ADV"):
        k -= 1
    while k >= sent_start and (k in m.country_at or m.lower[k] in (",", "and", "the")):
        k -= 1
    return k - 1 >= sent_start and k + 1 in m.country_at and m.lower[k] in ("of", "from") and m.lower[k - 1] in OFFICIAL_NOUNS


def _named_countries(m: ArticleMentions, start: int, end: int) -> list[str]:
    """Countries named as such after ``start`` ("alongside Vietnam"), not as modifiers of people
    ("with senior UAE officials", "with Oman's Secretary General")."""
    out: list[str] = []
    for i in range(start, end):
        iso = m.country_at.get(i)
        t = m.tokens[i]
        if iso and iso not in out and t.dep_ in ("pobj", "conj", "appos") and not any(c.dep_ == "case" for c in t.children) \
                and not _country_of_an_official(m, t):
            out.append(iso)
    return out


def _country_of_an_official(m: ArticleMentions, t: Token) -> bool:
    """"with the Defense Secretary of B, Y", "with officials from B": the country is a post's or
    people's, not a co-chair itself."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("of", "from"):
        return False
    owner = t.head.head
    return owner.ent_type_ == TITLE or owner.i in m.person_at or owner.lower_ in OFFICIAL_NOUNS


MEMBER_PEOPLE_NOUNS = frozenset({"officers", "officials", "experts", "companies", "firms", "scholars", "students",
                                 "delegates", "people", "citizens", "nationals", "businesses", "academics", "scientists",
                                 "lawmakers", "parliamentarians", "journalists", "veterans"})


OFFICIAL_NOUNS = GROUP_SUBJECT_WORDS | MEMBER_PEOPLE_NOUNS  # people of countries, not the countries ("the ministers of A and B")


def _described_members(m: ArticleMentions, member_tok: Token) -> list[str]:
    """The countries a "member(s) of F" phrase describes: the subject of "is/are (among the)
    members of F" ("Kenya, which is a member of the EAC"), the noun of an apposition ("Chile and
    Peru, both members of F"); not the subject of another verb ("Japan held talks with members of F",
    "Japan welcomed Vietnam, a member of F": only Vietnam)."""
    if member_tok.dep_ == "appos":
        noun = member_tok.head
        inside = set(t.i for t in member_tok.subtree)
        return _countries_in(m, (t for t in noun.subtree if t.i not in inside))
    verb = member_tok.head if member_tok.dep_ == "attr" else member_tok.head.head  # pobj: "among the members of"
    if verb.dep_ == "attr" and (verb.lower_ == "one" or verb.lower_ in NUMBER_WORDS):
        verb = verb.head  # "Chile is one / two of F's five members"
    if verb.lemma_.lower() not in BE_LEMMAS or any(c.dep_ == "neg" for c in verb.children):
        return []  # "Japan is not a member of the CSC"
    if member_tok.dep_ == "pobj" and any(c.dep_ == "acomp" for c in verb.children):
        return []  # "A is popular among F members": what the members think of A, not A among them
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(c.lower_ in ("which", "that", "who") for c in subjects):
        subjects = [verb.head]  # "Kenya, which is a member of the EAC, ..."
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Kenya joined F in 2001 and is a member of G"
    if any(c.lower_ in MEMBER_PEOPLE_NOUNS for c in subjects):
        return []  # "Officers from Chile and Peru are members of F": people, not their countries
    # "Poland, along with Hungary and Czechia, is a member of F": the parse may hang the fellows on the verb
    # ... or on the member noun ("A and B are also members of F, alongside C and D")
    fellows = [t for h in (verb, member_tok) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("along", "alongside", "together") for t in c.subtree]
    # not the words of a clause on the subject ("Chile, which along with Peru hosted the talks, is a member")
    clauses = {t.i for c in subjects for r in c.children if r.dep_ in ("relcl", "acl") for t in r.subtree}
    return _countries_in(m, [t for c in subjects for t in c.subtree if t.i not in clauses] + fellows)


STATUS_VERBS = frozenset({"have", "hold", "grant", "enjoy", "get", "receive", "gain", "obtain", "accord"})


def _observer_status(st: _State, sent: Span) -> None:
    """"India has observer status in the Arctic Council", "Timor-Leste was granted observer status at
    ASEAN", "Spain, which holds observer status with F": the subject's countries observe F; in a clause
    added to a list of members, they observe the framework listed."""
    m = st.m
    for status in m.tokens[sent.start : sent.end]:
        if status.lower_ != "status" or status.i == 0 or m.tokens[status.i - 1].lower_ != "observer":
            continue
        verb = status.head
        with_observed = _with_phrase_observers(st, sent, m.tokens[status.i - 2]) if status.i >= 2 else None
        if with_observed is not None:  # "F comprises A and B, with C and D holding observer status"
            fw_key, countries = with_observed
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.observer-status", 0.8))
            _add_new_memberships(st, countries, fw_key, "observer", ev)
            continue
        if verb.lemma_.lower() not in STATUS_VERBS or any(c.dep_ == "neg" for c in verb.children) or _future_verb(verb):
            continue
        after = m.tokens[status.i + 1 : min(status.i + 7, sent.end)]
        granted = _granted_by_body(st, verb, after)
        if granted is not None:  # "The Arctic Council granted observer status to India and Japan"
            fw_key, countries = granted
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.observer-status", 0.8))
            _add_new_memberships(st, countries, fw_key, "observer", ev)
            continue
        if after and after[0].lower_ in ("in", "at", "with", "to", "of"):
            fw_key = next((st.framework_at[t.i] for t in after if t.i in st.framework_at), None)
            body = next((t for t in after[1:] if t.lower_ in BODY_NOUNS), None)
            if fw_key is None and body is not None:  # "holds observer status in the bloc"
                fw_key = _body_anaphor(st, body)
        elif verb.dep_ == "relcl" and (prep := _relative_prep(verb) or _relative_where(verb)) is not None:
            # "the WPNS, in which India holds observer status", "F, where A and B hold observer status"
            fw_key = _framework_right_before(st, prep.i)
        elif verb.dep_ in ("advcl", "conj"):
            fw_key = _listed_framework(st, sent)  # "F comprises A and B, while C and D hold observer status"
        elif verb.dep_ == "ROOT" and not any(t.lower_ in NEGATIONS for t in m.tokens[sent.start : status.i]):
            # "Mongolia and Afghanistan have observer status": of the body the last sentences were about
            fw_key = _last_body_named(st, sent.start)
        else:
            continue
        countries = _clause_subject_countries(m, verb)
        if fw_key is None or not countries:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.observer-status", 0.8))
        _add_new_memberships(st, countries, fw_key, "observer", ev)


def _with_phrase_observers(st: _State, sent: Span, participle: Token) -> tuple[str, list[str]] | None:
    """"F groups A and B, with C as a partner and D and E holding observer status": in a verbless
    "with" phrase, the countries right before an -ing status verb observe the framework named last
    before the "with" (the parse may hang the status on the framework, not on the verb)."""
    m = st.m
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in STATUS_VERBS:
        return None
    countries = _countries_before(m, participle.i, sent.start)
    k = participle.i - 1
    while countries and k > sent.start and m.lower[k] != "with":
        if m.tokens[k].pos_ in ("VERB", "AUX"):
            return None  # another clause's verb: not a bare "with" phrase
        k -= 1
    fw_key = next((st.framework_at[i] for i in range(k - 1, sent.start - 1, -1) if i in st.framework_at), None)
    return (fw_key, countries) if countries and m.lower[k] == "with" and fw_key is not None else None


def _subject_body(st: _State, verb: Token) -> str | None:
    """The framework that is the subject of ``verb`` ("The Arctic Council admitted ..."), if any."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return st.framework_at.get(subject.i) if subject is not None else None


def _granted_by_body(st: _State, verb: Token, after: list[Token]) -> tuple[str, list[str]] | None:
    """A body that grants ("accords") a status to countries: its key and the countries after "to"."""
    if verb.lemma_.lower() not in ("grant", "accord") or not after or after[0].lower_ != "to":
        return None
    fw_key = _subject_body(st, verb)
    if fw_key is None:
        return None
    m = st.m
    countries = _countries_in(m, m.tokens[after[1].i : _list_stop(m, after[1].i, verb.sent.end)]) if len(after) > 1 else []
    return (fw_key, countries) if countries else None


def _relative_prep(verb: Token) -> Token | None:
    """The preposition a relative clause opens with: "in" of "in which India holds ..."."""
    # the parse may leave the preposition unattached ("dep"): "F, of which Chile is a member"
    return next((c for c in verb.children if c.dep_ in ("prep", "dep") and any(o.lower_ == "which" for o in c.children)), None)


def _relative_where(verb: Token) -> Token | None:
    """The "where" a relative clause opens with ("F, where A holds observer status"): like "in which"."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i), None)


def _last_body_named(st: _State, before: int) -> str | None:
    """The organisation or forum (or standing commission) named last in the two sentences before
    ``before`` (only when a single one is named there, so that a bare "have observer status" is not
    given to the wrong body)."""
    prev = _sentences_ending_by(st.m, before, 2)
    start = prev[0].start if prev else before
    keys = {st.framework_at[i] for i in range(start, before) if i in st.framework_at}
    bodies = {k for k in keys if st.frameworks[k].kind in ("Organisation", "Forum") or _standing_commission(st.frameworks[k])}
    return bodies.pop() if len(bodies) == 1 else None


def _standing_commission(fw: FrameworkMention) -> bool:
    """"the Permanent Commission on Border Security": a body classed as a dialogue by its "Commission"
    head is still a standing body countries sit on (unlike "the X-Y Defence Dialogue", talks)."""
    return fw.kind == "Dialogue" and "Commission" in fw.name.split()


def _future_verb(verb: Token) -> bool:
    """"will join", "may attend": a verb with a future or modal auxiliary."""
    return any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ in MODAL_FUTURE) for c in verb.children)


def _add_new_memberships(st: _State, countries: list[str], fw_key: str, role: str, ev: Evidence) -> None:
    """Record ``role`` of each country in the framework, unless the article already gave it one."""
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for iso in countries:
        if (iso, fw_key) not in done:
            done.add((iso, fw_key))
            st.memberships.append(MembershipMention(iso, fw_key, role, ev))


def _listed_framework(st: _State, sent: Span) -> str | None:
    """The one framework whose members this sentence lists, else None."""
    keys = {mb.framework for mb in st.memberships if mb.role == "member"
            and sent.start_char <= mb.evidence.start < sent.end_char}
    return keys.pop() if len(keys) == 1 else None


def _participating_countries(st: _State, sent: Span) -> None:
    """"Besides co-hosts India and Tanzania, the participating countries are A, B and C": in an
    exercise report the participants are members of the exercise, its co-hosts co-chair it."""
    m = st.m
    words = m.tokens[sent.start : sent.end]
    at = next((t.i for t in words if t.lower_ == "participating" and t.i + 2 < sent.end
               and m.tokens[t.i + 1].lower_ in ("countries", "nations", "navies", "states")
               and m.tokens[t.i + 2].lower_ in ("are", "were", "include", "included")), None)
    if at is None:
        return
    fw_key = next((st.framework_at[i] for i in range(sent.start, sent.end) if i in st.framework_at), None)
    fw_key = fw_key or _latest_framework(st, sent.start)
    if fw_key is None or st.frameworks[fw_key].kind != "Exercise":
        return
    members = _country_list_after(st, at + 3, sent.end)
    hosts_at = next((t.i for t in words if t.lower_ in ("co-hosts", "hosts") and t.i < at), None)
    hosts = _countries_between(m, hosts_at, at) if hosts_at is not None else []
    done = {(mb.country, mb.framework, mb.role) for mb in st.memberships}
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.participants", 0.75))
    for role, countries in (("co-chair", hosts), ("member", hosts + members)):
        for iso in dict.fromkeys(countries):
            if (iso, fw_key, role) not in done:
                done.add((iso, fw_key, role))
                st.memberships.append(MembershipMention(iso, fw_key, role, ev))


ATTEND_VERBS = frozenset({"attend", "participate", "take", "sit"})


def _attending_observers(st: _State, sent: Span) -> None:
    """"Forces from France and Jordan attended as observers", "Bangladesh took part as an observer in
    the last edition", "while Seychelles attends its meetings as an observer": the subject's countries
    observe the framework of the sentence, or else the one just named."""
    m = st.m
    for token in m.tokens[sent.start : sent.end]:
        if token.lower_ not in ("observer", "observers") or token.i < 2:
            continue
        as_tok = m.tokens[token.i - 1] if m.tokens[token.i - 1].lower_ == "as" else m.tokens[token.i - 2]
        verb = as_tok.head
        while verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "took part in its drills as observers": the parse hangs "as" on "drills"
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "attend its meetings as observers": the parse may hang "as" on the object
        if as_tok.lower_ != "as" or verb.lemma_.lower() not in ATTEND_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        if _future_verb(verb):
            continue
        attended = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "attends the commission as an observer": the body named before whose name ends in the word
        described = _body_described_by(st, attended) if attended is not None else None
        if attended is not None and described is None and not _attended_framework(st, attended):
            continue  # "attended a trade fair as observers": not the framework just named
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "C is not a member of F but attends its meetings as an observer"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        countries = _countries_in(m, (t for c in subjects for t in c.subtree))
        if verb.dep_ == "relcl":  # "C, which has taken part in F as an observer since 2019": the noun the clause is on
            countries = _clause_subject_countries(m, verb)
        after = m.tokens[token.i + 1 : min(token.i + 6, sent.end)]  # "as observers in Exercise X"
        named_after = after[0].lower_ in ("in", "at", "to", "of") if after else False
        fw_key = next((st.framework_at[t.i] for t in after if t.i in st.framework_at), None) if named_after else None
        # not a body the subject's own clause names ("A, which left F in 2000, attended the meeting as an observer")
        subject_words = {t.i for c in subjects for t in c.subtree}
        fw_key = fw_key or described or next((st.framework_at[i] for i in range(sent.start, as_tok.i)
                                 if i in st.framework_at and i not in subject_words), None)
        fw_key = fw_key or _owner_subject_before(st, sent, verb, as_tok)
        fw_key = fw_key or (_body_of_the_lead(st) if _the_meeting_reported(attended) else None)
        fw_key = fw_key or (_body_whose_session_is_told(st, sent.start) if attended is None or attended.lower_ == "part" else None)
        fw_key = fw_key or _latest_framework(st, sent.start)
        if fw_key is None and attended is None:  # "F met in X. A and B participate as observers": the body in view
            fw_key = _body_in_focus(st, sent)
        if not countries or fw_key is None:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.attending-observer", 0.75))
        _add_new_memberships(st, countries, fw_key, "observer", ev)
        return


REPORTED_MEETING_NOUNS = frozenset({"meeting", "talks", "session", "summit", "conference"})


def _the_meeting_reported(attended: Token | None) -> bool:
    """"attended the meeting": a bare definite meeting noun is the meeting the article reports."""
    return (attended is not None and attended.lower_ in REPORTED_MEETING_NOUNS
            and [c.lower_ for c in attended.children] == ["the"])


def _body_of_the_lead(st: _State) -> str | None:
    """The first body (organisation, forum, dialogue) the lead names: whose meeting the article reports."""
    lead = _lead_sentence(st.m)
    if lead is None:
        return None
    keys = (st.framework_at[i] for i in range(lead.start, lead.end) if i in st.framework_at)
    return next((k for k in keys if st.frameworks[k].kind in ("Organisation", "Forum", "Dialogue")), None)


def _owner_subject_before(st: _State, sent: Span, verb: Token, as_tok: Token) -> str | None:
    """"F comprises A, B and C. D attends its meetings / takes part in its meetings as an observer":
    the owner "its" is the framework the sentence before has for its subject (whatever its kind)."""
    between = st.m.tokens[verb.i + 1 : as_tok.i]
    if not any(t.lower_ == "its" and t.dep_ == "poss" and t.head.lower_ in ATTENDED_NOUNS for t in between):
        return None
    before = _sentences_before(st.m, sent, 1)
    return _subject_framework(st, before[0]) if before else None


ATTENDED_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "meeting", "meetings", "summit", "talks", "session",
                            "sessions", "forum", "dialogue", "edition", "conclave", "conference"})


def _attended_framework(st: _State, attended: Token) -> bool:
    """What was attended is a framework ("attended the SCO summit") or a word for one ("attended its
    meetings", "the drills")."""
    if attended.lower_ == "part":  # "took part as an observer"
        return True
    return attended.lower_ in ATTENDED_NOUNS or any(t.i in st.framework_at for t in attended.subtree)


def _body_whose_session_is_told(st: _State, before: int) -> str | None:
    """"The third session of the X Commission was held under the Y Council. Z attended as an observer":
    the body whose session (meeting, summit) the two sentences before report is what was attended, not
    a parent body named after it."""
    m = st.m
    prev = _sentences_ending_by(m, before, 2)
    for i in range(before - 1, (prev[0].start if prev else before) - 1, -1):
        token = m.tokens[i]
        if i in st.framework_at and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in EVENT_NOUNS:
            return st.framework_at[i]
    return None


def _latest_framework(st: _State, before: int) -> str | None:
    """The last exercise, forum or dialogue named in the two sentences before ``before``, else the
    article's only exercise so far."""
    prev = _sentences_ending_by(st.m, before, 2)
    for i in range(before - 1, (prev[0].start if prev else before) - 1, -1):
        key = st.framework_at.get(i)
        if key is not None and st.frameworks[key].kind in ("Exercise", "Forum", "Dialogue"):
            return key
    # an exercise report: the one exercise named so far ("the exercise showed ...")
    exercises = {key for i, key in st.framework_at.items() if i < before and st.frameworks[key].kind == "Exercise"}
    return exercises.pop() if len(exercises) == 1 else None


ANAPHORIC_GATHER = frozenset({"groups", "comprises", "includes", "unites", "brings"})
ANAPHORIC_GLUE = frozenset({",", "and", "the", "together", "with", "as", "well"})


def _anaphoric_memberships(st: _State, sent: Span) -> None:
    """"India has been an observer at the Indian Ocean Commission. The Commission groups A, B and C
    together with D": "The <head word>" starting the next sentence is the framework just named;
    also "The programme's members are A and B" (the parse often misreads such sentences)."""
    m = st.m
    k = sent.start
    while k < sent.end and m.tokens[k].is_space:
        k += 1
    if k + 3 >= sent.end or m.tokens[k].lower_ != "the" or not m.tokens[k + 1].is_alpha:
        return
    noun = m.tokens[k + 1]
    k += 2
    if m.tokens[k].text in ("'s", "’s") and m.tokens[k + 1].lower_ == "members" and m.tokens[k + 2].lower_ in ("are", "include"):
        k += 3
    elif m.tokens[k].lower_ in ANAPHORIC_GATHER:
        k += 1 + (m.tokens[k + 1].lower_ == "together")
    else:
        return
    fw_key = _recent_framework(st, noun.lower_, sent.start)
    if fw_key is None:
        return
    countries: list[str] = []
    for t in m.tokens[k : sent.end]:
        if t.i in m.country_at:
            if m.country_at[t.i] not in countries:
                countries.append(m.country_at[t.i])
        elif t.lower_ not in ANAPHORIC_GLUE:
            break
    if len(countries) < 2:
        return
    done = {(mb.country, mb.framework) for mb in st.memberships}
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.anaphoric", 0.75))
    for iso in countries:
        if (iso, fw_key) not in done:
            st.memberships.append(MembershipMention(iso, fw_key, "member", ev))
            if iso not in st.frameworks[fw_key].countries:
                st.frameworks[fw_key].countries.append(iso)


def _recent_framework(st: _State, head_word: str, before: int) -> str | None:
    """The framework named in the two sentences before ``before`` whose name (or alias) ends in ``head_word``."""
    m = st.m
    prev = _sentences_ending_by(m, before, 2)
    if not prev:
        return None
    for i in range(before - 1, prev[0].start - 1, -1):
        key = st.framework_at.get(i)
        if key is None:
            continue
        fw = st.frameworks[key]
        if any(name.split()[-1].lower() == head_word for name in [fw.name, *fw.aliases] if name.split()):
            return key
    return None


def _co_chaired_by(st: _State, sent: Span, verb: Token) -> None:
    """"the X Working Group, (which is) co-chaired by India and Japan": the countries of the agent
    co-chair the framework the participle or clause hangs on (not the officials: "co-chaired by
    Defence Secretary X and Vietnam's Deputy Minister Y")."""
    m = st.m
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    fw_key = _co_chaired_framework(st, verb) if agent is not None else None
    if fw_key is None:
        return
    inside = [t for t in agent.subtree]
    if any(t.i in m.person_at for t in inside):
        return
    chairs = _chair_countries(m, inside[0].i, inside[-1].i + 1)
    _add_co_chairs(st, chairs, fw_key, sent, again=True)
    # ", and the <Title> by C and D": a second clause that leaves the verb out co-chairs its own body
    gapped = _gapped_co_chair_clause(m, _co_chair_country_run(m, agent.i + 1, sent.end)[1], sent.end)
    if gapped is not None and (gapped_key := st.framework_at.get(gapped[0].start)) is not None:
        _add_co_chairs(st, gapped[1], gapped_key, sent, again=True)


def _co_chairs_of_relative(st: _State, sent: Span, verb: Token, relative: Token) -> None:
    """"A leads the X Coalition, which it co-chairs with B", "the X Group, which A co-chairs alongside B":
    the relative's subject (a country, or "it"/"they" for the main clause's countries) and the
    countries after "with"/"alongside" co-chair the framework named right before the relative."""
    m = st.m
    fw_key = _framework_right_before(st, relative.i)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if fw_key is None or subject is None:
        return
    if subject.lower_ in ("it", "they"):
        # the countries of the clause the relative's noun is in ("The ministry said A leads the X
        # Coalition, which it co-chairs ...": A of "leads", not the ministry of "said")
        chairs = _clause_subject_countries(m, _governing_verb(verb.head) or sent.root)
    else:
        chairs = [] if any(t.i in m.person_at for t in subject.subtree) else _countries_in(m, subject.subtree)
    partner_at = next((t.i for t in m.tokens[verb.i : sent.end] if t.lower_ in ("with", "alongside")), None)
    if chairs and partner_at is not None:
        # the partners' list only ("..., which it co-chairs with B, and signed a deal with C": not C)
        chairs += _country_list_after(st, partner_at + 1, sent.end)
    _add_co_chairs(st, chairs, fw_key, sent, again=True)


def _add_co_chairs(st: _State, chairs: list[str], fw_key: str, sent: Span, *, again: bool = False) -> None:
    """Each country of ``chairs`` co-chairs the framework, on the evidence of ``sent``, and the
    framework involves it; a co-chair the article already gave is stated again only with ``again``."""
    m = st.m
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.co-chair", 0.8))
    known = set() if again else {(mb.country, mb.framework, mb.role) for mb in st.memberships}
    for iso in dict.fromkeys(chairs):
        if (iso, fw_key, "co-chair") not in known:
            st.memberships.append(MembershipMention(iso, fw_key, "co-chair", ev))
        if iso not in st.frameworks[fw_key].countries:
            st.frameworks[fw_key].countries.append(iso)


def _co_chaired_framework(st: _State, verb: Token) -> str | None:
    """What is "co-chaired by": the framework the participle or relative clause hangs on ("the X
    Group, co-chaired by"; the parse may split "co-chaired" and hang it elsewhere, so a framework
    right before ", co-chaired" counts too), or the subject of a passive "F will be co-chaired by"."""
    start = co_chair_start(verb)
    start = verb.i if start is None else start
    if verb.dep_ in ("acl", "relcl"):
        return (st.framework_at.get(verb.head.i) or _framework_right_before(st, start)
                or _framework_right_before(st, _relative_pronoun_start(st.m, start)) or _body_described_by(st, verb.head)
                or _body_of_gathering(st, verb.head))
    if start > 0 and st.m.tokens[start - 1].text == ",":
        return _framework_right_before(st, start)
    heads = {verb, st.m.tokens[start]}  # a split "co - chaired": the subject may hang on "co" or "be"
    passive = [c for h in heads for c in h.children if c.dep_ == "auxpass"]
    if not passive and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        passive = [verb.head]  # "F, which meets ..., is co-chaired by": the parse made the participle the complement of "is"
    if not passive:
        return None
    heads.update(passive)
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in subjects:
        clause = next((h for h in (c.head, c.head.head) if h.dep_ == "relcl"), None)
        if c.lower_ in ("which", "that") and clause is not None:
            # "the X Group, which is co-chaired by": the parse split "co-chaired" and hung the
            # relative's subject on "is" or "co"; the body is the noun the relative clause hangs on
            key = st.framework_at.get(clause.head.i) or _framework_right_before(st, c.i)
            if key is not None:
                return key
    return next((key for c in subjects if (key := st.framework_at.get(c.i) or _body_of_gathering(st, c)) is not None), None)


RELATIVE_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "been", "being", "now", "also", "currently", "jointly"})


def _relative_pronoun_start(m: ArticleMentions, start: int) -> int:
    """Where "which/that (is / has been)" starts before token ``start`` ("the X Group on Y, which is
    co-chaired by": the parse split "co-chaired" and hung it on a noun inside the name), else ``start``."""
    k = start
    while k - 1 >= 0 and m.lower[k - 1] in RELATIVE_AUXILIARIES:
        k -= 1
    return k - 1 if k < start and k - 1 >= 0 and m.lower[k - 1] in ("which", "that") else start


def _body_of_gathering(st: _State, noun: Token) -> str | None:
    """"The third F summit / The 2023 summit of F was co-chaired by A and B": whoever co-chairs a
    body's summit or meeting co-chairs the body (as "A and B co-chaired the third F summit" says);
    only a body (organisation, forum, dialogue), not a pact or an exercise."""
    if noun.lower_ not in EVENT_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss")]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    keys = [st.framework_at[o.i] for o in owners if o.i in st.framework_at]
    return next((k for k in keys if st.frameworks[k].kind in _BODY_KINDS), None)


GENERIC_CHAIRED = GENERIC_BODY_WORDS | frozenset({"format"})  # said of any body ("co-chair the format")
CHAIRED_DESCRIPTIONS = GENERIC_CHAIRED | SPECIFIC_BODY_WORDS | frozenset({"committee", "dialogue"})


def _body_described_by(st: _State, noun: Token) -> str | None:
    """"A and B co-chair the format", "The committee, co-chaired by A and B, meets": a plain definite
    description of a body is the body named before whose name ends in its word ("the X Committee"),
    or, for a word said of any body ("format", "group"), the body named last (in its sentence or the
    two before); not "the summit" (no body), not a policy or a pact."""
    if noun.lower_ not in CHAIRED_DESCRIPTIONS or not _plain_description(st.m, noun):
        return None
    key = _named_body_ending_in(st, noun) or _recent_framework(st, noun.lower_, noun.sent.start)
    return key or (_body_named_before(st, noun) if noun.lower_ in GENERIC_CHAIRED else None)


COALITION_WORDS_LIMIT = 4  # lowercase words before "coalition" ("the mine clearance coalition")


DESCRIBING_COALITION_WORDS = frozenset({"new", "international", "broader", "broad", "wider", "global", "multinational",
                                        "existing", "same", "whole", "entire"})


def _lowercase_coalition(m: ArticleMentions, start: int, end: int) -> Span | None:
    """"co-chair the mine clearance coalition for Moldova": a coalition that countries
    chair is named by its lowercase words (at least one a noun: what it is about) and the country it
    is for; not a bare "the coalition", nor "a / this coalition" (no name), nor "the new /
    international coalition" (adjectives only describe it)."""
    if m.tokens[start].pos_ == "DET" and m.lower[start] != "the":
        return None
    k = start + (m.lower[start] == "the")
    first = k
    while k < end and k - first < COALITION_WORDS_LIMIT and m.tokens[k].is_alpha and m.tokens[k].is_lower and m.lower[k] != "coalition":
        k += 1
    if k == first or k >= end or m.lower[k] != "coalition":
        return None
    tail = k + 2 < m.tokens[k].sent.end and m.lower[k + 1] == "for" and k + 2 in m.country_at
    words = m.lower[first:k]
    if any(w in DESCRIBING_COALITION_WORDS for w in words):
        return None  # "the new / international coalition": adjectives that only describe it
    if not tail and not any(m.tokens[i].pos_ == "NOUN" for i in range(first, k)):
        return None  # with no "for <country>", a noun says what it is about ("the maritime coalition for Moldova" names it)
    last = _country_words_end(m, k + 2) if tail else k  # "... coalition for Moldova": the country it is for
    return m.sdoc[first : last + 1]


def _chaired_name(m: ArticleMentions, start: int, end: int) -> Span | None:
    """The name of what is co-chaired, without the edition before it ("the 13th meeting of the X
    Committee", "the fifth X Committee": the edition is an event) nor what follows the name ("...
    during the 2017-2020 cycle", "... in Muscat")."""
    while start < end and (m.tokens[start].lower_ in ("the", "a", "an", "of") or _ordinal(m.tokens[start]) is not None
                           or m.tokens[start].lower_ in EVENT_NOUNS):
        start += 1
    last = None
    for k in range(start, end):
        t = m.tokens[k]
        if t.text[:1].isupper() or t.text in ("-", "'", "’", "'s", "’s") or _joining_dash(m, k) or t.like_num and last is not None:
            last = k
        elif _of_the_goes_on(m, start, k, end) or _hyphened_to(m, k):
            continue
        elif _place_phrase_at(m, k):
            break  # "... Exchange in Bueng Kan province": where it is held
        elif not (t.lower_ in NAME_CONNECTORS and k + 1 < end and m.tokens[k + 1].text[:1].isupper()
                  and (m.tokens[k + 1].ent_type_ not in ("DATE", "TIME", "GPE") or _sea_name(m, k) or _coalition_for_a_country(m, k))):
            break
    if last is None or all(k in m.country_at or not m.tokens[k].is_alpha for k in range(start, last + 1)):
        return None  # "A-B" alone only says whose it is ("A-B annual maritime consultation"): no name
    return m.sdoc[start : last + 1]


REGION_END_WORDS = SEA_WORDS | {"channel", "ocean", "region", "peninsula", "basin"}  # last words of waters a title is about


def _sea_name(m: ArticleMentions, k: int) -> bool:
    """"Gulf of Guinea", "Horn of Africa": after a sea word, "of" + a country is a region's name."""
    return m.lower[k] == "of" and k > 0 and m.lower[k - 1] in SEA_WORDS and m.tokens[k - 1].text[:1].isupper()


def _of_the_goes_on(m: ArticleMentions, start: int, k: int, end: int) -> bool:
    """"the G7++ Friends of the Gulf of Guinea group": "of the" + a capitalised word goes on with a
    name that has no kind word yet; after one it names a parent ("the X Committee of the ADMM-Plus")."""
    if m.lower[k] == "the" and k > start and m.lower[k - 1] == "of":
        return True  # past "of": decided there
    if m.lower[k] != "of" or k + 2 >= end or m.lower[k + 1] != "the" or not m.tokens[k + 2].text[:1].isupper():
        return False
    if m.tokens[k + 2].ent_type_ in ("DATE", "TIME", "GPE"):
        return False
    return not any(m.lower[i] in FRAMEWORK_HEADS for i in range(start, k))


def _chair_countries(m: ArticleMentions, start: int, end: int) -> list[str]:
    """Countries that co-chair, not the countries of the people who do ("with Oman's Secretary General")."""
    out = []
    for iso in _countries_between(m, start, end):
        at = [i for i in range(start, end) if m.country_at.get(i) == iso]
        if not any(i + 1 < len(m.tokens) and m.tokens[i + 1].text in ("'s", "’s", "'") for i in at):
            out.append(iso)
    return out


def _co_chair_nouns(st: _State, sent: Span) -> None:
    """"India and Malaysia, as co-chairs of the X Working Group, would host ...": the countries
    right before "as co-chairs of" co-chair the named framework."""
    m = st.m
    if not any("chair" in word for word in m.lower[sent.start : sent.end]):
        return  # the cheap test first: most sentences name no co-chair
    for token in m.tokens[sent.start : sent.end]:
        if token.i + 4 >= sent.end:
            continue
        after = _co_chair_word_end(m, _past_adverbs(m, token.i + 1, sent.end))
        if after is None or after >= sent.end:
            continue
        lead = token.lower_ in ("as", "are", "were", "remain") or token.lower_ == "the" and token.i > sent.start and m.tokens[token.i - 1].text == ","
        pair = [] if lead or token.i in m.country_at else _pair_named_before(m, sent, token.i) or _they_countries(m, sent, token.i)
        if not (lead or token.i in m.country_at or pair):
            continue
        if lead and m.lower[after] == "of":  # "A and B, as co-chairs of F", "A and B are / , the co-chairs of F"
            name_at = after + 1
            before = token.i - (token.lower_ == "the")
        elif not lead and m.lower[after] == "the" and m.lower[after - 1] == "chair" and (pair or _countries_are_subject(m, token.i, sent)):
            # "A and B (also) co-chair the F", "The two countries co-chair the F": the verb the parse may read as a noun
            name_at, before = after, token.i + 1
        else:
            continue
        span = _chaired_name(m, name_at, sent.end)
        chairs = pair or _countries_before(m, before, sent.start)
        described = _body_described_by(st, m.tokens[name_at + 1]) if span is None and m.lower[name_at] == "the" else None
        if span is None and described is None or not chairs:
            continue
        fw_key = described or _add_framework(st, span.text, "Forum", span, None, "framework.co-chaired")
        _add_co_chairs(st, chairs + _co_chair_fellows(m, span.end if span is not None else name_at + 2, sent.end), fw_key, sent)


CO_CHAIR_ADVERBS = frozenset({"also", "jointly", "currently", "now", "still", "together"})


def _past_adverbs(m: ArticleMentions, k: int, end: int) -> int:
    """The first word at or after ``k`` that is not an adverb like "also" ("A and B also co-chair F")."""
    while k < end and m.lower[k] in CO_CHAIR_ADVERBS:
        k += 1
    return k


def _co_chair_fellows(m: ArticleMentions, k: int, end: int) -> list[str]:
    """"A and B, as co-chairs of F with C, ...": the countries listed right after "with"/"alongside" at
    ``k`` co-chair too; not "with C's support" (an owner), not "with support from C"."""
    if k + 1 >= end or m.lower[k] not in ("with", "alongside"):
        return []
    first = k + 1 + (m.lower[k + 1] == "the")
    if first not in m.country_at:
        return []
    stop = _list_stop(m, first, end)
    if stop < end and m.tokens[stop].text in ("'s", "’s"):
        return []
    return _countries_in(m, m.tokens[first:stop])


def _co_chaired_relative_object(st: _State, sent: Span) -> None:
    """"the X Working Group, which Chile and Peru co-chair(ed), met": the countries between the relative
    word and "co-chair" co-chair the framework right before it (or before a description of it)."""
    m = st.m
    for which in m.tokens[sent.start : sent.end]:
        if which.lower_ not in ("which", "that") or which.i + 3 >= sent.end:
            continue
        k = which.i + 1
        while k < sent.end and (k in m.country_at or m.lower[k] in (",", "and", "the")):
            k += 1
        chairs = _countries_in(m, m.tokens[which.i + 1 : k])
        k = _past_adverbs(m, k, sent.end)  # "which A currently co-chairs"
        word = m.lower[k] if k < sent.end else ""
        whole = word.startswith(("co-chair", "cochair"))
        cluster = whole or word == "co" and k + 2 < sent.end and m.lower[k + 2].startswith("chair")
        # "F (ACR), a mechanism that A and B co-chair": past a description set off after the name
        fw_key = _framework_right_before(st, which.i) or _framework_before_description(st, which) if chairs and cluster else None
        if fw_key is None:
            continue
        # "which A co-chairs with / alongside B": the countries listed right after co-chair too
        # (read on the words: the parse of a split "co - chairs" loses the "with" phrase)
        chairs += _co_chair_fellows(m, _past_adverbs(m, k + (1 if whole else 3), sent.end), sent.end)
        _add_co_chairs(st, chairs, fw_key, sent)


def _countries_are_subject(m: ArticleMentions, last: int, sent: Span) -> bool:
    """The list of countries ending at ``last`` stands alone, not as the countries of officials
    ("the defence secretaries of A and B co-chair ...")."""
    k = last
    while k >= sent.start and (k in m.country_at or m.lower[k] in (",", "and", "the")):
        k -= 1
    return k < sent.start or m.lower[k] in ("where", "while", "whereas", "as", "since", "because") \
        or m.tokens[k].pos_ not in ("ADP", "NOUN", "PROPN", "PART", "ADJ") \
        or m.tokens[k + 1].text == ","  # after an opening phrase: "For the 2024-2027 cycle, A and B co-chair ..."


def _co_chair_word_end(m: ArticleMentions, i: int) -> int | None:
    """Where the word "co-chair(s)" starting at ``i`` ends (written whole or split "co", "-", "chair")."""
    if i < len(m.tokens) and m.lower[i] in ("co-chairs", "co-chair", "cochairs"):
        return i + 1
    if i + 2 < len(m.tokens) and m.lower[i] == "co" and m.tokens[i + 1].text == "-" and m.lower[i + 2] in ("chairs", "chair"):
        return i + 3
    return None


def _countries_before(m: ArticleMentions, i: int, sent_start: int) -> list[str]:
    """The list of countries ending right before token ``i`` ("Chile and Peru, as ...")."""
    out: list[str] = []
    k = i - 1
    while k >= sent_start:
        if k in m.country_at:
            if m.country_at[k] not in out:
                out.insert(0, m.country_at[k])
        elif m.tokens[k].lower_ not in (",", "and", "the") or not out and m.tokens[k].text != ",":
            break
        k -= 1
    return out


def _trailing_observers(m: ArticleMentions, start: int, end: int) -> list[str]:
    """The countries of "with D (and E) as (an) observer(s)" between ``start`` and ``end``."""
    for w in m.tokens[start:end]:
        if w.lower_ != "with":
            continue
        k = w.i + 1
        while k < end and (k in m.country_at or m.tokens[k].lower_ in (",", "and", "the")):
            k += 1
        words = [t.lower_ for t in m.tokens[k : min(k + 3, end)]]
        if k > w.i + 1 and words[:1] == ["as"] and any(x in ("observer", "observers") for x in words):
            return _countries_in(m, m.tokens[w.i + 1 : k])
    return []


def _list_end(m: ArticleMentions, sent: Span) -> int:
    """Where a list introduced in ``sent`` ends: the sentence splitter cuts "... partners: A, B and C" at the colon."""
    if m.tokens[sent.end - 1].text == ":":
        nxt = next((s for s in m.sents if s.start >= sent.end), None)
        if nxt is not None:
            return nxt.end
    return sent.end


def _colon_list_end(m: ArticleMentions, sent: Span) -> int:
    """Where a list of countries after a colon ends: the splitter cuts "F comprises ten member states:
    A, B and C." at the colon, so the list is the next sentence, when that is nothing but countries."""
    if m.tokens[sent.end - 1].text != ":" or sent.end >= len(m.tokens):
        return sent.end
    nxt = m.tokens[sent.end].sent
    words = [t for t in nxt if not t.is_space and t.text not in (".", ";")]
    listed = [t for t in words if t.i in m.country_at]
    if len(listed) >= 2 and all(t.i in m.country_at or t.lower_ in (",", "and", "the") for t in words):
        return nxt.end
    return sent.end


def _member_states(member_tok: Token) -> bool:
    """"the eleven ASEAN member states": all members of the named grouping, not a list."""
    nxt = member_tok.nbor(1) if member_tok.i + 1 < len(member_tok.doc) else None
    return member_tok.lower_ == "member" and nxt is not None and nxt.lower_ in ("states", "countries", "nations")


def _owners_member_states(m: ArticleMentions, member_tok: Token) -> bool:
    """"the (six) member states" with no body named: the member states of the body spoken of."""
    k = member_tok.i - 1
    while k >= member_tok.sent.start and (m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS):
        k -= 1
    after = member_tok.i + 2
    return (_member_states(member_tok) and k >= member_tok.sent.start and m.lower[k] == "the"
            and not (after < len(m.tokens) and m.lower[after] == "of"))


def _inherit_members(st: _State, group: str, wider: str, ev: Evidence) -> None:
    """"The ADSOM-Plus brings together ... the ASEAN member states and ...": ASEAN's members (as the
    article lists them anywhere) are members of the wider forum."""
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for mb in [mb for mb in st.memberships if mb.framework == group and mb.role == "member"]:
        if (mb.country, wider) not in done:
            done.add((mb.country, wider))
            st.memberships.append(MembershipMention(mb.country, wider, "member", ev))


GROUPING_NOUNS = frozenset({"grouping", "group", "partnership", "alliance", "bloc", "coalition", "pact", "forum",
                            "organisation", "organization", "arrangement", "members", "member", "comprising", "conclave",
                            "participants"})
LIST_GLUE = frozenset({",", "and", "the", "as", "such", "like", "including", ":", "—", "–", "-", "of", "between", "are", "is", "include", "includes"})


def _grouping_memberships(st: _State, sent: Span) -> None:
    """"AUKUS, the trilateral security partnership between Australia, the UK and the US",
    "the GCC, whose six members are A, B, ...", "I2U2, a grouping of India, Israel, ...",
    "... with Seychelles as an observer state"."""
    m = st.m
    sdoc = m.sdoc
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for anchor in m.tokens[sent.start : sent.end]:
        weak = anchor.lower_ in WEAK_GROUPING_NOUNS
        if anchor.lower_ not in GROUPING_NOUNS and not weak or anchor.i in st.framework_at:
            continue
        fw_key = None
        for i in range(anchor.i - 1, max(sent.start, anchor.i - 10) - 1, -1):
            if i in st.framework_at:
                between = [t for t in m.tokens[i + 1 : anchor.i] if t.text != ")"]
                while between and between[0].lower_ in GROUPING_NOUNS | {"deal", "agreement", "treaty"} and len(between) > 1:
                    between = between[1:]  # "the AUKUS partnership, the security pact between ..."
                # only a description set off right after the name: "AUKUS, the trilateral
                # partnership", "the Gulf Cooperation Council (GCC), whose six members are"
                if between and between[0].text == "," and not any(t.pos_ in ("VERB", "AUX") and not _hyphened_participle(t) for t in between):
                    fw_key = st.framework_at[i]
                elif _kind_words_only(between) and anchor.i + 1 < sent.end and m.tokens[anchor.i + 1].lower_ in ("of", "comprising", ":"):
                    fw_key = st.framework_at[i]  # "the four-nation Quad grouping of A, B, C and D", "the Five Eyes intelligence alliance of"
                elif _defined_as_grouping(m.tokens[i], anchor):
                    fw_key = st.framework_at[i]  # "The JEF is a UK-led group of ten nations: A, B, ..."
                break
        if fw_key is None:
            # "the X Coordination Cell, a regional mechanism set up in 2024": a name so described is a body,
            # though "mechanism" gathers members only with a verb (below)
            fw_key = _unknown_grouping(st, anchor) or _grouping_named_before(st, anchor)
        if fw_key is None:
            continue
        j = anchor.i + 1
        listed: list[tuple[int, str]] = []
        end = _colon_list_end(m, sent)
        while j < end:
            t = m.tokens[j]
            if j in m.country_at:
                iso = m.country_at[j]
                if not listed or listed[-1][1] != iso:
                    listed.append((j, iso))
            elif listed and t.lower_ in ("is", "are"):
                break  # "the GCC, comprising A and B, is India's largest partner": the main verb ends the list
            elif t.lower_ not in LIST_GLUE and not t.is_space and not t.like_num and t.lower_ not in ("six", "five", "four", "three", "seven", "eight", "nine", "ten", "two"):
                if listed or _says_something_else(t):
                    break
                if j - anchor.i > 3 and not _list_lead(t, j - anchor.i):
                    break
            j += 1
        if len(listed) < 2 or weak and not _gathered(m, anchor.i, listed[0][0]):
            continue
        observer_at = next((t.i for t in sdoc[j : min(j + 8, end)] if t.lower_ in ("observer", "observers")), None)
        observers: list[str] = []
        if observer_at is not None:
            observers = [iso for i, iso in ((i, m.country_at.get(i)) for i in range(j, observer_at)) if iso]
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.grouping-of", 0.8))
        for role, countries in (("member", [iso for _, iso in listed]), ("observer", observers)):
            for iso in dict.fromkeys(countries):
                if (iso, fw_key) in done:
                    continue
                done.add((iso, fw_key))
                st.memberships.append(MembershipMention(iso, fw_key, role, ev))
                if iso not in st.frameworks[fw_key].countries:
                    st.frameworks[fw_key].countries.append(iso)
        return


def _hyphened_participle(token: Token) -> bool:
    """The "based" of "Lima-based", the "led" of "UK-led": a participle joined by a hyphen to the word
    before is part of an adjective, not a verb of its own."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and not token.doc[i - 1].whitespace_ and not token.doc[i - 2].whitespace_


def _kind_words_only(between: list[Token]) -> bool:
    """Nothing, or up to two lowercase words saying what kind of grouping it is ("intelligence",
    "security"), between a framework's name and its grouping noun."""
    return len(between) <= 2 and all(t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in between)


NAMED_GROUPING_NOUNS = frozenset({"grouping", "bloc", "coalition", "alliance"})
NAME_BEFORE_LIMIT = 3  # words of a grouping's name before its noun ("the Squad grouping")


def _grouping_named_before(st: _State, anchor: Token) -> str | None:
    """"the Squad grouping of A, B and C", "the Squad grouping - the informal arrangement of A, B, C -":
    proper nouns between "the" and a grouping noun name a grouping when its countries follow; not
    "the Nordic grouping" (an adjective), "the Ottawa bloc" (a place)."""
    m = st.m
    if anchor.lower_ not in NAMED_GROUPING_NOUNS or anchor.i + 1 >= anchor.sent.end or m.lower[anchor.i + 1] not in ("of", "-", "–", "—", ":"):
        return None
    start = anchor.i
    while start > anchor.sent.start and anchor.i - start < NAME_BEFORE_LIMIT and m.tokens[start - 1].pos_ == "PROPN" \
            and m.tokens[start - 1].text[:1].isupper():
        start -= 1
    name = m.sdoc[start : anchor.i]
    if not len(name) or start == 0 or m.lower[start - 1] != "the" or _is_other_entity(m, name) \
            or any(t.i in m.country_at or t.ent_type_ in ("NORP", "GPE", "LOC") for t in name):
        return None
    if len(_countries_between(m, anchor.i + 1, min(anchor.i + 14, anchor.sent.end))) < 2:
        return None
    return _add_framework(st, name.text, "Forum", name, None, "framework.grouping")


def _defined_as_grouping(name: Token, anchor: Token) -> bool:
    """"The JEF is a (UK-led) group of ten nations": a framework that is the subject of "is", with the
    grouping noun as what it is and the members to follow ("of"); not "The JEF is in talks with a group of"."""
    verb = anchor.head
    return (anchor.dep_ == "attr" and verb.lemma_.lower() == "be" and name.dep_ == "nsubj" and name.head.i == verb.i
            and anchor.i + 1 < len(anchor.doc) and anchor.nbor(1).lower_ == "of")


COUNTED_ROLES = {"members": "member", "member": "member", "observers": "observer", "partners": "dialogue partner"}
COUNTING_LEMMAS = frozenset({"count", "include", "number", "list"})  # "F counts / includes / numbers A among its members"


def _counted_among(st: _State, sent: Span) -> None:
    """"F, which also counts A and B among its members", "F counts C among its dialogue partners", "F
    includes A and B among its observers": the counted countries have the role the "among" phrase names."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUNTING_LEMMAS or any(c.dep_ == "neg" for c in verb.children) \
                or _future_verb(verb):
            continue
        among = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for o in c.children if o.dep_ == "pobj"]
        role = COUNTED_ROLES.get(among[0].lower_) if among else None
        if role == "dialogue partner" and not any(c.lower_ == "dialogue" for c in among[0].children):
            continue  # "trading partners" are no role
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        fw_key = st.framework_at.get(subject.i) if subject is not None else None
        if fw_key is None and verb.dep_ == "relcl":
            fw_key = _framework_near(st, verb.head)
        if role is None or fw_key is None:
            continue
        counted = _countries_in(m, (t for c in verb.children if c.dep_ == "dobj" for t in c.subtree))
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.counted", 0.75))
        _add_new_memberships(st, counted, fw_key, role, ev)


DASHES = frozenset({"-", "–", "—", "--"})  # "--": a typed em dash (wire copy)
DASHED_ROLE_NOUNS = {"members": "member", "member": "member", "partners": "member", "nations": "member", "countries": "member",
                     "observers": "observer"}


def _dashed_members(st: _State, sent: Span) -> None:
    """"The Quad - India, Japan, Australia and the United States - will meet", "the AUKUS partners -
    A, B and C - announced": countries set off by dashes right after a framework's name (or "F
    members/partners") are its members; only a list of countries that ends at a dash or the sentence's end."""
    m = st.m
    for dash in m.tokens[sent.start + 1 : sent.end - 1]:
        if dash.text not in DASHES or not m.tokens[dash.i - 1].whitespace_ or not dash.whitespace_:
            continue  # a spaced dash, not the hyphen of "ADMM-Plus"
        before = dash.i - 1
        if m.tokens[before].text == ")" and before - 2 > sent.start and m.tokens[before - 2].text == "(":
            before -= 3  # past the acronym: "The Andean Defence Forum (ADF) - A, B and C -"
        role = "member"
        if m.lower[before] in ("states", "countries", "nations") and m.lower[before - 1] == "member":
            before -= 1  # "the six GCC member states -- A, B --"
        if before not in st.framework_at:
            if m.lower[before] not in DASHED_ROLE_NOUNS or m.lower[before - 1] == "dialogue":
                continue  # "dialogue partners - A, B" is read with the member list it follows
            role = DASHED_ROLE_NOUNS[m.lower[before]]
            before -= 1
        fw_key = st.framework_at.get(before)
        if fw_key is None:
            continue
        end = dash.i + 1
        while end < sent.end and (end in m.country_at or m.lower[end] in (",", "and", "the")):
            end += 1
        closed = end >= sent.end or m.tokens[end].text in DASHES or m.tokens[end].is_punct and m.tokens[end].text in (".", ";")
        countries = _countries_between(m, dash.i + 1, end)
        if closed and len(countries) >= 2:
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.dashed", 0.75))
            _add_new_memberships(st, countries, fw_key, role, ev)


def _grouping_after_members(st: _State, sent: Span) -> None:
    """"Australia, Japan and the Philippines, a grouping dubbed the 'Squad'": the countries a grouping
    noun naming a framework stands in apposition to are its members."""
    m = st.m
    for anchor in m.tokens[sent.start : sent.end]:
        if anchor.dep_ != "appos" or anchor.lower_ not in GROUPING_NOUNS or anchor.i not in st.framework_at:
            continue
        inside = {t.i for t in anchor.subtree}
        countries = _countries_in(m, (t for t in anchor.head.subtree if t.i not in inside and t.i < anchor.i))
        if len(countries) >= 2:
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.grouping-of", 0.75))
            _add_new_memberships(st, countries, st.framework_at[anchor.i], "member", ev)


# "F, a security mechanism that brings together A, B and C": a word that names a grouping only with a
# verb that gathers the countries (not "F, a mechanism set up between A and B in 2010")
WEAK_GROUPING_NOUNS = frozenset({"mechanism"})


def _gathered(m: ArticleMentions, anchor: int, first_listed: int) -> bool:
    return any(m.tokens[k].lemma_.lower() in GATHER_VERBS for k in range(anchor + 1, first_listed))


LIST_VERBS = frozenset({"bring", "unite", "comprise", "include", "consist", "gather", "group", "make", "be", "link", "join"})


def _says_something_else(token: Token) -> bool:
    """A verb before the list that does not introduce members: "the Quad, a grouping that has drawn
    criticism from A and B", "AUKUS, the security pact, worries A" (but "that brings together A and B",
    "made up of A and B", "whose members are A and B")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    verb = token.head if token.pos_ == "AUX" and token.head.pos_ == "VERB" else token
    return verb.lemma_.lower() not in LIST_VERBS


def _list_lead(token: Token, distance: int) -> bool:
    """Words that may still describe the members before their list: "a coalition of ten northern
    European countries – A, B ...", "an informal grouping of defence ministers from A, B ...", "a group
    of partner states comprising A, B ..." (a verb that gathers them)."""
    gathering = token.pos_ == "VERB" and token.lemma_.lower() in GATHER_VERBS
    return distance <= 7 and (token.pos_ in ("ADJ", "NOUN", "NUM") or token.ent_type_ == "NORP" or token.lower_ == "from" or gathering)


# "India and Sri Lanka are (also) founding members of F", "X is an observer at F", "A and B are part of F"
ROLE_NOUNS = {"member": "member", "members": "member", "part": "member", "founders": "member", "founder": "member",
              "signatories": "member", "signatory": "member", "parties": "member", "party": "member",
              "observer": "observer", "observers": "observer"}
ROLE_MODIFIERS = frozenset({"also", "all", "both", "now", "still", "already", "founding", "founder", "full", "permanent",
                            "original", "core", "key", "active", "longstanding", "long", "-", "standing", "a", "an", "the",
                            "among", "fellow", "its", "their", "existing", "current", "other", "sectoral"})  # "a sectoral dialogue partner of F"
BE_LEMMAS = frozenset({"be", "become", "remain"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


def _stated_memberships(st: _State, sent: Span) -> None:
    """"A, B and C are (also) (founding) members of F", "D is an observer at F", "A and B are part of F".

    Read from the words around the role noun rather than the parse: the small model often makes
    "founding" the verb of such a sentence."""
    m = st.m
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for noun in m.tokens[sent.start : sent.end]:
        if m.lower[noun.i] not in ROLE_NOUNS and m.lower[noun.i] not in ("partner", "partners"):
            continue  # no role named (see _role_before_framework)
        role, fw_key, k = _role_before_framework(st, noun, sent)
        if role is None or fw_key is None:
            continue
        while k >= sent.start and (m.tokens[k].lower_ in ROLE_MODIFIERS or m.tokens[k].pos_ == "ADV" and m.tokens[k].lower_ not in NEGATIONS
                                   or _count_of(m, k) or m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS):
            k -= 2 if _count_of(m, k) else 1  # "is also one of the (four) founding members of F", "are two of the"
        after = noun.i + 1 + (noun.i + 1 < sent.end and m.lower[noun.i + 1] in ROLE_STATE_WORDS)
        if k > sent.start and m.tokens[k].text == "," and (after < sent.end and m.lower[after] in ("of", "to", "at", "in")
                                                            or _role_ends_an_aside(m, noun, sent)):
            # "Chile, an observer to F, ...", "A and B, both F dialogue partners, ...": the role set off
            # after the countries it describes
            _add_stated(st, _countries_before(m, k, sent.start), fw_key, role, sent, done)
            continue
        if k >= sent.start and m.tokens[k].lower_ == "and" and noun.dep_ == "conj" and noun.head.lemma_.lower() in BE_LEMMAS:
            k = _be_verb_subject_end(noun.head)  # "India has been an ASEAN Dialogue Partner since 1992 and a member of F"
        elif k >= sent.start and m.tokens[k].lower_ == "and" and (be := _be_of_joined_attribute(m, noun, k)) is not None:
            k = _be_verb_subject_end(be)  # "A and B are major donors to C and active members of F"
        elif _joined_as_role(m, k, sent):
            k -= 1  # "Ecuador was admitted / joined as the fifth member of F": the verb stands for "is"
        elif admitted := _admitted_as_role(m, k):
            _add_stated(st, admitted, fw_key, role, sent, done)  # "A welcomed B as a dialogue partner of F"
            continue
        elif k < sent.start or m.tokens[k].lemma_.lower() not in BE_LEMMAS:
            continue
        elif _shares_subject(m.tokens[k]):
            # "India is not a member of F, but is one of its dialogue partners": the first clause's subject
            be = m.tokens[k]
            shared = _countries_in(m, (t for c in be.head.children if c.dep_ == "nsubj" for t in c.subtree))
            if shared and not any(t.lower_ in NEGATIONS for t in m.tokens[be.i : noun.i]):
                _add_stated(st, shared + _fellow_members(st, fw_key, noun.i, sent), fw_key, role, sent, done)
            continue
        k -= 1
        while k >= sent.start and (m.tokens[k].pos_ == "ADV" or m.tokens[k].tag_ in ("VBZ", "VBP", "VBD", "MD")
                                   and m.tokens[k].pos_ == "AUX") and m.tokens[k].lower_ not in NEGATIONS:
            k -= 1  # "India and Japan both are", "India has been an observer at"
        if k - 1 >= sent.start and m.lower[k] in ("which", "that") and m.tokens[k - 1].text == ",":
            k -= 2  # "Chile, which is an observer at F": the countries before the relative clause
        elif k > sent.start and m.tokens[k].text == ",":
            k = _before_relative_clause(m, k, sent)  # "Chile, which borders Peru, is a member of F"
        countries: list[str] = []
        while k >= sent.start:
            t = m.tokens[k]
            if k in m.country_at:
                countries.insert(0, m.country_at[k])
            elif t.lower_ not in (",", "and", "the", "both") or not countries:
                break
            k -= 1
        if countries and k - 1 >= sent.start and m.lower[k] in ("from", "of") and m.lower[k - 1] in MEMBER_PEOPLE_NOUNS:
            continue  # "Officers from Chile and Peru are members of F": people, not their countries
        if not countries:
            k = _counted_noun_before_participle(m, k, sent)  # "The six countries represented in X are members of F"
            countries = (_pair_named_before(m, sent, k) or _counted_countries_named_before(m, sent, k)
                         or _they_countries(m, sent, k) or _set_off_fellows(m, sent, k) or _both_of_main_subject(m, sent, k))
        if not countries or any(t.lower_ in NEGATIONS for t in m.tokens[k + 1 : noun.i]):
            continue
        countries += _fellow_members(st, fw_key, noun.i, sent)
        _add_stated(st, countries, fw_key, role, sent, done)
        # "members of F1 and of F2", "members of F1 and F2" (the parse's conjuncts, or the words after "and")
        others = _coordinated_role_objects(st, noun, sent, role) + _further_frameworks_of(st, noun, fw_key)
        for also_key in dict.fromkeys(others):
            _add_stated(st, countries, also_key, role, sent, done)


def _both_of_main_subject(m: ArticleMentions, sent: Span, k: int) -> list[str]:
    """"A and B, together with C, form F, and both are members of G": a "both" opening a clause joined
    by "and" stands for the two countries of the main clause's subject, past a "together / along with"
    aside (the fellows of the first clause only); none unless they are exactly two."""
    if m.lower[k] != "both" or k - 1 < sent.start or m.lower[k - 1] != "and":
        return []
    words = [t for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k for t in c.subtree]
    aside = {t.i for w in words if w.dep_ == "prep" and w.lower_ in ("with", "alongside") for t in w.subtree}
    aside |= {w.i for w in words if w.lower_ in ("together", "along", ",")}
    kept = [t for t in words if t.i not in aside]
    if not kept or any(t.i not in m.country_at and t.lower_ not in SUBJECT_LIST_GLUE for t in kept):
        return []
    countries = _countries_in(m, kept)
    return countries if len(countries) == 2 else []


def _role_ends_an_aside(m: ArticleMentions, noun: Token, sent: Span) -> bool:
    """"A and B, both F dialogue partners / observers, ...": the role noun (named after its framework,
    see _role_before_framework) ends the aside: a mark or the sentence's end after it (not "A met B,
    F observers said")."""
    return noun.i + 1 >= sent.end or m.tokens[noun.i + 1].text in SET_OFF_ENDS


def _subject_among_other_members(st: _State, sent: Span) -> None:
    """"Togo sends troops to the Joint Force (JF), whose other members include A and B": "other"
    says the clause's subject is a member too; not without "other" ("whose members include"), nor
    when the clause is negated ("Togo never joined F, whose other members ...")."""
    m = st.m
    for whose in m.tokens[sent.start + 2 : sent.end - 2]:
        if whose.lower_ != "whose" or m.tokens[whose.i - 1].text != "," or m.lower[whose.i + 1] != "other" \
                or m.lower[whose.i + 2] not in ("members", "member"):
            continue
        fw_key, name_start = _body_before_comma(st, whose.i - 1)
        if fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < name_start]
        countries = _countries_in(m, (t for c in subjects for t in c.subtree))
        if not countries or any(m.lower[i] in NEGATIONS for i in range(sent.start, name_start)):
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.other-members", 0.75))
        _add_new_memberships(st, countries, fw_key, "member", ev)


FELLOW_LIST_PREPS = frozenset({"alongside", "with", "beside", "besides"})  # "A sits alongside B and 15 other members"


def _listed_with_other_members(st: _State, sent: Span) -> None:
    """"Ghana, Togo and nine other members of F", "A and B sit alongside C and 15 other members in F":
    "other members" says the countries listed before it are members of F too; when the list follows
    "alongside" / "(together) with", the clause's subject countries are among them. Not when negated."""
    m = st.m
    for noun in m.tokens[sent.start : sent.end]:
        k = noun.i - 1
        if m.lower[noun.i] != "members" or k < sent.start or m.lower[k] != "other":
            continue
        k -= 1
        k -= k >= sent.start and (m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS)  # "and 15 other members"
        if k < sent.start or m.lower[k] != "and":
            continue
        k -= 1
        countries: list[str] = []
        while k >= sent.start and (k in m.country_at or m.lower[k] in (",", "the", "and")):
            if k in m.country_at:
                countries.insert(0, m.country_at[k])
            k -= 1
        role, fw_key, _ = _role_before_framework(st, noun, sent)
        if not countries or role != "member" or fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue
        if any(m.lower[i] in NEGATIONS for i in range(sent.start, noun.i)):
            continue
        if k >= sent.start and m.lower[k] in FELLOW_LIST_PREPS:
            countries = _clause_subject_countries(m, m.tokens[k].head) + countries
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.other-members", 0.75))
        _add_new_memberships(st, list(dict.fromkeys(countries)), fw_key, "member", ev)


WHOSE_ROLE_VERBS = frozenset({"include", "be", "comprise"})


def _whose_other_roles(st: _State, sent: Span) -> None:
    """"F, whose dialogue partners include A, B and C", "F, whose observers are D and E": the
    countries a relative clause on F lists under a role other than membership have that role
    (whose members are read with the member lists)."""
    m = st.m
    for whose in m.tokens[sent.start + 2 : sent.end - 3]:
        if whose.lower_ != "whose" or m.tokens[whose.i - 1].text != ",":
            continue
        j = whose.i + 1
        j += m.tokens[j].like_num or m.lower[j] in NUMBER_WORDS  # "whose three observers"
        if m.lower[j] == "dialogue" and j + 1 < sent.end and m.lower[j + 1] in ("partners", "partner"):
            role, j = "dialogue partner", j + 2
        elif m.lower[j] in ("observers", "observer"):
            role, j = "observer", j + 1 + (j + 1 < sent.end and m.lower[j + 1] in ("states", "countries", "nations"))
        else:
            continue
        if j >= sent.end or m.tokens[j].lemma_.lower() not in WHOSE_ROLE_VERBS or any(c.dep_ == "neg" for c in m.tokens[j].children):
            continue
        fw_key = _framework_right_before(st, whose.i)
        if fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue
        countries = _country_list_after(st, j + 1, sent.end)
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.relative-role", 0.75))
        _add_new_memberships(st, countries, fw_key, role, ev)


RANKED_AMONG_NOUNS = frozenset({"members", "member", "allies", "states", "nations", "countries"})  # "among F members / allies"
# the ones "one of the ..." ranks a country among in a body: members, or members by what they give
RANKED_IN_NOUNS = RANKED_AMONG_NOUNS | {"spenders", "contributors"}
RANKED_LIMIT = 7  # words from the preposition back to "one of" ("one of the largest troop contributors in F")
RANKED_VERBS = frozenset({"be", "become", "remain", "emerge", "rank"})  # "A is / has emerged as one of the ..."
RANK_WORDS = frozenset({"most", "least"})  # rank only before an adjective or adverb ("the most advanced navy")
# what a member is ranked by among the others: what members have, spend, field or are
RANKED_MEMBER_NOUNS = RANKED_IN_NOUNS | {
    "share", "spender", "contributor", "budget", "navy", "army", "economy", "military", "force", "fleet", "spending",
    "expenditure", "percentage", "proportion", "member", "ally", "state", "nation", "country", "population", "arsenal",
    "contingent", "contribution", "armed", "troop", "troops", "defence", "defense", "gdp", "outlay", "outlays"}


def _ranked_among_members(st: _State, sent: Span) -> None:
    """"A fields the third largest navy among F members", "A has emerged as one of the largest troop
    contributors in F": a country ranked among a body's members, or one of
    the members in a body, is a member of it: the subject (with its conjuncts) of the clause the
    ranking is in; not "A has sought support among F members" (no ranking), not "A is one of the
    biggest investors in F" (not a member noun), not "A sent one of the largest delegations in F's
    history", nor a negated clause."""
    m = st.m
    negated = {_governing_verb(t) for t in m.tokens[sent.start : sent.end] if t.lower_ in NEGATIONS}
    for prep in m.tokens[sent.start : sent.end - 1]:
        if prep.lower_ not in ("among", "in", "within", "of"):
            continue  # "of" only after "one of the nine countries" (below)
        k = prep.i + 1 + (m.lower[prep.i + 1] == "the")
        k += 3 * (k + 2 < sent.end and _hyphened_participle(m.tokens[k + 2]) and m.tokens[k + 2].tag_ == "VBN")  # "in the Dutch-led F"
        if k >= sent.end:
            continue
        fw_key = st.framework_at.get(k)
        if fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue
        end = k
        while end + 1 < sent.end and st.framework_at.get(end + 1) == fw_key:
            end += 1
        after = m.tokens[end + 1] if end + 1 < sent.end else None
        verb = _governing_verb(prep)
        if verb is None or verb in negated:
            continue  # "A is not one of the members in F" (not "..., arguing that B should not ...": another clause)
        if prep.lower_ == "of" and not _one_of_the_members(m, prep.i, sent.start):
            continue  # "the navies of F", "a member of F" (read elsewhere)
        if prep.lower_ == "among":
            ranked = after is not None and after.lower_ in RANKED_AMONG_NOUNS and _ranking_before(m, prep, verb)
        else:  # not "in NATO headquarters" (a place or thing of the body), nor "in F's history"
            ranked = (_one_of_the_members(m, prep.i, sent.start) and verb.lemma_.lower() in RANKED_VERBS
                      and not (after is not None and (after.is_lower and after.pos_ == "NOUN" or after.text in ("'s", "’s"))))
        countries = _country_subject_of(m, verb)
        if ranked and countries:
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.ranked-among", 0.7))
            _add_new_memberships(st, countries, fw_key, "member", ev)


# what tells that an accession has happened: a time after it ("since A's accession to F"), its
# completion ("A's accession to F was completed"), or its anniversary
ACCESSION_DONE_PREPS = frozenset({"since", "after", "following", "upon"})
ACCESSION_DONE_VERBS = frozenset({"complete", "finalise", "finalize", "celebrate", "mark"})


def _completed_accessions(st: _State, sent: Span) -> None:
    """"Since A's accession to F", "the accession of A to F was completed", "A completed its accession to F":
    a country whose accession to a body is told as done is a member; not one backed, sought or to come
    ("B backed A's accession to F", "A's accession to F will be completed next year")."""
    m = st.m
    for noun in m.tokens[sent.start : sent.end]:
        if noun.lower_ != "accession":
            continue
        body = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
        fw_key = st.framework_at.get(body.i) if body is not None else None
        if fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS or not _accession_done(noun):
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.accession", 0.7))
        _add_new_memberships(st, _acceding_countries(m, noun), fw_key, "member", ev)


def _accession_done(noun: Token) -> bool:
    """The accession ``noun`` is told as done (see ACCESSION_DONE_PREPS / ACCESSION_DONE_VERBS)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("anniversary", "completion"):
        return True  # "the anniversary of A's accession to F"
    if noun.dep_ == "pobj":
        return head.lower_ in ACCESSION_DONE_PREPS
    return (noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in ACCESSION_DONE_VERBS
            and not _future_verb(head) and not any(c.dep_ == "neg" for c in head.children))


def _acceding_countries(m: ArticleMentions, noun: Token) -> list[str]:
    """Who accedes: "A's (and B's) accession", "the accession of A", "A completed its accession"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if owner is None:
        return []
    if owner.lower_ in ("its", "their") and noun.dep_ == "dobj":
        return _country_subject_of(m, noun.head)
    return _countries_in(m, [owner, *owner.conjuncts])


def _governing_verb(token: Token) -> Token | None:
    """The verb (or auxiliary) ``token`` hangs from, walking up the parse; None at a root that is none."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _country_subject_of(m: ArticleMentions, verb: Token) -> list[str]:
    """The countries of ``verb``'s subject when it is a country, with the countries joined to it
    ("A and B spend ..."); none for any other subject ("A's minister is ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl" and verb.head.i in m.country_at:
        return _clause_subject_countries(m, verb)  # "A, which spends the highest share ... among F members, ..."
    if subject is None or subject.i not in m.country_at:
        return []
    return _countries_in(m, [subject, *subject.conjuncts])


def _ranking_before(m: ArticleMentions, prep: Token, verb: Token) -> bool:
    """A ranking word before ``prep`` within what it hangs from: a superlative ("the highest
    share"), an ordinal ("ranks third"), "most" / "least", or "one of"."""
    head = prep.head
    first = verb.i + 1 if head == verb else head.left_edge.i
    # what is ranked must be something members have or are ("the highest share / the largest navy among F
    # members"), not an outsider's role ("the largest investor among F members") nor "the most support"
    ranked = head if head.pos_ in ("NOUN", "PROPN") else next(
        (c for c in reversed(list(verb.children)) if c.dep_ in ("dobj", "attr") and c.i < prep.i and c.pos_ == "NOUN"), None)
    if ranked is not None and ranked.lemma_.lower() not in RANKED_MEMBER_NOUNS and ranked.lower_ not in RANKED_MEMBER_NOUNS:
        return False
    return any(m.tokens[i].tag_ in ("JJS", "RBS") and m.lower[i] not in RANK_WORDS or _ordinal(m.tokens[i]) is not None
               or m.lower[i] in RANK_WORDS and (i + 1 == prep.i or m.tokens[i + 1].pos_ in ("ADJ", "ADV"))
               or _one_of(m, i) for i in range(first, prep.i))


NOT_MEMBER_COUNT_WORDS = frozenset({"partner", "partners", "observer", "observers", "candidate", "non-member", "aspirant"})


def _one_of_the_members(m: ArticleMentions, prep: int, first: int) -> bool:
    """"one / two of the (largest troop) contributors" right before the preposition at ``prep``:
    lowercase words only, up to RANKED_LIMIT of them, the last a noun of members (RANKED_IN_NOUNS)."""
    if prep < 1 or m.lower[prep - 1] not in RANKED_IN_NOUNS:
        return False  # (at the article's first word nothing comes before: no wrap to its last)
    k = prep - 1
    while k > first + 1 and prep - k <= RANKED_LIMIT and not _count_of(m, k):
        w = m.tokens[k]
        if not (w.is_alpha and w.is_lower or w.text == "-" or w.like_num):  # "one of the 24 countries in F"
            return False
        if w.lower_ in NOT_MEMBER_COUNT_WORDS:
            return False  # "one of the 40 partner countries of F": counted, but not among its members
        k -= 1
    return _count_of(m, k) and k < prep - 1  # "one of" / "two of the nine countries in F"


def _body_before_comma(st: _State, comma: int) -> tuple[str | None, int]:
    """The framework whose name (and bracketed acronym) ends right before ``comma``, and where it starts."""
    m = st.m
    end = comma - 1
    if m.tokens[end].text == ")" and end - 2 >= 0 and m.tokens[end - 2].text == "(":
        end -= 3  # "the Joint Force (JF), whose ..."
    key = st.framework_at.get(end)
    if key is None:
        return None, end
    start = end
    while start - 1 >= 0 and st.framework_at.get(start - 1) == key:
        start -= 1
    return key, start


RELATIVE_CLAUSE_LIMIT = 15  # words of a relative clause set off between a country and its verb


def _before_relative_clause(m: ArticleMentions, comma: int, sent: Span) -> int:
    """Where the country ends before ", which ... ," closed by ``comma``, else ``comma`` itself."""
    for w in range(comma - 2, max(sent.start, comma - RELATIVE_CLAUSE_LIMIT), -1):
        if m.tokens[w].text == ",":
            return w - 1 if m.lower[w + 1] == "which" and w - 1 in m.country_at else comma
    return comma


def _coordinated_role_objects(st: _State, noun: Token, sent: Span, role: str) -> list[str]:
    """"a member of F1, the grouping it joined in 2022, and of F2", "an observer at F1 as well as at
    F2": the frameworks a repeated preposition after "and" adds to the role's object; not "a member
    of F1 and the chair of F2" (another role), nor "neither of F1 nor of F2" (negated before)."""
    m = st.m
    prep = noun.i + 1 + (noun.i + 1 < sent.end and m.lower[noun.i + 1] in ROLE_STATE_WORDS)
    if prep >= sent.end or m.lower[prep] not in ("of", "in", "at", "to"):
        return []
    keys: list[str] = []
    for k in range(prep + 1, sent.end - 1):
        as_well_as = m.lower[k - 1] == "as" and m.lower[k - 2] == "well"
        if m.lower[k] != m.lower[prep] or m.lower[k - 1] != "and" and not as_well_as:
            continue  # "..., and of F2", "... as well as of F2"
        key = _role_object_framework(st, k, sent, role)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _possessive_role_apposed(st: _State, sent: Span) -> None:
    """"Ecuador, the Pacific Alliance's newest member, hosted talks", "A and B, NATO's newest members,
    ...": a role of F's set off right after the countries (the parse often loses such an apposition);
    not "Chile criticised the Pacific Alliance's newest member" (no comma before), not "a former member"."""
    m = st.m
    for noun in m.tokens[sent.start : sent.end]:
        role = ELLIPTICAL_ROLES.get(noun.lower_)
        if role is None or noun.i + 1 >= sent.end or m.tokens[noun.i + 1].text not in (",", ";", ".") or _lapsed_role(st, noun):
            continue
        k = noun.i - 1
        while k > sent.start and (m.lower[k] in ROLE_MODIFIERS or m.lower[k] in RANK_IN_BODY_WORDS or _ordinal(m.tokens[k]) is not None):
            k -= 1
        fw_key = st.framework_at.get(k - 1) if m.tokens[k].text in ("'s", "’s") else None
        if fw_key is None:
            continue
        j = k - 1
        while j - 1 >= sent.start and st.framework_at.get(j - 1) == fw_key:
            j -= 1
        j -= j - 1 >= sent.start and m.lower[j - 1] == "the"
        if j - 1 <= sent.start or m.tokens[j - 1].text != ",":
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.stated", 0.8))
        _add_new_memberships(st, _countries_before(m, j - 1, sent.start), fw_key, role, ev)


ELLIPTICAL_ROLES = {"member": "member", "members": "member", "observer": "observer", "observers": "observer"}
CLAUSE_LINKS = frozenset({"while", "whereas", "and", "but"})


def _elliptical_roles(st: _State, sent: Span) -> None:
    """"India takes part in F as an observer, while Malaysia is a full member", "India is a founding
    member of F, and Japan is one of its observers": a role said without "of F" in a clause joined to
    one that names F is a role in F; not a role in a body named in another sentence, nor "is not a member"."""
    m = st.m
    for noun in m.tokens[sent.start + 1 : sent.end]:
        role = ELLIPTICAL_ROLES.get(m.lower[noun.i])
        if role is None:
            continue  # the role word first: the time phrase after it is read for role words only
        after_at = _past_time_phrase(m, noun.i + 1, sent.end)  # "and B became a member two years later"
        after = m.tokens[after_at] if after_at < sent.end else None
        if after is not None and after.text not in (",", ".", ";"):
            continue  # "a member of F" is read above
        k = noun.i - 1
        while k > sent.start and (m.lower[k] in ROLE_MODIFIERS or _one_of(m, k)):
            k -= 2 if _one_of(m, k) else 1  # "is a full member", "is one of its observers"
        if m.tokens[k].lemma_.lower() not in BE_LEMMAS or any(m.lower[i] in NEGATIONS for i in range(k, noun.i)):
            continue
        while k - 1 > sent.start and m.tokens[k - 1].pos_ == "AUX":
            k -= 1  # "has been"
        linked = _linked_subject(m, sent, k)
        if linked is None:
            continue
        countries, link_at = linked
        fw_key = next((st.framework_at[i] for i in range(link_at - 1, sent.start - 1, -1) if i in st.framework_at), None)
        if fw_key is None or st.frameworks[fw_key].kind in NOT_BODY_KINDS:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.elliptical", 0.7))
        _add_new_memberships(st, countries, fw_key, role, ev)


def _past_time_phrase(m: ArticleMentions, i: int, end: int) -> int:
    """Where the words from ``i`` go on past a time phrase ("two years later", "in 1997", "since
    2004"): a role with only a time after it is still said without "of F"."""
    if i >= end:
        return i
    k = i + 1 if m.lower[i] in ("in", "since") and i + 1 < end and m.tokens[i + 1].ent_type_ == "DATE" else i
    while k < end and m.tokens[k].ent_type_ == "DATE":
        k += 1
    return k


def _ordinal_ellipsis(st: _State, sent: Span) -> None:
    """"A joined F as its ninth member in 2019, and B became the tenth in 2021": an ordinal after
    "became / is the" with its noun left out stands for the role an earlier ordinal of the sentence
    names, in the body that role was read in (not "B became the fifth country to ...": a noun follows;
    not "B is the fifth largest economy", nor "B did not become the fifth")."""
    m = st.m
    for t in m.tokens[sent.start + 2 : sent.end]:
        if m.lower[t.i - 1] != "the" or _ordinal(t) is None:  # the cheap word test first
            continue
        be = t.i - 2
        while be > sent.start and m.tokens[be].pos_ == "ADV":
            be -= 1  # "is now the fourth"
        verb = m.tokens[be]
        if verb.lemma_.lower() not in BE_LEMMAS or _negated_before(m, verb, t.i):
            continue
        after = m.tokens[t.i + 1] if t.i + 1 < sent.end else None
        # not "B is the fifth largest economy": an adjective starts another ranking
        # ("the tenth last year": a date that starts with an adjective is when, not another ranking)
        if (after is not None and after.ent_type_ not in ("DATE", "TIME")
                and (after.pos_ in ("NOUN", "PROPN", "ADJ") or after.lower_ in ("to", "of", "among"))):
            continue
        earlier = next((k for k in range(be - 1, sent.start, -1) if _ordinal(m.tokens[k]) is not None
                        and m.lower[k + 1] in ELLIPTICAL_ROLES), None)
        if earlier is None:
            continue
        role = ELLIPTICAL_ROLES[m.lower[earlier + 1]]
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.elliptical", 0.7))
        told = [mb.framework for mb in st.memberships if mb.role == role and mb.evidence.start == ev.start]
        countries = _clause_subject_countries(m, verb)
        if len(set(told)) == 1 and countries:  # the one body the earlier role was read in
            _add_new_memberships(st, countries, told[0], role, ev)


def _negated_before(m: ArticleMentions, verb: Token, until: int) -> bool:
    """``verb`` is negated: a "not" child, or a negation between its subject (else the verb) and ``until``."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), verb)
    return any(m.lower[i] in NEGATIONS for i in range(subject.i, until))


ROLE_SET_OFF = frozenset({",", ".", ";", "while", "whereas"})  # what may follow a role said without its body
# "observer states", "an EU member state", "a NATO member country"
ROLE_STATE_WORDS = frozenset({"states", "countries", "nations", "state", "country", "nation"})
ROLE_OWNER_WORDS = frozenset({"its", "their", "other"})  # "among its observers", "are the other members"


def _roles_in_body_in_focus(st: _State, sent: Span) -> None:
    """"Afghanistan and Mongolia are observer states, while ...", "A and B are among its observers",
    "Seychelles, an observer, was represented by ...": a role said without "of F" is a role in the
    body it is said of ("its", "the bloc's") or else in the one body the sentence and the two before
    name; not "is not a member", "hopes to become a member", "will be an observer"."""
    m = st.m
    for noun in m.tokens[sent.start + 1 : sent.end]:
        role = ELLIPTICAL_ROLES.get(noun.lower_)
        partner = noun.lower_ in ("partner", "partners") and m.lower[noun.i - 1] == "dialogue"
        role = "dialogue partner" if partner else role
        end = noun.i + 1 + (noun.i + 1 < sent.end and m.lower[noun.i + 1] in ROLE_STATE_WORDS)
        if role is None or end >= sent.end or not _role_set_off(m, end, sent) and m.lower[end] != "(":
            continue
        k, owner = _role_phrase_start(st, m.tokens[noun.i - 1] if partner else noun)
        if m.lower[end] == "(":  # "The five member states (A, B, C, D and E) agreed"
            while k > sent.start and (m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS):
                k -= 1
            countries = _bracketed_countries(m, end, sent) if m.lower[k] == "the" or m.lower[k + 1] == "the" else []
        else:
            # a bare "Peru is a full member." may be of anything; "its", "the bloc's" or "observer states" say a body's
            marked = partner or owner is not None or end > noun.i + 1 or any(m.lower[i] in ROLE_OWNER_WORDS for i in range(k + 1, noun.i))
            # an apposition is only a bare role closed by a comma ("Seychelles, an observer, was ...")
            apposed = _apposed_role_country(m, k, sent) if m.lower[end] == "," else []
            countries = apposed or (_be_role_subject(m, k, sent) if marked else [])
        fw_key = owner or _body_in_focus(st, sent) if countries else None
        if fw_key is None:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.role-in-focus", 0.7))
        _add_new_memberships(st, countries, fw_key, role, ev)


def _role_set_off(m: ArticleMentions, end: int, sent: Span) -> bool:
    """The role phrase ends at ``end``: punctuation, "while", or a time ("since 2013", "in 2013"; not "in F")."""
    if m.lower[end] in ROLE_SET_OFF:
        return True
    return m.lower[end] in ("since", "in", "from") and end + 1 < sent.end and m.tokens[end + 1].ent_type_ == "DATE"


def _bracketed_countries(m: ArticleMentions, open_at: int, sent: Span) -> list[str]:
    """The countries in brackets from ``open_at`` when the brackets hold nothing but a list of two or more."""
    close = next((t.i for t in m.tokens[open_at + 1 : sent.end] if t.text == ")"), None)
    inside = m.tokens[open_at + 1 : close] if close is not None else []
    if any(t.i not in m.country_at and t.lower_ not in LIST_GLUE for t in inside):
        return []
    countries = _countries_in(m, inside)
    return countries if len(countries) >= 2 else []


def _role_phrase_start(st: _State, noun: Token) -> tuple[int, str | None]:
    """Where the words before a role noun end ("are among its | observers") and the body they name:
    "its" or "the bloc's" (read as the body they refer to), "an ASEAN member"."""
    m = st.m
    k, owner = noun.i - 1, None
    # "is one of its 20 member states": a count and "one of" before the role are words of the phrase
    while k > noun.sent.start and (m.lower[k] in ROLE_MODIFIERS or m.tokens[k].text in ("'s", "’s") or k in st.framework_at
                                   or m.tokens[k].like_num and m.lower[k] != "one" or m.lower[k] == "of" and m.lower[k - 1] == "one"
                                   or m.lower[k] == "one" and m.lower[k + 1] == "of"):
        owner = st.framework_at.get(k, owner)
        k -= 1
    return k, owner if owner is None or st.frameworks[owner].kind not in NOT_BODY_KINDS else None


def _apposed_role_country(m: ArticleMentions, k: int, sent: Span) -> list[str]:
    """"Seychelles, an observer, ...", "Chile, also a founding member, ...": the one country right before
    ", (also) a(n) <role>"."""
    a = k + 1
    while a < sent.end and m.pos[a] == "ADV":
        a += 1  # "also", "likewise"
    article = m.tokens[a] if a < sent.end else None
    if m.tokens[k].text != "," or article is None or article.lower_ not in ("a", "an") or k - 1 not in m.country_at:
        return []
    first = k - 1
    while first - 1 >= sent.start and m.country_at.get(first - 1) == m.country_at[k - 1]:
        first -= 1
    before = m.tokens[first - 1] if first > sent.start else None
    return [m.country_at[k - 1]] if before is None or before.text in (",", "(") or before.lower_ in ("the", "while", "and") else []


def _be_role_subject(m: ArticleMentions, k: int, sent: Span) -> list[str]:
    """The countries that are the subject of the be-verb at ``k`` ("A and B are | among its
    observers"); none when it is negated, future, modal or an infinitive ("hopes to become")."""
    if m.tokens[k].lemma_.lower() not in BE_LEMMAS:
        return []
    k -= 1
    while k >= sent.start and (m.tokens[k].pos_ in ("AUX", "ADV", "PART") or m.lower[k] == "to"):
        if m.lower[k] in NEGATIONS or m.lower[k] in FUTURE_AUX or m.lower[k] in MODAL_FUTURE or m.lower[k] == "to":
            return []
        k -= 1
    countries: list[str] = []
    while k >= sent.start and (k in m.country_at or countries and m.lower[k] in (",", "and", "the", "both")):
        if k in m.country_at and m.country_at[k] not in countries:
            countries.insert(0, m.country_at[k])
        k -= 1
    if k >= sent.start and m.tokens[k].pos_ in ("ADP", "VERB") and m.lower[k] not in ("while", "whereas"):
        return []  # "talks with A and B are ...": the countries are not the subject
    return countries


def _body_in_focus(st: _State, sent: Span) -> str | None:
    """The one body (organisation or forum) named in the sentence and the two before, else None."""
    keys = {st.framework_at[i] for i in range(sent.start, sent.end) if i in st.framework_at}
    keys = {k for k in keys if st.frameworks[k].kind in ("Organisation", "Forum")}
    before = _last_body_named(st, sent.start)
    if before is not None:
        keys.add(before)
    elif _names_several_bodies(st, sent.start):
        return None
    return keys.pop() if len(keys) == 1 else None


def _names_several_bodies(st: _State, before: int) -> bool:
    prev = _sentences_ending_by(st.m, before, 2)
    start = prev[0].start if prev else before
    keys = {st.framework_at[i] for i in range(start, before) if i in st.framework_at}
    return len({k for k in keys if st.frameworks[k].kind in ("Organisation", "Forum")}) > 1


def _linked_subject(m: ArticleMentions, sent: Span, verb_at: int) -> tuple[list[str], int] | None:
    """The countries right before ``verb_at`` and where the word that links their clause to the one
    before stands: ", while Malaysia", ", and Japan"; None without such a word ("India and Japan are")."""
    k = verb_at - 1
    while k > sent.start and (k in m.country_at or m.lower[k] == "the"):
        k -= 1
    countries = _countries_in(m, m.tokens[k + 1 : verb_at])
    if not countries or m.lower[k] not in CLAUSE_LINKS or m.lower[k] == "and" and m.tokens[k - 1].text != ",":
        return None
    return countries, k


def _add_stated(st: _State, countries: list[str], fw_key: str, role: str, sent: Span, done: set[tuple[str, str]]) -> None:
    m = st.m
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.stated", 0.8))
    for iso in dict.fromkeys(countries):
        if (iso, fw_key) not in done:
            done.add((iso, fw_key))
            st.memberships.append(MembershipMention(iso, fw_key, role, ev))
            if iso not in st.frameworks[fw_key].countries:
                st.frameworks[fw_key].countries.append(iso)


PAIR_WORDS = frozenset({"both", "two"})
COUNTRY_NOUNS = frozenset({"countries", "nations"})
# "Both navies are members of F": the two countries' services stand for the pair of countries
PAIR_STAND_IN_NOUNS = COUNTRY_NOUNS | {"navies", "armies", "militaries", "governments"}


def _pair_named_before(m: ArticleMentions, sent: Span, k: int) -> list[str]:
    """"India and Japan upgraded ties. Both countries are members of F": the two countries "both
    countries" / "the two nations" ending at ``k`` stand for, the subject of the sentence before
    when that names exactly two."""
    bare_both = k == sent.start and m.lower[k] == "both"  # "Both are members of F": the pronoun alone
    if not bare_both and (k - 1 < sent.start or m.lower[k] not in PAIR_STAND_IN_NOUNS or m.lower[k - 1] not in PAIR_WORDS):
        return []
    prev = _sentences_ending_by(m, sent.start, PAIR_SUBJECT_LOOKBACK)
    if not prev:
        return []
    subjects = [c for c in prev[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    countries = _countries_in(m, (t for c in subjects for t in c.subtree))
    if len(countries) < 2:
        # "Mr X said Brazil viewed Nigeria as a partner. Both countries are ...", "A is a member of F, in
        # which B is an observer. Both countries ...": the two the sentence names
        countries = _pair_subject_of_a_clause(m, prev[-1]) or _countries_in(m, prev[-1]) or _cities_between(m, prev[-1]) or countries
    if len(countries) != 2 and len(prev) > 1:
        # "A and B are founding members of F. F comprises A, B, C and D. Both countries also ...": the
        # pair that was the subject of a sentence before, with no other pair as subject in between
        countries = next((found for found in (_subject_countries(m, s) for s in reversed(prev[:-1])) if found), [])
    return countries if len(countries) == 2 else _lead_pair(m, sent)


def _pair_subject_of_a_clause(m: ArticleMentions, sent: Span) -> list[str]:
    """"A and B are members of F, alongside C and D; B joined in 2004": the two countries that are the
    subject of a clause joined to the root (the parse may make the first clause hang on the second)."""
    for clause in sent.root.children:
        if clause.dep_ not in ("ccomp", "conj", "parataxis") or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        countries = _countries_in(m, (t for c in subjects for t in c.subtree))
        if len(countries) == 2:
            return countries
    return []


def _lead_pair(m: ArticleMentions, sent: Span) -> list[str]:
    """"Kenya and Ghana signed a pact ... [paragraphs on] The two countries also co-chair F": with no
    pair as subject just before, "the two countries" are the article's pair, its lead's subject."""
    lead = _lead_sentence(m)
    if lead is None or lead.start >= sent.start:
        return []
    countries = _subject_countries(m, lead)
    if len(countries) != 2:
        countries = _countries_in(m, lead)  # "A's minister X met his B counterpart Y": the two sides the lead names
    prev = _sentences_ending_by(m, sent.start, 1)
    named = set(_countries_in(m, prev[-1])) if prev else set()
    if len(named) >= 2 and not named <= set(countries):
        return []  # "... talks between Vietnam and the Philippines. The two countries ...": another pair just named
    # (one other country named just before is no pair: "B will host Polish minister X. The two countries ...")
    return countries if len(countries) == 2 else []


def _cities_between(m: ArticleMentions, sent: Span) -> list[str]:
    """"convergence between Lima and Santiago. Both countries ...": the countries of two cities of two
    countries joined by "between ... and" stand for their governments."""
    for t in sent:
        if t.lower_ != "between":
            continue
        objects = [o for o in t.children if o.dep_ == "pobj"]
        cities = [w for o in objects for w in [o, *o.conjuncts] if w.i in m.place_at]
        isos = list(dict.fromkeys(m.places[m.place_at[w.i]].country for w in cities))
        if len(cities) == 2 and len(isos) == 2 and None not in isos:
            return isos
    return []


PAIR_SUBJECT_LOOKBACK = 3  # sentences searched back for the pair "both countries" stands for
COUNTED_GROUP_LOOKBACK = 8  # sentences searched back for the group "the three countries" stands for


def _counted_countries_named_before(m: ArticleMentions, sent: Span, k: int) -> list[str]:
    """"The defence ministers of A, B and C met ... The three countries are members of F": "the
    three (four, ...) countries / nations" ending at ``k`` stand for the countries of the latest
    sentence before that names exactly that many (a pair is read by _pair_named_before). "All three
    countries" says the whole group the article is about: searched back to the article's start."""
    if k - 1 >= sent.start and m.lower[k - 1] == "all" and NUMBER_VALUES.get(m.lower[k], 0) >= 3:
        return _all_named_just_before(m, sent, NUMBER_VALUES[m.lower[k]])  # a bare "All four"
    if k - 2 < sent.start or m.lower[k] not in COUNTRY_NOUNS or m.lower[k - 2] not in ("the", "all"):
        return []
    count = NUMBER_VALUES.get(m.lower[k - 1], 0)
    if count < 3:
        return []
    lookback = COUNTED_GROUP_LOOKBACK if m.lower[k - 2] == "the" else len(m.sents)
    for before in reversed(_sentences_before(m, sent, lookback)):
        listed = next((run for run in _country_runs(m, before) if len(run) == count), None)
        if listed is not None:
            return listed
    return _counted_lead_group(m, sent, count)


def _counted_lead_group(m: ArticleMentions, sent: Span, count: int) -> list[str]:
    """"The ministers of A, B, C and D met ... [many paragraphs on] The four countries are members
    of F": with no such list near, "the four countries" are the group the article's lead lists."""
    lead = _lead_sentence(m)
    if lead is None or lead.start >= sent.start:
        return []
    listed = next((run for run in _country_runs(m, lead) if len(run) == count), [])
    return listed or _all_countries_named_if(m, lead.start, sent.start, count)


def _all_countries_named_if(m: ArticleMentions, start: int, end: int, count: int) -> list[str]:
    """"The ministers of A, B and C met ... [later] D's minister joined by video. The four countries
    ...": the countries named between ``start`` and ``end`` when they are exactly ``count``."""
    named = _countries_in(m, m.tokens[start:end])
    return named if len(named) == count else []


def _all_named_just_before(m: ArticleMentions, sent: Span, count: int) -> list[str]:
    """"A and B joined F in 2009, C in 2017 and D in 2020. All four ...": a bare "all four" (no noun)
    stands for the countries the sentence before names, when it names exactly that many."""
    prev = _sentences_before(m, sent, 1)
    named = list(dict.fromkeys(_countries_in(m, prev[-1]))) if prev else []
    return named if len(named) == count else []


def _counted_subject(m: ArticleMentions, sent: Span, verb: Token) -> list[str]:
    """"All four, together with C, make up F": the countries a bare counted subject stands for (a
    counted noun, "all three countries", is read by _counted_countries_named_before where it is said)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i - 1 < sent.start or m.lower[subject.i - 1] != "all":
        return []
    return _all_named_just_before(m, sent, NUMBER_VALUES.get(subject.lower_, 0))


def _country_runs(m: ArticleMentions, sent: Span) -> list[list[str]]:
    """The countries of each list "A, B and C" in ``sent`` (names joined by commas, "and", "the" only):
    a group counted later is one listed together, not any countries a sentence names apart."""
    runs: list[list[str]] = []
    run: list[str] = []
    for k in range(sent.start, sent.end):
        if k in m.country_at:
            if m.country_at[k] not in run:
                run.append(m.country_at[k])
        elif m.lower[k] not in (",", "and", "the") and run:
            runs.append(run)
            run = []
    return runs + [run] if run else runs
SUBJECT_PRONOUNS = frozenset({"they", "both"})
SUBJECT_LIST_GLUE = frozenset({",", "and", "the"})


def _they_countries(m: ArticleMentions, sent: Span, k: int) -> list[str]:
    """"A and B held talks in X. They (also) belong to F", "Both are members of F": a subject pronoun
    opening the sentence at ``k`` stands for the countries that alone make up the subject of the
    sentence before (not "The ministers of A and B met. They ...": people)."""
    if k < sent.start or m.lower[k] not in SUBJECT_PRONOUNS:
        return []
    if k - 2 >= sent.start and m.lower[k - 1] == "and" and m.tokens[k - 2].text == ",":
        said_of = sent  # "A and B are partners in F, and both are members of G": the first clause's subject
    elif any(not t.is_space for t in m.tokens[sent.start : k]):
        return []
    else:
        prev = _sentences_ending_by(m, sent.start, 1)
        if not prev:
            return []
        said_of = prev[-1]
    subjects = [c for c in said_of.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k]
    words = [t for c in subjects for t in c.subtree]
    if not words or any(t.i not in m.country_at and t.lower_ not in SUBJECT_LIST_GLUE for t in words):
        return []
    countries = _countries_in(m, words)
    return countries if len(countries) >= 2 else []


def _subject_countries(m: ArticleMentions, sent: Span) -> list[str]:
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _countries_in(m, (t for c in subjects for t in c.subtree))


def _shares_subject(verb: Token) -> bool:
    """A be-verb joined to a verb before it, with no subject of its own: "A is X but is Y", "A left F
    in 2001 and is one of the members of G"."""
    return (verb.dep_ == "conj" and (verb.head.lemma_.lower() in BE_LEMMAS or verb.head.pos_ == "VERB")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def _count_of(m: ArticleMentions, k: int) -> bool:
    """Token ``k`` is the "of" of "one of", "two of", "3 of" (how many of a body's members the subject is)."""
    return _one_of(m, k) or k > 0 and m.lower[k] == "of" and (m.lower[k - 1] in NUMBER_WORDS or m.tokens[k - 1].like_num)


def _one_of(m: ArticleMentions, k: int) -> bool:
    """Token ``k`` is the "of" of "one of"."""
    return k > 0 and m.lower[k] == "of" and m.lower[k - 1] == "one"


FELLOW_WORDS = (("along", "with"), ("together", "with"), ("alongside",))


def _set_off_fellows(m: ArticleMentions, sent: Span, comma: int) -> list[str]:
    """"The two countries, along with C, are members of F", "They, together with C and D, are ...":
    the comma at ``comma`` closes a fellow phrase set off after the subject; the subject's countries
    (named, "the two countries", "they") and the fellows share the role."""
    if comma <= sent.start or m.tokens[comma].text != ",":
        return []
    j = comma - 1
    while j > sent.start and (j in m.country_at or m.lower[j] in ("and", "the") or m.tokens[j].text == ","):
        j -= 1
    fellows = _countries_in(m, m.tokens[j + 1 : comma])
    subject = _subject_before_fellows(m, sent, j) if fellows else []
    return subject + fellows if subject else []


JOINED_AS_LEMMAS = frozenset({"join", "rejoin", "admit", "accept"})


def _joined_as_role(m: ArticleMentions, k: int, sent: Span) -> bool:
    """"as" at ``k`` after a done joining verb: "was admitted as / joined as the fifth member of F";
    not "will join as a member" (not done yet)."""
    if k - 1 < sent.start or m.lower[k] != "as":
        return False
    verb = m.tokens[k - 1]
    return verb.lemma_.lower() in JOINED_AS_LEMMAS and verb.tag_ in ("VBD", "VBN") and not _future_verb(verb)


ADMITTED_AS_LEMMAS = frozenset({"welcome", "admit", "accept"})


def _admitted_as_role(m: ArticleMentions, k: int) -> list[str]:
    """The countries a done verb of admitting took in as the role after "as" at ``k``: "F admitted A and
    B as observers of F", "A welcomed B as a dialogue partner of the grouping" (B, not the subject A);
    not "will welcome B as ..." (not done yet)."""
    prep = m.tokens[k]
    if m.lower[k] != "as" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in ADMITTED_AS_LEMMAS or verb.tag_ not in ("VBD", "VBN") or _future_verb(verb):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return _countries_in(m, _heads_and_conjuncts([c for c in verb.children if c.dep_ == "dobj"]))


def _subject_before_fellows(m: ArticleMentions, sent: Span, k: int) -> list[str]:
    """The subject before a fellow phrase ("along with", "together with", "alongside") that ends at
    ``k`` and is set off by a comma: its countries, or the pair "the two countries" / "they" stand for."""
    for words in FELLOW_WORDS:
        start = k - len(words) + 1
        if start - 1 <= sent.start or tuple(m.lower[j] for j in range(start, k + 1)) != words or m.tokens[start - 1].text != ",":
            continue
        comma = start - 1
        return _countries_before(m, comma, sent.start) or _pair_named_before(m, sent, comma - 1) or _they_countries(m, sent, comma - 1)
    return []


def _fellow_members(st: _State, fw_key: str, after: int, sent: Span) -> list[str]:
    """"India is a member of the CSC, along with Sri Lanka and Maldives": the countries named
    right after the framework share the role."""
    m = st.m
    i = next((t.i for t in m.tokens[after : sent.end] if st.framework_at.get(t.i) == fw_key), None)
    if i is None:
        return []
    while i + 1 < sent.end and (st.framework_at.get(i + 1) == fw_key or m.tokens[i + 1].text in (")", "(")
                                or m.tokens[i].text == "(" and ACRONYM.match(m.tokens[i + 1].text)):
        i += 1  # past the name and its bracketed acronym
    i += 1 + (i + 1 < sent.end and m.tokens[i + 1].text == ",")
    i = _past_apposed_description(m, i, sent.end)
    for words in FELLOW_WORDS:
        if tuple(t.lower_ for t in m.tokens[i : i + len(words)]) == words:
            start = i + len(words)
            return _countries_in(m, m.tokens[start : _list_stop(m, start, sent.end)])
    i += i < sent.end and m.lower[i] in QUOTED_GROUPING_NOUNS  # "partners in the F framework with A and B"
    if i + 1 < sent.end and m.lower[i] == "with" and (i + 1 in m.country_at or m.lower[i + 1] == "the" and i + 2 in m.country_at):
        stop = _list_stop(m, i + 1, sent.end)
        if not (stop < sent.end and m.tokens[stop].text in ("'s", "’s")):  # not "with Turkey's backing"
            return _countries_in(m, m.tokens[i + 1 : stop])
    return []


APPOSED_DESCRIPTION_SPAN = 8  # words of "the five-member grouping of middle powers" at most


def _past_apposed_description(m: ArticleMentions, i: int, end: int) -> int:
    """"F, the eight-member regional body, alongside C and D": where the fellow phrase starts past a
    description set off by commas right after the name (``i`` itself when none is there)."""
    if i >= end or m.lower[i] not in ("the", "a", "an"):
        return i
    for k in range(i + 1, min(i + APPOSED_DESCRIPTION_SPAN + 1, end - 1)):
        if k in m.country_at or m.tokens[k].pos_ in ("VERB", "AUX"):
            return i
        if m.tokens[k].text == ",":
            return k + 1
    return i


def _list_stop(m: ArticleMentions, start: int, end: int) -> int:
    """Where a plain list of countries starting at ``start`` ends."""
    seen = closed = False
    for i in range(start, end):
        if i in m.country_at:
            seen = True
            closed = closed or i > start and m.lower[i - 1] == "and"
        elif m.tokens[i].lower_ not in LIST_GLUE or m.tokens[i].lower_ in ("as", "is", "are", "of", "between") and seen:
            return i
        elif closed and _clause_with_new_subject(m, i, end):
            return i  # "alongside A, B and C, and D joined F as an observer": D starts a clause of its own
    return end


def _clause_with_new_subject(m: ArticleMentions, i: int, end: int) -> bool:
    """", and D joined ...": a comma and a conjunction before a country that is a verb's subject."""
    return (i + 2 < end and m.tokens[i].text == "," and m.lower[i + 1] in ("and", "but", "while")
            and i + 2 in m.country_at and m.tokens[i + 2].dep_ in ("nsubj", "nsubjpass"))


NAMES_LIST_WORDS = frozenset({"well", "states", "countries", "nations", "plus"})  # "as well as the Central Asian states of A and B", "A plus B"


def _names_list_stop(m: ArticleMentions, start: int, end: int) -> int:
    """Where a list of names starting at ``start`` ends: at the first lowercase word that does not
    join names (a name the country table lacks, "Cote d'Ivoire", does not end it)."""
    i = start
    while i < end:
        t = m.tokens[i]
        counted = _counted_nations_colon(m, i, end)
        if counted is not None:
            i = counted  # "A and 14 Pacific island countries: B, C and D": the count says what the list is
            continue
        aside_end = _list_aside_end(m, i, end)
        if aside_end is not None:
            i = aside_end + 1  # "A, B (on behalf of its island territory), C and D"
            continue
        if i not in m.country_at and t.is_lower and t.is_alpha and t.lower_ not in LIST_GLUE | NAMES_LIST_WORDS or t.text in (";", ".", ":"):
            return i
        i += 1
    return end


LIST_ASIDE_LIMIT = 12  # words of "(on behalf of its overseas territory of X)"


def _list_aside_end(m: ArticleMentions, i: int, end: int) -> int | None:
    """Where a bracketed aside after a listed country ends ("France (on behalf of Réunion), Madagascar
    and ..."): it says something of that member and the list goes on after it; None if ``i`` opens
    no such aside."""
    if m.tokens[i].text != "(" or i - 1 not in m.country_at:
        return None
    for k in range(i + 1, min(i + LIST_ASIDE_LIMIT, end)):
        if m.tokens[k].text == ")":
            return k
        if m.tokens[k].text in (";", ".", "("):
            return None
    return None


def _in_list_asides(m: ArticleMentions, start: int, end: int) -> set[int]:
    """The tokens inside bracketed asides of a list of countries between ``start`` and ``end``."""
    inside: set[int] = set()
    i = start
    while i < end:
        aside_end = _list_aside_end(m, i, end)
        if aside_end is not None:
            inside.update(range(i, aside_end + 1))
            i = aside_end
        i += 1
    return inside


COUNTED_NATIONS_LIMIT = 4  # words between a count and its noun ("14 other Pacific island countries")


def _counted_nations_colon(m: ArticleMentions, i: int, end: int) -> int | None:
    """Where the list after "N (other ...) countries/nations/states:" (or " -- ") starts, when such a
    counted phrase opens at ``i`` (not "three days: ..." nor a count of anything but states)."""
    if not (m.tokens[i].like_num or m.lower[i] in NUMBER_WORDS):
        return None
    for k in range(i + 1, min(i + 2 + COUNTED_NATIONS_LIMIT, end - 1)):
        if m.lower[k] in BODY_NATION_WORDS:
            return k + 2 if m.tokens[k + 1].text == ":" or m.tokens[k + 1].text in DASHES else None
        if m.tokens[k].is_punct:
            return None
    return None


def _role_before_framework(st: _State, noun: Token, sent: Span) -> tuple[str | None, str | None, int]:
    """The role a noun names, the framework it is of, and where the words before the role phrase end:
    "members of F", "an observer at F", "an F Dialogue Partner"."""
    m = st.m
    role = ROLE_NOUNS.get(noun.lower_)
    prep = noun.i + 1 + (noun.i + 1 < sent.end and m.tokens[noun.i + 1].lower_ in ROLE_STATE_WORDS)  # "a member state of F"
    if noun.lower_ in ("partner", "partners") and noun.i - 1 >= sent.start and m.tokens[noun.i - 1].lower_ == "dialogue":
        if prep < sent.end and m.tokens[prep].lower_ in ("of", "to"):  # "a dialogue partner of ASEAN"
            role, start = "dialogue partner", noun.i - 2
        else:  # "an ASEAN Dialogue Partner"
            return "dialogue partner", st.framework_at.get(noun.i - 2), noun.i - 3
    else:
        start = noun.i - 1
    if role is not None and prep < sent.end and m.tokens[prep].lower_ in ("of", "in", "at", "to"):
        return role, _role_object_framework(st, prep, sent, role), start
    if (noun.lower_ in ("partner", "partners") and prep > noun.i + 1 and prep < sent.end and m.tokens[prep].lower_ == "of"
            and _counted_before(m, noun.i, sent.start) and _fellow_partners_told(m, noun.i, prep, sent)):
        # "one of the eight partner states of the F community, alongside A and B": a body's own word for its
        # member states, when counted and the fellows are told; not a bare "partner countries of" a body
        # ("partner nations of the Atlantic alliance"), whose partners are often states outside it
        key = _role_object_framework(st, prep, sent, "member")
        if key is not None and st.frameworks[key].kind not in NOT_BODY_KINDS:
            return "member", key, start
    if noun.lower_ in ("partner", "partners") and prep < sent.end and m.tokens[prep].lower_ == "in":
        # "A, B and C are partners in the F programme": members of a body or programme (not "a partner in
        # India's Act East Policy", "partners in the exercise": a policy, agreement or exercise has none)
        key = _role_object_framework(st, prep, sent, "member")
        if key is not None and st.frameworks[key].kind not in NOT_BODY_KINDS:
            return "member", key, start
    if role is not None and (prefixed := _framework_prefixing_set_off_role(st, noun, sent)) is not None:
        return role, *prefixed  # "A and B, both F observers, ..."
    return None, None, noun.i


SET_OFF_ENDS = frozenset({",", ".", ";", ")"})


def _framework_prefixing_set_off_role(st: _State, noun: Token, sent: Span) -> tuple[str, int] | None:
    """"A and B, both F observers, ...", "Chile, a founding F member.": the framework named right
    before a role noun that ends an aside set off after countries; (its key, where the words before
    its name end), or None. Not "A met B, F observers said" (the role opens a clause)."""
    m = st.m
    key = st.framework_at.get(noun.i - 1)
    if key is None or not _role_ends_an_aside(m, noun, sent):
        return None
    k = noun.i - 1
    while k >= sent.start and st.framework_at.get(k) == key:
        k -= 1
    lead = k
    while lead > sent.start and m.lower[lead] in ROLE_MODIFIERS:
        lead -= 1
    return (key, k) if lead < k and m.tokens[lead].text == "," else None


def _counted_before(m: ArticleMentions, i: int, sent_start: int) -> bool:
    """A count stands right before token ``i``, or one word before it ("the six partner states", "the
    eight other partner states")."""
    return any(k >= sent_start and (m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS) for k in (i - 1, i - 2))


def _fellow_partners_told(m: ArticleMentions, noun: int, prep: int, sent: Span) -> bool:
    """Fellow partners stand beside a counted "partner states of F": "alongside A, B" after it, or
    more than one country before it ("A and B are two of the six partner states of F")."""
    alongside = any(m.lower[k] == "alongside" for k in range(prep + 1, sent.end))
    return alongside or len({m.country_at[k] for k in range(sent.start, noun) if k in m.country_at}) > 1


def _hyphenated(m: ArticleMentions, k: int) -> bool:
    """Token ``k`` is a hyphen or a part of a hyphenated word ("Cairo-based")."""
    t = m.tokens[k]
    before = k > 0 and m.tokens[k - 1].text == "-" and not m.tokens[k - 1].whitespace_
    return t.text == "-" or before or not t.whitespace_ and k + 1 < len(m.tokens) and m.tokens[k + 1].text == "-"


DOCUMENT_NOUNS = frozenset({"treaty", "charter", "memorandum", "agreement", "declaration", "convention", "accord", "statute"})
BODY_AFTER_NAME = frozenset({"grouping", "group", "bloc", "forum", "framework", "mechanism", "process", "initiative",
                             "programme", "program", "alliance", "organisation", "organization"})


def _role_object_framework(st: _State, prep: int, sent: Span, role: str) -> str | None:
    """The framework a role is of: the object of the preposition ("members of the eleven-nation
    F", "part of the F grouping"), for signatories also the founding document of F or of "the
    corridor" just named ("signatories of the corridor's founding memorandum"); not a framework
    further on ("part of the talks on F", "a member of the delegation to the F summit")."""
    m = st.m
    k = prep + 1
    while k < sent.end and k not in st.framework_at and (m.tokens[k].pos_ in ("DET", "ADJ", "NUM") or _hyphenated(m, k)):
        k += 1  # "the eleven-nation", "the Cairo-based"
    signatory = role == "member" and m.tokens[prep - 1].lower_.startswith("signator")
    if k >= sent.end:
        return None
    if k in st.framework_at:
        key = st.framework_at[k]
    elif signatory and m.tokens[k - 1].lower_ == "the" and k + 1 < sent.end and m.tokens[k + 1].text in ("'s", "’s"):
        key = _recent_framework(st, m.tokens[k].lower_, sent.start)  # "of the corridor's founding memorandum"
        if key is None:
            return None
    else:
        return None
    end = k
    while end + 1 < sent.end and st.framework_at.get(end + 1) == key:
        end += 1
    after = m.tokens[end + 1 : min(end + 5, sent.end)]
    if after and after[0].text in ("'s", "’s"):  # "the F's founding treaty": only its signatories are its members
        if len(after) > 1 and st.framework_at.get(after[1].i, key) != key:
            return st.framework_at[after[1].i]  # "members of the Union's G (GA)": G is a body of the Union's own
        if _flank_of_body(after[1:]):
            return key  # "a member of the alliance's eastern flank" is a member of the alliance
        return key if signatory and any(t.lower_ in DOCUMENT_NOUNS for t in after[1:]) else None
    if after and after[0].is_lower and after[0].is_alpha and after[0].pos_ == "NOUN" and not _says_what_it_is(after):
        return None  # "the F summit", "the F talks": an event or topic of F, not F
    return key


PACT_NOUNS = frozenset({"pact", "deal", "treaty", "agreement", "accord"})
BODY_OR_PACT_NOUNS = BODY_AFTER_NAME | PACT_NOUNS
COMPASS_WORDS = frozenset({"eastern", "western", "northern", "southern", "north", "south", "east", "west"})


def _flank_of_body(after: list[Token]) -> bool:
    """"NATO's eastern flank", "the bloc's southern flank": a region of a body's members, not a thing of it."""
    return len(after) >= 2 and after[0].lower_ in COMPASS_WORDS and after[1].lower_ in ("flank", "flanks")


def _says_what_it_is(after: list[Token]) -> bool:
    """The words after a framework's name say what it is ("the F grouping", "the F trade pact", "the F
    security alliance"), not something of it ("the F summit")."""
    return after[0].lower_ in BODY_OR_PACT_NOUNS or len(after) > 1 and after[0].is_lower and after[1].lower_ in BODY_OR_PACT_NOUNS


CLAUSE_BREAKS = frozenset({",", ";", ":", "which", "that", "who", "while", "whereas"})


def _be_of_joined_attribute(m: ArticleMentions, noun: Token, k: int) -> Token | None:
    """The be-verb of "are X and (active) members of F", whose "and" is at ``k``: read from the words
    back to the verb in the same clause (the parse may join the role noun to any noun before it);
    None when the role noun is a subject ("A is a partner of B and members of F agreed")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    j = k - 1
    while j >= noun.sent.start:
        t = m.tokens[j]
        if t.lemma_.lower() in BE_LEMMAS and t.pos_ in ("AUX", "VERB"):
            return t
        if t.pos_ == "VERB" or m.lower[j] in CLAUSE_BREAKS:
            return None
        j -= 1
    return None


def _be_verb_subject_end(verb: Token) -> int:
    """The index right before the be-verb's auxiliaries, where its subject ends."""
    k = verb.i
    while k - 1 >= verb.sent.start and verb.doc[k - 1].pos_ == "AUX":
        k -= 1
    return k


PRONOUN_UNSAFE_GATHER = frozenset({"include", "gather"})  # "It included talks with A": "it" may be an event


def _verb_memberships(st: _State, sent: Span) -> None:
    """"The Quad brings together Australia, India, Japan and the United States"."""
    m = st.m
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for verb in m.tokens[sent.start : sent.end]:
        if m.pos[verb.i] != "VERB" and m.lower[verb.i][:-1] not in GATHER_VERBS:
            continue  # fast path: a word that is no verb goes on only as a gathering verb's "-s" form (_gather_verb_read_as_noun)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in JOIN_VERBS:
            _joined(st, sent, verb, done)
            continue
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "follow":
            _followed_join(st, sent, verb, done)
            continue
        if verb.pos_ != "VERB" and not _gather_verb_read_as_noun(st, verb):
            continue
        made_up = verb.lemma_.lower() == "make" and any(c.lower_ == "up" for c in verb.children)
        counted = verb.lemma_.lower() == "count" and _as_members_phrase(verb) is not None  # "F counts A and B as members"
        if not (_word_in(verb, GATHER_VERBS) or made_up or counted):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _name_read_as_modifier(st, verb)
        fw_key = _gathering_subject(st, subject) if subject is not None else None
        whose_members = subject is not None and subject.lower_ in ("membership", "members") and any(c.lower_ == "whose" for c in subject.children)
        if fw_key is None and verb.dep_ in ("relcl", "acl") and (subject is None or subject.lower_ in ("which", "that") or whose_members):
            # "the EAC, which comprises A, B and C", "the bloc, made up of A, B and C",
            # "the EMGF, whose membership includes A and B"; "the 10-member bloc, which brings together A"
            fw_key = _framework_near(st, verb.head) or _body_anaphor(st, verb.head)
        if fw_key is None and subject is not None and subject.lower_ == "which" and verb.dep_ == "relcl":
            # the parse hung "which" on another noun ("A is a member of F (ACR), which brings together B and C")
            fw_key = _framework_right_before(st, subject.i)
        if fw_key is None and subject is None and _grown_relative(verb):
            which = next(c for c in verb.head.children if c.dep_ == "nsubj")
            fw_key = _framework_right_before(st, which.i)  # "BRICS, which has since expanded to include A and B"
        if fw_key is None and subject is None and _grown_main_clause(verb):
            fw_key = _gathering_subject(st, next(c for c in verb.head.children if c.dep_ == "nsubj"))  # "BRICS expanded to include A"
        if fw_key is None and whose_members:  # the parse hung "whose membership includes" on another noun
            whose = next(c for c in subject.children if c.lower_ == "whose")
            fw_key = _framework_right_before(st, whose.i) or _grouping_of_people(st, verb.head)
        if fw_key is None and subject is None and verb.i > 0 and m.tokens[verb.i - 1].text == ",":
            fw_key = _framework_near(st, m.tokens[verb.i - 1])  # the parse hung the participle elsewhere
        if fw_key is None and subject is not None and subject.lower_ == "it" and verb.dep_ == "ROOT" and not _word_in(verb, PRONOUN_UNSAFE_GATHER):
            # "Ministers of F met in X. It comprises A, B and C": the one body the sentences before name
            fw_key = _last_body_named(st, sent.start)
        bare_role = _bare_role_subject(st, subject) if fw_key is None and subject is not None and verb.dep_ == "ROOT" else None
        first_object = verb.i + 1 + (verb.i + 1 < sent.end and m.lower[verb.i + 1] == "the")
        if bare_role is not None and first_object in m.country_at:
            # "F met in X. Observer states include A and B": the one body in view (a list right after the
            # verb: not "Observers include diplomats from A and B")
            fw_key = _body_in_focus(st, sent)
        if fw_key is None:
            continue
        # the parse may read the list after "brings together" as an adverbial noun phrase (npadvmod)
        object_deps = ("dobj", "prep", "prt", "attr", "npadvmod") if verb.pos_ == "VERB" else ("dobj", "prep", "prt", "appos")
        objects = [t for c in verb.children if c.dep_ in object_deps for t in c.subtree]
        observers: list[str] = []
        observer_at = next((t.i for t in objects if t.lower_ in ("observer", "observers")), None)
        partner_at = next((t.i for t in objects if t.lower_ in ("partner", "partners") and m.lower[t.i - 1] == "dialogue"), None)
        with_at = next((t.i for t in objects if t.lower_ == "with"), None)
        other_role = "observer" if observer_at is not None else "dialogue partner"
        role_at = observer_at if observer_at is not None else partner_at
        if role_at is not None and with_at is not None and with_at < role_at:
            # "comprises A, B and C, with D and E as observers / as dialogue partners"
            observers = _countries_in(m, (t for t in objects if with_at < t.i < role_at))
            objects = [t for t in objects if t.i < with_at]
        as_members = _as_members_phrase(verb)
        if as_members is not None:  # "brings together A, B and C as partner nations": the role is membership
            objects = [t for t in objects if t.i < as_members.left_edge.i or t.i > as_members.right_edge.i]
        if any(t.lower_ in ("partners", "partner", "members", "member", "observer", "observers", "guest", "guests", "invitees")
               and not _member_states_lead(m, t, objects) for t in objects):
            continue  # lists with roles are read by the member/partner rules
        first = min((t.i for t in objects if t.i in m.country_at), default=None)
        if first is not None:  # the list ends where something else is said ("... and coordinates support to D")
            stop = _names_list_stop(m, first, sent.end)
            asides = _in_list_asides(m, first, stop)  # a country named in an aside is no member listed
            objects = [t for t in objects if t.i < stop and t.i not in asides]
            if asides:  # the parse may end the list at the aside: the list read in order goes on after it
                kept = {t.i for t in objects}
                objects += [m.tokens[k] for k in range(first, stop) if k not in asides and k not in kept]
        # "A and three other nations: B, C and D": the parse may cut the list at the colon
        after_colon = _list_after_colon(st, objects, sent) if objects else []
        countries = list(dict.fromkeys(_countries_in(m, objects) + after_colon))
        wider = _bodies_whose_nations(st, objects, fw_key)
        grown = _grown_main_clause(verb) or _grown_relative(verb)  # "F expanded to include A": one is enough
        if len(countries) < (1 if grown else 2) and not wider:
            continue
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.brings-together", 0.8))
        role_of_list = bare_role or _subject_role(subject)  # "ASEAN's dialogue partners include A, B and C"
        if role_of_list is None:
            continue
        if role_of_list == "member":
            for group in wider:
                _inherit_members(st, group, fw_key, ev)
        for role, listed in ((role_of_list, countries), (other_role, observers)):
            for iso in listed:
                if (iso, fw_key) not in done:
                    done.add((iso, fw_key))
                    st.memberships.append(MembershipMention(iso, fw_key, role, ev))


BODY_NATION_WORDS = frozenset({"nations", "countries", "states"})


def _gather_verb_read_as_noun(st: _State, token: Token) -> bool:
    """"FIPIC comprises A and B", "The X Council groups A, B and C": after a name the small model may
    tag the verb a noun; a gathering verb's -s form is still the verb when it has a subject and an
    object of its own, or when it heads the sentence between a framework's name and a country."""
    lower = token.lower_
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not lower.endswith("s") or lower[:-1] not in GATHER_VERBS:
        return False
    deps = {c.dep_ for c in token.children}
    if "nsubj" in deps and bool(deps & {"dobj", "prep", "prt"}):
        return True
    return token.dep_ == "ROOT" and token.i - 1 in st.framework_at and token.i + 1 in st.m.country_at


def _name_read_as_modifier(st: _State, verb: Token) -> Token | None:
    """"FCAC comprises A and B": the parse may make an acronym opening the sentence a modifier of the
    verb rather than its subject; a framework's name hung on a main verb's left is its subject."""
    if verb.dep_ != "ROOT":
        return None
    return next((c for c in verb.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i in st.framework_at), None)


def _member_states_lead(m: ArticleMentions, word: Token, objects: list[Token]) -> bool:
    """"brings together ten member states: A, B and C": "member states" before the first country of
    the list only says what the list is (its members), no other role."""
    return (word.lower_ == "member" and word.i + 1 < len(m.tokens) and m.lower[word.i + 1] in BODY_NATION_WORDS
            and not any(t.i in m.country_at and t.i < word.i for t in objects))


def _list_after_colon(st: _State, objects: list[Token], sent: Span) -> list[str]:
    """"brings together ten member states: A, B and C": the parse may hang the list after the colon
    elsewhere; the countries listed right after a colon that ends the verb's objects (the splitter
    may cut the sentence at the colon: then the list is the next sentence)."""
    last = max(t.i for t in objects)
    colon = last if st.m.tokens[last].text == ":" else last + 1  # the parse may count the colon as an object's
    if colon >= sent.end or st.m.tokens[colon].text != ":":
        return []
    return _country_list_after(st, colon + 1, _colon_list_end(st.m, sent))


def _bodies_whose_nations(st: _State, objects: list[Token], fw_key: str) -> list[str]:
    """"F comprises nine countries: the G nations together with A and B": another body named before
    "nations"/"countries" in a gathered list stands for its members (as the article lists them)."""
    m = st.m
    out: list[str] = []
    for t in objects:
        key = st.framework_at.get(t.i)
        if key is None or key == fw_key or t.i + 1 >= len(m.tokens) or m.lower[t.i + 1] not in BODY_NATION_WORDS:
            continue
        if st.frameworks[key].kind in BODY_KINDS and key not in out:
            out.append(key)
    return out


def _grouping_of_people(st: _State, people: Token) -> str | None:
    """'F, an informal grouping of defence ministers whose members include A and B': "whose" hung on the
    people a grouping set off after a name is made of; the grouping's name."""
    of = people.head
    grouping = of.head
    if people.dep_ != "pobj" or of.lower_ != "of" or grouping.lower_ not in BODY_NOUNS or grouping.dep_ != "appos":
        return None
    return st.framework_at.get(grouping.head.i)


def _body_anaphor(st: _State, noun: Token) -> str | None:
    """"the 10-member bloc": the body named just before, in this sentence or the two before."""
    if noun.lower_ not in BODY_NOUNS or not any(c.lower_ == "the" for c in noun.children) or _names_a_body(noun):
        return None
    return _joined_anaphor(st, noun, noun) or _last_body_named(st, noun.sent.start)


GROWTH_VERBS = frozenset({"expand", "grow", "widen", "enlarge", "broaden"})


def _grown_main_clause(verb: Token) -> bool:
    """"BRICS expanded last year to include A and B": a gathering verb under a past growth verb with a
    subject of its own; not "will expand to include", "plans to expand to include" (not yet members)."""
    head = verb.head
    return (verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in GROWTH_VERBS and head.dep_ in ("ROOT", "conj")
            and head.tag_ in ("VBD", "VBN") and not _future_verb(head) and any(c.dep_ == "nsubj" for c in head.children))


def _grown_relative(verb: Token) -> bool:
    """"which has (since) expanded to include": a gathering verb under a relative clause of growth."""
    head = verb.head
    return (verb.dep_ in ("advcl", "xcomp") and head.dep_ == "relcl" and head.lemma_.lower() in GROWTH_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in head.children))


GATHERING_SUBJECT_HEADS = frozenset({"membership", "members", "member", "partners", "partner", "observers", "observer"})


def _gathering_subject(st: _State, subject: Token) -> str | None:
    """The framework a gathering verb's subject is: the name itself ("The Quad brings together"), or
    a body, programme or its members ("The Eurodrone programme brings together", "ASEAN's dialogue
    partners include"); not something else about it ("The agenda of the Quad summit included A",
    "The Quad statement included references to A")."""
    if subject.i in st.framework_at:
        return st.framework_at[subject.i]
    if subject.lower_ in BODY_NOUNS | PROGRAMME_WORDS | GATHERING_SUBJECT_HEADS:
        return next((st.framework_at[t.i] for t in subject.subtree if t.i in st.framework_at), None)
    return None


def _bare_role_subject(st: _State, subject: Token) -> str | None:
    """The role a subject that names no body stands for: "Members", "(The) member states", "Observer
    states", "Observers"; not "Members of the delegation", "Its members" (read above)."""
    words = list(subject.subtree)
    if any(t.i in st.framework_at or t.lower_ in ("of", "its", "their", "whose") for t in words):
        return None
    if subject.lower_ in ("members", "observers"):
        head = subject.lower_
    elif subject.lower_ in ROLE_STATE_WORDS and subject.lower_.endswith("s"):  # "(The) member states"
        head = next((c.lower_ for c in subject.children if c.dep_ in ("compound", "amod") and c.lower_ in ("member", "observer")), None)
    else:
        return None
    return {"members": "member", "member": "member", "observers": "observer", "observer": "observer"}.get(head or "")


AS_MEMBER_NOUNS = frozenset({"members", "nations", "countries", "states"})
NOT_MEMBER_ROLES = frozenset({"dialogue", "observer", "observers", "associate", "guest", "guests", "invitees"})


def _as_members_phrase(verb: Token) -> Token | None:
    """The "as ..." phrase of a gathering verb that calls the countries members: "as members", "as
    partner nations", "as founding member states" (not "as dialogue partners", "as observers")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        pobj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if pobj is not None and pobj.lower_ in AS_MEMBER_NOUNS and not {t.lower_ for t in prep.subtree} & NOT_MEMBER_ROLES:
            return prep
    return None


def _subject_role(subject: Token | None) -> str | None:
    """The role of the countries a subject "includes": its partners are dialogue partners, its
    observers observers; other partners ("trading partners") are no role."""
    if subject is None:
        return "member"
    if subject.lower_ in ("observers", "observer"):
        return "observer"
    if subject.lower_ in ("partners", "partner"):
        return "dialogue partner" if any(c.lower_ == "dialogue" for c in subject.children) else None
    return "member"


def _joined(st: _State, sent: Span, verb: Token, done: set[tuple[str, str]]) -> None:
    """"Indonesia joined BRICS in January", "Timor-Leste was admitted to ASEAN as an observer",
    "Finland acceded to NATO": the subject's countries are members (or observers) from then on."""
    m = st.m
    future = _future_verb(verb)
    wish = verb.dep_ == "xcomp" and (_word_in(verb.head, PLANNED_GOVERNORS) or _word_in(verb.head, CALLED_OFF))
    urged = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children)
    if any(c.dep_ == "neg" for c in verb.children) or future or wish or urged:
        return  # "has not joined", "will join", "plans to join", "should join": not a member (yet)
    if _admitted_by_body(st, sent, verb, done):
        return
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for o in c.children]
    # "admitted as an observer to F": the parse may hang "to F" on the role
    targets += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for r in c.children
                for p in r.children if p.dep_ == "prep" and p.lower_ in ("to", "into") for o in p.children]
    # the framework is what was joined ("joined BRICS"), not a modifier ("joined the Quad talks")
    fw_key = next((st.framework_at[o.i] for o in targets if o.i in st.framework_at), None)
    fw_key = fw_key or next((key for o in targets if (key := _joined_anaphor(st, verb, o))), None)
    if fw_key is None:  # "joined the Eurodrone programme": the programme is the framework
        fw_key = next((st.framework_at[c.i] for o in targets if o.lower_ in PROGRAMME_WORDS
                       for c in o.children if c.dep_ == "compound" and c.i in st.framework_at), None)
    if fw_key is None:  # "joined the X Corridor (XC) project": the acronym splits the name from its kind word
        fw_key = next((key for o in targets if o.lower_ in PROGRAMME_WORDS and (key := _framework_before_acronym(st, o.i))), None)
    as_phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if fw_key is None and not targets:  # "Mauritius joined as its fourth member": "its" is the body named before
        fw_key = next((st.framework_at[t.i] for c in as_phrases for t in c.subtree if t.lower_ == "its" and t.i in st.framework_at), None)
    if fw_key is None and not targets and not as_phrases and verb.dep_ in ("conj", "advcl") and _word_in(verb.head, JOIN_VERBS):
        fw_key = _framework_joined_by(st, verb.head)  # "A joined F in 2017, while B joined in 2023"
    if fw_key is None and not targets and not as_phrases and verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() in FOUNDING_VERBS:
        # "A and B launched F in 2016, and C joined in 2017": the body the first clause founded
        founded = _framework_joined_by(st, verb.head)
        fw_key = founded if founded is not None and st.frameworks[founded].kind in BODY_KINDS else None
    if fw_key is None and not targets and not as_phrases and verb.dep_ in ("conj", "advcl"):
        fw_key = _framework_members_of_main_clause(st, verb)  # "A became the fifth member of F in 2017, while B joined in 2023"
    if fw_key is None and not targets and not as_phrases and verb.dep_ == "relcl" and verb.head.i in m.country_at:
        fw_key = _body_named_earlier_in_sentence(st, sent, verb.i)  # "A, a member of F, and B, which joined in 1990"
    if fw_key is None and not targets and not as_phrases and _member_apposed_to_subject(verb):
        fw_key = _last_body_named(st, sent.start)  # "F groups A and B. C, the newest member, joined in 2011"
    if fw_key is None and not targets and as_phrases:
        # "F comprises A and B, while C and D joined as observers"; "F, whose members are A and B, with C admitted as the ..."
        fw_key = _framework_of_main_clause(st, verb) or _framework_listed_before(st, sent, verb)
    if fw_key is None:
        return
    if _people_of_a_country(m, verb):
        return  # "Chile's scientists joined the X Organisation": people join, not the country
    _add_joiners(st, sent, verb, fw_key, done)
    for also_key in _frameworks_also_joined(st, verb, fw_key):
        _add_joiners(st, sent, verb, also_key, done)


def _member_apposed_to_subject(verb: Token) -> bool:
    """"C, the newest full member, joined in 2011": the joiner is apposed a member of a body, the one
    the text has just told of (not "C, a coastal state, joined in 2011": what it joined is not said)."""
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]  # on "B" of "A and B, the newest member"
    return any(a.dep_ == "appos" and a.lower_ in ("member", "members") for s in subjects for a in s.children)


def _frameworks_also_joined(st: _State, verb: Token, fw_key: str) -> list[str]:
    """"A joined F and G", "A joined F as a member in 2019 and G in 2021": bodies conjoined after the
    verb (to its object, its role or its date: the verb left out) were joined too."""
    keys = [st.framework_at[t.i] for t in verb.subtree if t.i > verb.i and t.dep_ == "conj" and t.i in st.framework_at]
    return [k for k in dict.fromkeys(keys) if k != fw_key and st.frameworks[k].kind not in NOT_BODY_KINDS]


def _followed_join(st: _State, sent: Span, verb: Token, done: set[tuple[str, str]]) -> None:
    """"A joined F in 2009, B followed in 2017 (and C in 2020)", "B followed suit": an objectless
    "followed" after a join in the same sentence joins the framework that join named (not "B followed
    the talks", "B will follow")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ != "suit" for o in objects) or any(c.dep_ == "neg" for c in verb.children) or _future_verb(verb):
        return
    joins = [t for t in st.m.tokens[sent.start : verb.i] if t.pos_ == "VERB" and t.lemma_.lower() in JOIN_VERBS]
    fw_key = _framework_joined_by(st, joins[-1]) if joins else None
    if fw_key is None:
        return
    followers = _following_agents(st.m, verb) if verb.head.i == joins[-1].i else []
    if followers:  # "A joined F in 2004 and was followed by B and C", "A joined F, followed by B"
        ev = _trim(st.m.evidence(_sentence_start(st.m, sent), sent.end_char, "membership.joined", 0.75))
        _add_new_memberships(st, [iso for iso in followers if (iso, fw_key) not in done], fw_key, "member", ev)
    elif not _people_of_a_country(st.m, verb):
        _add_joiners(st, sent, verb, fw_key, done)


def _following_agents(m: ArticleMentions, verb: Token) -> list[str]:
    """The countries of the "by" agent of a "(was) followed by A, B and C" (countries named as such,
    not "by a delegation from A")."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return _countries_in(m, (t for o in agents for t in (o, *o.conjuncts) if t.i in m.country_at))


def _add_joiners(st: _State, sent: Span, verb: Token, fw_key: str, done: set[tuple[str, str]]) -> None:
    """The join verb's subject countries (and gapped ones) take the role of its "as" phrase in F."""
    m = st.m
    countries = _clause_subject_countries(m, verb) or _pronoun_country(m, verb) or _shared_subject_countries(m, verb)
    countries += _gapped_subjects(m, verb) + _joined_before_them(m, verb) + _joined_alongside(st, verb, fw_key, sent) if countries else []
    role_words = {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    role = "observer" if role_words & {"observer", "observers"} else "dialogue partner" if "partner" in role_words else "member"
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.joined", 0.8))
    for iso in countries:
        if (iso, fw_key) not in done:
            done.add((iso, fw_key))
            st.memberships.append(MembershipMention(iso, fw_key, role, ev))


def _joined_alongside(st: _State, verb: Token, fw_key: str, sent: Span) -> list[str]:
    """"A joined F in 2019, along with B", "A, together with B, joined F": the fellows of the join
    (after the framework named in the sentence, or hung on the verb) joined it too."""
    fellows = [t for c in verb.children if c.dep_ == "prep" and (c.lower_ in ("along", "alongside") or _together_with(c))
               for t in c.subtree]
    # "A joined F as a full member in 2024 together with B and C": the parse may hang the "with" on the
    # role or the date of the verb's own "as"/"in" phrase
    fellows += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("as", "in", "on") for o in p.children
                if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep" and _together_with(c) for t in c.subtree]
    named_here = any(key == fw_key and sent.start <= i < sent.end for i, key in st.framework_at.items())
    return _countries_in(st.m, fellows) + (_alongside_countries(st, fw_key, verb, sent) if named_here else [])


def _joined_before_them(m: ArticleMentions, verb: Token) -> list[str]:
    """"A joined F in 1999, (several years) after B and C": the countries an "after" on the join verb
    names (the countries themselves, not "after talks with B") joined before."""
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" for o in c.children if o.dep_ == "pobj"]
    return _countries_in(m, (t for o in objects for t in (o, *o.conjuncts) if t.i in m.country_at))


GAPPED_SUBJECT_DEPS = frozenset({"npadvmod", "nsubj", "conj", "appos"})


def _gapped_subjects(m: ArticleMentions, verb: Token) -> list[str]:
    """"A joined F in 1999 and B five years later": a country hung straight on the verb after its
    "and", with the verb left out, is a second subject (not "joined F and G": G hangs on F)."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    gapped = [c for c in verb.children if cc is not None and c.i > cc.i and c.dep_ in GAPPED_SUBJECT_DEPS and c.i in m.country_at]
    return _countries_in(m, _heads_and_conjuncts(gapped)) + _gapped_on_a_date(m, verb)


def _gapped_on_a_date(m: ArticleMentions, verb: Token) -> list[str]:
    """"B followed in 2017 and C in 2020": the parse may hang the gapped subject on the verb's date as
    its conjunct; a country joined by "and" to a year or date of the verb's own "in"/"on" phrase."""
    dates = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in p.children
             if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
    return _countries_in(m, (c for d in dates for c in d.conjuncts if c.i in m.country_at
                             and any(k.dep_ == "cc" and k.lower_ == "and" for k in d.children)))


def _body_named_earlier_in_sentence(st: _State, sent: Span, before: int) -> str | None:
    """The body named last before token ``before`` in the sentence (not a policy, agreement or exercise)."""
    for i in range(before - 1, sent.start - 1, -1):
        key = st.framework_at.get(i)
        if key is not None:
            return key if st.frameworks[key].kind not in NOT_BODY_KINDS else None
    return None


def _people_of_a_country(m: ArticleMentions, verb: Token) -> bool:
    """The verb's subject is a common noun naming people or a service of a country ("Chile's scientists",
    "Chilean cadets", "Chile's navy"), not the country itself."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.i not in m.country_at \
        and subject.lower_ not in MEMBER_STATE_NOUNS and any(t.i in m.country_at for t in subject.subtree)


def _admitted_by_body(st: _State, sent: Span, verb: Token, done: set[tuple[str, str]]) -> bool:
    """"The Arctic Council admitted India and Japan as observers (in 2013)": a body that admits
    countries (active voice, the body the subject) gives them the role of the "as" phrase."""
    if verb.lemma_.lower() != "admit" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    fw_key = _subject_body(st, verb)
    if fw_key is None:
        return False
    m = st.m
    countries = _countries_in(m, _heads_and_conjuncts([c for c in verb.children if c.dep_ == "dobj"]))
    role_words = {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    role = "observer" if role_words & {"observer", "observers"} else "dialogue partner" if "partners" in role_words or "partner" in role_words else "member"
    ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.joined", 0.8))
    for iso in countries:
        if (iso, fw_key) not in done:
            done.add((iso, fw_key))
            st.memberships.append(MembershipMention(iso, fw_key, role, ev))
    return True


BODY_NOUNS = frozenset({"body", "grouping", "bloc", "organisation", "organization", "group", "forum", "alliance"})
JOIN_VERBS = frozenset({"join", "rejoin", "accede", "admit"})
OBLIGATION_AUX = frozenset({"should", "must", "ought", "can"})  # "A should join F": urged or able, not joined


def _framework_joined_by(st: _State, verb: Token) -> str | None:
    """The framework a join verb names as what was joined ("joined F", "admitted to F")."""
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for o in c.children]
    return next((st.framework_at[o.i] for o in targets if o.i in st.framework_at), None)


def _framework_of_main_clause(st: _State, verb: Token) -> str | None:
    """The framework that is the subject of the clause an objectless "joined as observers" hangs
    on: "The Lagos Initiative comprises A and B, while C and D joined as observers"."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i in st.framework_at:
        return st.framework_at[subject.i]
    # "A and B are members of F, while C and D joined as observers": the body the main clause names members of
    return _framework_members_of_main_clause(st, verb)


def _framework_members_of_main_clause(st: _State, verb: Token) -> str | None:
    """The F of the main clause "A is / became (the fifth) member of F" a join verb with no object
    hangs on ("..., while B joined in 2023": B joined F)."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    members = next((c for c in verb.head.children if c.dep_ == "attr" and c.lower_ in ("members", "member")), None)
    if members is None:
        return None
    return next((st.framework_at[o.i] for p in members.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.i in st.framework_at), None)


def _framework_listed_before(st: _State, sent: Span, verb: Token) -> str | None:
    """"the Association of ..., whose ten member states are A, B and C, with D admitted as the eleventh
    member": the body named right before the sentence's first "member(s)" ahead of the verb."""
    m = st.m
    first = next((i for i in range(sent.start, verb.i) if m.lower[i] in ("member", "members")), None)
    if first is None:
        return None
    return next((st.framework_at[i] for i in range(first - 1, max(sent.start, first - 6) - 1, -1) if i in st.framework_at), None)


def _joined_anaphor(st: _State, verb: Token, target: Token) -> str | None:
    """What "it" or "the regional body" refers to as a thing joined: "The X programme brings together
    A and B, and C joined it as an observer" (the subject of the clause joined to), "The X Commission
    comprises A and B, and C was admitted to the regional body" (the body named just before, in this
    sentence or the one before)."""
    if target.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return _framework_near(st, verb.head)  # "ASEAN, which Timor-Leste joined in 2025"
    if target.lower_ in ("which", "that") and verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        return _framework_near(st, verb.head.head)  # "F, which A launched in 2022 and which B joined"
    if target.lower_ == "it" and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return next((st.framework_at[t.i] for t in subject.subtree if t.i in st.framework_at), None) if subject is not None else None
    if target.lower_ not in BODY_NOUNS or not any(c.lower_ == "the" for c in target.children) or _names_a_body(target):
        return None
    prev = _sentences_ending_by(st.m, target.sent.start, 1)
    for i in range(target.i - 1, (prev[0].start if prev else target.sent.start) - 1, -1):
        key = st.framework_at.get(i)
        if key is not None and st.frameworks[key].kind not in ("Policy", "Agreement", "Exercise"):
            return key  # a body: an organisation, forum or commission
    return None


def _names_a_body(noun: Token) -> bool:
    """"the Alliance of Sahel States", "the Customs Union": a capitalised body word with a name around it
    is a name (read by the framework rules), not "the alliance" referring back."""
    if not noun.text[:1].isupper():
        return False
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ == "of" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _pronoun_country(m: ArticleMentions, verb: Token) -> list[str]:
    """"India has held observer status in F since 2020, the year it was admitted to G": a subject "it"
    in a clause under the main verb is the main clause's subject when that is one country."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    root = verb.sent.root
    if subject is None or subject.lower_ != "it":
        return []
    if verb.i == root.i:
        return _country_said_of_before(m, verb.sent)
    main = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    countries = _countries_in(m, (t for c in main for t in c.subtree))
    return countries if len(countries) == 1 and all(c.i in m.country_at for c in main) else []


def _country_said_of_before(m: ArticleMentions, sent: Span) -> list[str]:
    """"A chairs the X until 2027. Together with B and C, it makes up F": a main clause's "it" stands
    for the sentence before's subject when that is one country and nothing else (not "The X
    Organisation ... It ...": a body)."""
    prev = _sentences_ending_by(m, sent.start, 1)
    if not prev:
        return []
    subjects = [c for c in prev[-1].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [t for c in subjects for t in c.subtree if not t.is_punct]
    countries = _countries_in(m, words)
    return countries if len(countries) == 1 and all(t.i in m.country_at for t in words) else []


def _shared_subject_countries(m: ArticleMentions, verb: Token) -> list[str]:
    """"A has been an observer to F since 2004 and joined G in 2012": a subjectless verb conjoined to a
    main clause shares that clause's subject countries."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    head = verb.head
    if head.dep_ not in ("ROOT", "conj") or head.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in m.country_at]  # not "A's navy"
    return _countries_in(m, [t for c in subjects for t in (c, *c.conjuncts)])


def _clause_subject_countries(m: ArticleMentions, verb: Token) -> list[str]:
    """The countries of the verb's subject; for a relative clause ("Indonesia, which joined BRICS
    in 2025, ...") those of the noun it hangs on, outside the clause."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    pronouns = [c for c in subjects if c.lower_ in ("which", "who", "that")]
    if verb.dep_ == "relcl" and pronouns:
        # "Chile, which along with Peru and Ecuador makes up F": the parse may take a fellow for a
        # second subject; the noun the clause hangs on is the subject, with any such fellow
        antecedent = [t for t in verb.head.subtree if t.i < pronouns[0].i]
        fellows = [t for c in subjects if c not in pronouns for t in c.subtree]
        return _countries_in(m, antecedent + fellows)
    return _countries_in(m, (t for c in subjects for t in c.subtree))


def _framework_near(st: _State, head: Token) -> str | None:
    """The framework a relative clause hangs on: its head, or the name right before it
    (the parse may hang "which" on the acronym in brackets)."""
    for i in range(head.i, max(head.sent.start, head.i - 3) - 1, -1):
        if i in st.framework_at:
            return st.framework_at[i]
        if st.m.tokens[i].text not in (")", "(", ","):
            break
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in st.framework_at:
        return st.framework_at[head.head.head.i]  # "the X group of the alliance's partners, which comprises A, B"
    if head.dep_ == "appos" and head.left_edge.lower_ in ("a", "an", "the"):
        # "F, a security mechanism set up in 2015 that brings together A and B": the clause hangs on a
        # description set off after F's name (the parse may hang the description elsewhere)
        return _framework_right_before(st, head.left_edge.i)
    return None


def _framework_before_acronym(st: _State, i: int) -> str | None:
    """The framework named right before a bracketed acronym that ends right before token ``i``."""
    k = i - 1
    if k >= 3 and st.m.tokens[k].text == ")" and st.m.tokens[k - 2].text == "(":
        return st.framework_at.get(k - 3)
    return None


def _framework_right_before(st: _State, i: int) -> str | None:
    """The framework named right before token ``i``, past a comma and a bracketed acronym:
    "the East Mediterranean Gas Forum (EMGF), whose ..."."""
    k = i - 1
    if k >= 0 and st.m.tokens[k].text == ",":
        k -= 1
    if k >= 2 and st.m.tokens[k].text == ")" and st.m.tokens[k - 2].text == "(":
        k -= 3
    return st.framework_at.get(k) if k >= 0 else None


NAMED_MEMBER_NOUNS = {"countries": 2, "nations": 2, "states": 2, "allies": 2, "ally": 1}  # and how many a list needs
# "ASEAN observers A and B", "ASEAN dialogue partner India": the role and how many a list needs
NAMED_ROLE_NOUNS = {"observers": ("observer", 2), "observer": ("observer", 1),
                    "partners": ("dialogue partner", 2), "partner": ("dialogue partner", 1)}


def _framework_countries_named(st: _State, sent: Span) -> None:
    """"the Quad countries India, Japan, Australia and the US", "NATO allies Poland and Lithuania",
    "NATO ally Turkey": countries named right after "F countries / nations / allies" are F's members
    (not "the ASEAN countries and China", "a non-NATO ally")."""
    m = st.m
    for noun in m.tokens[sent.start + 1 : sent.end - 1]:
        needed = NAMED_MEMBER_NOUNS.get(noun.lower_) or NAMED_ROLE_NOUNS.get(noun.lower_, (None, 0))[1]
        role = NAMED_ROLE_NOUNS.get(noun.lower_, ("member", 0))[0]
        before = noun.i - 1 - (role == "dialogue partner" and m.lower[noun.i - 1] == "dialogue")
        if role == "dialogue partner" and before == noun.i - 1:
            continue  # "ASEAN partners India and Japan": partners of what kind is not said
        fw_key = st.framework_at.get(before) if needed else None
        if fw_key is None or noun.i in st.framework_at or st.frameworks[fw_key].kind not in BODY_KINDS:
            continue
        opener = m.tokens[noun.i + 1].text if m.tokens[noun.i + 1].text in ("(", ",") else None
        first = noun.i + 1 + (opener is not None)
        first += first < sent.end and m.lower[first] == "the"
        if first not in m.country_at:
            continue
        stop = _list_stop(m, first, sent.end)
        if opener is not None and not _list_closed(m, opener, stop):
            continue  # "the ASEAN countries, China and Japan signed": three parties, not ASEAN's members
        countries = _countries_in(m, m.tokens[first:stop])
        if len(countries) >= needed and (needed > 1 or len(countries) == 1):  # "NATO ally Turkey and the US": no list
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.named-members", 0.75))
            _add_new_memberships(st, countries, fw_key, role, ev)


def _body_of_countries(st: _State, sent: Span) -> None:
    """"the Weimar Triangle of France, Germany and Poland": a body's name right before "of" and a list
    of two or more countries; not a dialogue's ("the Defence Policy Dialogue of India and Japan": its
    parties are no members)."""
    m = st.m
    for k in range(sent.start, sent.end - 3):
        key = st.framework_at.get(k)
        if key is None or st.framework_at.get(k + 1) == key or m.lower[k + 1] != "of" or st.frameworks[key].kind not in BODY_KINDS:
            continue
        first = k + 2 + (m.lower[k + 2] == "the")
        if first not in m.country_at or first in st.framework_at:
            continue  # "the Committee on X of the Chile-Peru Council": a parent body, not countries
        countries = _countries_in(m, m.tokens[first : _list_stop(m, first, sent.end)])
        if len(countries) >= 2:
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.body-of", 0.75))
            _add_new_memberships(st, countries, key, "member", ev)


def _list_closed(m: ArticleMentions, opener: str, stop: int) -> bool:
    """A list set off after "F countries" is closed as it was opened: "(A, B and C)", ", A, B and C,"."""
    if opener == "(":
        return stop < len(m.tokens) and m.tokens[stop].text == ")"
    return m.tokens[stop - 1].text == "," and stop < len(m.tokens) and m.tokens[stop].pos_ in ("VERB", "AUX")


FOUNDING_VERBS = frozenset({"found", "form", "establish", "create", "launch", "set"})
BODY_KINDS = frozenset({"Organisation", "Forum"})


def _founded_by_countries(st: _State, sent: Span) -> None:
    """"A, B and C founded F in 1991", "A and B quit G and formed their own F", "F, set up by A and B
    in 2001": the countries that found an organisation or forum are its members; not "plan to form
    F", "will launch F", "did not set up F", nor a person's act ("Putin founded F")."""
    m = st.m
    for verb in m.tokens[sent.start : sent.end]:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in FOUNDING_VERBS or lemma == "set" and not any(c.lower_ == "up" for c in verb.children):
            continue
        wish = verb.dep_ == "xcomp" or any(c.dep_ == "neg" for c in verb.children) or _future_verb(verb)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if wish or verb.dep_ == "amod":
            continue
        if agent is not None:  # "F, founded by A and B", "F was formed by A and B"
            body = verb.head if verb.dep_ in ("acl", "relcl") else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            founders = _heads_and_conjuncts([c for c in agent.children if c.dep_ == "pobj"])
        else:
            body = next((c for c in verb.children if c.dep_ == "dobj"), None)
            left = _left_to_found(verb)
            founders = _founding_subject(left or verb)
            founders += _fellows_along(left or verb, founders)
            if left is not None and not _countries_in(m, founders):
                # "after A, B and C exited G to form F": the parse may miss the list right before the verb
                founders = _country_tokens_before(m, left.i, sent.start)
        fw_key = st.framework_at.get(body.i) if body is not None else None
        if fw_key is None and body is not None and agent is not None:
            fw_key = _framework_near(st, body)
        if fw_key is None or st.frameworks[fw_key].kind not in BODY_KINDS or any(t.i in m.person_at for t in founders):
            continue
        countries = _countries_in(m, founders) + _pair_founders(m, sent, founders)
        named = {m.country_at[k] for k, key in st.framework_at.items() if key == fw_key and k in m.country_at}
        if named & set(countries) or named and not countries:
            # "India and Kyrgyzstan set up the India-Kyrgyzstan Joint Working Group": a bilateral body (not
            # "A and B founded the Alliance for the Peoples of Our America": a place word of a wider name)
            continue
        if countries:
            ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.founded", 0.75))
            _add_new_memberships(st, countries, fw_key, "member", ev)


def _pair_founders(m: ArticleMentions, sent: Span, founders: list[Token]) -> list[str]:
    """"Along with C and D, the two countries form F": the pair a founding subject "the two countries"
    / "both nations" stands for."""
    pair_noun = next((t for t in founders if t.lower_ in COUNTRY_NOUNS), None)
    return _pair_named_before(m, sent, pair_noun.i) if pair_noun is not None else []


BREAK_AWAY_LEMMAS = frozenset({"quit", "leave", "exit", "withdraw", "break", "split", "secede"})


def _left_to_found(verb: Token) -> Token | None:
    """"A, B and C left G in 2024 to form F", "... broke away to set up F": the past verb of leaving
    whose subject did found F (its purpose was done); not "met to form F", "will leave G to form F"."""
    head = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return head if head.lemma_.lower() in BREAK_AWAY_LEMMAS and head.tag_ == "VBD" else None


def _country_tokens_before(m: ArticleMentions, i: int, sent_start: int) -> list[Token]:
    """The country words of the list ending right before token ``i``."""
    k = i - 1
    while k >= sent_start and (k in m.country_at or m.lower[k] in (",", "and", "the")):
        k -= 1
    return [t for t in m.tokens[k + 1 : i] if t.i in m.country_at]


def _founding_subject(verb: Token) -> list[Token]:
    """The words of a founding verb's subject, through "and" to the verb before ("quit G and formed F")."""
    verb = _relative_verb_continued(verb) or verb
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            break
        verb = verb.head
    if any(c.lower_ in ("which", "that", "who") for c in subjects):
        # "Poland, Hungary and Czechia, which form F": the list the clause hangs on
        return _heads_and_conjuncts([verb.head]) if verb.dep_ == "relcl" else []
    return _heads_and_conjuncts(subjects)


def _relative_verb_continued(verb: Token) -> Token | None:
    """"Juntas seized power in A and B, which have left G and formed their own F": the parse may join
    "and formed" to the main verb; a relative clause's verb standing between the two (with no
    subject of the second verb's own) is the verb it continues."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].lower_ != "and" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if doc[verb.i - 2].text == ",":
        return None  # "A met B, who praised the plan, and formed F": the clause closed, the main one goes on
    for k in range(verb.i - 2, verb.head.i, -1):
        r = doc[k]
        if r.dep_ == "relcl" and r.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in r.children):
            return None if _future_verb(r) else r
    return None


FELLOW_PREPS = frozenset({"along", "alongside", "together"})


def _fellows_along(verb: Token, subjects: list[Token]) -> list[Token]:
    """"A, which along with B and C forms F", "A along with B forms F", "A founded F together with B":
    the countries an "along with" phrase on the verb or on its subject adds to the subject."""
    heads = [verb, *subjects]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    along = [t for c in preps if c.lower_ in FELLOW_PREPS for t in c.subtree]
    return along + [t for c in preps if _together_with(c) for t in _heads_and_conjuncts([o for o in c.children if o.dep_ == "pobj"])]


def _together_with(prep: Token) -> bool:
    """A "with" that "together" / "along" modifies (parsed apart: "together | with B and C")."""
    return prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in FELLOW_PREPS for c in prep.children)


def _heads_and_conjuncts(heads: list[Token]) -> list[Token]:
    """The nouns of a list ("A, B and C"), not the words of clauses on them ("the summit, hosted by A")."""
    out = [h for head in heads for h in (head, *head.conjuncts)]
    return out + [c for h in out for c in _conjuncts_inside_name(h)]


def _conjuncts_inside_name(head: Token) -> list[Token]:
    """"the Republic of Congo and Angola": the parse may hang the next item of a list on the last word
    of a proper name with "of" in it; that item (with the name's own last word)."""
    if head.pos_ != "PROPN":
        return []
    inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [t for o in inner for t in (o, *o.conjuncts)]


def _parenthesised_members(st: _State, sent: Span) -> None:
    """"the five-nation grouping ASEAN-X (A, B, C, D and E)": the countries in brackets after a
    framework's name are its members."""
    m = st.m
    done = {(mb.country, mb.framework) for mb in st.memberships}
    for token in m.tokens[sent.start : sent.end]:
        if token.text != "(" or token.i - 1 not in st.framework_at:
            continue
        close = next((t.i for t in m.tokens[token.i + 1 : min(token.i + 30, sent.end)] if t.text == ")"), None)
        if close is None:
            continue
        inside = m.tokens[token.i + 1 : close]
        if any(t.i not in m.country_at and t.lower_ not in LIST_GLUE for t in inside):
            continue
        countries = _countries_in(m, inside)
        if len(countries) < 2:
            continue
        fw_key = st.framework_at[token.i - 1]
        ev = _trim(m.evidence(_sentence_start(m, sent), sent.end_char, "membership.parenthesised", 0.8))
        for iso in countries:
            if (iso, fw_key) not in done:
                done.add((iso, fw_key))
                st.memberships.append(MembershipMention(iso, fw_key, "member", ev))


FIGHTING_GROUP_WORDS = frozenset({"armed", "rebel", "militant", "insurgent", "terrorist", "jihadist", "separatist", "paramilitary",
                                  "extremist", "guerrilla", "militia"})


def _unknown_grouping(st: _State, anchor: Token) -> str | None:
    """"I2U2, a grouping of ...": the name before ", a/the <noun>" is a framework."""
    sdoc = st.m.sdoc
    j = anchor.i - 1
    while j > anchor.sent.start and sdoc[j].pos_ in ("ADJ", "NOUN", "NUM") and sdoc[j].lower_ not in ("a", "an", "the"):
        j -= 1
    if j < 2 or sdoc[j].lower_ not in ("a", "an", "the") or sdoc[j - 1].text != ",":
        return None
    if any(t.lower_ in FIGHTING_GROUP_WORDS for t in sdoc[j + 1 : anchor.i]):
        return None  # "the X Front, a rebel group": fighters, not a grouping of states
    name = sdoc[j - 2]
    kind = "Agreement" if anchor.lower_ in ("partnership", "pact", "alliance", "arrangement") else "Forum"
    quoted = _quoted_name_before(st.m, name.i)
    if quoted is not None:  # 'the so-called "Tetrad", an informal grouping of ...'
        return _add_framework(st, quoted.text, kind, quoted, None, "framework.grouping")
    if name.text == ")" and name.i >= 3 and sdoc[name.i - 2].text == "(" and ACRONYM.match(sdoc[name.i - 1].text):
        # "the <name> Coalition (XC), a coalition of ...": the name spelled by its acronym
        acronym = sdoc[name.i - 1].text
        run = _capitalised_run(sdoc, name.i - 3)
        if run is None or not _initials_match(acronym, run) or _is_other_entity(st.m, run, places=False):
            return None
        return _add_framework(st, run.text, kind, run, None, "framework.grouping", acronym=acronym)
    if not (ACRONYM.match(name.text) or name.text[:1].isupper()) or name.i in st.m.country_at or name.i in st.m.person_at:
        return None
    run = _capitalised_run(sdoc, name.i) if not ACRONYM.match(name.text) else sdoc[name.i : name.i + 1]
    if run is None or _is_other_entity(st.m, run):
        return None
    return _add_framework(st, run.text, kind, run, None, "framework.grouping")


def _quoted_name_before(m: ArticleMentions, close: int) -> Span | None:
    """The capitalised name in quotes whose closing quote is token ``close`` ("the so-called 'Tetrad'")."""
    if m.tokens[close].text not in CLOSE_QUOTES:
        return None
    open_at = next((k for k in range(close - 1, max(close - 6, 0), -1) if m.tokens[k].text in OPEN_QUOTES), None)
    name = _quoted_name_at(m, open_at) if open_at is not None else None
    return name if name is not None and name.end in (close, close - 1) and not any(t.i in m.country_at for t in name) else None


LIST_LEAD_WORDS = frozenset({"which", "whose", "that", "also", "now", "currently", "states", "countries", "nations", "are",
                             "include", "includes", "including", "comprise", "comprises", "comprising", "consists", "of",
                             "(", ")", ",", "the", "its", ":", "—", "–", "-", "is", "made", "up", "with", "such", "as"})


def _fronted_as_role(m: ArticleMentions, sent: Span, member_tok: Token) -> bool:
    """``member_tok`` is in a role phrase opening the sentence with "As" ("As two of the five members of
    F, alongside A and B, C and D agreed ..."): the role is the main clause subject's, so the countries
    "alongside" it and the subject after it are all members (no verb comes before the role noun)."""
    return m.lower[sent.start] == "as" and not any(m.pos[i] in ("VERB", "AUX") and m.tokens[i].dep_ not in ("amod", "compound")
                                                   for i in range(sent.start + 1, member_tok.i))  # "founding" describes the role


def _country_list_after(st: _State, start: int, end: int, leads: frozenset[str] = LIST_LEAD_WORDS) -> list[str]:
    """The countries of the list that starts near ``start`` ("members of the GCC, which also
    includes A, B and C, and ..."): the list ends where something else is said; ``leads``: the words
    that may come before its first country."""
    m = st.m
    out: list[str] = []
    asides = _in_list_asides(m, start, end)
    for i in range(start, end):
        if i in asides:
            continue  # "A, B (on behalf of its island territory), C and D"
        iso = m.country_at.get(i)
        t = m.tokens[i]
        if iso and i + 1 < len(m.tokens) and m.tokens[i + 1].text in ("'s", "’s"):
            break  # "a member of F with Peru's backing": an owner, not a member listed
        if iso and _country_before_hyphened_participle(m, i):
            continue  # "a member of the Peru-led F": the leader names the body, it is not listed as a member
        if iso and i in st.framework_at:
            continue  # "members of the <place> Forum": a country word inside the body's name is not listed
        if iso and not out and _relative_clause_subject_at(m, i):
            break  # "members of F, which A and B co-chair": what the clause's subject does, not members listed
        if iso:
            if iso not in out:
                out.append(iso)
        elif out:
            if t.lower_ not in LIST_GLUE:
                break
        elif t.lower_ not in leads and i not in st.framework_at and not t.like_num and t.lower_ not in NUMBER_WORDS:
            break
    return out


def _relative_clause_subject_at(m: ArticleMentions, i: int) -> bool:
    """The country at ``i`` opens the subject of "F, which (the) A and B co-chair / left in 2012 / has not
    joined": co-chairs (a role of its own, see _co_chaired_relative_object) or no members at all, not
    members listed ("F, which includes A and B" lists; "F, which A chaired" is a member's chairing)."""
    k = i - 1 - (i >= 1 and m.lower[i - 1] == "the")
    if k < 0 or m.lower[k] not in ("which", "that"):
        return False
    end = _list_stop(m, i, len(m.tokens))
    word = m.lower[end] if end < len(m.tokens) else ""
    if word.startswith(("co-chair", "cochair")) or word == "co" and end + 2 < len(m.tokens) and m.lower[end + 2].startswith("chair"):
        return True
    return _left_or_not_joined(m, end)


def _left_or_not_joined(m: ArticleMentions, verb_at: int) -> bool:
    """The clause whose verb group starts at ``verb_at`` says its subject left the body or is not (yet) in
    it: "left in 2012", "withdrew from", "has not joined", "never joined", "hopes to join"."""
    k = verb_at
    # the small model may tag the first word a noun ("Bolivia hopes to join")
    while k < len(m.tokens) and (m.pos[k] in ("AUX", "PART", "ADV", "VERB") or k == verb_at):
        word = m.tokens[k]
        if _word_in(word, LEAVE_VERBS - {"rejoin"}) or _word_in(word, PLANNED_GOVERNORS) or m.lower[k] in NEGATIONS | FUTURE_AUX:
            return True
        if m.pos[k] == "VERB":
            return False  # the clause's own verb says nothing of leaving
        k += 1
    return False


def _country_before_hyphened_participle(m: ArticleMentions, i: int) -> bool:
    """The country word at ``i`` is the first half of "Peru-led", "US-backed": an adjective of the
    noun after it, not a country named on its own."""
    end = _country_words_end(m, i)  # "the United States-led F": the whole country's name
    k = end + 2
    return k < len(m.tokens) and joined_tight(m.tokens, end + 1) and _hyphened_participle(m.tokens[k]) and m.tokens[k].tag_ == "VBN"


NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})


def _countries_between(m: ArticleMentions, start: int, end: int) -> list[str]:
    out: list[str] = []
    for i in range(start, end):
        iso = m.country_at.get(i)
        if iso and iso not in out and m.tokens[i].ent_type_ == "GPE":
            out.append(iso)
    return out


def _countries_in(m: ArticleMentions, tokens) -> list[str]:
    out: list[str] = []
    for t in tokens:
        iso = m.country_at.get(t.i)
        if iso and _owner_of_a_name(m, t.i):
            continue  # "alongside A and Ruritania's RNLF": the named body of the country is listed, not it
        if iso and iso not in out:
            out.append(iso)
    return out


def _owner_of_a_name(m: ArticleMentions, i: int) -> bool:
    """The country at ``i`` closes a list in the possessive before a capitalised name that ends the
    list ("A, B and Ruritania's RNLF."): the name is listed, not the country (not "Chile's Defence
    Minister Ana Ruiz", nor "A and B's Defence Ministers met": no list closed there)."""
    iso = m.country_at[i]
    start = j = i
    while start - 1 >= 0 and m.country_at.get(start - 1) == iso:
        start -= 1
    while j + 1 < len(m.tokens) and m.country_at.get(j + 1) == iso and m.tokens[j + 1].text not in ("'s", "’s"):
        j += 1
    if start == 0 or m.lower[start - 1] not in ("and", ",") or j + 2 >= len(m.tokens) or m.tokens[j + 1].text not in ("'s", "’s"):
        return False
    k = j + 2
    if not m.tokens[k].text[:1].isupper() or k in m.country_at or k in m.person_at:
        return False
    while k + 1 < len(m.tokens) and m.tokens[k + 1].text[:1].isupper() and k + 1 not in m.person_at:
        k += 1
    return k + 1 >= len(m.tokens) or m.tokens[k + 1].text in (",", ".", ";", ")")


def _framework_modifier(st: _State, noun: Token) -> str | None:
    """"ASEAN member states", "members of the Quad" -> the framework key."""
    for t in [*noun.lefts, *[c for c in noun.children if c.dep_ == "compound"], *([noun.head] if noun.dep_ == "compound" else [])]:
        for w in t.subtree:
            if w.i in st.framework_at:
                return st.framework_at[w.i]
    for prep in noun.children:
        if prep.lower_ == "of":
            # "members of the Quad", "members of the Quad grouping"; not "a member of the delegation to the F summit"
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.i in st.framework_at:
                    return st.framework_at[obj.i]
                if obj.lower_ in BODY_AFTER_NAME | BODY_NOUNS:
                    return next((st.framework_at[w.i] for w in obj.lefts if w.i in st.framework_at), None)
    if noun.dep_ == "compound":
        head = noun.head
        for w in head.lefts:
            if w.i in st.framework_at:
                return st.framework_at[w.i]
    return None


def _both_members_apposed(m: ArticleMentions, member_tok: Token, sent_start: int) -> list[str]:
    """"Kenya and Uganda, both members of F": the countries right before ", both/all members" (read
    from the words: the parse often makes "members" the subject of the main verb)."""
    # "Kenya and Uganda, both EAC members": past the framework's name before "members"
    k = min([c.left_edge.i for c in member_tok.children if c.dep_ in ("compound", "poss", "amod") and c.i < member_tok.i],
            default=member_tok.i) - 1
    if k > sent_start and m.lower[k] == "of" and (m.tokens[k - 1].like_num or m.lower[k - 1] in NUMBER_WORDS):
        k -= 1  # "Kenya and Uganda, two of the EAC's founding members"
    elif (counted := _all_of_them_among(m, k, sent_start)) is not None:
        k = counted  # "the three countries, all of them among the 16 members of F"
    elif k > sent_start and m.lower[k] == "as" and not (member_tok.dep_ == "pobj" and member_tok.head.i == k
                                                        or member_tok.i + 1 < len(m.tokens) and m.tokens[member_tok.i + 1].text == ","):
        return []  # "..., as EAC members had urged": a clause, not the role of the countries before
    if k - 1 < sent_start or m.lower[k] not in APPOSED_ROLE_LEADS and not m.tokens[k].like_num or m.tokens[k - 1].text != ",":
        return []
    sent = member_tok.sent
    # "the three countries, all members of F": the group the counted noun before the comma stands for
    return (_countries_before(m, k - 1, sent_start) or _pair_named_before(m, sent, k - 2)
            or _counted_countries_named_before(m, sent, k - 2))


def _all_of_them_among(m: ArticleMentions, k: int, sent_start: int) -> int | None:
    """Where "all / both of them (among) (the) (16)" ending at ``k`` starts (its "all" or "both"), the
    words that set a role off after the countries it describes; None if they do not end at ``k``."""
    while k > sent_start and (m.lower[k] in ("the", "among") or m.tokens[k].like_num or m.lower[k] in NUMBER_WORDS):
        k -= 1
    if k - 2 >= sent_start and m.lower[k] == "them" and m.lower[k - 1] == "of" and m.lower[k - 2] in ("all", "both"):
        return k - 2
    return None


# what may open a role set off after countries: "A and B, both / all / as / two of the F members"
APPOSED_ROLE_LEADS = frozenset({"both", "all", "as"}) | NUMBER_WORDS


def _further_frameworks_of(st: _State, noun: Token, first: str) -> list[str]:
    """The other frameworks a role noun is of: "members of the Quad and of the IORA", "members of
    APEC and the Pacific Alliance"."""
    objects = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in prep.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    keys = [st.framework_at[o.i] for o in objects if o.i in st.framework_at]
    following = _framework_joined_after(st, noun, first)
    listed = _frameworks_listed_after(st, noun, first)
    return [k for k in dict.fromkeys(keys + ([following] if following else []) + listed) if k != first]


def _frameworks_listed_after(st: _State, noun: Token, first: str) -> list[str]:
    """"members of F1, (the) F2 and (the) F3": the frameworks listed right after the first, read from
    the words (the parse may make a later item an apposition of the subject)."""
    m = st.m
    end = noun.sent.end
    k = next((t.i for t in m.tokens[noun.i : min(noun.i + 4, end)] if st.framework_at.get(t.i) == first), None)
    if k is None:
        return []
    keys: list[str] = []
    current = first
    while k < end:
        if st.framework_at.get(k) == current:
            k += 1
            continue
        glue = k
        while glue < end and m.tokens[glue].text in (",", "and", "the"):
            glue += 1
        if glue == k or glue >= end or glue not in st.framework_at:
            break  # a list goes on only through commas, "and" and "the" to another framework
        current = st.framework_at[glue]
        keys.append(current)
        if any(m.lower[j] == "and" for j in range(k, glue)):
            # "..., F2 and F3": the list's last item; not the owner or subject opening a new clause
            # ("..., and F3's dialogue has praised them")
            after = glue
            while after < end and st.framework_at.get(after) == current:
                after += 1
            closes = after >= end or m.tokens[after].text not in POSSESSIVE_MARKS and m.pos[after] not in ("VERB", "AUX")
            return keys if closes else []
        k = glue
    return []  # no "and" closes it: "members of F1, the F2 said", not a list


def _framework_joined_after(st: _State, noun: Token, first: str) -> str | None:
    """The framework right after "<role> of F and (of) (the)": read from the words, as the parse
    may hang the second "of" phrase elsewhere."""
    m = st.m
    end = noun.sent.end
    reach = noun.i + 4 + 3 * _counted_body_ahead(m, noun.i + 1, end)  # "members of the 22-member F and of G"
    k = next((t.i for t in m.tokens[noun.i : min(reach, end)] if st.framework_at.get(t.i) == first), None)
    if k is None:
        return None
    while k + 1 < end and (st.framework_at.get(k + 1) == first or m.tokens[k + 1].text in ("(", ")")
                           or m.tokens[k].text == "(" and ACRONYM.match(m.tokens[k + 1].text)):
        k += 1
    k += 1
    k = _past_relative_clause(m, k, end)  # "members of F, which A joined in 2025, and of G"
    if k >= end or m.lower[k] != "and":
        return None
    k += 1
    while k < end and m.lower[k] in ("of", "the"):
        k += 1
    return _owned_framework_at(st, k) if k < end else None


def _counted_body_ahead(m: ArticleMentions, start: int, end: int) -> bool:
    """A hyphenated count ("22-member", "ten-nation") within the three words from ``start``."""
    return any((m.tokens[j].like_num or m.lower[j] in NUMBER_WORDS) and m.tokens[j + 1].text == "-"
               for j in range(start, min(start + 3, end - 1)))


def _owned_framework_at(st: _State, k: int) -> str | None:
    """The framework named from ``k``; past an owner's possessive, the owned one ("of the Union's X
    Dialogue": the dialogue, not the union)."""
    m, key = st.m, st.framework_at.get(k)
    if key is None:
        return None
    while k + 1 < len(m.tokens) and st.framework_at.get(k + 1) == key:
        k += 1
    owned = st.framework_at.get(k + 2) if k + 2 < len(m.tokens) and m.tokens[k + 1].text in POSSESSIVE_MARKS else None
    return owned or key


def _past_relative_clause(m: ArticleMentions, k: int, end: int) -> int:
    """Past ", which ... ," starting at ``k`` (to its closing comma), else ``k``."""
    if k + 1 >= end or m.tokens[k].text != "," or m.lower[k + 1] not in ("which", "whose"):
        return k
    close = next((j for j in range(k + 2, end) if m.tokens[j].text == ","), None)
    return close + 1 if close is not None else k


def _relative_clause_framework(st: _State, token: Token) -> tuple[Token | None, str | None]:
    """The verb of the relative clause a member list is in, and the framework the clause hangs on:
    "the ADMM-Plus, which brings together the ASEAN member states and eight dialogue partners"."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT", "relcl") and verb.head is not verb:
        verb = verb.head
    whose = next((c for c in token.children if c.lower_ == "whose"), None)
    if whose is not None and verb.dep_ == "relcl":
        # "... is distinct from ASEAN, whose members include A and B": the body right before "whose"
        key = _framework_right_before(st, whose.i) or _framework_near(st, verb.head)
        return (verb, key) if key is not None else (None, None)
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
        return None, None
    key = _framework_near(st, verb.head)
    return (verb, key) if key is not None else (None, None)


def _subject_framework(st: _State, sent: Span) -> str | None:
    """The framework the main clause's subject names; in "the AU's Peace and Security Council" the
    council, not its possessive owner."""
    root = sent.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.i in st.framework_at:
                return st.framework_at[c.i]
            owners = {w.i for p in c.children if p.dep_ == "poss" for w in p.subtree}
            for w in c.subtree:
                if w.i in st.framework_at and w.i not in owners:
                    return st.framework_at[w.i]
    return None


def _gathering_pronoun_body(st: _State, sent: Span) -> str | None:
    """"The ASC began in 2020 as ... It now comprises five members — A, B, ...": a main clause "It
    comprises / brings together" stands for the one body the sentences before name (not "It included
    talks with A": an event may include)."""
    root = sent.root
    if not _word_in(root, GATHER_VERBS) or _word_in(root, PRONOUN_UNSAFE_GATHER):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children):
        return None
    return _last_body_named(st, sent.start)


def _drop_bystander_organisations(st: _State) -> None:
    """An organisation merely named ("UN targets") is not a fact; one with members or events is."""
    used = {mb.framework for mb in st.memberships}
    used |= {e.framework for e in st.events.values() if e.framework}
    used |= {mt.framework for mt in st.meetings if mt.framework}
    used |= _organisations_in_relations(st)
    used |= {o.organisation for o in st.m.offices.values() if o.organisation}  # "NATO Secretary General X"
    for key in [k for k, fw in st.frameworks.items() if fw.kind == "Organisation" and k not in used]:
        name_words = _before_quoted_name(st.frameworks[key].name).split()
        if (_shared_force(name_words) or _shared_command(name_words) or _binational_corps(name_words) or _shared_force_of_a_region(name_words)
                or any(_regional_commission(name) for name in (st.frameworks[key].name, *st.frameworks[key].aliases))):
            continue  # a multinational force, command or corps is itself defence cooperation, not a bystander
        rules = {ev.rule for ev in st.frameworks[key].evidence}
        if rules <= {"framework.gazetteer", "framework.named"}:  # one introduced with its acronym is kept
            del st.frameworks[key]
    for key in [k for k in st.frameworks if k not in used and _named_for_its_chair_only(st, k)]:
        del st.frameworks[key]
    for key in [k for k, fw in st.frameworks.items() if {ev.rule for ev in fw.evidence} <= {ACRONYM_BODY_RULE}]:
        if not _countries_are_members_of(st, key) and not _international_name(st.frameworks[key].name):
            # a name with a body's head word and an acronym only, unless the name says it is international
            del st.frameworks[key]
            st.memberships = [mb for mb in st.memberships if mb.framework != key]


INTERNATIONAL_NAME_WORDS = frozenset({"international", "intergovernmental", "multinational"})


def _international_name(name: str) -> bool:
    """"the X International Government Organisation": a body's name that says it is between states."""
    return any(w.lower() in INTERNATIONAL_NAME_WORDS for w in name.split())


def _countries_are_members_of(st: _State, key: str) -> bool:
    """Countries are named members of the framework: not only one country that set it up ("India
    set up its National Security Council Secretariat (NSCS)": a national body)."""
    roles = [mb for mb in st.memberships if mb.framework == key]
    founders = {mb.country for mb in roles if mb.evidence.rule == "membership.founded"}
    return len(founders) >= 2 or any(mb.evidence.rule != "membership.founded" for mb in roles)


CHAIR_OFFICE_NOUNS = frozenset({"presidency", "presidencies", "chairmanship", "chairship", "chair"})


def _named_for_its_chair_only(st: _State, key: str) -> bool:
    """"Canada, which holds the rotating G7 presidency": a known forum named only as the office a
    country holds says nothing of the forum."""
    if {ev.rule for ev in st.frameworks[key].evidence} != {"framework.gazetteer"}:
        return False
    tokens = [st.m.tokens[i] for i, k in st.framework_at.items() if k == key]
    return bool(tokens) and all(t.dep_ == "compound" and t.head.lower_ in CHAIR_OFFICE_NOUNS for t in tokens)


ORGANISE_VERBS = frozenset({"organise", "organize", "host", "convene", "run", "sponsor"})
PARENT_NOUNS = frozenset({"mechanism", "body", "organ", "arm", "agency", "wing", "institution", "initiative", "programme",
                          "program", "force", "mission", "operation"})


def _organisations_in_relations(st: _State) -> set[str]:
    """Organisations that stand in a relation the text states: "a summit organised by the IISS",
    "a peacekeeping mechanism of the African Union"."""
    keys: set[str] = set()
    for i, key in st.framework_at.items():
        token = st.m.tokens[i]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "participation in the CMF and the IMSC": the relation of the first holds for both
        if _possessive_of_its_forces(token):
            keys.add(key)  # "NATO's eastern flank", "the alliance's forward land forces": its members' joint posture
            continue
        if any(_takes_part(v) for v in _clauses_of_subject(token)):
            keys.add(key)  # "the EU, which takes part in G7 work (without being a full member)": its tie to another body
            continue
        if token.dep_ == "dobj" and token.head.lemma_.lower() == "join" and _country_subject_of_join(st.m, token.head):
            keys.add(key)  # "A applied to join F", "A has no plans to join F": a state's wish towards the body
            continue
        if token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() == "partner" and token.head.tag_ == "NN":
            # "asked to become a NATO global partner": a country's tie to the body (no membership);
            # not the plural "encouraged ASEAN partners to ...", the body's partners in general
            keys.add(key)
            continue
        prep = _first_conjoined_prep(token.head) if token.dep_ == "pobj" else token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" and prep.dep_ != "agent":
            continue
        governor = prep.head
        if prep.lower_ == "by" and governor.lemma_.lower() in ORGANISE_VERBS:
            keys.add(key)
        elif prep.lower_ == "of" and governor.lemma_.lower() in PARENT_NOUNS:
            keys.add(key)
        elif prep.lower_ == "of" and governor.lemma_.lower() == "partner" and governor.dep_ in ("attr", "appos"):
            keys.add(key)  # "became a partner of NATO": the country's tie to the body
        elif prep.lower_ == "of" and st.framework_at.get(governor.i, key) != key:
            keys.add(key)  # "the Joint Defence Council of the GCC": the body a named framework belongs to
        elif _membership_relation(prep, governor):
            keys.add(key)
        elif prep.lower_ in CHANNEL_PREPS and governor.lemma_.lower() in COOPERATION_WORDS:
            keys.add(key)  # "intelligence sharing through ECOWAS", "cooperation within the SCO": the channel of it
        elif prep.lower_ == "between" and governor.lemma_.lower() in COOPERATION_WORDS | PARTY_VERBS:
            keys.add(key)  # "coordination between the X Forum and the OAS", "a code negotiated between the Y Union and Z": a party to it
        elif prep.lower_ in ("in", "among", "within") and _ranked(governor):
            keys.add(key)  # "one of the highest spending levels in the Alliance": the body its members are ranked in
    return keys | _organisations_with_members_or_leavers(st) | _chaired_organisations(st) | _owners_of_frameworks(st)


# what a body's members field together, owned in the possessive ("the Alliance's eastern flank",
# "the bloc's rapid reaction forces"); not a gathering of it ("the Union's summit") nor its "work"
BODY_FORCE_NOUNS = frozenset({"flank", "flanks", "force", "forces", "troops", "battlegroup", "battlegroups", "battalions"})


def _clauses_of_subject(token: Token) -> list[Token]:
    """The verbs ``token`` is the subject of: its own verb, or a relative clause on it ("F, which ...")."""
    verbs = [c for c in token.children if c.dep_ == "relcl"]
    if token.dep_ == "nsubj":
        verbs.append(token.head)
    return verbs


def _takes_part(verb: Token) -> bool:
    """"participates", "takes part (in)"."""
    lemma = verb.lemma_.lower()
    return lemma == "participate" or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _country_subject_of_join(m: ArticleMentions, verb: Token) -> bool:
    """A country (or its possessive) is the subject of "join" or of the verb or noun it completes ("A
    applied to join", "A's bid to join", "A has no plans to join"); not "he will join F ministers"."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "poss") and c.i in m.country_at for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acl", "relcl", "dobj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _possessive_of_its_forces(token: Token) -> bool:
    """The body's possessive ("NATO's") on a noun of the forces or front its members field."""
    return token.dep_ == "poss" and token.head.lower_ in BODY_FORCE_NOUNS


def _first_conjoined_prep(prep: Token) -> Token:
    """"members of the A and of the B": the second "of" (a conjunct, hung on the first "of" or on
    the verb) stands in the first one's relation; that first preposition, else ``prep`` itself."""
    if prep.dep_ != "conj":
        return prep
    if prep.head.dep_ == "prep":
        return prep.head
    earlier = [t for t in prep.head.subtree if t.i < prep.i and t.lower_ == prep.lower_ and t.dep_ == "prep"]
    return earlier[-1] if earlier else prep


def _ranked(noun: Token) -> bool:
    """A superlative says where something ranks: "the highest levels", "the largest" (its body is the field ranked in)."""
    return noun.tag_ == "JJS" or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)


OWNED_DOCUMENT_KINDS = frozenset({"Agreement", "Policy"})


def _owners_of_frameworks(st: _State) -> set[str]:
    """"the Andean Community's Quiet Border declaration": a body whose possessive stands right before
    the name of a declaration, strategy or policy owns it (not a body's organ or programme it may merely run:
    "the X Union's Peace Council", "the Y Alliance's Z Initiative")."""
    m = st.m
    owners: set[str] = set()
    for i, key in st.framework_at.items():
        owned = st.framework_at.get(i + 2, key) if i + 2 < len(m.tokens) and m.tokens[i + 1].text in POSSESSIVE_MARKS else key
        if owned != key and owned in st.frameworks and _issued_document(st.frameworks[owned]):
            owners.add(key)
    return owners


# the head words of a document a body issues on its own (not a treaty or convention it is only the forum of)
ISSUED_DOCUMENT_WORDS = frozenset({"declaration", "statement", "communique", "communiqué", "strategy", "policy", "vision",
                                   "doctrine", "agenda", "roadmap", "plan", "outlook", "concept"})


def _issued_document(fw: FrameworkMention) -> bool:
    """A policy, or an agreement named as a body's own declaration or strategy ("the Andean Union's
    Quiet Border declaration"), not a treaty or convention ("the Andean Union's Convention on the Law
    of Rivers", a text states sign, which its body only hosts)."""
    if fw.kind not in OWNED_DOCUMENT_KINDS:
        return False
    return fw.kind == "Policy" or any(w.lower() in ISSUED_DOCUMENT_WORDS for w in fw.name.split())


CHANNEL_PREPS = frozenset({"through", "within", "via"})
PARTY_VERBS = frozenset({"negotiate", "sign", "conclude"})  # a document made "between" a body and another side
COOPERATION_WORDS = frozenset({"cooperation", "co-operation", "sharing", "coordination", "collaboration", "engagement",
                               "cooperate", "coordinate", "collaborate", "engage", "share"})


def _chaired_organisations(st: _State) -> set[str]:
    """Organisations a country chairs or chaired, even one the text names only by a pronoun ("the
    X Association, which it chaired until 2023"): a relation of a state to the body."""
    m = st.m
    verbs = {m.tokens[i].head for i in st.framework_at} | {c for i in st.framework_at for c in m.tokens[i].children if c.dep_ == "relcl"}
    chaired = (_chaired_organisation(st, v) for v in verbs if v.pos_ == "VERB" and v.lower_ in ("chair", "chairs", "chaired", "chairing"))
    return {key for key in chaired if key is not None}


def _membership_relation(prep: Token, governor: Token) -> bool:
    """"the members of ASEAN", "withdrew from ECOWAS", "their withdrawal from the OAS", "broke with
    the OAS", "their participation in the CMF", "take part in the X", "India's role in the IORA": a
    relation of states to the body the preposition governs."""
    lemma = governor.lemma_.lower()
    return (prep.lower_ == "of" and governor.lower_ in MEMBER_WORDS
            or prep.lower_ == "from" and (lemma in LEAVE_VERBS or lemma in LEAVING_NOUNS)
            or prep.lower_ == "with" and lemma in BREAK_WITH_LEMMAS
            or prep.lower_ == "in" and lemma in TAKING_PART_NOUNS
            # "A is (not) part of F", "A's accession to F": a state's standing towards the body, even negated
            # or still to come (the body is the article's; the membership rules decide whether it is one)
            or prep.lower_ == "of" and governor.lower_ == "part" and governor.dep_ in ("attr", "dobj", "pobj")
            or prep.lower_ in ("to", "into") and lemma in ACCESSION_NOUNS)


ACCESSION_NOUNS = frozenset({"accession", "admission"})


MEMBER_WORDS = frozenset({"member", "members", "membership"})
TAKING_PART_NOUNS = frozenset({"participation", "part", "role", "membership"})
LEAVE_VERBS = frozenset({"quit", "leave", "exit", "rejoin", "withdraw", "expel", "suspend"})
LEAVING_NOUNS = frozenset({"withdrawal", "departure", "exit", "expulsion", "suspension", "pullout"})  # "its withdrawal from X"
BREAK_WITH_LEMMAS = frozenset({"break", "split"})  # "broke with X", "after splitting with X": states leaving a body
MEMBER_STATE_NOUNS = frozenset({"states", "countries", "nations", "state", "country"})


def _organisations_with_members_or_leavers(st: _State) -> set[str]:
    """Organisations whose members the text speaks of, or that states leave: "the ten ASEAN member
    states", "ECOWAS members", "quit ECOWAS last year" (a relation, even without a named member)."""
    m = st.m
    return {key for i, key in st.framework_at.items()
            if _left_by_states(m.tokens[i]) or _members_spoken_of(m.tokens[i]) or _whose_members_follow(m, i)}


WHOSE_LOOKAHEAD = 4  # tokens between a body's last word and ", whose" (its bracketed acronym: " (XA)")


def _whose_members_follow(m: ArticleMentions, i: int) -> bool:
    """"the X Association (XA), whose 23 members include ...": the body's members are spoken of."""
    for k in range(i + 1, min(i + 1 + WHOSE_LOOKAHEAD, len(m.tokens) - 3)):
        if m.lower[k] == "whose" and m.tokens[k - 1].text == ",":
            return any(m.lower[j] in MEMBER_WORDS for j in range(k + 1, k + 4))
        if m.tokens[k].text in (".", ";"):
            return False
    return False


def _left_by_states(token: Token) -> bool:
    """"quit ECOWAS", "left NATO": the body is what is left."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in LEAVE_VERBS


def _members_spoken_of(token: Token) -> bool:
    """"ECOWAS members", "the ten ASEAN member states": the body's members are spoken of."""
    head = token.head
    if token.dep_ != "compound":
        return False
    return head.lower_ in MEMBER_WORDS or head.lower_ in MEMBER_STATE_NOUNS and any(c.lower_ == "member" for c in head.children)


# -- deduplication -----------------------------------------------------------------------------------


def _dedupe(meetings: list[MeetingMention]) -> list[MeetingMention]:
    """One meeting per participant set within an article, unless dates or places conflict, or one
    is told as an earlier occasion ("first met", "last met") and the other not."""
    out: list[MeetingMention] = []
    for mt in meetings:
        same = next(
            (
                o
                for o in out
                if set(o.participants) == set(mt.participants)
                and _compatible(o.date, mt.date)
                and (o.place is None or mt.place is None or o.place == mt.place)
                and o.status == mt.status
                and _remote(o) == _remote(mt)  # a phone call and a meeting in person are two occasions
                and o.earlier == mt.earlier
            ),
            None,
        )
        if same is None:
            out.append(mt)
            continue
        if mt.date is not None and (same.date is None or len(mt.date.iso) > len(same.date.iso)):
            same.date, same.end_date = mt.date, mt.end_date
        same.place = same.place or mt.place
        same.part_of = same.part_of or mt.part_of
        same.framework = same.framework or mt.framework
        for t in mt.topics:
            if t not in same.topics:
                same.topics.append(t)
        same.evidence.extend(mt.evidence)
    for i, mt in enumerate(out):
        mt.key = f"meeting:{i}"
    return out


def _remote(meeting: MeetingMention) -> bool:
    return meeting.kind in ("telephone", "virtual")


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)
