"""Present, in-attendance and apologies lists: who was there, with roles and initials.

`find_attendance` reads every list under a header ('Present:', 'Trustees present',
'Also in attendance', 'Apologies'; see headers.py), then what has no header of its own
(unheaded.py: lists and tables at the top, lists inside running text, 'Chair:' lines),
'Apologies were received from ...' sentences and people the text says were present
(presence.py). A list is inline ('Present: A, B and C', wrapped over lines or one entry a
line), a block of lines (one person a line, 'Name' / 'Role' pairs, indented roles,
sub-labels like 'Committee: ...'), or a table (pipes, tabs, aligned columns, one cell a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules import prechecked
from .flat import prose_at, split_at_headers
from .headers import APOLOGY_SENTENCE, IRC_PREFIX, content, header_of
from .layout import TABLE_RULE, Line
from .people import (
    CAPITAL_SURNAME_LIST,
    SURNAME_COMMA_LIST,
    HANDLE,
    LOGIN,
    PeopleLexicon,
    Person,
    add_role,
    bare,
    given_first,
    has_person_cue,
    is_bot,
    is_handle,
    is_post,
    is_title,
    is_title_row,
    looks_like_name,
    looks_like_role,
    parse_person,
    people_in_text,
    person_key,
    same_person,
    split_list,
)
from .people_tables import (
    Entries,
    csv_people,
    is_tabular,
    name_cells,
    name_tables,
    spaced_register,
    status_columns,
    status_of,
    status_rows,
    table_people,
    vertical_table,
)
from .presence import (
    SENT_APOLOGIES,
    UNABLE_TO_ATTEND,
    WAS_ABSENT,
    before_absence_sentence,
    present_in_text,
    prose_runs,
)
from .unheaded import (
    GROUPS,
    field_rows,
    headerless_list,
    initials_block,
    lists_in_running_text,
    role_lines,
    run_together,
    vertical_tables,
)

LOGINS = re.compile(r"[a-z][\w.-]*(?:\s+[a-z][\w.-]*)+")
BOLD_LABEL = re.compile(r"^\*\*(?P<label>[^*]+)\*\*\s*[-–—:]\s*(?P<rest>\S.*)$")
PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")  # three lower-case words running: a sentence
BRACKETED_TEXT = re.compile(r"\([^()]*\)")
SENTENCE_LINE = re.compile(r"[A-Z][^.!?]*\s[a-z][^.!?]*[.!?]$")  # 'A quorum was established with four present.'
LABEL_LINE = re.compile(r"^\W*[A-Z][\w'’ /&-]{0,40}:(?:\s|$)")
LABEL = re.compile(r"^(?P<label>[^:()\d]{1,40}?)\s*:\s+(?P<rest>\S.*)$")
INITIALS = re.compile(r"[A-Z]{2,5}")
HYPHENATED = re.compile(r"[^\W\d_]{2}-$")  # a word broken at the line end, the rest on the next line
# a page's foot or head inside a list: 'Page 2 of 7' (also at the end of a running title), '- 2 -', '2 of 7'
PAGE_MARK = re.compile(r"(?:^|\s)page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$"
                       r"|^\s*\d{1,3}\s+of\s+\d{1,3}\s*$", re.I)
# a page's foot left for the chair to sign: 'Signed: ........ (Chair)  Date: ......', "Chairman's initials ______"
SIGN_LINE = re.compile(r"^(?:(?:the\s+)?chair(?:man|person)?(?:'s|’s|s)?\s+)?(?:signed|signature|initials)\b\W*?[._…]{4,}",
                       re.I)
INITIALS_FIRST = re.compile(r"[A-Z]{2,4}\s+[–—-]\s+[A-Z]")
SUB_LABEL = re.compile(r"[A-Z][\w'’&/ -]{0,40}:")  # 'BID Team:', 'Staff:' alone on a line
CONTINUED = re.compile(r"\(?\b(?:continued|cont'?d)\)?\s*$", re.I)


@dataclass
class Attendance:
    attendees: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    in_attendance: list[Person] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # line indices that hold the lists


def find_attendance(lines: list[Line], lex: PeopleLexicon, header_limit: int) -> Attendance:
    """Read every attendance list; header-less tables and 'Chair:' lines are looked for before `header_limit`."""
    lists: dict[str, list[Person]] = {group: [] for group in GROUPS}
    consumed: set[int] = set()
    headers = [header_of(line, lex, qualified=line.index < header_limit) for line in lines]
    _label_headings(lines[:header_limit], headers, lex)
    # a document that lists people by login ('Present: mvoss, jbello') reads a lone 'Absent: efranco' the same way
    handles = any(sum(is_handle(bare(p), lex) for _, p in split_list(rest)) >= 2 for group, rest in headers if group) or None
    # a document that lists 'Albright, Miriam; Ferreira, Tomás' reads a lone 'Apologies: Quennell, Rupert' the same way
    reversed_names = any(SURNAME_COMMA_LIST.fullmatch(rest.strip(" .")) for group, rest in headers if group and rest)
    first = len(lines)  # the first line of a list of people present
    vertical_tables(lines[:header_limit], lex, consumed, lists)  # before 'Present' cells read as headers
    _marked_roster(lines[:header_limit], lex, consumed, lists)  # before 'Members (* denotes absence):' reads as a list
    if consumed:
        first = min(consumed)
    i = 0
    while i < len(lines):
        group, rest = headers[i]
        if i in consumed:
            i += 1
            continue
        entries, used = _read_list(lines, i, group, rest, lex, handles, reversed_names) if group else ([], set())
        if not entries:
            i += 1
            continue
        consumed.update(used)
        for target, person in entries:
            lists[target].append(person)
        if any(target != "apologies" for target, _ in entries):
            first = min(first, min(used))
        i = max(used) + 1
    head = lines[:header_limit]
    before = set(consumed)
    field_rows(head, lex, consumed, lists)
    if consumed - before:
        first = min([first, *(consumed - before)])
    lists_in_running_text(head, headers, lex, consumed, lists)
    before = set(consumed)
    name_tables(head, lex, consumed, lists)
    if not lists["present"] and not lists["attend"]:
        status_rows(head, lex, consumed, lists)
    if not lists["present"] and not lists["attend"]:
        spaced_register(head, lex, consumed, lists)
    if not lists["present"] and not lists["attend"]:
        initials_block(head, lex, consumed, lists)
    if not lists["present"] and not lists["attend"]:
        headerless_list(head, lex, consumed, lists)
    first = min([first, *(consumed - before)])
    while 0 < first < len(lines) and lines[first - 1].kind != "blank" and LABEL_LINE.match(content(lines[first - 1])):
        first -= 1  # 'Chairman: Cllr Roger Pell' on the line right above 'Present: ...' is one block with it
    if len(head) <= first < len(lines):  # the lists start below the top (a contents page, an agenda before them):
        end = max(consumed) + 1
        while end < len(lines) and lines[end].kind != "blank":
            end += 1  # the lists' block runs to the next blank line
        role_lines(lines[first:end], lex, consumed, lists)  # the 'Chair:' lines in the lists' block only
    elif first < len(lines):
        # the 'Chair:' lines from the lists to the first agenda item: 'Chair: A' / 'Treasurer: B' under
        # '3. Election of officers' name who was elected, not who came
        after_lists = max(consumed) + 1 if consumed else first
        stop = next((ln.index for ln in head[after_lists:] if ln.numbered and ln.kind in {"heading", "marker"}), len(head))
        role_lines(head[first:stop], lex, consumed, lists)
    else:
        role_lines(head, lex, consumed, lists)
    _roll_call_sentences(head, lex, consumed, lists)
    _apology_sentences(lines, lex, consumed, lists)
    _joiners(lines, lex, lists)
    body = "\n".join(line.text for line in lines if line.index not in consumed)
    for group in ("present", "attend"):
        lists[group] = run_together(lists[group], body)
    _expand_initials(lines, lex, lists)
    return _settle(lists, consumed)


# 'Key: MO = Mia Orr, TK = Tom Kay': a line that spells out the initials a list gave ('Present: MO, TK')
KEY_PAIR = re.compile(r"(?P<initials>[A-Z]{2,4})\s*(?:=|:|[-–—])\s*(?P<name>[^,;=]+?)\s*(?=[,;]|$)")
KEY_LINE = re.compile(r"^\W*(?:(?:key|initials|abbreviations|legend)\s*[:\-–—]\s*)?(?P<pairs>[A-Z]{2,4}\s*(?:=|:|[-–—]).*)$", re.I)


def _expand_initials(lines: list[Line], lex: PeopleLexicon, lists: dict[str, list[Person]]) -> None:
    """Lists that give only initials ('Present: MO, TK') take the names a key line elsewhere gives them."""
    listed = [p for group in ("present", "attend", "apologies") for p in lists[group] if INITIALS.fullmatch(p.name)]
    if not listed:
        return
    key: dict[str, Person] = {}
    for line in lines:
        found = KEY_LINE.match(line.text.strip())
        pairs = list(KEY_PAIR.finditer(found.group("pairs"))) if found else []
        if len(pairs) < 2 or len(pairs) != len(re.split(r"[,;]", found.group("pairs").strip(" .,;"))):
            continue  # every part of the line a pair, two at least
        for pair in pairs:
            person = parse_person(pair.group("name"), lex)
            if person is not None and len(person.name.split()) >= 2:
                key.setdefault(pair.group("initials"), person)
    for group in ("present", "attend", "apologies"):
        for person in lists[group]:
            named = key.get(person.name) if INITIALS.fullmatch(person.name) else None
            if named is not None:
                person.initials, person.name = person.name, named.name
                person.role = person.role or named.role


# 'Membership (* denotes present):', '(* indicates apologies)': a roster of all members where a mark says who came
LEGEND = re.compile(r"\(\s*(?P<mark>[*†‡✓✔])\s*(?:denotes|indicates|marks|shows|=)\s+(?P<status>present|presence|attend\w*|"
                    r"absen\w+|apolog\w+)\s*\)", re.I)


def _marked_roster(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """The lines under a legend line, one member a line: marked ones have the legend's status, the rest the other."""
    for line in head:
        legend = LEGEND.search(line.text)
        if legend is None or line.index in consumed:
            continue
        marked_present = legend.group("status").lower().startswith(("pres", "attend"))
        found: list[tuple[bool, Person]] = []
        for row in head[line.index + 1:]:
            text = row.text.strip()
            if not text or row.index in consumed or header_of(row, lex)[0]:
                break
            marked = text.startswith(legend.group("mark")) or text.endswith(legend.group("mark"))
            person = parse_person(text.strip(legend.group("mark") + " -•"), lex)
            if person is None:
                break
            found.append((marked == marked_present, person))
            consumed.add(row.index)
        if found:
            consumed.add(line.index)
            for present, person in found:
                lists["present" if present else "apologies"].append(person)


def _label_headings(head: list[Line], headers: list[tuple[str | None, str]], lex: PeopleLexicon) -> None:
    """'Trustees' or 'Staff' alone on a line heads a list when the line right below is a person with a
    post ('Agatha Brewin – Chair', 'Cllr A Lee'); alone it is a title ('Governors') or a heading
    ('Staff' over 'New Starters'), so a label otherwise needs its colon."""
    for group, labels in (("present", lex.present_labels), ("attend", lex.in_attendance_labels)):
        for line in head:
            text = content(line).strip().strip("*_#").strip()
            below = head[line.index + 1] if line.index + 1 < len(head) else None
            if headers[line.index][0] or line.kind not in {"text", "heading"} or text.lower() not in labels \
                    or below is None or below.kind not in {"text", "bullet"}:
                continue
            person_line = content(below).strip()
            person = parse_person(person_line, lex)
            if person is not None and (has_person_cue(person_line, lex) or person.role and looks_like_role(person.role, lex)):
                headers[line.index] = (group, "")


def _past_page_break(lines: list[Line], j: int) -> int:
    """The first line after a page break that starts at lines[j] (blank lines, 'Page 2 of 7', a running
    title repeated from the top or marked '(continued)'); j itself when no page mark is there."""
    k, marked = j, False
    while k < len(lines):
        text = lines[k].text.strip()
        if lines[k].kind == "blank":
            marked = marked or "\f" in lines[k].text  # a form feed: the text extractor's own page break
            k += 1
        elif PAGE_MARK.search(text) or SIGN_LINE.match(text):
            k, marked = k + 1, True
        elif len(text) >= 8 and (CONTINUED.search(text) or any(ln.text.strip() == text for ln in lines[:j])
                                 or (marked or k + 1 < len(lines) and PAGE_MARK.search(lines[k + 1].text.strip()))
                                 and _running_title(text, lines[:j])):
            k += 1  # the running title over the next page (or over its 'Page 2')
        else:
            break
    return k if marked and k < len(lines) else j


def _running_title(text: str, above: list[Line]) -> bool:
    """'Ashcombe Town Council – Full Council – 3 February 2025' after a page mark: a page's head that opens
    with one of the document's first lines (the body over the committee over the date), the date often added."""
    tops = [ln.text.strip() for ln in above if ln.kind != "blank"][:3]
    return any(len(top) >= 10 and text.startswith(top) and text != top for top in tops)


def _joiners(lines: list[Line], lex: PeopleLexicon, lists: dict[str, list[Person]]) -> None:
    """People the text records as present ('Mr Ian Cole joined the meeting') who no list gives,
    or whom a list gave as apologies (they came after all)."""
    there = lists["present"] + lists["attend"]
    for person in present_in_text(lines, lex):
        if INITIALS.fullmatch(person.name):
            continue  # 'IC joined the meeting': initials name someone listed, or no one we can name
        late = [other for other in lists["apologies"] if same_person(person, other)]
        if late:
            lists["apologies"] = [p for p in lists["apologies"] if all(p is not q for q in late)]
            lists["attend"].extend(late)
        elif not any(same_person(person, other) for other in there):
            lists["attend"].append(person)
            there.append(person)


HEAD_COUNT_REST = re.compile(r"\(?\d{1,3}\)?\.?(?:\s*\([^()]{1,40}\))?")  # '34', '(4)', '34 (see attendance register)'


def _read_list(
    lines: list[Line], start: int, group: str, rest: str, lex: PeopleLexicon, handles: bool | None = None,
    reversed_names: bool = False,
) -> tuple[Entries, set[int]]:
    """People listed after a header line: inline after the colon, or in the lines below it."""
    columns, used = status_columns(lines, start, lex) if rest else ([], set())
    if columns:
        return columns, used  # 'Present      Apologies' over two columns of names
    if rest.strip(" .") in {"[]", "-", "–", "—"} or rest.strip(" .").lower() in lex.not_person:
        return [], {start}  # 'Apologies: none', 'apologies: []': an empty list, not one on the next line
    below = lines[start + 1] if start + 1 < len(lines) else None
    if HEAD_COUNT_REST.fullmatch(rest.strip()) and below is not None and below.kind in {"text", "bullet"} \
            and not below.numbered and "public" not in lines[start].text.lower():
        rest = ""  # 'Participants: 3', 'Members present: 34 (see register)': a count; not 'Members of the public: 2'
    if rest and all(len(cell.split()) <= 3 and not re.search(r"[(),;]", cell) and lex.column_kind(cell)
                    for cell in re.split(r"\t+|\s{2,}|\s*\|\s*", rest.strip(" |")) if cell):
        rest = ""  # 'Present<tab>Role': the header row of a table of people, names in the rows below
    if rest:
        if LOGINS.fullmatch(rest) and (handles or IRC_PREFIX.match(lines[start].text.strip())):
            rest = ", ".join(rest.split())  # IRC 'Present: ann bo cai': logins parted by spaces
        apology = APOLOGY_SENTENCE.search(rest)
        if apology and re.search(r"\w[.;]\s+$", rest[:apology.start()]):
            rest = rest[:apology.start()]  # '... and D. Apologies were received from E and F.': a sentence read on its own
        rest = before_absence_sentence(rest)
        lone = given_first(rest.strip(" .;"), lex) if reversed_names and SURNAME_COMMA_LINE.fullmatch(rest.strip(" .;")) \
            else None
        if lone is not None:
            return [(group, lone)], {start}
        rest, others = split_at_headers(rest, lex)  # 'A, B; Apologies: C' on one line
        runs = _status_runs(rest, lex)
        if runs:
            return [("apologies" if absent else group, p) for absent, words in runs for p in people_in_text(words, lex)], {start}
        text, used = _inline(lines, start, rest, lex) if not others else (rest, {start})
        if len(used) > 1:  # 'Attending: A (chair),' / 'B and C. D and E sent apologies.': the wrapped part too
            text = before_absence_sentence(text)
        entries = [(group, p) for p in people_in_text(text, lex, handles)]
        entries += [(other, p) for other, words in others for p in people_in_text(words, lex, handles)]
        more, more_used = _cue_lines(lines, max(used) + 1, lex) if entries else ([], set())
        return entries + [(group, p) for p in more], used | more_used
    if _sibling_fields(lines, start):
        return [], {start}
    below = next((ln for ln in lines[start + 1:start + 4] if ln.kind != "blank"), None)
    if below is not None and _group_status(lines[start]) and LABEL_LINE.match(content(below).strip()):
        return [], set()  # 'Parent governors absent' over 'Clerk: ...': a whole group's status, the next line a field
    if below is not None and header_of(below, lex)[0] and not header_of(below, lex)[1] \
            and not is_title_row(content(below).strip(), lex):
        return [], {start}  # 'Attendees' over 'Present' / 'Regrets' sub-headers, each over its own names
    runs = _status_runs(content(below), lex) if below is not None and below.kind == "text" else None
    if runs and len(runs) >= 2:  # 'ROLL CALL' over 'Commissioner Ruiz, here; Commissioner Cole, absent.'
        return [("apologies" if absent else group, p) for absent, words in runs for p in people_in_text(words, lex)], \
            {start, below.index}
    vertical, used = vertical_table(lines, start + 1, group, lex)
    if vertical:
        return vertical, used | {start}
    blocks = _blocks(lines, start + 1, lex)
    pairs = _pair_layout(blocks, lex)
    entries: Entries = []
    used = {start}
    for n, block in enumerate(blocks):
        if n and (block[0].kind == "bullet") != (blocks[0][0].kind == "bullet"):
            break  # bullets, a blank line, then 'Check-in' above its own bullets: a new section
        if n and is_tabular(blocks[0]) and not is_tabular(block):
            break  # a table of people, a blank line, then 'Summer Reading' / 'Sign-ups are at 340': the text
        if n and entries and _lone_word(block[0], lex) and all(len(p.name.split()) >= 2 for _, p in entries):
            break  # full names, a blank line, then 'Reports' over its own text: a section heading
        found, block_used = _block_people(block, group, pairs, lex, handles)
        if not found and pairs and n + 1 < len(blocks) and _block_people(blocks[n + 1], group, pairs, lex, handles)[0]:
            continue  # one pair we cannot read does not end a list of pairs
        entries.extend(found)
        used.update(block_used)
        if not found or len(block_used) < len(block):
            break  # the list ended inside this block
    return _unticked_absent(entries, [lines[k] for k in sorted(used - {start})]), used


TASK_BOX = re.compile(r"^\s*(?:[-*+]\s+)?\[(?P<mark>[ xX✓✔])\]\s")


def _unticked_absent(entries: Entries, rows: list[Line]) -> Entries:
    """'- [x] Ann Lee' / '- [ ] Cai Poe': a roll call of task boxes, one person a box, some ticked: an
    unticked box is someone absent. Boxes all ticked or all empty mark nothing (a template's bullets)."""
    marks = [TASK_BOX.match(line.text) for line in rows]
    if len(rows) != len(entries) or not all(marks):
        return entries
    ticked = [m.group("mark") != " " for m in marks]
    if all(ticked) or not any(ticked):
        return entries
    return [(group if tick else "apologies", person) for (group, person), tick in zip(entries, ticked)]


STATUS_RUN = re.compile(r"^(?P<who>.+?)(?:\s+[-–—:]\s*|\s*,\s*|\s+)(?:(?:were|was|are|is)\s+)?"
                        r"(?P<status>present|absent|excused|here)$", re.I)  # 'Commissioner Ruiz, here' (a US roll call)
# '(P) Ann Lee, (Ap) Bo Roe, (A) Cai Poe': a register's mark in brackets before each name
MARK_FIRST = re.compile(r"^\((?P<status>[A-Za-z]{1,4}|[✓✔✗✘])\)\s*(?P<who>[^()].*)$")


def _status_runs(rest: str, lex: PeopleLexicon) -> list[tuple[bool, str]] | None:
    """'Trustees Marquez, Okafor and Chen present; Trustee Abernathy absent.' (a roll call in prose) ->
    [(False, 'Trustees Marquez, Okafor and Chen'), (True, 'Trustee Abernathy')]; 'Ann Lee – present; Bo Roe –
    absent' and '(P) Ann Lee, (A) Bo Roe' the same; None unless every part carries its status."""
    marked = [MARK_FIRST.match(p.strip()) for p in re.split(r"[,;]\s*", rest.strip(" .")) if p.strip()]
    if len(marked) >= 2 and all(marked):
        statuses = ["absent" if m.group("status") == "A" else status_of(m.group("status"), lex) for m in marked]
        if all(statuses):
            return [(status == "absent", m.group("who")) for status, m in zip(statuses, marked)]
    parts = [p.strip() for p in re.split(r";\s*|(?<=[a-z]{2})\.\s+", rest.strip(" .")) if p.strip()]
    matches = [STATUS_RUN.match(p) for p in parts]
    if not matches or any(m is None for m in matches):
        return None
    runs = [(status_of(m.group("status"), lex) == "absent", m.group("who")) for m in matches]
    return runs if any(people_in_text(words, lex) for _, words in runs) else None


def _lone_word(line: Line, lex: PeopleLexicon) -> bool:
    """'Reports', 'Finance': one capitalised word with no title, handle or bracket, as a heading is written."""
    text = content(line).strip().rstrip(":")
    return bool(re.fullmatch(r"[A-Z][a-z]+", text)) and not is_title(text, lex)


def _cue_lines(lines: list[Line], j: int, lex: PeopleLexicon) -> tuple[list[Person], set[int]]:
    """'Present: Mr A (Parish Council)', then blank-separated lines 'Mrs B (Village representative)':
    each line one person with a title or a bracketed role."""
    people: list[Person] = []
    used: set[int] = set()
    while j < len(lines):
        line = lines[j]
        j += 1
        if line.kind == "blank":
            continue
        text = content(line).strip()
        person = parse_person(text, lex) if line.kind in {"text", "heading"} and not header_of(line, lex)[0] else None
        if person is None or not (has_person_cue(text, lex) or "(" in text) or len(people_in_text(text, lex)) != 1 \
                or prose_at(BRACKETED_TEXT.sub(" ", text)) or LABEL_LINE.match(text):
            break  # a 'Minute taker: A (AL)' or 'Signed: .... (Chair)' field is no further entry of the list
        people.append(person)
        used.add(line.index)
    return people, used


def _group_status(line: Line) -> bool:
    """'Parent Governors absent', 'Staff governors present': a group's status said without a colon."""
    text = content(line).strip().strip("*_#").strip()
    return ":" not in text and STATUS_RUN.match(text) is not None


def _sibling_fields(lines: list[Line], start: int) -> bool:
    """'- Apologies:' with nothing after it, then '- Facilitator: Norm': the next bullets are other fields."""
    header = lines[start]
    below = next((ln for ln in lines[start + 1:] if ln.kind != "blank"), None)
    return header.kind == "bullet" and below is not None and below.kind == "bullet" \
        and _indent(below) <= _indent(header) and bool(LABEL_LINE.match(content(below).strip()))


def _inline(lines: list[Line], start: int, text: str, lex: PeopleLexicon) -> tuple[str, set[int]]:
    """Join the lines an inline list runs on to: a wrap, or one more entry a line ('Cllr A' / 'Cllr B')."""
    used = {start}
    k = start + 1
    while k < len(lines):
        after_break = _past_page_break(lines, k)  # a list that runs on over a page's foot and the next page's head
        line = lines[after_break]
        broken = after_break > k
        kinds = {"text", "bullet", "heading"} if broken else {"text", "bullet"}  # set apart by the break
        k = after_break + 1
        words = content(line).strip()
        if line.kind not in kinds or line.numbered or header_of(line, lex)[0] or _field_line(words, lex):
            break  # '1. Welcome' after the list is the first item
        if HYPHENATED.search(text) and words[:1].isalpha():
            # a PDF's hyphenation 'Cllr S Halli-' / 'well, ...'; a capital after it is the name's own: 'Varley-' / 'Cole'
            text = (text[:-1] if words[:1].islower() else text) + words
            used.add(line.index)
            continue
        joiner = _continues(text, words, lex)
        if joiner is not None and _tabbed_entry(line, words, text, lex):
            joiner = "; "  # 'STAFF:<tab>A. Lee, Clerk' / '<tab>B. Roe, Treasurer': a person a line, the role theirs
        if joiner is None or broken and joiner != ", " and not re.search(r"(?:[,;&]|\band)$", text.rstrip()):
            break  # over a page break only more entries, or the rest of an entry cut at a comma, go on
        text += joiner + words
        used.add(line.index)
    return text, used


def _tabbed_entry(line: Line, words: str, text: str, lex: PeopleLexicon) -> bool:
    """A tab-indented line under 'LABEL:<tab>first entry' that opens on a person ('K. Yee', 'Councillor
    A. Dhaliwal'): the next entry of a roster, never the rest of the role the line above ended on."""
    if not line.text.startswith("\t") or re.search(r"(?:[,;&/(]|\band)$", text.rstrip()):
        return False
    first = split_list(words)[0][1] if words.strip() else ""
    if parse_person(first, lex) is None:
        return False
    return has_person_cue(first, lex) or bool(TABBED_INITIAL_NAME.match(first))


TABBED_INITIAL_NAME = re.compile(r"(?:[A-Z]\.?\s?-?){1,3}\s*[A-Z][\w'’-]+")  # 'K. Yee', 'M.-A. Tremblay', 'JR Hale'


def _field_line(words: str, lex: PeopleLexicon) -> bool:
    """'Chair: Jo Lee', '**Chair:** Jo Lee' or 'Chair<tab>Jo Lee' (a form's next field): no entry of the list above."""
    if LABEL_LINE.match(re.sub(r"\*\*|__", "", words)):
        return True
    label = re.match(r"(?P<label>[A-Z][\w'’ -]{0,30}?)\t", words)
    return bool(label) and label.group("label").strip().lower() in lex.role_labels


def _continues(text: str, words: str, lex: PeopleLexicon) -> str | None:
    """How `words` on the next line joins the list in `text`: ' ' (the list wraps), ', ' (the line is one
    more entry) or None (the list has ended: 'Plus 28 members', a sentence, an agenda item)."""
    if CAPITAL_SURNAME_LIST.fullmatch(words.strip()) and CAPITAL_SURNAME_LIST.fullmatch(text.strip()):
        return ", "  # 'HALLORAN, Bridget (Chair)' / 'IQBAL, Samir': one person a line, surname first
    if SENTENCE_LINE.match(words) and not re.search(r"(?:[,;&/(]|\b(?:and|with))$", text.rstrip()) \
            and prose_at(BRACKETED_TEXT.sub(" ", words)):
        return None  # 'A quorum was established.' after a finished list: a sentence, no one's role
    before = people_in_text(text, lex)
    end = text.strip()
    careful = False  # a lower-case word ends the line: a wrapped phrase, unless a sentence follows
    if re.search(r"(?:[,;&/(]|\b(?:and|with))$", end) or text.count("(") > text.count(")") \
            or re.match(r"(?:and\b|&|[a-z(])", words):
        cut = True  # mid-phrase: 'Director of Finance' / 'and Estates', 'Cllr A,' / 'Cllr B'
    elif re.search(r"\b[a-z]+$", end):
        cut = careful = True  # 'Expert by' / 'Experience; ...'
    elif re.search(r"[.!?]$", end) and not re.search(r"\b[A-Z]\.$", end):
        cut = False  # a full stop ends the list unless it closes an initial
    else:
        cut = _cut_short(split_list(text)[-1][1] if end else "", before, words, lex)
    if cut:
        wraps = not (careful and PROSE.search(BRACKETED_TEXT.sub(" ", words)))
        return " " if wraps and len(people_in_text(text + " " + words, lex)) >= len(before) else None
    return ", " if before and _entries(words, before, lex) else None


def _cut_short(last: str, before: list[Person], words: str, lex: PeopleLexicon) -> bool:
    """The list's last item is unfinished: a role cut at the line end ('Non-Executive' / 'Director')
    or a first name the next line ends ('Cllr Imran' / 'Sheikh (Chair), ...') where the list gives
    full names; not 'Cllr Lee' / 'Public Ann Ross' (a four-word name) or 'Cllr Lee' / 'Cllrs A, B'."""
    person = parse_person(last, lex)
    if person is None:
        return looks_like_role(last, lex)
    if "(" in last or len(person.name.split()) > 1 or all(len(p.name.split()) == 1 for p in before):
        return False
    first = split_list(words)[0][1] if words.strip() else ""
    lead = bare(first).split()
    if not lead or not looks_like_name(lead[0], lex) or has_person_cue(first, lex) or is_post(lead[0], lex):
        return False
    # 'Cllr Imran' / 'Sheikh (Chair)'; not 'Ann Lee, Acme' / 'Bo Roe, Globex' (an organisation, then the next person)
    return parse_person(first, lex) is not None and len(lead) + 1 <= 3 and (len(lead) == 1 or has_person_cue(last, lex))


def _entries(words: str, before: list[Person], lex: PeopleLexicon) -> bool:
    """A line that holds only more entries of the list: people (and the roles after them)."""
    if prose_at(BRACKETED_TEXT.sub(" ", words)):
        return False  # 'Cllr A Lee – Chair opened the meeting.'
    items = [re.sub(r"^(?:and|&)\s+", "", part) for _, part in split_list(words)]
    first = parse_person(items[0], lex) if items else None
    if first is None or not looks_like_name(first.name, lex) and not first.handle:
        return False
    people = people_in_text(words, lex)
    short = [p for p in people if len(p.name.split()) == 1]
    if short and not has_person_cue(items[0], lex) and all(len(p.name.split()) > 1 for p in before):
        return False  # 'Item / Notes / Action' under a list of full names
    return len(people) + sum(looks_like_role(i, lex) or bool(re.match(r"\d+\s+[a-z]", i)) for i in items) >= len(items)


def _blocks(lines: list[Line], j: int, lex: PeopleLexicon) -> list[list[Line]]:
    """Runs of non-blank lines below a header, up to the next header, heading or rule."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    while j < len(lines):
        after_break = _past_page_break(lines, j)
        if after_break > j:  # a page's foot and the next page's head inside the list
            j = after_break
            continue
        line = lines[j]
        j += 1
        if line.kind == "blank":
            if current:
                blocks.append(current)
                current = []
            continue
        if line.kind == "rule":
            if TABLE_RULE.match(line.text) or "|" in line.text or not blocks and not current:
                continue  # a table's rule, or the underline of the header
            break
        if line.kind == "marker" or header_of(line, lex)[0] is not None:
            break
        if line.kind == "heading" and not (line.level == 7 and (_person_heading(content(line), lex)
                                                                or _label(content(line), lex, False))):
            break  # a section title ('Check-in', 'Sponsorship'), not a name set apart by blank lines
        if not current and blocks and line.numbered and not blocks[0][0].numbered:
            break  # '1. Welcome, apologies and ...' after the list is the first agenda item
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _person_heading(text: str, lex: PeopleLexicon) -> bool:
    """A short line set apart like a heading that is a person: a full name, or a name with a title or role."""
    person = parse_person(text, lex, handles=True)
    return person is not None and (len(person.name.split()) >= 2 or has_person_cue(text, lex) or "(" in text
                                   or _is_name_list(text, lex, False))  # 'Zac, Brian, Doug' set apart


def _pair_layout(blocks: list[list[Line]], lex: PeopleLexicon) -> bool:
    """'Name' then 'Organisation' on the next line, pair after pair, blank lines between."""
    plain = [b for b in blocks if not is_tabular(b)]
    if len(plain) < 2 or any(len(b) != 2 for b in plain):
        return False
    seconds = [content(b[1]) for b in plain]
    if any(has_person_cue(s, lex) for s in seconds):
        return False
    return sum(_role_line(s, lex) for s in seconds) * 2 >= len(seconds)


def _role_line(text: str, lex: PeopleLexicon) -> bool:
    return looks_like_role(text, lex) or parse_person(text, lex) is None


def _group_line(text: str, below: str, lex: PeopleLexicon) -> bool:
    """'Board of Directors' (no colon) over 'Mr Tan Wei Ming – Chairman': the first line of a list names the
    group when it is a short body or post with no name in it and the line below is a titled person."""
    if len(text.split()) > 4 or not looks_like_role(text, lex) or parse_person(text, lex) is not None:
        return False
    person = parse_person(below, lex)
    # 'Non-executive directors' over 'Ann Lee, Chair': a plural group noun needs no title on the name below
    return person is not None and (has_person_cue(below, lex) or _plural_group(text, lex) and len(person.name.split()) >= 2)


def _plural_group(text: str, lex: PeopleLexicon) -> bool:
    """'Executive directors', 'Parent governors', 'Co-opted members': a line that ends on a group noun."""
    words = text.strip(" :").split()
    return bool(words) and words[-1].lower() in {n.lower() for n in lex.group_nouns}


def _block_people(
    block: list[Line], group: str, pairs: bool, lex: PeopleLexicon, handles: bool | None = None
) -> tuple[Entries, set[int]]:
    """The people in one block; stops at the first line that is not part of the list."""
    if is_tabular(block):
        return table_people(block, group, lex)
    csv_rows = csv_people(block, group, lex)
    if csv_rows[0]:
        return csv_rows
    reversed_names = _surname_first_lines(block, group, lex)
    if reversed_names:
        return reversed_names, {line.index for line in block}
    handles = handles or sum(is_handle(bare(content(line)), lex) for line in block) >= 2
    entries: Entries = []
    used: set[int] = set()
    groups: set[int] = set()  # organisation bullets over their people
    role_first: Person | None = None  # the last pair read was a post over its holder's name
    k = 0
    while k < len(block):
        line, text = block[k], content(block[k]).strip()
        previous = block[k - 1] if k else None
        if previous is not None and _ends_bullets(previous, line) or _roster_line(text, lex) \
                or entries and (_section_word(text, lex) or _outdented_label(line, previous, lex)):
            break  # 'Agenda' right under the last name: the next section
        if APOLOGY_SENTENCE.search(text):
            break  # 'Received: apologies for absence from A, B and C.': a sentence, read as one (_apology_sentences)
        if k + 1 < len(block) and SUB_LABEL.fullmatch(text) and looks_like_role(text, lex) \
                and not parse_person(text[:-1], lex):
            used.add(line.index)  # 'BID Team:' over the next names: a group inside the list, no one's role
            k += 1
            continue
        if not entries and k + 1 < len(block) and _group_line(text, content(block[k + 1]).strip(), lex):
            used.add(line.index)  # 'Present:' / 'Board of Directors' / 'Mr Tan Wei Ming – Chairman': the group first
            k += 1
            continue
        if not entries and is_title_row(text, lex):
            used.add(line.index)  # 'Name      Title' above rows whose gaps do not line up with it
            k += 1
            continue
        if is_bot(bare(text), lex):
            used.add(line.index)  # 'meetbot (12)' in a list of people present
            k += 1
            continue
        if (k == 0 or role_first) and k + 1 < len(block):
            role_first = _role_then_name(text, content(block[k + 1]).strip(), lex)
            if role_first is not None:
                entries.append((group, role_first))  # 'Chair' / 'Ann Lee': a table flattened with its post column first
                used.update({line.index, block[k + 1].index})
                k += 2
                continue
        called = _roll_call(text, lex)
        if called is not None:
            entries.append(("apologies" if called[0] == "absent" else group, called[1]))
            used.add(line.index)  # 'Vice Chair Omar Saleh - present', 'Member Lucy Tran - absent'
            k += 1
            continue
        if _person_line_above(previous, used, groups) and entries and _indent(line) > _indent(previous) \
                and not has_person_cue(text, lex) and _phrase(text):
            add_role(entries[-1][1], text)  # an indented line under a name is its role
            used.add(line.index)
            k += 1
            continue
        reversed_name = _reversed_name(line, block, text, lex)
        if reversed_name is not None:
            entries.append((group, reversed_name))  # 'Lane, Ada (Acme)' one a bullet: one person
            used.add(line.index)
            k += 1
            continue
        label = _label(text, lex, handles)
        if label or _is_name_list(text, lex, handles):
            rest = label[1] if label else text
            n, joined = _wrapped(block, k, rest, lex)
            people = people_in_text(joined, lex, handles)
            if label and len(people) == 1 and not people[0].role:
                people[0].role = label[0]
            entries.extend((group, p) for p in people)
            used.update(ln.index for ln in block[k:k + n])
            k += n
            continue
        in_columns = name_cells(line, lex)
        if in_columns:
            entries.extend((group, p) for p in in_columns)  # 'Ann Lee      Bo Roe': two people in columns
            used.add(line.index)
            k += 1
            continue
        sentences = _titled_sentences(text, lex)
        if sentences:
            entries.extend((group, p) for p in sentences)  # 'Cllr Priestley - work. Cllr Amos - unwell.'
            used.add(line.index)
            k += 1
            continue
        person = parse_person(text, lex, handles=handles or bool(LOGIN.fullmatch(bare(text))))  # 'kat.r'
        if person is None and line.kind == "bullet" and k + 1 < len(block) and block[k + 1].kind == "bullet" \
                and _indent(block[k + 1]) > _indent(line) and looks_like_role(text, lex) and _phrase(text):
            groups.add(line.index)  # '- Acme Corp' over its people's deeper bullets: a group, no one's role
            used.add(line.index)
            k += 1
            continue
        if person is None:
            if entries and looks_like_role(text, lex) and _phrase(text) and not _item_title(text, lex):
                add_role(entries[-1][1], text)  # 'Jane Smith' / 'Chair' on the next line
                used.add(line.index)
                k += 1
                continue
            break
        entries.append((group, person))
        used.add(line.index)
        if k + 1 < len(block) and not _ends_bullets(line, block[k + 1]) and not _next_bullet(line, block[k + 1]) \
                and _role_below(person, line, block[k + 1], pairs and len(block) == 2, handles, lex):
            add_role(person, content(block[k + 1]).strip())
            used.add(block[k + 1].index)
            k += 1
        k += 1
    return entries, used


def _titled_sentences(text: str, lex: PeopleLexicon) -> list[Person]:
    """'Cllr Priestley - work commitment. Cllr Amos - unwell.': a titled person a sentence, each with a reason."""
    parts = [p for p in re.split(r"(?<=[a-z)]{2})\.\s+", text.strip().rstrip(".")) if p]
    if len(parts) < 2 or not all(has_person_cue(p, lex) for p in parts):
        return []
    people = [parse_person(p, lex) for p in parts]
    return [p for p in people if p is not None] if all(people) else []


# a word that heads the next section when it comes right under a list of names ('Attendees' / names / 'Agenda')
SECTION_WORDS = frozenset({"agenda", "notes", "discussion", "action items", "actions", "next steps", "minutes",
                           "decisions", "summary", "topics", "updates"})


def _role_then_name(text: str, below: str, lex: PeopleLexicon) -> Person | None:
    """'Treasurer' over 'Ann Lee': a post of the role labels alone on its line, then a full name alone on the next."""
    if text.strip(" :").lower() not in lex.role_labels:
        return None
    person = parse_person(below, lex)
    if person is None or len(person.name.split()) < 2 or below.strip(" :").lower() in lex.role_labels:
        return None
    person.role = person.role or text.strip(" :")
    return person


def _section_word(text: str, lex: PeopleLexicon) -> bool:
    return text.strip("#*_: ").lower() in lex.generic_headings | SECTION_WORDS


def _item_title(text: str, lex: PeopleLexicon) -> bool:
    """'MINUTES OF LAST MEETING', 'Minutes of the previous meeting': the next item's title under the last name,
    no post ('Minutes', 'Minutes secretary' or 'Officer (minutes)' may say who took them)."""
    words = re.findall(r"[^\W\d_]+", BRACKETED_TEXT.sub(" ", text).lower())
    return len(words) >= 3 and words[0] in lex.heading_words  # not 'Democratic Services (minutes)'


def _outdented_label(line: Line, above: Line, lex: PeopleLexicon) -> bool:
    """'   Chair' under '          Dee_Fox': a label set out less deep than the names, over a name of its own
    (W3C and wiki summaries), not the post of the name above."""
    return _indent(line) < _indent(above) and content(line).strip(" :").lower() in lex.role_labels


# a tick or a cross after the name: '✓' and '✗', or the emoji notes use ('✅', '❌', with or without U+FE0F)
STATUS_TAIL = re.compile(r"^(?P<who>.+?)(?:\s+[-–—:]\s*|(?<=[a-z]):\s+|\t+|\s{2,}|\s+(?=[✓✔✅☑✗✘❌✖☒]\ufe0f?\s*$))"
                         r"(?P<status>[^\W\d_][\w ]{0,20}|[✓✔✅☑✗✘❌✖☒]\ufe0f?)\s*[.;]?$")


SURNAME_COMMA_LINE = re.compile(r"[A-Z][\w'’-]+,\s*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)?(?:\s*\([^()]*\))?")


def _surname_first_lines(block: list[Line], group: str, lex: PeopleLexicon) -> Entries:
    """'Lee, Ann' / 'Roe, Bo (Treasurer)' one a line: each a surname, a comma and given names; a register
    gives each a status after a gap or a dash ('Lee, Ann   P' / 'Roe, Bo   AP'), no middle initial."""
    texts = [content(line).strip().rstrip(";.") for line in block]
    tails = [STATUS_TAIL.match(t) for t in texts]
    statuses = [("absent" if m.group("status") == "A" else status_of(m.group("status"), lex)) if m else None for m in tails]
    marked = all(statuses)
    if marked:
        texts = [m.group("who").strip() for m in tails]
    if len(texts) < 2 or not all(SURNAME_COMMA_LINE.fullmatch(t) and not t.split(",")[0].isupper() for t in texts):
        return []  # 'HALLORAN, Bridget' (capitals) is read as such elsewhere
    people = [given_first(t, lex) for t in texts]
    if not all(people):
        return []
    return [("apologies" if marked and status == "absent" else group, p) for p, status in zip(people, statuses) if p]


def _roll_call(text: str, lex: PeopleLexicon) -> tuple[str, Person] | None:
    """('present' | 'absent', person) for a roll-call line: a person, a dash or a gap, then a status word."""
    match = STATUS_TAIL.match(text)
    status = ("absent" if match.group("status") == "A" else status_of(match.group("status"), lex)) if match else None
    if status is None:
        return None
    person = parse_person(match.group("who"), lex)
    return (status, person) if person is not None else None


def _roster_line(text: str, lex: PeopleLexicon) -> bool:
    """'**Acme Ltd** - Ann Lee / Bo Roe': a member organisation and its representatives, a roster of who
    may vote rather than of who came."""
    match = BOLD_LABEL.match(text)
    if not match or is_post(match.group("label"), lex) or match.group("label").lower().strip(" :") in lex.role_labels:
        return False
    label = parse_person(match.group("label"), lex)
    if label is not None and len(label.name.split()) >= 2:
        return False  # '**Ann Lee** - Acme': the person comes first
    return any(len(p.name.split()) >= 2 for p in people_in_text(match.group("rest"), lex))


def _ends_bullets(previous: Line, line: Line) -> bool:
    """'quorum: yes' after '- Ann Lee': a plain line no deeper than the bullet above ends the list."""
    return previous.kind == "bullet" and line.kind != "bullet" and _indent(line) <= _indent(previous)


def _person_line_above(previous: Line | None, used: set[int], groups: set[int]) -> bool:
    """The line above was read as a person (not skipped, not an organisation heading its own bullets)."""
    return previous is not None and previous.index in used and previous.index not in groups


def _next_bullet(line: Line, below: Line) -> bool:
    """'* QUENTIN DOYLE' / '* ROSA ALVAREZ': a bullet no deeper than the one above is the next entry, even
    when capitals make it read like an organisation."""
    return line.kind == "bullet" and below.kind == "bullet" and _indent(below) <= _indent(line)


def _role_below(person: Person, above: Line, below: Line, pair: bool, handles: bool, lex: PeopleLexicon) -> bool:
    text = content(below).strip()
    if _section_word(text, lex) or _outdented_label(below, above, lex) or _item_title(text, lex):
        return False  # 'Agenda' under the last name heads the next section
    if person.name.isupper() and text.isupper() and looks_like_name(text, lex) and not pair \
            and not any(w.lower() in lex.role_words for w in re.findall(r"[\w'’-]+", text)):
        return False  # 'ANN LEE' / 'BO ROE': names in capitals one a line, the next is no post
    if has_person_cue(text, lex) or _label(text, lex, False) or is_bot(bare(text), lex) \
            or handles and is_handle(bare(text), lex):
        return False
    if "(" in text and len(bare(text).split()) >= 2 and looks_like_name(bare(text), lex):
        return False  # 'Joseph Whitlow (Host)': the next person with a role, not this one's role
    if person.initials and INITIALS_FIRST.match(text):
        return False  # 'KT – Kit Tran' / 'RO – Ruth Okafor (Treasurer)': initials first, one person a line
    if text.endswith(".") and prose_at(BRACKETED_TEXT.sub(" ", text)):
        return False  # 'Reports' / 'The reserve fund balance is $84,300.': a heading and its sentence
    return _phrase(text) and (pair or person.role is None and _role_line(text, lex))


def _phrase(text: str) -> bool:
    """A post or organisation line is short and holds no sentence break."""
    return len(text.split()) <= 14 and not re.search(r"\w\.\s+[A-Z]", text)


def _label(text: str, lex: PeopleLexicon, handles: bool) -> tuple[str, str] | None:
    """'Committee: A (Chair), B' or 'Chair: Pat Greenhalgh' -> (label, names); not 'Jane Smith: Chair'."""
    match = LABEL.match(text.replace("**", ""))
    if not match or len(match.group("label").split()) > 5:
        return None
    label, rest = match.group("label").strip(" *_"), match.group("rest")
    if re.search(r"\w\.\s", rest):
        return None  # 'Tim: Software guy. Interested in ...' is prose, not a list
    names = [p for p in people_in_text(rest, lex, handles) if p.name]
    if not names:
        return None
    if label.lower() in lex.role_labels or not looks_like_name(label, lex) or looks_like_role(label, lex) or len(names) >= 2:
        return label, rest
    return None


def _reversed_name(line: Line, block: list[Line], text: str, lex: PeopleLexicon) -> Person | None:
    """'Lane, Ada Quill (Acme, alternate)' in a list of one person a bullet: a surname or a short name
    before the comma, the full name after it, written as one entry (kept as written)."""
    if line.kind != "bullet" or sum(ln.kind == "bullet" for ln in block) < 3:
        return None
    parts = split_list(text)
    if len(parts) != 2 or parts[1][0] != ",":
        return None
    first, second = parse_person(parts[0][1], lex), parse_person(parts[1][1], lex)
    if first is None or second is None or has_person_cue(parts[0][1], lex) or len(first.name.split()) != 1 \
            or first.role or not 2 <= len(second.name.split()) <= 3:
        return None
    second.name = f"{first.name}, {second.name}"
    second.mention = content(line).strip()
    return second


def _is_name_list(text: str, lex: PeopleLexicon, handles: bool) -> bool:
    """'A, B, C' on one line (not 'Name – Role, Organisation' or 'Name, Role')."""
    if re.search(r"\s[–—-]\s|\t|\s{3}|\([A-Z]{2,4}\)\s+\w", text):
        return False
    parts = [p for s, p in split_list(text)]
    while parts and is_title(bare(parts[0]), lex):
        parts = parts[1:]  # 'Councillors, Mr A, Mrs B': the title is for all of them
    if parts and HANDLE.search(parts[0]) and not any(HANDLE.search(p) for p in parts[1:]):
        return False  # 'Lea Fontaine (@leaf), Orbital Labs': a handle, then the person's affiliation
    if len(parts) == 2 and len(bare(parts[0]).split()) >= 2 and len(bare(parts[1]).split()) == 1 \
            and not has_person_cue(parts[0], lex) and not handles:
        return False  # 'Ann Lee, Acme': a person and their organisation
    named = [looks_like_name(bare(p), lex) or handles and is_handle(bare(p), lex) for p in parts]
    # 'Jo Bell, Director of Care, Ashby and Vale CCG' is one person: the part after the name is a role
    return len(parts) >= 2 and named[0] and named[1] and sum(named) >= 2


def _wrapped(block: list[Line], k: int, text: str, lex: PeopleLexicon) -> tuple[int, str]:
    """How many lines from block[k] an inline list spans, and its text joined."""
    n = 1
    while k + n < len(block):
        if block[k + n].kind == "bullet":
            break  # a bullet starts an entry of its own: '* Ann Lee, Acme' / '* Bo Roe, Globex'
        words = content(block[k + n]).strip()
        joiner = None if LABEL_LINE.match(words) else _continues(text, words, lex)
        if joiner is None:
            break
        text += joiner + words
        n += 1
    return n, text


def _apology_sentences(lines: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """'Apologies for absence were received from Cllr A and Cllr B.' (names may run on to the next line)."""
    known = lists["present"] + lists["attend"] + lists["apologies"]
    for i, line in enumerate(lines):
        match = APOLOGY_SENTENCE.search(line.text)
        if not match or i in consumed and not re.search(r"\w{2}[.;]\s+$", line.text[:match.start()]):
            continue  # a list line already read, unless the apology is a sentence of its own after the list
        group = "names" if match.group("names") is not None else "granted"
        names = _to_sentence_end(line.text, match.start(group), lex).strip() if match.group(group) is not None else ""
        # 'That the apology of Cr Tau be received (and leave granted)': a resolution's verb ends the names
        names = re.split(r"\s+be\s+(?:received|accepted|noted|sustained|approved)\b", names)[0]
        names = ABSENCE_WORDS.sub("", names)  # 'That the apology from Cr Hona for absence be received'
        names = re.sub(r"(,|\band\b)\s+from\s+", r"\1 ", names)  # '... from the Vice-Chair, A, and from B'
        after = next((ln for ln in lines[i + 1:i + 4] if ln.kind != "blank"), None)
        if after is not None and not names and people_in_text(after.text, lex):
            names = _sentence(after.text)  # 'Apologies were received from:' and the names below
            consumed.add(after.index)
        elif after is not None and names and after.index == i + 1 and match.end() == len(line.text.rstrip()) \
                and after.kind == "text" and not header_of(after, lex)[0]:
            names += " " + _sentence(after.text)  # the sentence wraps on to the next line
        for person in _apologising(names, known, lex):
            if not any(same_person(person, other) for other in lists["apologies"] + lists["said"]):
                lists["said"].append(person)
    for text in prose_runs(lines, lex):  # 'Sam Iqbal sent' / 'his apologies': a wrapped sentence read whole
        said = [*SENT_APOLOGIES.finditer(text), *UNABLE_TO_ATTEND.finditer(text)]
        for match in sorted(said, key=re.Match.start):
            for person in _subject_names(text[:match.start()], lex):
                if not any(same_person(person, other) for other in lists["apologies"] + lists["said"]):
                    lists["said"].append(person)


ABSENCE_WORDS = re.compile(r"\s+for\s+(?:(?:his|her|their)\s+)?(?:absence|non-attendance)\b", re.I)
# a clause after a semicolon opens too: 'A, B and C were there; D sent apologies.'
SENTENCE_OPENING = re.compile(r"(?:^|(?<=[a-z)]{2}[.!?;])\s+)(?=[A-Z])")



# US minutes tell the roll call in prose: 'On roll call the following trustees were present: Abel, Brandt and
# Cuomo.' / 'Upon roll call the following members answered present: ...' / '... met in regular session with the
# following members present: ...'; the names run to the sentence's end
ROLL_CALL_SENTENCE = prechecked(re.compile(
    r"\bthe\s+following\s+(?:[a-z]+\s+){0,2}(?:(?:were|was|answered|responded)\s+|(?<=members\s)|(?<=commissioners\s)"
    r"|(?<=trustees\s)|(?<=directors\s)|(?<=councillors\s)|(?<=councilmembers\s))(?:present|in\s+attendance|"
    r"here)\s*(?:at\s+roll\s+call\s*)?:?\s*(?P<names>[^\n]+)", re.I))



def _roll_call_sentences(head: list[Line], lex: PeopleLexicon, consumed: set[int],
                         lists: dict[str, list[Person]]) -> None:
    """A roll call told in a sentence near the top: those it says were present, then anyone said to be absent."""
    for line in head:
        match = ROLL_CALL_SENTENCE.search(line.text) if line.index not in consumed else None
        if match is None:
            # '... Members present were A, B and C. Commissioner D was absent.': an absence told in a sentence
            # of its own near the top, after a list read in the running text
            for absent in WAS_ABSENT.finditer(line.text):
                for person in _subject_names(line.text[:absent.start()], lex, posts=True):
                    if not any(same_person(person, other) for other in lists["apologies"] + lists["said"]):
                        lists["said"].append(person)
            continue
        known = lists["present"] + lists["attend"]
        lists["present"].extend(p for p in people_in_text(_sentence(match.group("names")), lex)
                                if not any(same_person(p, other) for other in known))
        for absent in WAS_ABSENT.finditer(line.text, match.start("names")):
            for person in _subject_names(line.text[match.start("names"):absent.start()], lex, posts=True):
                if not any(same_person(person, other) for other in lists["apologies"] + lists["said"]):
                    lists["said"].append(person)


def _subject_names(text: str, lex: PeopleLexicon, posts: bool = False) -> list[Person]:
    """The people a sentence opens with, when its words up to the verb are names and nothing else; with
    `posts` a post before a surname names one too ('Trustee Lindqvist was absent', in a roll call)."""
    starts = [m.end() for m in SENTENCE_OPENING.finditer(text)]
    subject = re.sub(r"^[\s\-*•·]+", "", text[starts[-1]:] if starts else text).strip()
    if posts:  # 'Councilmen Pete Doyle and Sam Wirth': the group's plural post before the names
        subject = next((subject[len(g):].strip() for g in lex.group_nouns if subject.startswith(g + " ")), subject)
    parts = [re.sub(r"^(?:and|&)\s+", "", part) for _, part in split_list(subject, lex)]
    people = [parse_person(part, lex) for part in parts]
    if not subject or len(subject) > 200 or any(p is None for p in people) or prose_at(subject):
        return []  # 'The Chair sent apologies on behalf of ...', 'It was noted that ...'
    if any(len(p.name.split()) < 2 and not has_person_cue(part, lex) and not (posts and p.role and is_post(p.role, lex))
           for p, part in zip(people, parts)):
        return []  # 'Residents sent apologies for the noise': one word needs a title ('Cllr Ross sent apologies')
    return [p for p in people if p is not None]


def _to_sentence_end(text: str, start: int, lex: PeopleLexicon) -> str:
    """`text` from `start` to its sentence's full stop; the stop after a title or an initial goes on
    ('granted to Mr. Umesh Rathore.', 'received from Dr. A. Lee.')."""
    for stop in re.finditer(r"\.(?=\s|$)", text[start:]):
        word = re.search(r"[^\W\d_]+$", text[start:start + stop.start()])
        if word and len(word.group(0)) >= 2 and word.group(0).lower() not in lex.abbreviations:
            return text[start:start + stop.start()]
    return text[start:].rstrip(".")


def _sentence(text: str) -> str:
    """Text up to its first full stop ('Cllr A. Smith' keeps its initial)."""
    return re.split(r"(?<=\w{2})\.(?:\s|$)", text.strip())[0]


def _apologising(names: str, known: list[Person], lex: PeopleLexicon) -> list[Person]:
    """The people a sentence names; 'MO' is whoever the lists gave those initials."""
    people = []
    for _, part in split_list(names):
        token = bare(part)
        by_initials = [p for p in known if INITIALS.fullmatch(token) and p.initials == token]
        if by_initials:
            people.append(by_initials[0])
        elif not INITIALS.fullmatch(token):
            people.extend(people_in_text(part, lex))
    return people


LATENESS = re.compile(r"\blate\b|\blateness\b|\bleav\w*\s+early\b|\bleft\s+early\b|\barriv\w*\s+late\b", re.I)
BRACKET_STATUS = re.compile(r"(?:^|,\s*)(?P<status>present|absent|apologies|apols|apology|sent apologies|excused|"
                            r"regrets|not present|did not attend|in person|remote|online|via zoom|virtual)$", re.I)


LETTER_ABSENT = frozenset({"A", "AP", "APOL", "ABS", "X"})


def _last_note(person: Person) -> str:
    """The last of a person's bracketed notes, in capitals: 'Chair, Co-opted, P' -> 'P'."""
    return (person.role or "").split(", ")[-1].strip().upper()


def _bracketed_status(lists: dict[str, list[Person]]) -> None:
    """'Members: Ann Lee (present), Bo Roe (apologies)': a status in a person's brackets is no role; an
    absent one moves the person to the apologies. 'Ann Lee (P), Bo Roe (A)': register letters, read as such
    only where a '(P)' shows the list uses them ('(A)' alone may be anything)."""
    people = lists["present"] + lists["attend"]
    letters = any(_last_note(p) == "P" for p in people) and any(_last_note(p) in LETTER_ABSENT for p in people)
    for group in ("present", "attend"):
        kept = []
        for person in lists[group]:
            letter = _last_note(person) if letters else ""
            if letter == "P" or letter in LETTER_ABSENT:
                person.role = ", ".join(person.role.split(", ")[:-1]) or None  # 'Chair, Co-opted, P' -> 'Chair, Co-opted'
                (lists["apologies"] if letter in LETTER_ABSENT else kept).append(person)
                continue
            status = BRACKET_STATUS.search(person.role or "")
            if status:
                person.role = person.role[:status.start()].strip(" ,") or None
                if status.group("status").lower() in {"absent", "apologies", "apols", "apology", "sent apologies",
                                                      "excused", "regrets", "not present", "did not attend"}:
                    lists["apologies"].append(person)
                    continue
            kept.append(person)
        lists[group] = kept


def _settle(lists: dict[str, list[Person]], consumed: set[int]) -> Attendance:
    """Present and in-attendance people are attendees, less anyone an apologies list names: a printed
    list of all members followed by 'Apologies: B' records B as absent. An apology only said in a
    sentence ('... and from Cllr B for late arrival') does not outweigh a list of those present."""
    _bracketed_status(lists)
    # 'Apologies: Ann Lee (late)': an apology for lateness or leaving early; a list of those present still has her
    absent = {person_key(p) for p in lists["apologies"] if not LATENESS.search(p.role or "")}
    attendees: list[Person] = []
    seen: set[str] = set()
    for person in lists["present"] + lists["attend"]:
        if person_key(person) not in seen and person_key(person) not in absent:
            attendees.append(person)
            seen.add(person_key(person))
    in_attendance = [p for p in lists["attend"] if person_key(p) not in absent]
    apologies: list[Person] = []
    for person in lists["apologies"] + lists["said"]:
        if person_key(person) not in seen:
            apologies.append(person)
            seen.add(person_key(person))
    return Attendance(attendees=attendees, apologies=apologies, in_attendance=in_attendance, consumed=consumed)


def _indent(line: Line) -> int:
    expanded = line.text.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())
