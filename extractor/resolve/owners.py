"""Owners of an action: who the unit names, resolved against the attendee list.

`find_owners(text, people)` finds the mentions (explicit "Action: X" slots,
"(Name) task" and "task (Name)" brackets, "- Name" tails, an owner cell of a
flattened table row, subjects of "X to ...", "X will ...", "asked X to ...",
speaker prefixes) and resolves each with `attendees.resolve_owner`; the patterns
those mentions are found with are built in `owner_rules`.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..rules import Prechecked, prechecked
from ..structure.people import PeopleLexicon, Person, default_lexicon
from .attendees import NICK, Owner, PeopleIndex, name_like, resolve_owner
from .owner_rules import NAME_LIST, SEP, UP, OwnerRules, default_rules, is_lexical, is_status


SPLIT_NAMES = re.compile(SEP)
HANDLE = re.compile(r"@[\w.-]+")
# a person chip of online notes ("@Priya Natarajan"): an @ before a capitalised name of up to three words; a login
CHIP = rf"@[{UP}][\w'’-]*(?:\s+(?!@)[{UP}][\w'’-]*){{0,2}}|@[\w.-]*\w"
CHIPS = re.compile(CHIP)
# "Owner: priya.natarajan@example.org", "Assigned: jbell@...": an address in the owner's place names its holder
EMAIL_SLOT = re.compile(
    r"\b(?:ACTIONS?|Actions?|(?:Action\s+)?(?i:owner)|Assign(?:ee|ed)s?|(?i:assigned\s+to)|Lead|Responsible|Who)"
    r"\s*[:\-–—]?\s*\(?(?P<who>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+"
)
MARKER_SLOT = re.compile(  # read on every unit: behind MARKER_SLOT_NEEDS below
    r"\((?i:actions?|owner|lead)\s*[:\-–—]?\s*(?P<who>[^)]+)\)"
    r"|\b(?:Action\s+(?i:officers?)(?=\s*:)|ACTIONS?|Actions?(?!\s+(?i:officers?)\s*:)|AP|AI(?=\s*:)|#action|(?:Action\s+)?(?i:owner(?:s|\(s\))?)|Who(?=\s*:)|Lead(?:\s+(?i:officers?|persons?|members?)(?=\s*:))?|Responsible\s+(?i:officers?|persons?|leads?)|Responsib(?:le|ility)(?=\s*[:\-–—])"
    r"|(?i:officers?\s+responsible)|(?i:assigned\s+to)|Assign(?:ee|ed)s?(?=\s*:)|Action by|Actioned\s+by|(?i:to\s+be\s+actioned)(?=\s*[:\-–—])|(?i:by\s+whom)(?=\s*:)|Action\s+on(?=\s+\S+(?:\s+\S+)?\s+to\s)|(?i:actions?(?:\s+items?)?\s+for))\s*[:\-–—]?\s*(?P<who2>" + NAME_LIST
    + r")(?=\s*(?:$|[.;:,)/|]|\(by\b|\bto\b|\bwill\b|\bDue\b|\bby\b|\bfor\b|\b(?:When|Date|Deadline|By\s+when)\s*:)|\s+[–—-]\s)"  # "Owner: @cwei — deprecate ..."
    r"|\b(?:AI|AP|TODO|FIXME|ACTION|Action|(?i:action\s+item))\s?\((?P<who3>[^)]+)\)"  # "AI(Kim)", "ACTION(amoreau): ..."
    r"|(?:#action\s+|\b(?:TODO|FIXME):?\s+(?=@))(?P<who4>@?[\w.-]+)"  # "#action tkessler ...", "TODO @bob: ..."
    r"|\s(?:→|->|=>)\s*(?P<who5>@?" + NAME_LIST + r")\s*[.]?\s*$"  # "Update the docs → Ann": an arrow to the owner
    r"|^\W*(?P<who6>" + NAME_LIST + r")['’]s\s+(?i:actions?|tasks?)\s*[:\-–—]\s*\S"  # "Tom's action: mentor the new contributor"
    r"|\s[–—-]\s*(?P<handles>@[\w.-]+(?:\s*(?:,|&|\band\b)?\s*@[\w.-]+)+)\s*[.]?\s*$"  # "... - @alee @broe"
    # "Share the deck with the team @Priya Natarajan": mentions (an online editor's person chips) closing a task
    rf"|\s(?P<chips>(?:{{CHIP}})(?:\s*(?:,|&|\band\b)?\s*(?:{{CHIP}}))*)\s*[.]?\s*$".replace("{CHIP}", CHIP),
)
# What each branch of MARKER_SLOT needs (rules.needs of each, and the ASCII arrows: a text with '→' is not ASCII,
# and a pre-check lets every such text through); two units in three hold none of them
MARKER_SLOT_NEEDS = ("action", "lead", "owner", "ai", "ap", "assign", "responsib", "who", "fixme", "todo", "@", "->", "=>")
MARKER_SLOT = Prechecked(MARKER_SLOT, MARKER_SLOT_NEEDS)
# "ACTION: tkessler, bnovak to review ...": lower-case logins after a marker, kept only when they are attendees
MARKER_HANDLES = prechecked(re.compile(
    r"(?:\b(?i:actions?)\s*[:\-–—]|#action\b)\s*(?P<who>[a-z][\w.-]{1,30}(?:\s*(?:,|/|&|\band\b)\s*[a-z][\w.-]{1,30})*)"
    r"(?P<to>\s+(?:to|will|should|shall)\b)?"
))
# the speaker shapes, the brackets and "as did X" behind a pre-check for the colon, bracket or verb they need:
# most units have none, and the name alternation would be tried first
SPEAKER = prechecked(re.compile(rf"^\W*?(?P<who>@[\w-]+|{NAME_LIST})\s*:\s*\S"), min_chars=1)
# "jdoe: update the checklist" in chat notes: a lower-case login as speaker, kept only when it is an attendee's
HANDLE_SPEAKER = prechecked(re.compile(
    r"^\W*?(?P<who>[a-z][\w.-]{1,30}(?:\s*(?:,|/|&|\band\b)\s*[a-z][\w.-]{1,30}){0,3})\s*:\s+\S"), min_chars=1)
# the speaker a chat line opens with, outside the unit: "[16:03] <bnovak> ", "16:03:40 <bnovak> "
LINE_SPEAKER = re.compile(
    r"\s*(?:\[[^\]\n]{1,30}\]\s*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*)?<[@+%~&]?(?P<who>[^<>\s:]{1,40})(?::[^<>\s]{1,60})?>"
)  # "[18:04] <zeb_h> ...", "16:03:40 <bnovak> ...", a Matrix "<@sani:example.net> ..." (the server dropped)
# "ruthk: I'll take that" inside a chat line: the unit addresses someone first
ADDRESSED = re.compile(r"^\W*?(?P<who>@?[A-Za-z][\w.-]{1,30})\s*:\s+(?P<rest>\S)")
INITIALS_TOKEN = re.compile(r"(?<![\w/])(?P<who>[A-Z]{2,4}(?:/[A-Z]{2,4})*)(?![\w/])")
# "@nroy follow-up issue for the contrast bug", "@haalto pin the cache action": not "@kim already rewrote it"
LEAD_HANDLE = re.compile(rf"^\W*(?P<who>{CHIP}(?:\s+(?:{CHIP})){{0,3}})\s+(?P<next>[a-z][\w-]*)")  # "@alice @bob pair on ..."
NOT_A_TASK_AFTER_HANDLE = frozenset({
    "propose", "suggest", "think", "agree", "feel", "believe", "wonder", "said", "and", "or", "also", "already", "just",
    "still", "has", "have", "had", "is", "was", "were", "are", "did", "does", "do", "can", "could", "would", "should",
})
LEAD_OWNER = re.compile(r"^(?P<who>" + NAME_LIST + r")\s+[–—-]\s+\S")  # "Grace/Bogdan – sponsor outreach"
# "(Name) task", "[Name, Name] task": the owner in brackets before the task
LEAD_BRACKET = prechecked(re.compile(r"^[^\w(\[]*[(\[](?P<who>[^()\[\]]{1,80})[)\]]"), min_chars=1)
# "task (Name)", "task (Name) - Jun 13": the owner in brackets at the end, perhaps before a short tail
TAIL_BRACKET = prechecked(re.compile(r"[(\[](?P<who>[^()\[\]]{1,80})[)\]]\s*[.;]?\s*(?:[-–—]\s*[^()\[\]\-–—]{0,40})?$"),
                          min_chars=1)
REMIT = re.compile(r"\s*\([A-Z][a-z][\w&'’ -]{1,28}\)")  # "Deputy Head (Pastoral)", "Jo Bell (Highways)"
MARKER_DASH = re.compile(r"\s*(?i:actions?|owners?|leads?)\s*[–—-]\s")  # "(Action – All)": the marker's slot, read there
BRACKET_TASK = re.compile(r"\s+to\s+[a-z][\w\s'’-]*$")  # the task after an owner in brackets: "(Jo Reid to complete)"
CELL = re.compile(r"\|(?P<who>[^|]*)")  # the cells of a flattened table row ("... | J Smith to pursue |")
# these three run on every unit: each behind a pre-check for the words it needs ("to"/"will", "by", "with")
BARE_HANDLE = prechecked(re.compile(r"(?:^|(?<=[\s(,;:]))(?P<who>[a-z][\w.-]{2,})\s+(?:to|will)\s+[a-z]"))
# "alice & bob to pair": the logins listed before a bare handle's, read back from it only when it matched
LOGIN_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:]))(?P<who>[a-z][\w.-]{2,})\s*(?:,|&|\band\b)\s*$")
BY_AGENT = prechecked(re.compile(r"\bby\s+(?P<who>" + NAME_LIST + r")"))
WITH = prechecked(re.compile(rf"\b(?:work|working|together|jointly|alongside|liaising)\s+(?:together\s+|closely\s+|jointly\s+)?with\s+(?P<who>{NAME_LIST})"))
AS_DID = prechecked(re.compile(rf"\bas\s+(?:did|will|would|does)\s+(?P<who>{NAME_LIST})"))  # "KB volunteered, as did JT"
# "... – Ruth to lead.": a tail that is a clause of its own; its subject is read as one, not as an owner slot
TAIL_CLAUSE = re.compile(r"\s(?:to|will|would|should|shall)\s+[a-z]")
# a table flattened by PDF extraction parts its columns by tabs or runs of spaces: "Circulate the budget      Clerk"
COLUMN_GAP = re.compile(r"\S(?:\t[ \t]*|[ \t]{3,})\S")
COLUMN_SPLIT = re.compile(r"\t|[ \t]{3,}")
SLOT = "slot"  # an owner written in the owner's place: "(Action: X)", a "- X" tail
STOP_AFTER_TO = {"the", "a", "an", "be", "this", "that", "all", "date", "which", "its", "their", "his", "her", "next"}


# a lettered or numbered clause of a resolution: "(b) the Commissioner provide a briefing ..."
CLAUSE_NUMBER = re.compile(r"^\s*\(?(?:[a-z]{1,4}|\d{1,2})\)\s+\S")


Mention = tuple[int, str, "bool | str | None"]


def find_owners(
    text: str, people: list[Person] | PeopleIndex, rules: OwnerRules | None = None, lex: PeopleLexicon | None = None,
    speaker: str | None = None, task_at: frozenset[int] | None = None,
) -> list[Owner]:
    """Every owner an action unit names, in order of appearance, each once.

    `speaker` is who says the line when the minutes write it outside the unit (a chat log's "<nick> "):
    the owner of a first-person commitment ("I can draft it") that names nobody else. `task_at` holds the
    offsets where a task verb starts ("jdoe: update the checklist"), when the caller knows them.
    """
    rules = rules or default_rules()
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    clause_numbered = CLAUSE_NUMBER.match(text) is not None
    text = _unremark(_unnumber(_unmark(text), rules, lex), rules, lex)
    mentions = _mentions(text, rules, index, lex, clause_numbered)
    if ", " in text and rules.body_words:
        mentions = _posts_of_bodies(text, mentions, rules)
    if ":" in text or _has_dash(text) or "by " in text or "from " in text:
        # "Lead – Clerk; support – Chair", "supported by Kim": a helper's slot names no owner
        mentions = [m for m in mentions if not rules.support_label.search(text, max(0, m[0] - 40), m[0])]
    local = _local_names(text, mentions)
    if any(explicit == SLOT for _, _, explicit in mentions):
        # the minute-taker's own owner slot ("(Action: X)", "- X" tail) outranks inferred subjects
        mentions = [m for m in mentions if m[2]]
    elif any(explicit not in ("lead", None) for _, _, explicit in mentions):
        # a "Topic - ..." lead names the owner only when nothing in the sentence does
        mentions = [m for m in mentions if m[2] != "lead"]
    found = _resolve_all(mentions, index, rules, lex, local)
    if not found and speaker:
        found = _spoken(text, speaker, index, rules, lex)
    said_by = SPEAKER.match(text) if not found else None
    if said_by:  # "JL: will take this", "NC/IK: migration scripts call", "Dana: add the docs"
        found = _resolve_all([(said_by.start("who"), said_by.group("who"), True)], index, rules, lex, local)
    said_by = HANDLE_SPEAKER.match(text) if not found else None
    if said_by:  # "jdoe: update the release checklist": a participant's login; "haru: will add a test"
        # a commitment or a task after the login makes it the owner; "yoshi: go ahead!" is talk
        rest = said_by.end() - 1
        committed = rules.first_person.match(text[rest:]) is not None or task_at is not None and rest in task_at
        if committed and not any(is_lexical(part, rules) for _, part in _split(said_by.group("who"), 0)):
            found = _resolve_all([(said_by.start("who"), said_by.group("who"), NICK)], index, rules, lex, local)
        elif task_at is None:
            found = _resolve_all([(said_by.start("who"), said_by.group("who"), None)], index, rules, lex, local)
    if not found:
        found = _row_initials(text, index) or _row_name(text, index)
    return sorted(found, key=lambda o: o.start)


# what an owner-only line may hold besides the names: "Clerk to action.", "Action Councillors.", "- all", "(Owner: KT)"
OWNER_LINE_WORDS = re.compile(
    r"(?i:\b(?:to\s+action|actions?|owners?|leads?|by|responsible|officers?|persons?|assigned\s+to|assign(?:ee|ed)s?)\b)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\W_]+"  # "Assignee: dev.rao@example.org" holds an owner and nothing else
)


def names_only(text: str, owners: list[Owner]) -> bool:
    """The unit says nothing but who owns something ("Clerk to action.", "Action Councillors.", "- all"):
    it hands its owners to the task written just before it."""
    if not owners or len(text) > 80:
        return False
    rest = text
    for owner in sorted(owners, key=lambda o: -len(o.mention)):
        rest = rest.replace(owner.mention, " ")
    return not OWNER_LINE_WORDS.sub("", rest).strip()


def owner_line(text: str, people: "PeopleIndex", rules: OwnerRules | None = None,
               lex: PeopleLexicon | None = None) -> list[Owner]:
    """A bare line of owners under a task ("all", "Kim / Lee"): attendees and group words only."""
    rules = rules or default_rules()
    if len(text.split()) > 5:
        return []
    owners: list[Owner] = []
    for start, part in _split(text.strip(" .;:-–—"), 0):
        owner = resolve_owner(part, people, rules, explicit=SLOT, lex=lex)
        if owner is None or not (owner.attendee or _group_words(part, rules) or part.lower() in LOW_GROUPS):
            return []
        owners.append(Owner(owner.name, part, owner.attendee, owner.role, start))
    return owners


LOW_GROUPS = frozenset({"all", "everyone", "everybody", "all members", "everyone else"})


NAME_RUN = re.compile(rf"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[{UP}][\w'’.-]*(?:\s+[{UP}][\w'’.-]*){{0,3}}")


def antecedent_owners(
    text: str, previous: str, people: "PeopleIndex", rules: OwnerRules | None = None, lex: PeopleLexicon | None = None,
) -> list[Owner]:
    """The owner of "He will enquire about this." when `previous` (the unit before, same item) names an attendee
    first: 'Cllr Hall reported on the grit bins. He will enquire about this.' Attendees only, since a pronoun is
    weak evidence."""
    rules = rules or default_rules()
    cue = rules.anaphor.match(text)
    if not cue or not previous:
        return []
    for run in NAME_RUN.finditer(previous):
        words = run.group(0).split()
        for candidate in (run.group(0), words[0]) if len(words) > 1 else (run.group(0),):
            owner = resolve_owner(candidate, people, rules, explicit=None, lex=lex)
            if owner is not None and owner.attendee:
                mention = text[:cue.end()].split()
                pronoun = next(w for w in mention if w in ("He", "She"))
                return [Owner(owner.name, pronoun, True, owner.role, text.index(pronoun))]
    return []


def _resolve_all(mentions: list[Mention], index: "PeopleIndex", rules: OwnerRules,
                 lex: PeopleLexicon | None, local: dict[str, str]) -> list[Owner]:
    found: list[Owner] = []
    for start, mention, explicit in mentions:
        for part_start, part in _post_parts(mention, start, index, rules):
            owner = resolve_owner(part, index, rules, explicit=explicit, lex=lex)
            if owner and not owner.attendee and owner.name.lower() in local:
                owner.name = local[owner.name.lower()]  # "RESOLVED for Kim Doyle to ... Kim to action"
            if owner and not any(o.name.lower() == owner.name.lower() for o in found):
                owner.start = part_start
                found.append(owner)
    return found


# "Present the plan at the June meeting. NO/SP": initials standing alone after the task's full stop
TAIL_INITIALS = re.compile(r"[.!?]\s+(?P<who>[A-Z][A-Za-z]?[A-Z][A-Za-z]{0,2}(?:\s*[/&,]\s*[A-Z][A-Za-z]?[A-Z][A-Za-z]{0,2})*)\s*[.;]?\s*$")
# "The Chair thanked Jane, who agreed to organise the quiz": a commitment in a relative clause after the name
WHO_AGREED = prechecked(re.compile(
    rf"(?P<who>{NAME_LIST}),?\s+who\s+(?:has\s+|had\s+|have\s+)?(?:kindly\s+|also\s+)?"
    r"(?:agreed|offered|volunteered|undertook|promised|will|would|is\s+going|was\s+going)\b"))
# "Volunteers needed: Jo", "Volunteers: Jo, Kim": a club's call for helpers answered with names
VOLUNTEERS = re.compile(rf"^\W*(?i:volunteers?(?:\s+(?:needed|required|wanted|sought))?|volunteered)\s*[:\-–—]\s*(?P<who>{NAME_LIST})\s*[.;]?\s*$")


def _known_slot(match: re.Match[str] | None, index: "PeopleIndex", rules: OwnerRules,
                lex: PeopleLexicon | None) -> list[Mention]:
    """A slot read only when every part names someone listed or defined ("NO/SP"), or is a full name ("Jo Reid"):
    'Volunteers: Teas' or a closing 'TBC' names nobody."""
    if match is None:
        return []
    parts = _split(match.group("who"), match.start("who"))
    for _, part in parts:
        known = resolve_owner(part, index, rules, explicit=None, lex=lex)
        if known is None and not (len(part.split()) >= 2 and resolve_owner(part, index, rules, explicit=SLOT, lex=lex)):
            return []
    return [(start, part, SLOT) for start, part in parts]


# an item number before the unit ("4.5 ", "12. ", "(b) ", "iv) ", "A3. "): a subject right after it opens the clause
ITEM_NUMBER = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})\)|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|(?:[a-z]|[ivx]{1,5})\.|[A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*\.?|\d{1,3}(?=\s+[A-Z][a-z]))(?=\s+\S)")


# "D. Staff was directed to ...", "C. The Clerk to ...": a capital letter item, told from an initial ("J. Smith")
# by the word after it, which is no name
LETTER_ITEM = re.compile(r"^\s*[A-Z]\.\s+(?P<next>[A-Za-z]+)")


def _unnumber(text: str, rules: OwnerRules, lex: PeopleLexicon | None = None) -> str:
    """The item number blanked, offsets kept: "4.5 Priya to circulate ..." reads as "Priya to circulate ..."."""
    number = ITEM_NUMBER.match(text)
    if number is None:
        letter = LETTER_ITEM.match(text)
        following = letter.group("next").lower() if letter else ""
        posts = lex or default_lexicon()
        if following and (following in STOP_WORDS or following in rules.group_words or following in posts.role_words
                          or following in posts.title_words or following in rules.not_name):
            return " " * letter.start("next") + text[letter.start("next"):]
        return text
    return " " * number.end() + text[number.end():]


def _spoken(text: str, speaker: str, index: "PeopleIndex", rules: OwnerRules,
            lex: PeopleLexicon | None) -> list[Owner]:
    """The owner of a chat line whose speaker is written outside the unit: the speaker for a first-person
    commitment ("I can draft it", "ruthk: I'll take that"), the one addressed for a request to them
    ("benji: can you chase them on Thursday?")."""
    addressed = ADDRESSED.match(text)
    rest = text[addressed.start("rest"):] if addressed else text
    if rules.first_person.match(rest):
        who, start = speaker, 0
    elif addressed and REQUEST.match(rest) and not is_lexical(addressed.group("who"), rules):
        who, start = addressed.group("who"), addressed.start("who")
    else:
        return []
    owner = resolve_owner(who, index, rules, explicit=True, lex=lex) or Owner(who.lstrip("@"), who, False)
    return [Owner(owner.name, who, owner.attendee, owner.role, start)]


REQUEST = re.compile(r"(?i)^(?:can|could|would|will)\s+you\b|^please\b")


def _post_parts(mention: str, start: int, index: "PeopleIndex", rules: OwnerRules) -> list[tuple[int, str]]:
    """The parts of a mention, a post's "of X and Y" kept whole: "the Director of Finance and Resources" is one
    owner, "the Director of Finance and Kim" two (a name, or someone listed, after the "and"); "Head of Finance,
    City Council" one, the post (the body after the comma says whose post it is)."""
    if _SLASHED.search(mention) and re.sub(r"^[Tt]he\s+", "", mention).lower() in index.roles:
        return [(start, mention)]  # "the Clerk/RFO": one post as the attendee list gives it, held by one person
    parts = _split(mention, start)
    if len(parts) == 2 and _is_body(parts[1][1], rules) and _is_post(parts[0][1], rules) \
            and re.fullmatch(r"\s*,\s*", mention[parts[0][0] - start + len(parts[0][1]):parts[1][0] - start]):
        parts = parts[:1]
    merged: list[tuple[int, str]] = []
    for offset, part in parts:
        if merged and re.search(r"\bof\s+\S", merged[-1][1]) and re.fullmatch(r"[A-Z][a-z]+", part) \
                and re.search(r"\s+(?:and|&)\s+$", mention[merged[-1][0] - start + len(merged[-1][1]):offset - start]) \
                and index.match(part, near=False) is None and (not name_like(part) or re.search(r"[^s]s$", part)):
            first = merged[-1][0]
            merged[-1] = (first, " ".join(mention[first - start:offset - start + len(part)].split()))
            continue
        if merged and _remit_before_post(merged[-1][1], part, mention[merged[-1][0] - start + len(merged[-1][1]):offset - start],
                                         index, rules):
            first = merged[-1][0]  # "the Estates and Facilities Manager": one post with two remits
            merged[-1] = (first, " ".join(mention[first - start:offset - start + len(part)].split()))
            continue
        merged.append((offset, part))
    return merged


_SLASHED = re.compile(r"\w/\w")


def _remit_before_post(remit: str, post: str, between: str, index: "PeopleIndex", rules: OwnerRules) -> bool:
    """"Estates" + "Facilities Manager" joined by "and": a remit word, not a post, a name or someone listed."""
    word = re.sub(r"^[Tt]he\s+", "", remit)
    return (re.fullmatch(r"\s+(?:and|&)\s+", between) is not None and re.fullmatch(r"[A-Z][a-z]+", word) is not None
            and not _group_words(word, rules) and _is_post(post, rules) and not post.lower().startswith("the ")
            and index.match(word, near=False) is None and (not name_like(word) or re.search(r"[^s]s$", word) is not None))


def _is_body(phrase: str, rules: OwnerRules) -> bool:
    """"County Council", "Acme Ltd": a capitalised phrase that ends in a body word."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower().strip(".") in rules.body_words


def _is_post(phrase: str, rules: OwnerRules) -> bool:
    """"Head of Planning", "the Chief Executive": a post (a group word in it), not a body itself."""
    return _group_words(phrase, rules) and not _is_body(phrase, rules)


# the post before "<Body> to ...": "Head of Planning, County Council to review ..."
POST_BEFORE = re.compile(rf"(?:^|(?<=[\s:;(–—-]))(?P<post>(?:[Tt]he\s+)?[{UP}][\w'’-]*(?:\s+(?:of|for|and|[{UP}][\w'’-]*)){{0,5}}),\s*$")


def _posts_of_bodies(text: str, mentions: list[Mention], rules: OwnerRules) -> list[Mention]:
    """A body read as a subject after "<Post>, " is the post's: "Head of Planning, County Council to review"
    -> the Head of Planning."""
    kept: list[Mention] = []
    for start, who, explicit in mentions:
        before = POST_BEFORE.search(text, max(0, start - 80), start) if _is_body(who, rules) else None
        if before and _is_post(before["post"], rules) and _opens_clause(text, before.start("post"), rules):
            if not any(m[0] == before.start("post") for m in kept):
                kept.append((before.start("post"), before["post"], explicit))
            continue
        kept.append((start, who, explicit))
    return kept


# "Cllr Pryce (Chair) and Cllr Smith to ...", "Kim Lee (KL) and Raj Dev (RD) will ...": a post or initials in brackets
# after a name that another name follows
REMARK_IN_LIST = re.compile(r"(?<=[\w.])\s*\((?P<in>[^()]{1,40})\)(?=\s*(?:,|/|&|\band\b)\s*[A-Z@])")


def _unremark(text: str, rules: OwnerRules, lex: PeopleLexicon | None) -> str:
    """A bracketed post or initials inside a list of owners blanked, offsets kept, so the list reads as one."""
    if "(" not in text:
        return text
    posts = lex or default_lexicon()

    def blank(match: re.Match[str]) -> str:
        inside = match.group("in").strip()
        words = re.split(r"[\s/&,]+", inside)
        remark = INITIALS_TOKEN.fullmatch(inside) is not None or all(
            w.lower() in posts.role_words or w.lower() in rules.group_words or w.lower() in ("of", "and", "the")
            for w in words if w)
        return " " * len(match.group()) if remark else match.group()

    return REMARK_IN_LIST.sub(blank, text)


def _unmark(text: str) -> str:
    """Markdown emphasis out, offsets kept: "**JS** will ..." reads as "JS will ..."."""
    if "*" not in text and "_" not in text:
        return text  # most units: nothing the pattern below could match
    return re.sub(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)", lambda m: " " * len(m.group()), text)


def _mentions(text: str, rules: OwnerRules, index: "PeopleIndex", lex: PeopleLexicon | None,
              clause_numbered: bool = False) -> list[Mention]:
    mentions: list[Mention] = []
    for match in MARKER_SLOT.finditer(text):
        if match.group("handles"):  # handles parted by spaces alone: one owner each
            mentions += [(match.start("handles") + h.start(), h.group(), SLOT) for h in HANDLE.finditer(match.group("handles"))]
            continue
        if match.group("chips"):
            mentions += [(match.start("chips") + c.start(), c.group(), SLOT) for c in CHIPS.finditer(match.group("chips"))]
            continue
        group = next(g for g in ("who", "who2", "who3", "who4", "who5", "who6") if match.group(g))
        if group == "who5":  # an arrow also points at things ('Revenue → Reserve'): a handle or someone listed only
            mentions.append((match.start(group), match.group(group), SLOT if match.group(group).startswith("@") else None))
            continue
        mentions.append((match.start(group), match.group(group), SLOT if group in ("who", "who6") else True))
    for match in EMAIL_SLOT.finditer(text) if "@" in text else ():  # an address needs its '@'
        mentions.append(_address_holder(match))
    for match in rules.marker_post.finditer(text):  # "Responsible: Head of Finance", "ACTION: All trustees"
        mentions.append((match.start("who"), match.group("who"), SLOT))
    for pattern in (rules.tail, rules.column_tail, rules.action_tail):
        if pattern is rules.action_tail and "action" not in text:
            continue  # "X to action" ends the unit: without the word the long name alternation need not run
        if pattern is rules.tail and not _has_dash(text) or pattern is rules.column_tail and not COLUMN_GAP.search(text):
            continue  # a "- X" tail needs its dash, a trailing column its gap
        found = pattern.search(text)
        if found and found.start() > 0 and not (pattern is not rules.action_tail and TAIL_CLAUSE.search(found.group("who"))):
            who = found.group("who")
            if pattern is rules.column_tail:  # "Treasurer   Open": the owner's cell ends at the next column's gap
                who = COLUMN_SPLIT.split(who)[0]
            mentions.append((found.start("who"), who, SLOT))
    mentions += _bracket_slots(text, rules, index, lex)
    if "." in text or "!" in text or "?" in text:
        mentions += _known_slot(TAIL_INITIALS.search(text), index, rules, lex)
    if "olunteer" in text:
        mentions += _known_slot(VOLUNTEERS.match(text), index, rules, lex)
    for match in rules.asked.finditer(text):
        group = next(g for g in ("who", "who2", "who3") if match.group(g))
        mentions.append((match.start(group), match.group(group), False))
    back = rules.pronoun_back.match(text)
    if back:
        mentions.append((back.start("who"), back.group("who"), False))
    doing = rules.present_task.match(text)
    if doing:  # a lower-case login only when it is an attendee's ("lindqvist writes ..."), a name as a subject
        who = doing.group("who")
        mentions.append((doing.start("who"), who, None if who[:1].islower() else False))
    clause = rules.clause.match(text) if clause_numbered else None
    if clause:  # "(b) the Commissioner provide a briefing ...": a clause of a resolution, its verb subjunctive
        group = "told" if clause.group("told") else "who"
        mentions.append((clause.start(group), clause.group(group), False))
    for pattern in (rules.for_to, rules.passive_by, AS_DID, rules.appositive):
        if pattern is rules.appositive and (text.count(",") < 2 and not _has_dash(text) or rules.appositive_cue is not None
                                            and rules.appositive_cue.search(text) is None):
            continue  # "the Clerk, Jo Bell, will ...": a name between two commas, then the cue (the costliest pattern)
        for m in pattern.finditer(text):
            mentions.append((m.start("who"), m.group("who"), False))
            more = rules.passive_more.match(text, m.end()) if pattern is rules.passive_by else None
            while more:  # "drafted by Aoife Byrne and sent by the Chair": each participle's agent
                mentions.append((more.start("who"), more.group("who"), False))
                more = rules.passive_more.match(text, more.end())
    mentions += [(m.start("who"), m.group("who"), False) for m in WHO_AGREED.finditer(text)]
    for pattern in (rules.reported, rules.and_will):
        mentions += [(m.start("who"), m.group("who"), False) for m in pattern.finditer(text)
                     if _opens_clause(text, m.start("who"), rules)]
    lead = LEAD_HANDLE.match(text)
    following = lead.group("next") if lead else ""
    if lead and not (following in NOT_A_TASK_AFTER_HANDLE
                     or re.search(r"(?:ed|ly|ing|[^s]s)$", following)):
        mentions.append((lead.start("who"), lead.group("who"), "lead"))
    lead = LEAD_OWNER.match(text) if _has_dash(text) else None
    if lead and all(len(part.split()) <= 2 for _, part in _split(lead.group("who"), 0)) \
            and not SLOT_LABEL.fullmatch(lead.group("who")):  # not "Broken Gate Hinge - ...", nor "Lead – Clerk"
        doer = _topic_then_doer(text, lead, index)
        mentions.append(doer or (lead.start("who"), lead.group("who"), "lead"))
    mentions += _more_pairs(text, mentions)
    # kept only when they name an attendee: "would work with Kim to ..." makes Kim a co-owner, not a firm
    for pattern in (BY_AGENT, WITH):
        mentions += [(m.start("who"), m.group("who"), None) for m in pattern.finditer(text)]
    for m in BARE_HANDLE.finditer(text):
        start = m.start("who")
        mentions.append((start, m.group("who"), None))
        for _ in range(3):
            before = LOGIN_BEFORE.search(text, max(0, start - 40), start)
            if not before:
                break
            start = before.start("who")
            mentions.append((start, before.group("who"), None))
    for m in MARKER_HANDLES.finditer(text):  # "ACTION: tkessler, bnovak to review": logins, as written before "to"
        sure = m.group("to") and not any(is_lexical(part, rules) for _, part in _split(m.group("who"), 0))
        mentions.append((m.start("who"), m.group("who"), NICK if sure else None))
    has_cue = rules.subject_cue is None or rules.subject_cue.search(text) is not None
    for match in rules.subject.finditer(text) if has_cue else ():
        if _is_commitment(match, rules):
            subject = _clause_subject(text, match, rules)
            if subject:
                mentions.append(subject)
    return sorted(mentions, key=lambda m: m[0])


# "Trailer – Jo sorting.": after a topic's dash, a listed first name and a verb in -ing
DOER_AFTER_DASH = re.compile(rf"\s*[–—-]\s+(?P<who>[{UP}][\w'’-]+)\s+(?:is\s+|will\s+be\s+)?[a-z]+ing\b")


def _topic_then_doer(text: str, lead: re.Match[str], index: "PeopleIndex") -> Mention | None:
    """'Trailer – Jo sorting.': the listed person after the dash does the task, when the word before it is nobody
    listed; 'Grace/Bogdan – sponsor outreach' keeps its lead."""
    doer = DOER_AFTER_DASH.match(text, lead.end("who"))
    if doer is None or not index.people or index.match(lead.group("who"), near=False) is not None:
        return None
    return (doer.start("who"), doer.group("who"), SLOT) if index.match(doer.group("who"), near=False) else None


# an owner field's label before a dash ("Lead – Clerk"), not a name
SLOT_LABEL = re.compile(r"(?i:actions?|owners?|leads?|responsible|responsibility|who)")
# "...; Shaun – order the paint": a further "owner – task" pair after a semicolon
PAIR_AFTER_SEMICOLON = re.compile(rf";\s*(?P<who>{NAME_LIST})\s+[–—-]\s+\S")
DASH_AFTER = re.compile(r"\s+[–—-]\s+\S")


def _more_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Actions: Aoife – fix the gate; Shaun – order the paint.": when the unit's first owner is written
    "X – task", each later "; Y – task" names an owner as well."""
    if ";" not in text or not mentions:
        return []
    start, first, explicit = min(mentions, key=lambda m: m[0])
    if not DASH_AFTER.match(text, start + len(first)):
        return []
    return [(m.start("who"), m.group("who"), explicit) for m in PAIR_AFTER_SEMICOLON.finditer(text, start)
            if not SLOT_LABEL.fullmatch(m.group("who"))]


def _has_dash(text: str) -> bool:
    """A hyphen or dash anywhere: what the "- X" tail and the "Name – task" lead cannot match without."""
    return "-" in text or "–" in text or "—" in text


def _address_holder(match: re.Match[str]) -> Mention:
    """"priya.natarajan@..." -> "Priya Natarajan"; "jbell@..." -> the login "jbell" (an attendee's, or as written)."""
    parts = [p for p in re.split(r"[._+-]+", match.group("who")) if p]
    if len(parts) >= 2 and all(p.isalpha() for p in parts):
        return (match.start("who"), " ".join(p.capitalize() for p in parts), SLOT)
    return (match.start("who"), match.group("who"), NICK)


def _is_commitment(match: re.Match[str], rules: OwnerRules) -> bool:
    """"X to send ...", "X will be attending": not "X to the Board", "X will be sent", "X will not"."""
    cue = " ".join(match.group("cue").lower().split())
    following, then = (match.group("next") or "").lower(), (match.group("next2") or "").lower()
    if following in {"not", "n't", "never"}:
        return False
    if following in rules.instruct_verbs and match.group("who").split()[-1].lower() in rules.deciding_bodies:
        return False  # "The Committee agreed to instruct the Director to ...": the one instructed acts
    if cue == "to" and (following in STOP_AFTER_TO or not match.group("next") or not following[:1].isalpha()
                        or match.group("next")[:1].isupper()):
        return False
    if following == "be":  # "will be sent" is done to X, not by X; "will be attending" is X's
        return not (re.fullmatch(r"[a-z]+(?:ed|en)", then) and then not in rules.be_doer or then in rules.participles)
    return True


def _clause_subject(text: str, match: re.Match[str], rules: OwnerRules) -> Mention | None:
    """The subject, from the first listed name that opens a clause: "meet Lee and the Clerk to write" -> the Clerk."""
    who, start = match.group("who"), match.start("who")
    remit = REMIT.match(text, match.end("who"))
    if remit and _group_words(who.split()[-1], rules):
        who = text[start:remit.end()]  # "Deputy Head (Pastoral)": a post's remit is part of the post, a person's is not
    for offset, part in _split(who, start):
        if _opens_clause(text, offset, rules):
            return (offset, who[offset - start:], False)
        if re.search(r"\bbetween\s*$", text[max(0, start - _LOOKBACK):start]):
            return None  # "between Lee and Sam" names two objects
    return None


# How far back the clause checks read: a few words, bounded so a unit of any length stays linear.
_LOOKBACK = 300


def _opens_clause(text: str, start: int, rules: OwnerRules) -> bool:
    """A subject starts a clause: "..., Kim to ...", "agreed that Kim ...", not "write to Kim to ..."."""
    before = text[max(0, start - _LOOKBACK):start].rstrip()
    if before.endswith("/"):
        return False  # "a quote/Invoice to ...": one of two things, not a subject
    if not before or not (before[-1].isalnum() or before[-1] in "'’"):
        return True
    last = re.search(r"[\w'’]+$", before)
    if not last or last.group().lower() not in rules.clause_openers:
        return False
    if last.group().lower() == "and":
        ahead = before[: last.start()].rstrip()
        if re.search(r"\bbetween\s+[^,;.]*$", ahead):
            return False  # "between Lee and the members to ..." names two objects
        if ahead[-1:].isalpha() and re.search(r"[A-Z][\w'’-]*$", ahead) and not re.match(r"(?i)the\s", text[start:]):
            return False  # "Wexcombe and Dale Council": one proper name, not a new subject
    return True


def _bracket_slots(text: str, rules: OwnerRules, index: "PeopleIndex", lex: PeopleLexicon | None) -> list[Mention]:
    """Owners in brackets before or after a task, or in the last owner-like cell of a table row."""
    slots: list[Mention] = []
    for pattern in (LEAD_BRACKET, TAIL_BRACKET):
        match = pattern.search(text)
        if match:
            slots += _names_only(match.group("who"), match.start("who"), rules, index, lex, text)
    if "|" in text:  # the owner column is one of the last two cells that hold anything
        cells = [c for c in CELL.finditer(text) if c.group("who").strip(" \t-–—")]  # '| - |': an empty cell
        if text.lstrip().startswith("|"):
            cells = cells[1:]  # a Markdown row: its first cell is the item itself
        # a status column last ("| Mar 26 | Amber |") puts the owner one cell further back
        last = 3 if any(is_status(c.group("who"), rules) for c in cells[-2:]) else 2
        for cell in reversed(cells[-last:]):
            names = _names_only(cell.group("who"), cell.start("who"), rules, index, lex, text)
            if names:
                slots += names
                break
    return slots


def _names_only(content: str, start: int, rules: OwnerRules, index: "PeopleIndex",
                lex: PeopleLexicon | None, text: str = "") -> list[Mention]:
    """Every part of a bracket or cell names an owner ("Kim, Lee", "kim and lee working session"), or none does."""
    parts: list[Mention] = []
    if ":" in content or MARKER_DASH.match(content):
        return []  # "(Action: X)", "(Action – X)" are marker slots, "(Aside: ...)" a remark
    if re.match(r"\s*(?:with|by|for|from|via|to|cc|incl|including|inc|and|or|see|per|re)\b", content):
        return []  # "(with the Clerk)", "(see the Clerk)": a helper or a reference, not the owner's slot
    for offset, part in _split(content, start):
        part = BRACKET_TASK.sub("", part)  # "(Chair to attend)": the owner is before the task's "to"
        words = part.rstrip("?").split()
        # only trailing lower-case words may be dropped: "lee working session" -> lee, never "Tobi Keane" -> Tobi
        shortest = max(1, max((i + 1 for i, w in enumerate(words) if not w[:1].islower()), default=1))
        attendee = next((n for n in range(len(words), shortest - 1, -1)
                         if index.match(" ".join(words[:n]), near=False)), None)
        if attendee:
            parts.append((offset, " ".join(words[:attendee]), SLOT))
            continue
        while words:
            candidate = " ".join(words)
            owner = resolve_owner(candidate, index, rules, explicit=SLOT, lex=lex)
            # a bracketed acronym is mostly a definition ("(SEO)"), so only an attendee's initials count
            if owner and (owner.attendee or _group_words(candidate, rules) or candidate.startswith("@")
                          or candidate[:1].isupper() and not candidate.replace(" ", "").isupper()
                          or _initials_slot(candidate, text, start, rules)):
                parts.append((offset, candidate, SLOT))
                break
            if not words[-1][:1].islower() or len(words) == 1:
                return []
            words.pop()
    return parts


BARE_INITIALS = re.compile(r"[A-Z]{2,3}")
DEFINED_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _initials_slot(candidate: str, text: str, start: int, rules: OwnerRules) -> bool:
    """"Review the insurance (JM)", "[KT] Book the hall": initials in the owner's bracket or cell name someone the
    list does not hold, kept as written; not an acronym the words before it spell ("the community fund (CF)"),
    nor one of the abbreviations that are things ("(TBC)", "(AGM)", owner_rules "not_initials")."""
    candidate = candidate.strip("[]()")
    if not text or not BARE_INITIALS.fullmatch(candidate) or candidate.lower() in rules.not_initials \
            or is_lexical(candidate, rules):
        return False
    words = [w for w in DEFINED_WORD.findall(text[max(0, start - 120):start]) if w.lower() not in STOP_WORDS]
    spelled = "".join(w[0] for w in words[-len(candidate):]).upper()
    return spelled != candidate


def _local_names(text: str, mentions: list[Mention]) -> dict[str, str]:
    """First names of the full names a unit spells out: "Kim" -> "Kim Doyle" within one unit."""
    local: dict[str, str] = {}
    for start, mention, _ in mentions:
        for _, part in _split(mention, start):
            words = part.split()
            if len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words):
                local.setdefault(words[0].lower(), part)
    return local


def _row_initials(text: str, index: "PeopleIndex") -> list[Owner]:
    """Defined initials inside an action-log row ("BD/18/117 Revised trajectory PH Jan 2019 Open").

    Only when nothing else names an owner, never the unit's first word (the speaker or
    subject: "SM asked for ..."), and only initials the minutes define.
    """
    if not index.by["initials"]:
        return []  # nobody's initials are known: no token can name anyone
    first = re.match(r"\W*\S+", text)
    owners: list[Owner] = []
    for match in INITIALS_TOKEN.finditer(text):
        if first is not None and match.start() < first.end():
            continue
        for offset, part in _split(match.group("who"), match.start("who")):
            hits = index.by["initials"].get(part.lower(), {})
            if len(hits) == 1:
                person = next(iter(hits.values()))
                if all(o.name != person.name for o in owners):
                    owners.append(Owner(person.name, part, True, person.role, offset))
    return owners


# an action-log row flattened to single spaces: "Repair the gate Aoife Byrne 30/04/2025 Open" (the owner column just
# before the due date column, a status word may follow)
ROW_DATE = r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?[\s-][A-Z][a-z]{2,8}\.?(?:[\s-]\d{2,4})?|[A-Z][a-z]{2,8}\.?[\s-]\d{2,4})"
ROW_NAME = re.compile(
    rf"(?<=\s)(?P<before>[\w'’-]+)\s+(?P<who>[{UP}][\w'’-]+(?:\s+[{UP}][\w'’-]+){{1,2}}?)\s+{ROW_DATE}(?:\s+[A-Za-z]+)?\s*\.?\s*$")
# words that make the name after them the task's object, not its owner: "write to Aoife Byrne 30/04"
OBJECT_BEFORE = frozenset({"to", "with", "from", "for", "by", "of", "and", "about", "cc", "thank", "thanks", "ask", "contact",
                           "invite", "inform", "email", "e-mail", "tell", "remind", "call", "phone", "ring", "meet", "via"})


def _row_name(text: str, index: "PeopleIndex") -> list[Owner]:
    """A listed attendee's full name before a row's trailing date, when nothing else names an owner."""
    m = ROW_NAME.search(text) if index.people and _ROW_DIGIT.search(text) else None
    if m is None or m["before"].lower() in OBJECT_BEFORE:
        return []
    person = index.match(m["who"], near=False)
    if person is None or _fold_name(person.name) != _fold_name(m["who"]):
        return []  # only a name written in full as the list has it: a capitalised task word is no owner
    return [Owner(person.name, m["who"], True, person.role, m.start("who"))]


_ROW_DIGIT = re.compile(r"\d")


def _fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def _split(mention: str, start: int) -> list[tuple[int, str]]:
    parts, pos = [], 0
    for piece in SPLIT_NAMES.split(mention):
        offset = mention.find(piece, pos)
        pos = offset + len(piece)
        if HANDLES_ONLY.fullmatch(piece.strip()):  # "@alice @bob to pair": handles parted by spaces, one owner each
            parts += [(start + offset + h.start(), h.group()) for h in HANDLE.finditer(piece)]
        elif piece.strip():
            parts.append((start + offset, piece.strip()))
    return parts


HANDLES_ONLY = re.compile(r"@[\w.-]+(?:\s+@[\w.-]+)+")


def _group_words(mention: str, rules: OwnerRules) -> bool:
    return any(w.lower().strip(".,'’") in rules.group_words for w in mention.split())

