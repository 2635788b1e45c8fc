"""Owner mentions resolved against the attendee list.

`resolve_owner(mention, people)` maps one mention to the canonical attendee name, or keeps it as
written when it is an owner slot or looks like a name (ANNOTATION.md "Owners"); `PeopleIndex` keys
the attendees every way minutes refer to them (full name, initials, handle, surname, first name,
near spellings); `people_defined_in(text)` finds the "Jane Smith (JS)" definitions that let
initials name someone who is not on the list.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..structure.people import PeopleLexicon, Person, default_lexicon, strip_titles
from .owner_rules import PARTICLE, UP, OwnerRules, default_rules, is_lexical, is_status

_APOSTROPHE = re.compile(r"['’]")  # compiled once, not looked up in re's cache at every call


NICK = "nick"  # a chat login in an owner's place ("#action kpetrakis to ..."): kept as written though lower case


@dataclass
class Owner:
    name: str
    mention: str
    attendee: bool
    role: str | None = None
    start: int = -1


def name_like(word: str, rules: OwnerRules | None = None) -> bool:
    """One word that can be a person's name or a body's acronym: "Kim", "McKay", "HBC"; not "Agreed", "Funding"."""
    rules = rules or default_rules()
    word = word.strip(".,'’?")
    low = word.lower()
    if not word or not word[0].isupper() or not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", word):
        return False
    if low in STOP_WORDS or low in rules.not_owner or low in rules.not_name or low in rules.pronouns:
        return False
    if word.isupper():
        return 2 <= len(word) <= 6
    return not any(low.endswith(s) and len(low) > len(s) + 2 for s in rules.non_name_suffixes)


def resolve_owner(
    mention: str, people: list[Person] | PeopleIndex, rules: OwnerRules | None = None,
    explicit: bool | str | None = True, lex: PeopleLexicon | None = None,
) -> Owner | None:
    """The canonical owner for one mention, or None when it names nobody.

    `explicit` mentions sit in an owner slot ("Action: X", "- X" tails) and are kept
    as written when unknown; subjects (`False`) must match an attendee, a group or
    look like a name; weak mentions (`None`) must match an attendee.
    """
    rules = rules or default_rules()
    mention = mention.strip(" .,;:()[]?*")
    if mention.count("(") > mention.count(")"):
        mention += ")"  # "Deputy Head (Pastoral)": the post's remit keeps its closing bracket
    words = mention.split()
    each_group = len(words) == 2 and words[0].lower() in rules.group_determiners and words[1].lower() in rules.group_words
    if not words or _APOSTROPHE.split(words[0].lower())[0] in rules.pronouns and not words[0].isupper() \
            and not each_group or words == ["I"]:
        return None  # "I've asked ..." and "She will ..." name nobody; "Each member" names every member
    if DOTTED_INITIALS.fullmatch(mention):
        mention = re.sub(r"[.\s]", "", mention)  # "J.B." (older minutes) and "J. B." are "JB"
        words = [mention]
    bare_words = strip_titles(words, lex or default_lexicon())[0] or words  # "DL" is initials, not an honour
    titled = len(bare_words) < len(words)
    bare = " ".join(w.lstrip("@") for w in bare_words)
    lowered = [w.lower().strip(".,:'’") for w in words]
    if len(words) == 1 and lowered[0] in rules.group_words:
        return Owner(mention, mention, False, None) if explicit is not None else None
    near = explicit is not None and not any(w in rules.not_name or w in STOP_WORDS for w in lowered)
    person = match_attendee(bare, people, titled=titled, near=near)
    posts = lex or default_lexicon()
    if person is None and len(bare_words) >= 2 and (all(_post_word(w, posts) for w in bare_words[:-1])
                                                    or " ".join(bare_words[:-1]).lower() in posts.role_words):
        person = match_attendee(bare_words[-1], people, titled=True, near=False)  # 'City Manager Ekholm', 'Vice Chair Toomey'
    if person is None and len(bare_words) >= 4 and bare_words[0].lower() in posts.role_words and "of" in lowered[1:-2]:
        person = match_attendee(bare_words[-1], people, titled=True, near=False)  # 'Director of Public Works Roy'
    post = lambda w: w.lower().strip(".,") in posts.role_words or w.lower() in rules.group_words or w.lower() == "the"  # noqa: E731
    if person is None and len(bare_words) >= 3 and all(post(w) for w in bare_words[:-2]):
        person = match_attendee(" ".join(bare_words[-2:]), people, near=False)  # 'the Clerk Jo Bell'
    remit = BRACKETED.fullmatch(mention) if person is None and "(" in mention else None
    if remit and _group_words_in(remit["post"], rules):  # "Treasurer (Kofi)": the post's holder, named in brackets
        person = match_attendee(remit["who"], people, near=False)
    if person:
        return Owner(person.name, mention, True, person.role)
    if len(lowered) >= 2 and all(w in rules.column_labels for w in lowered):
        return None  # the header row of an action log ("Lead   Due   Status") names no one
    if is_status(mention, rules):
        return None  # an action log's status column ("Amber", "Red – delayed", "Complete") is never its owner
    as_initials = " " not in bare and sum(c.isupper() for c in bare) >= 2
    defined = people.defined.get(bare.lower()) if isinstance(people, PeopleIndex) and as_initials else None
    if defined and not titled:
        return Owner(defined.name, mention, False, None)  # "JS" for the "Jane Smith (JS)" of an earlier page
    if explicit is None:
        return None  # weak evidence ("by X", a bare handle): attendees only
    if any(w in rules.group_words for w in lowered) or isinstance(people, PeopleIndex) \
            and re.sub(r"^the\s+", "", mention.lower()) in people.roles:  # "the Clerk/RFO", a post the list gives
        return Owner(mention, mention, False, None)
    if len(words) == 2 and lowered[0] == "the" and re.fullmatch(r"[A-Z]{2,5}", words[1]):
        return Owner(mention, mention, False, None)  # "The PI", "the CCG": a body named by its acronym
    if lowered[0] in rules.not_owner or lowered[-1] in rules.not_name:  # "Key Points:", "Due Friday"
        return None
    if len(bare_words) == 1:
        name = bare_words[0].lstrip("@")
        ok = name_like(name, rules) or explicit is not None and mention.startswith("@") or explicit == NICK
        return Owner(name, mention, False, None) if ok else None
    if all(w[:1].isupper() or re.fullmatch(PARTICLE, w) for w in bare_words):
        return Owner(bare, mention, False, None)
    return None


BRACKETED = re.compile(r"(?P<post>[^()]+?)\s*\((?P<who>[^()]+)\)")


def _group_words_in(phrase: str, rules: OwnerRules) -> bool:
    return any(w.lower().strip(".,'’") in rules.group_words for w in phrase.split())


def _post_word(word: str, posts: PeopleLexicon) -> bool:
    """A word of a post written before a surname: 'City', 'Manager'; a plural one before two ('Commissioners')."""
    low = word.lower().strip(".,")
    return low in posts.role_words or low.endswith("s") and low[:-1] in posts.role_words


DOTTED_INITIALS = re.compile(r"[A-Z](?:\.\s?[A-Z]){1,3}\.?")


def _fold(text: str) -> str:
    """Lower case without accents: "Zoë Brontë" and "Zoe Bronte" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l").replace("ø", "o").replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# "Jane Smith (JS)" anywhere in the minutes defines initials for the rest of them; "Tom Baker (TB, Director of
# Operations)", "(TB – Treasurer)": a remark may follow the initials inside the bracket
DEFINITION = re.compile(
    rf"(?P<name>[{UP}][\w'’-]+(?:\s+(?:{PARTICLE}\s+)?[{UP}][\w'’.-]*){{1,4}})\s*\((?P<initials>[A-Z][a-z]?[A-Z][A-Za-z]{{0,2}})"
    r"(?:\s*[,;]\s*[^()\n]{1,60}|\s+[–—-]\s+[^()\n]{1,60})?\)"
)
LEGEND_NAME = rf"[{UP}][\w'’-]+(?:\s+(?:{PARTICLE}\s+)?[{UP}][\w'’-]*){{1,3}}"
LEGEND_INITIALS = r"[A-Z][a-z]?[A-Z][A-Za-z]{0,2}"
# one entry of a key to initials: "DO Dan Oke", "GH = Grace Hollis", "SL – Sara Lind", "Dan Oke (DO)", "Dan Oke – DO"
LEGEND_ENTRY = re.compile(
    rf"(?:^|(?<=[\s;,:|•·*-]))(?:(?P<initials>{LEGEND_INITIALS})\s*(?:[:=–—-]\s*|\s)(?P<name>{LEGEND_NAME})"
    rf"|(?P<name2>{LEGEND_NAME})\s*(?:[:=–—-]\s*|\s)\(?(?P<initials2>{LEGEND_INITIALS})\)?)(?=\s*(?:$|[;,|(]))",
    re.MULTILINE,
)


def people_defined_in(text: str, rules: OwnerRules | None = None) -> list[Person]:
    """People the minutes introduce with their initials ("... Cllr Jane Smith (JS) said"), wherever that is."""
    rules = rules or default_rules()
    found: dict[str, Person] = {}
    for match in DEFINITION.finditer(text):
        words, initials = match.group("name").split(), match.group("initials")
        caps = [c for c in initials if c.isupper()]
        # the initials spell the last names' own ("Cllr Jo Ann Lee (JAL)", "Sam de Vries (SdV)")
        start = len(words)
        while start > 0 and sum(w[:1].isupper() for w in words[start:]) < len(caps):
            start -= 1
        name = words[start:]
        named = [w for w in name if w[:1].isupper()]
        if [w[0] for w in named] != caps or any(is_lexical(w, rules) for w in named):
            continue  # "the Transport Plan (TP)" is a document, not a person
        found.setdefault(initials.lower(), Person(" ".join(name), match.group(0), initials=initials))
    for initials, name, said in legend_entries(text, rules):
        found.setdefault(initials.lower(), Person(name, said, initials=initials))
    return list(found.values())


def legend_entries(text: str, rules: OwnerRules | None = None) -> list[tuple[str, str, str]]:
    """(initials, name, as written) of every entry of a key to initials ("Owner key: DO Dan Oke; SL Sara Lind",
    "Initials: GH = Grace Hollis", a glossary block under "Abbreviations used:"), whose initials spell the name."""
    rules = rules or default_rules()
    if rules.legend_label is None or rules.legend_label.search(text) is None:
        return []
    entries: list[tuple[str, str, str]] = []
    for block in _legend_blocks(text, rules):
        for match in LEGEND_ENTRY.finditer(block):
            initials = match.group("initials") or match.group("initials2")
            name = match.group("name") or match.group("name2")
            if _spells(initials, name) and not any(is_lexical(w, rules) for w in name.split() if w[:1].isupper()):
                entries.append((initials, name, match.group(0)))
    return entries


LEGEND_BLOCK_LINES = 40  # a glossary block under its label: its lines up to the first blank one


def _legend_blocks(text: str, rules: OwnerRules) -> list[str]:
    """The text of each key: the rest of its label's line, and the lines under a label that ends its line."""
    blocks: list[str] = []
    lines = text.splitlines()
    for at, line in enumerate(lines):
        label = rules.legend_label.match(line)
        if not label:
            continue
        rest = line[label.end():]
        if rest.strip():
            blocks.append(rest)
            continue
        under = []
        for below in lines[at + 1:at + 1 + LEGEND_BLOCK_LINES]:
            if not below.strip():
                if under:
                    break
                continue
            under.append(below)
        blocks.append("\n".join(under))
    return blocks


def _spells(initials: str, name: str) -> bool:
    """"FMcL" spells Fiona McLaren (every capital of the name), "JPa" Jo Parr, "SdV" Sam de Vries."""
    caps = "".join(c for c in initials if c.isupper())
    words = [w for w in name.split() if w[:1].isupper()]
    return caps in ("".join(w[0] for w in words), "".join(c for c in "".join(words) if c.isupper()))




# words that open a surname: "Ní Bhriain", "Ó Murchú", "van Wyk", "de Souza" (accents folded as keys are)
SURNAME_PARTICLES = frozenset({"ni", "nic", "o", "mac", "mc", "ui", "de", "da", "del", "della", "di", "du", "la", "le",
                               "van", "von", "der", "den", "ter", "ten", "dos", "das", "al", "el", "bin", "ben", "ap"})


class PeopleIndex:
    """Attendees keyed every way minutes refer to them, built once per document.

    `defined` people (`people_defined_in(text)`) are not attendees: they answer only to the
    initials the minutes gave them, and keep their name as written.
    """

    KEYS = ("full", "initials", "handle", "surname", "first", "derived", "first_initial", "part", "login", "lead", "family")

    def __init__(self, people: list[Person], defined: list[Person] | None = None,
                 nicknames: dict[str, frozenset[str]] | None = None) -> None:
        self.people = [p for p in people if p.name]
        # "Tom" for Thomas, "Liz" for Elizabeth: the first names one name goes by (owner_rules.jsonl)
        self.nicknames = default_rules().nicknames if nicknames is None else nicknames
        self.defined = {p.initials.lower(): p for p in defined or [] if p.initials}
        self.roles = frozenset(p.role.lower() for p in self.people if p.role)  # the posts the list gives: "clerk/rfo"
        self.by: dict[str, dict[str, dict[str, Person]]] = {k: {} for k in self.KEYS}
        # each (mention, titled, near) answered once a document: the same names are looked up unit after unit,
        # and a miss walks every key and perhaps difflib's near spellings (the index never changes once built)
        self._matched: dict[tuple[str, bool, bool], Person | None] = {}
        for person in self.people:
            parts = _fold(person.name).split()
            keys = {
                "full": " ".join(parts),
                "initials": (person.initials or "").lower(),
                "handle": (person.handle or "").lower(),
                "surname": parts[-1],
                "first": parts[0],
                "derived": _initials(person.name).lower(),
                "first_initial": f"{parts[0]} {parts[-1][:1]}" if len(parts) > 1 else "",
                # the usual logins: "@bnguyen", "@nguyenb", "@bao.nguyen"
                "login": " ".join(re.sub(r"[^a-z]", "", x) for x in (
                    parts[0][:1] + parts[-1], parts[-1] + parts[0][:1], parts[0] + parts[-1])) if len(parts) > 1 else "",
            }
            for kind, key in keys.items():
                for one in key.split() if kind == "login" else [key]:
                    if one:
                        self.by[kind].setdefault(one, {})[person.name] = person
            if len(parts) >= 3:  # "Mr Tan" for Tan Wei Ming: a family name written first (Chinese, Korean, Vietnamese)
                self.by["family"].setdefault(parts[0], {})[person.name] = person
            for n in range(2, len(parts)):  # "Mei Lin" for Mei Lin Ortiz: the leading words of a longer name
                self.by["lead"].setdefault(" ".join(parts[:n]), {})[person.name] = person
            if len(parts) == 1:  # a login such as "mo.reyes" answers to "reyes"
                for piece in re.split(r"[._]", parts[0]):
                    if len(piece) >= 3 and piece != parts[0]:
                        self.by["part"].setdefault(piece, {})[person.name] = person

    def match(self, mention: str, titled: bool = False, near: bool = True) -> Person | None:
        """Full name, initials, @handle, surname ("Cllr Smith") or first name, when unique; then near forms."""
        asked = (mention, titled, near)
        if asked in self._matched:
            return self._matched[asked]
        found = self._matched[asked] = self._match(mention, titled, near)
        return found

    def _match(self, mention: str, titled: bool, near: bool) -> Person | None:
        key = _fold(mention).strip()
        if not key:
            return None
        words = key.split()
        lookups = [("full", key), ("initials", key), ("handle", key.lstrip("@")), ("surname", key)]
        if len(words) == 1:
            lookups.append(("login", re.sub(r"[^a-z]", "", key)))
        if not titled:
            lookups += [("first", key), ("part", key)]
        elif len(words) == 1:
            lookups.append(("family", key))
        if len(key) >= 2 and mention.isupper():
            lookups.append(("derived", key))
            if "-" in key:  # 'AR-T' for Anjali Rees-Tanner: the hyphen of a double-barrelled surname kept
                lookups.append(("derived", key.replace("-", "")))
        if len(words) == 2:
            lookups.append(("first_initial", f"{words[0]} {words[1][:1]}"))
        if len(words) >= 2 and not titled:
            lookups.append(("lead", key))
        if 2 <= len(words) <= 3 and all(w in SURNAME_PARTICLES for w in words[:-1]):
            # "Cllr Ní Bhriain", "Mr van Wyk", "Ms de la Cruz": the particles open the surname
            lookups.append(("surname", words[-1]))
        for kind, value in lookups:
            hits = self.by[kind].get(value, {})
            if len(hits) == 1:
                return next(iter(hits.values()))
        return self._one_word_listed(mention, words, titled) or self._nickname(words, titled) \
            or (self._near(mention, key, words, titled) if near else None)

    def _one_word_listed(self, mention: str, words: list[str], titled: bool) -> Person | None:
        """"Priya Natarajan" when the list gives only "Priya" (first names in informal notes), "John Smith" when
        it gives only "Smith" (a parish list of surnames): the one listed word the full name opens or ends with."""
        if len(words) not in (2, 3) or titled or not all(w[:1].isupper() for w in mention.split()):
            return None
        return self._unique([p for key in {words[0], words[-1]} for p in self.by["full"].get(key, {}).values()
                             if " " not in p.name.strip()])

    def _nickname(self, words: list[str], titled: bool) -> Person | None:
        """"Tom" or "Tom Okonkwo" for a listed Thomas Okonkwo: the short form a listed first name goes by. The other
        way only with the surname: a "Stephen" the text names may be someone else than the "Steve" on the list, a
        "Stephen Hart" is the listed "Steve Hart"."""
        if titled or not words or len(words) > 2:
            return None
        hits = [p for other in self.nicknames.get(words[0], ()) for p in self.by["first"].get(other, {}).values()
                if len(words) == 1 or _fold(p.name).split()[-1] == words[-1]]
        if not hits and len(words) == 2:
            # "Elizabeth Marr" for a listed Liz Marr: the formal name of a listed short form, the surname agreeing
            hits = [p for p in self.by["surname"].get(words[-1], {}).values()
                    if words[0] in self.nicknames.get(_fold(p.name).split()[0], ())]
        return self._unique(hits)

    def _near(self, mention: str, key: str, words: list[str], titled: bool) -> Person | None:
        raw = mention.split()
        mixed = re.fullmatch(r"([A-Z]{2,3})([a-z]{1,2})", mention)
        if mixed:  # "JPa" tells Jo Parr (JPa) from Jan Pike: initials, then more of the surname
            head, more = mixed.groups()
            return self._unique([p for p in self.by["derived"].get(head.lower(), {}).values()
                                 if _fold(p.name).split()[-1].startswith((head[-1] + more).lower())])
        if len(raw) >= 2 and all(re.fullmatch(r"[A-Z]\.?", w) for w in raw[:-1]):
            # "H. Smith": an initial before the surname names the listed Smith whose first name it opens (or a Smith
            # listed by surname alone); "J. Smith" is someone else than a listed Hugh Smith
            return self._unique([p for p in self.by["surname"].get(words[-1], {}).values()
                                 if _fold(p.name).split()[0][0] == words[0][0] or " " not in p.name.strip()])
        if len(raw) >= 2 and all(len(w) <= 3 and w.isupper() for w in raw[:-1]):
            # "DC Ferris", "PC Lomax": a post written before the surname
            return self._unique([p for p in self.by["surname"].get(words[-1], {}).values()])
        if len(words) == 1 and not titled and len(key) >= 3:
            # "Tobi" for Tobias, "Fran" for Francesca: a short form of one attendee's first name
            hits = [p for first, people in self.by["first"].items() if first.startswith(key) and len(first) - len(key) <= 5
                    for p in people.values()]
            if hits:
                return self._unique(hits)
        if len(words) == 2 and len(words[0]) >= 3:  # "Tobi Keane" for Tobias Keane
            hits = [p for p in self.by["surname"].get(words[1], {}).values() if _fold(p.name).startswith(words[0])]
            if hits:
                return self._unique(hits)
        if len(key) >= 5:  # a near spelling ("Rosamund Pryer" for Rosamund Pryor, "Gwendolin" for Gwendolyn)
            kind = "full" if len(words) >= 2 else "first"
            close = difflib.get_close_matches(key, list(self.by[kind]), n=2, cutoff=0.8)
            if len(close) == 1 or len(close) == 2 and _ratio(key, close[0]) - _ratio(key, close[1]) > 0.1:
                return self._unique(list(self.by[kind][close[0]].values()))
        return None

    @staticmethod
    def _unique(people: list[Person]) -> Person | None:
        names = {p.name for p in people}
        return people[0] if len(names) == 1 else None


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def match_attendee(
    mention: str, people: list[Person] | PeopleIndex, titled: bool = False, near: bool = True,
) -> Person | None:
    """Full name, initials, @handle, surname ("Cllr Smith") or first name, when unique."""
    if not mention or not people:
        return None
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people)
    if not index.people:
        return None
    return index.match(mention, titled, near)


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.findall(r"[^\W\d_]+", name)).upper()
