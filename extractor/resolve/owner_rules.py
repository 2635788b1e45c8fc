"""The owner rules: `owner_rules.jsonl` read into the patterns owners are found with.

`load_rules(path)` builds `OwnerRules` (the subject, "asked X to", tail and clause patterns, the word
lists) once per pipeline; the name shapes (`NAME`, `NAME_LIST`, `UP`) live here because both the
patterns and the mention finders in `owners` are written with them, and a module of its own keeps
`owners` and `attendees` from importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..rules import factored_alternation, lexicon, prechecked, read_rules

_CELL_WORD_BREAK = re.compile(r"[\s\-–—/:.,()]+")  # compiled once, not looked up in re's cache at every call

RULES_PATH = Path(__file__).with_name("owner_rules.jsonl")
UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "Émile", "Łukasz"
# "Iolo ap Dafydd", "Lucía de la Cruz", "Jan van der Berg": a particle, or two in a row, inside a name
PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|du|di|bin|al|dos|das|ter|ten|ap|ab)"
# no digits ("A15" and "BD/18/117" are references); a full stop only ends an initial or a short
# abbreviation ("J.", "Insp."), so a name never runs over a sentence end ("Councillors. Clerk")
WORD = rf"(?:@[\w-]+|[{UP}]\.(?:[{UP}]\.)+|[{UP}][a-z]{{0,3}}\.(?!\w)|[{UP}](?:[^\W\d_]|['’-])*)"
# "Who: Rob When: 30 April": the label of the next field of a flattened row ends a name
FIELD = r"(?!(?:When|Due|Date|Deadline|Status|Target|By\s+when)\s*:)"
NAME = rf"(?:(?:the|The|all|All)\s+)?{WORD}(?:\s+{FIELD}(?:{WORD}|{PARTICLE}(?=(?:\s+{PARTICLE})?\s+[{UP}]))){{0,3}}"
SEP = r"\s*(?:,|/|&|\+|\band/or\b|\band\b|\bor\b)\s*"
NAME_LIST = rf"{NAME}(?:{SEP}{NAME})*"
# "Jo Bloggs (JB) will ...": initials given in passing; "Jo Bloggs (Highways) to ...": a remit in brackets;
# "Ifeoma (before she left the call) offered to ...": an aside in lower case
DEFINED_INITIALS = r"(?:\s*\((?:[A-Z][A-Za-z]?[A-Z][A-Za-z]{0,2}|[A-Z][a-z][\w&'’ -]{1,28}|[a-z][^()\n]{2,60})\))?"
# "Kim also will", "The panel all agreed to", "JT, as secretary, would"
# "Jo Bell, the council's tree officer, will": a post in apposition between commas
# "Shaun from the diocese will": where a person named by first name comes from, between the name and the cue
ADVERB = (r"(?:\s+(?:all|both|also|then|now|still|each|jointly|again|further|duly|[a-z]{3,}ly)|,\s+(?:as|the|our|their|its|a|an|supported\s+by|assisted\s+by|helped\s+by|with\s+(?:support|help)\s+from)\s+[\w\s'’-]{1,40}?,"
          r"|\s+from\s+the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s+(?:will|to|would|agreed|offered)\b))?")


@dataclass(frozen=True)
class OwnerRules:
    group_words: frozenset[str]
    pronouns: frozenset[str]
    not_owner: frozenset[str]
    subject: re.Pattern[str]
    asked: re.Pattern[str]
    not_name: frozenset[str] = frozenset()
    status_words: frozenset[str] = frozenset()  # an action log's status column: "Amber", "Red – delayed"
    non_name_suffixes: tuple[str, ...] = ()
    clause_openers: frozenset[str] = frozenset()
    be_doer: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    group: str = r"(?!)"
    reported: re.Pattern[str] = re.compile(r"(?!)")
    passive_by: re.Pattern[str] = re.compile(r"(?!)")
    passive_more: re.Pattern[str] = re.compile(r"(?!)")  # the next agent after a passive_by match: matched at its end
    for_to: re.Pattern[str] = re.compile(r"(?!)")
    action_tail: re.Pattern[str] = re.compile(r"(?!)")
    tail: re.Pattern[str] = re.compile(r"(?!)")
    column_tail: re.Pattern[str] = re.compile(r"(?!)")
    and_will: re.Pattern[str] = re.compile(r"(?!)")
    appositive: re.Pattern[str] = re.compile(r"(?!)")
    anaphor: re.Pattern[str] = re.compile(r"(?!)")
    clause: re.Pattern[str] = re.compile(r"(?!)")  # after a clause number: "(b) officers report back ..."
    present_task: re.Pattern[str] = re.compile(r"(?!)")
    pronoun_back: re.Pattern[str] = re.compile(r"(?!)")  # "Mateo's rewrite is nearly done; he will push it"  # "Pedro orders it.", "**TB** books the room": a to-do
    first_person: re.Pattern[str] = re.compile(r"(?!)")  # "I'll take that", "I can draft it": the speaker commits
    subject_cue: re.Pattern[str] | None = None  # the cue alone: no match, no subject (a cheap pre-check)
    appositive_cue: re.Pattern[str] | None = None  # ", will": what every appositive match holds (its pre-check)
    marker_post: re.Pattern[str] = re.compile(r"(?!)")  # "Responsible: Head of Finance": a post in an owner slot
    not_initials: frozenset[str] = frozenset()  # "AGM", "VAT": capitals in an owner's bracket that name a thing
    body_words: frozenset[str] = frozenset()  # "Head of Planning, County Council": the body a post belongs to
    nicknames: dict[str, frozenset[str]] = field(default_factory=dict)  # "tom" -> {"thomas"}
    group_determiners: frozenset[str] = frozenset()  # "each", "every": "Each member" is a group owner, "Each" alone none
    # "Lead – Clerk; support – Chair": a label whose slot names a helper, not an owner (matched at a mention's left)
    support_label: re.Pattern[str] = re.compile(r"(?!)")
    # "Owner key:", "Initials:", "Abbreviations used:": a line that opens a key to the initials the minutes use
    legend_label: re.Pattern[str] | None = None
    deciding_bodies: frozenset[str] = frozenset()  # "committee", "council": bodies that give tasks away
    instruct_verbs: frozenset[str] = frozenset()  # "instruct", "ask": "the Committee agreed to instruct X to ..."
    column_labels: frozenset[str] = frozenset()  # "Lead", "Due", "Status": the header row of an action log


@lru_cache(maxsize=1)
def default_rules() -> OwnerRules:
    return load_rules(RULES_PATH)


# the verb of "that X provide ...", "(b) officers report back ...": a base form, not "responses" or "reported"
SUBJUNCTIVE = r"[a-z]+\b(?<![^s]s)(?<!ed)(?<!ing)(?!(?:\s+[a-z]+){0,3}?\s+be\s+[a-z]+(?:ed|en)\b)"  # not "... register be brought"


def _alternation(values: list[str]) -> str:
    return factored_alternation(sorted(values, key=len, reverse=True))


def load_rules(path: Path) -> OwnerRules:
    records = read_rules(path, ("id", "kind", "value"))
    words = lambda kind: frozenset(v.lower() for v in lexicon(records, kind))  # noqa: E731
    cue_alt = "|".join([_alternation(lexicon(records, "subject_cue"))] + lexicon(records, "subject_cue_pattern"))
    # lower-case group owners ("officers would ...", "the clerk to ...") as well as names
    groups = _alternation(lexicon(records, "group_word"))
    # "the Deputy Clerk", "The kitchen rota leads", "Heads of year", "Members of the Forum"
    # "Each member", "Every trustee": a determiner that gives the task to each one; "Any volunteers", "No members"
    # ask or deny, and name no owner
    # written out in both cases, not under (?i:): the group is tried at every word of every unit
    each = _alternation([w for v in lexicon(records, "group_determiner") for w in (v, v.capitalize())]) or r"(?!)"
    no_one = "|".join(["and|that|or|but|if|then|when|where|so", _alternation(lexicon(records, "not_group_determiner"))
                       or r"(?!)"])
    # "the committee requests staff to ...": an asking verb ends the post, it is no word of one ("the rota leads")
    asking = _alternation([v for v in lexicon(records, "ask_verb") if " " not in v and not v.endswith("ed")]) or r"(?!)"
    group = rf"(?:(?:the|The)\s+(?:(?:[{UP}][\w'’-]*|(?!(?:{asking})\b)[a-z][\w'’-]*(?<!ed)|\d{{1,4}})\s+){{0,2}}(?!(?i:all)\b)|(?:(?:all|All|{each})\s+)?(?:(?!(?i:{no_one})\b)[{UP}][\w'’-]*\s+){{0,2}})(?i:{groups})\b"
    group += rf"(?:\s+(?!(?i:and|or|to|the|will|would|shall|should|must|is|are)\b)[{UP}][a-z][\w'’-]*){{0,2}}"  # "Director Infrastructure"
    group += rf"(?:\s+(?:of|for)\s+(?:(?:the\s+)?[{UP}][\w'’-]*(?:\s+(?:[{UP}][\w'’-]*|and|&)){{0,3}}(?<!\sand)(?<!&)|[a-z]+))?"
    # Scottish councils' posts: "the Chief Officer – Finance", "Chief Officer - Governance and Risk"
    dash_post = (rf"(?:(?:the|The)\s+)?(?:[{UP}][\w'’-]*\s+){{0,2}}(?:Officer|Director|Manager|Head|Executive)\s+[–—-]\s+"
                 rf"[{UP}][a-z][\w'’-]*(?:\s+(?:and|&)\s+[{UP}][a-z][\w'’-]*)?")
    group = rf"(?:{dash_post}|{group})"
    # "the WG members" whole, not "the WG"; two posts joined: "the Director of Public Health and the ICB Place Director"
    who = rf"(?:{group}(?:\s+(?:and|&)\s+(?=[Tt]he\s|[{UP}]){group})?|{NAME_LIST})"
    subject = re.compile(
        rf"(?:^|(?<=[\s(\[,;:–—/|-]))(?P<who>{who}){DEFINED_INITIALS}{ADVERB}(?P<cue>\s+(?:{cue_alt})|['’]ll|['’]s\s+going\s+to)"  # "Kim's going to ..."
        rf"(?=\s+(?P<next>[\w'’-]+)(?:\s+(?P<next2>[\w'’-]+))?|\s*[:,.;!]|\s*$)"
    )
    ask = _alternation(lexicon(records, "ask_verb"))
    # "asked officers to ...", "asked that the CCG provide ...", a resolution's "that Mr X provide ...",
    # "requested the panel members review ..."
    asked = re.compile(
        rf"\b(?i:{ask})\s+(?!(?i:authority|powers?|responsibility)\b)(?P<who>{who})\s+to\s+[a-z]"
        rf"|(?:\b(?:asked|requested|(?i:resolved)|agreed|decided|recommended)\s*[:\-–—]?\s+|^\W*)(?i:that)\s+(?P<who2>{who})(?<!\sthe)(?<!\san)(?<!\sa)"
        rf"\s+(?!(?:is|was|were|are|had|has|have|be|the|and|of|for|in|on|at|to|with|{ask})\b){SUBJUNCTIVE}"
        rf"|\brequested\s+(?P<who3>{who})(?<!['’]s)\s+(?!(?:to|that|for|about|if|whether|on|of|with|from|and|be)\b)[a-z]+\b(?<!ed)(?<!ing)"
    )
    report = _alternation(lexicon(records, "report_verb"))
    # "Jo advised that she would ...", "Ali confirmed his intention to ...": a pronoun that stands for the subject
    reported = re.compile(
        rf"(?:^|(?<=[\s(,;:–—-]))(?P<who>{NAME})\s+(?:(?:has|have|had)\s+)?(?:[a-z]{{3,}}ly\s+)?(?:{report})\s+"
        r"(?:(?:that\s+)?(?:he|she|they)\s+(?:would|will|should|could|was\s+going\s+to|is\s+going\s+to"
        r"|(?:was|were|is|are)\s+(?:willing|happy|glad|prepared|keen|content)\s+to|intends?\s+to|intended\s+to)\b"
        r"|(?:his|her|their)\s+intention\b)"
    )
    passive_by = re.compile(
        rf"\b(?:[Tt]o|will|would|should|shall|must|is\s+to|are\s+to)\s+be\s+[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+){{0,4}}?"
        # "will be provided to Mrs Beal by the Executive Manager": the one it goes to may be named before the agent
        rf"(?:(?:to|for|with)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr)\.?\s+|the\s+)?[{UP}][\w'’-]*(?:\s+[{UP}][\w'’-]*){{0,3}}\s+)?"
        rf"by\s+(?P<who>{NAME_LIST}|{group})"
    )
    # "... will be drafted by Aoife Byrne and sent by the Chair": a second participle of the same passive, its own agent
    passive_more = re.compile(
        rf"\s*(?:,\s*)?(?:and|or|then|,)\s+(?:then\s+)?(?:be\s+)?[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+){{0,4}}?"
        rf"by\s+(?P<who>{NAME_LIST}|{group})"
    )
    for_to = re.compile(rf"\b(?i:resolved|agreed|decided|arranged|consensus|reached|is|are|was|were)\s+(?:by|for)\s+(?P<who>{who})\s+to\s+[a-z]")
    action_tail = re.compile(rf"(?:^|(?<=[\s.;,]))(?P<who>{who})\s+to\s+action\s*[.!]?\s*$")
    low_group = rf"(?i:(?:all|everyone|everybody)(?:\s+else)?|{group})"
    tail = re.compile(
        r"(?<!\w)[–—-]\s*(?P<who>(?:(?:CC|Cllr|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:" + NAME_LIST + rf"|{low_group})(?:\s+[a-z]+)?)\s*[.)]?\s*$"
    )
    # the owner column of a table flattened by PDF extraction: "Circulate the budget      Clerk", "... \tJS\t30 June":
    # a gap of a tab or three spaces before the owner, two short last columns (a date, a status) may follow; names and
    # posts as written with their capitals only, so a task's own words after a gap are no owner
    column_tail = re.compile(
        r"(?<=[^\s\])])(?:\t[ \t]*|[ \t]{3,})(?P<who>(?:(?:CC|Cllr|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:" + NAME_LIST
        + rf"|{group}|All|Everyone))\s*[.)]?(?:(?:\t[ \t]*|[ \t]{{3,}})[\w/.,' –-]{{1,20}}){{0,2}}\s*$"
    )
    # "The Clerk, Mrs Boyd, will ...", "Clerk – Mrs J Boyd – to arrange ...": the name between commas or dashes
    appositive = re.compile(rf"{group}\s*(?:,|\s[–—-])\s+(?P<who>{NAME})\s*(?:,|\s[–—-])\s+(?:{cue_alt})\b")
    # "Kim has spoken to the landlord and will report back"; "The Clerk apologised for the delay and (said) that she
    # would send the figures": a pronoun after the "and" that stands for the subject the unit opens with
    and_will = re.compile(
        rf"^\W*(?P<who>{NAME}|(?:the|The)\s+{group})\s+(?:has|have|had|is|are|[a-z]+ed|[a-z]+s)\b(?:(?!\bthat\b)[^.;:])*?"
        rf"(?:,|\band\b)\s+(?:(?:(?:{report})\s+)?(?:that\s+)?(?:he|she|they)\s+)?(?:also\s+)?"
        r"(?:will|would|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to)\s+(?!be\s+[a-z]+(?:ed|en)\b)[a-z]"
    )
    # "He will enquire about this.", "She said that she would send the forms round": a commitment whose
    # subject is the person the sentence before named
    anaphor_cues = _alternation(lexicon(records, "anaphor_cue"))
    anaphor = re.compile(
        rf"^\W*(?:He|She)\s+(?:also\s+)?(?:(?:{anaphor_cues})\b"
        rf"|(?:{report})\s+(?:that\s+)?(?:he|she)\s+(?:would|will)\b)"
    ) if anaphor_cues else re.compile(r"(?!)")
    clause = re.compile(
        # "(ii) instruct the Chief Officer to report back": the body resolves, the one instructed acts
        rf"^\s*(?i:instruct|request|direct|authori[sz]e)\s+(?P<told>{who})\s+to\s+[a-z]|"
        rf"^\s*(?i:that\s+)?(?P<who>{who})(?<!\sthe)(?<!\san)(?<!\sa)\s+(?!(?:is|was|were|are|had|has|have|be|the|and|of|for|in|on|at|to|with)\b)"
        rf"{SUBJUNCTIVE}"
    )
    tasks = _alternation(lexicon(records, "present_task_verb"))
    # informal action lists write the task in the present: "Pedro orders it", "lindqvist writes the alert"
    present_task = re.compile(
        rf"^\W*(?!(?i:the|all|every\w*|each|this|that|it|he|she|they|we|who)\b)(?P<who>@?[\w.-]+(?:\s*(?:,|/|&|\band\b)\s*@?[\w.-]+){{0,3}}|{NAME_LIST})\s+(?:also\s+)?(?:{tasks})\b"
    ) if tasks else re.compile(r"(?!)")
    # "Olamide's fix is close; she'll push it tonight", "Ben has a draft; it is nearly ready and he will publish it":
    # the pronoun that commits stands for the name the unit opens with
    pronoun_back = re.compile(
        rf"^\W*(?P<who>@[\w.-]+|{NAME})(?:['’]s\b|\s+(?:has|have|had|is|was)\b)[^.!?]{{0,160}}?(?:[;,]|\band\b|\bso\b)\s+"
        r"(?:(?:and|so|but)\s+)?(?:he|she|they)(?:['’]ll|\s+(?:will|would|is\s+going\s+to|plans\s+to|intends\s+to)\b)"
    )
    first_person = _alternation(lexicon(records, "first_person_cue"))
    interjections = _alternation(lexicon(records, "interjection")) or r"(?!)"
    # a post or group after an owner marker, up to the end of the clause: "Responsible: Head of Finance",
    # "ACTION: All trustees", "Lead: the Chair and Vice-Chair"
    marker_post = prechecked(re.compile(
        rf"\b(?:ACTIONS?|Actions?|Action\s+(?i:officers?)|(?:Action\s+)?(?i:owners?)|Assign(?:ee|ed)s?|Leads?(?:\s+(?i:officers?|persons?|members?))?|Responsib(?:le|ility)(?:\s+(?i:officers?|persons?))?|Who|Action\s+by)"
        rf"\s*[:\-–—]\s*(?P<who>{group}(?:\s*(?:,|/|&|\band\b)\s*(?:{group}|{NAME}))*)(?=\s*(?:$|[.;,)|]|\(by\b|(?:When|Due|Date|Deadline|By\s+when)\s*:))"
    ), max_strings=24)
    return OwnerRules(
        marker_post=marker_post,
        not_initials=words("not_initials"),
        body_words=words("body_word"),
        group_determiners=words("group_determiner"),
        # "support – Chair", "supported by Kim": a label ending in "by"/"from" needs no colon or dash
        support_label=re.compile(rf"(?:^|[\s;,(])(?i:(?:{_alternation(lexicon(records, 'support_label'))})\s*[:\-–—]"
                                 rf"|(?:{_alternation([v for v in lexicon(records, 'support_label') if v.split()[-1] in ('by', 'from')])}))\s*$")
        if lexicon(records, "support_label") else re.compile(r"(?!)"),
        nicknames=_nicknames(records),
        column_labels=words("column_label"),
        deciding_bodies=words("deciding_body"),
        instruct_verbs=words("instruct_verb"),
        legend_label=re.compile(rf"^[\W_]*(?i:{_alternation(lexicon(records, 'legend_label'))})[\W_]*?\s*(?:[:=–—-]\s*|$)",
                                re.MULTILINE) if lexicon(records, "legend_label") else None,
        clause=clause,
        pronoun_back=pronoun_back,
        present_task=present_task,
        # "I'll take that", "ok, I'll write it up", "will approve once the test is fixed": not "will be discussed"
        first_person=re.compile(
            rf"^\W*(?:(?:{interjections})\W+)*(?:{first_person})\b(?!\s+(?:be|not|n't)\b)"
        ) if first_person else re.compile(r"(?!)"),
        group_words=words("group_word"),
        pronouns=words("pronoun"),
        not_owner=words("not_owner"),
        subject=subject,
        subject_cue=re.compile(rf"\s(?:{cue_alt})|['’]ll|['’]s\s+going\s+to"),
        # the comma and cue that close an appositive: a search led by a literal comma is ~40x cheaper than the
        # appositive's own, which tries the group alternation at every position
        appositive_cue=re.compile(rf"(?:,|\s[–—-])\s+(?:{cue_alt})\b"),
        asked=prechecked(asked, max_strings=32),  # each behind a pre-check for the words it needs ("asked", "would")
        not_name=words("not_name"),
        status_words=words("status_word"),
        non_name_suffixes=tuple(lexicon(records, "non_name_suffix")),
        clause_openers=words("clause_opener"),
        be_doer=words("be_doer"),
        participles=words("participle"),
        group=group,
        reported=prechecked(reported, max_strings=24),  # 'would', 'intention', 'keen', ...
        passive_by=prechecked(passive_by),  # 'be'
        passive_more=passive_more,
        for_to=prechecked(for_to),
        action_tail=action_tail,
        tail=tail,
        column_tail=column_tail,
        and_will=prechecked(and_will),
        appositive=appositive,
        anaphor=anaphor,
    )


def _nicknames(records: list[dict]) -> dict[str, frozenset[str]]:
    """Each "nickname" record's short form and the formal names it stands for: "tom" -> {"thomas"}."""
    return {r["value"].lower(): frozenset(f.lower() for f in r.get("formal", []))
            for r in records if r.get("kind") == "nickname"}


def is_lexical(word: str, rules: OwnerRules) -> bool:
    """A word of the language or a group, not a name: "officers", "Agenda", "the"."""
    low = word.lower().strip(".,'’")
    return low in rules.group_words or low in rules.not_owner or low in rules.not_name or low in STOP_WORDS


def is_status(text: str, rules: OwnerRules) -> bool:
    """An action log's status cell: "Amber", "Red – delayed", "In progress", "Complete"; never an owner."""
    words = [w for w in _CELL_WORD_BREAK.split(text.lower()) if w]
    return bool(words) and (all(w in rules.status_words for w in words) or " ".join(words) in rules.status_words)
