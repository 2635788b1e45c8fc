"""Tables of people: pipe, tab or space-aligned columns, with or without a header row.

A header row is recognised from column names kept as data (name, role,
organisation, initials, handle, attendance); without one, each cell that reads as
a name is a person and the cells after it are their post.
"""

from __future__ import annotations

import re

from .headers import content, header_of
from .layout import Line, scan_lines
from .people import (
    PeopleLexicon,
    Person,
    bare,
    has_person_cue,
    looks_like_name,
    looks_like_role,
    parse_person,
    people_in_text,
)

_CELL_GAP = re.compile(r"\t+|\s{3,}")  # compiled once, not looked up in re's cache at every call

Entries = list[tuple[str, Person]]  # (group, person)
INITIALS = re.compile(r"[A-Z]{2,5}")
CELL = re.compile(r"\S+(?:[^\S\n]{1,2}\S+)*")  # words parted by at most two spaces: one cell of an aligned row
TICK = re.compile(r"[✓✔✅☑xXyY*]|yes|Yes|YES")  # a mark that puts the row in its column ('✗' says absent itself)
# '✓' is no word, so it stands outside the \b
PRESENT_STATUS = re.compile(r"^(?:(?:present|attended|yes|y|here|in person|remote|virtual|online)\b|in attendance$|[✓✔✅☑]|p$)", re.I)


def _cells(line: Line) -> list[str]:
    text = line.text.strip()
    if "|" in text:
        return [c.strip() for c in text.strip("|").split("|")]
    return [c.strip() for c in _CELL_GAP.split(text)]


def is_tabular(block: list[Line]) -> bool:
    return all(len(_cells(line)) >= 2 for line in block)


def csv_people(block: list[Line], group: str, lex: PeopleLexicon) -> tuple[Entries, set[int]]:
    """A meeting tool's attendance report pasted as CSV: 'Full Name,Join Time,Leave Time,Email' over one
    row a person; the person is the name column's cell (times, durations and addresses are no role)."""
    titles = [c.strip().strip('"') for c in block[0].text.split(",")] if block else []
    kinds = _column_kinds(titles, lex) if len(titles) >= 3 and "|" not in block[0].text else None
    if not kinds or kinds.count("name") != 1:
        return [], set()
    at = kinds.index("name")
    entries: Entries = []
    used = {block[0].index}
    for line in block[1:]:
        cells = [c.strip().strip('"') for c in line.text.split(",")]
        person = parse_person(cells[at], lex) if len(cells) >= len(titles) else None
        if person is None:
            break
        entries.append((group, person))
        used.add(line.index)
    return (entries, used) if entries else ([], set())


def _column_kinds(cells: list[str], lex: PeopleLexicon) -> list[str | None] | None:
    """The column kinds of a table's header row ('Name | Role | Initials'), or None if it is a data row."""
    kinds = [lex.column_kind(c) for c in cells]
    filled = [k for c, k in zip(cells, kinds) if c]
    if "name" in kinds and sum(k is not None for k in filled) * 2 > len(filled):
        return kinds
    return None


def _spans(line: Line) -> list[tuple[int, str]] | None:
    """(offset, cell) for a row aligned by spaces alone; None for a row with pipes or tabs."""
    if "|" in line.text or "\t" in line.text:
        return None
    return [(m.start(), m.group(0)) for m in CELL.finditer(line.text)]


def _titles(line: Line) -> list[tuple[int, str]]:
    """The column titles of a header row with their offsets (a pipe or tab row: their order)."""
    spans = _spans(line)
    return spans if spans is not None else list(enumerate(_cells(line)))


def _aligned(line: Line, titles: list[tuple[int, str]]) -> list[str] | None:
    """A space-aligned row's cells put under the column titles nearest them: 'Mr D Osei        ✓' with
    the tick under 'Apologies', not in the first empty column."""
    spans = _spans(line)
    if spans is None or len(spans) >= len(titles):
        return None
    cells = [""] * len(titles)
    centres = [start + len(title) / 2 for start, title in titles]
    for start, text in spans:
        column = min(range(len(titles)), key=lambda k: abs(centres[k] - (start + len(text) / 2)))
        cells[column] = (cells[column] + " " + text).strip()
    return cells


def table_people(
    rows: list[Line], group: str, lex: PeopleLexicon, header: list | None = None, header_line: Line | None = None,
) -> tuple[Entries, set[int]]:
    entries: Entries = []
    used: set[int] = set()
    if header is None and _name_grid(rows, lex):
        for line in rows:  # 'Ann Lee      Bo Roe' / 'Cai Poe      Dee Fox': a PDF's names in columns
            entries.extend((group, p) for p in (parse_person(c, lex) for c in _cells(line) if c.strip()) if p)
            used.add(line.index)
        return entries, used
    titles = _titles(header_line) if header_line is not None else None
    blank_rows: set[int] = set()  # people whose presence cell is empty
    ticked: list[int] = []  # people whose presence cell says present
    for line in rows:
        cells = _cells(line) if header is not None else _titled_cells(_cells(line), lex)
        kinds = _column_kinds(cells, lex) if header is None and not entries else None
        if kinds:
            header, titles = kinds, _titles(line)
            used.add(line.index)
            continue
        if header is not None and titles and len(titles) == len(header):
            cells = _aligned(line, titles) or cells
            cells = [_tick_status(c, titles[k][1], kind, lex) for k, (c, kind) in enumerate(zip(cells, header))]
        filled = [c for c in cells if c.strip()]
        starts = [k for k, c in enumerate(filled) if has_person_cue(c, lex)] if header is None else []
        if len(starts) >= 2 and starts[0] == 0:
            # a grid of names ('Cllr A<tab>Cllr B'), or a PDF's two columns of name and post pairs
            # ('Mrs A Lee   Chair   Dr B Roe   Medical Director'): each titled name starts a person
            rows = [filled[a:b] for a, b in zip(starts, starts[1:] + [len(filled)])]
            people = [parse_person(row[0], lex, role=", ".join(row[1:]) or None) for row in rows]
            found = [(group, p) for p in people if p]
        elif header is not None and header.count("name") >= 2 and len(cells) == len(header):
            # 'Name  Role  Name  Role': a PDF's table printed in two halves side by side, a person in each
            names = [k for k, kind in enumerate(header) if kind == "name"]
            halves = zip(names, names[1:] + [len(header)])
            found = [e for e in (_row_person(cells[a:b], header[a:b], group, lex) for a, b in halves) if e]
        else:
            found = [e for e in [_row_person(cells, header, group, lex)] if e]
            presence = _presence_cell(cells, header, titles, lex) if found else None
            if presence == "":
                blank_rows.add(id(found[0][1]))
            elif presence and status_of(presence, lex) == "present":
                ticked.append(id(found[0][1]))
        entries.extend(found)
        if found:
            used.add(line.index)
    if blank_rows and ticked:
        # '| Bo Roe | Globex | |' among rows ticked under 'Present': the one left blank was not there
        entries = [("apologies" if id(p) in blank_rows and g != "apologies" else g, p) for g, p in entries]
    return entries, used


def _presence_cell(cells: list[str], header: list | None, titles: list | None, lex: PeopleLexicon) -> str | None:
    """The row's cell under its one status column when that column is titled as presence ('Present',
    'Attended'); None when the table has no such column."""
    if header is None or not titles or len(titles) != len(header) or len(cells) != len(header):
        return None
    columns = [k for k, kind in enumerate(header) if kind == "status"]
    if len(columns) != 1 or status_of(titles[columns[0]][1], lex) != "present":
        return None
    return cells[columns[0]].strip()


def _name_grid(rows: list[Line], lex: PeopleLexicon) -> bool:
    """Every cell of every row a full name of two to four words and no post or organisation word."""
    cells = [c for line in rows for c in _cells(line) if c.strip()]
    return len(cells) >= 3 and len(cells) > len(rows) and all(_full_name_cell(c, lex) for c in cells)


def _full_name_cell(cell: str, lex: PeopleLexicon) -> bool:
    words = bare(cell).split()
    # 'Cllr Eve Farr (Chair)': a post in brackets after the name makes no cell a post
    return 2 <= len(words) <= 4 and looks_like_name(bare(cell), lex) and not looks_like_role(NAME_NOTE.sub("", cell), lex)


NAME_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def name_cells(line: Line, lex: PeopleLexicon) -> list[Person]:
    """'Ann Lee      Bo Roe': the people of one line of names in columns; [] unless every cell is a full name."""
    cells = [c for c in _cells(line) if c.strip()]
    if len(cells) < 2 or "|" in line.text or not all(_full_name_cell(c, lex) for c in cells):
        return []
    people = [parse_person(c, lex) for c in cells]
    return [p for p in people if p] if all(people) else []


def _titled_cells(cells: list[str], lex: PeopleLexicon) -> list[str]:
    """'Parent Governor  Ms S Dunne': a PDF's narrow column gap (two spaces) before a titled name parts two cells."""
    parted = []
    for cell in cells:
        pieces = re.split(r"\s{2}(?=\S)", cell)
        current = pieces[0]
        for piece in pieces[1:]:
            if has_person_cue(piece, lex):
                parted.append(current)
                current = piece
            else:
                current += "  " + piece
        parted.append(current)
    return parted


def _tick_status(cell: str, title: str, kind: str | None, lex: PeopleLexicon) -> str:
    """A tick under a status column stands for the column's title: '✓' under 'Apologies' is an apology."""
    if kind == "status" and TICK.fullmatch(cell.strip()) and status_of(title, lex):
        return title
    return cell


def _row_person(cells: list[str], header: list | None, group: str, lex: PeopleLexicon) -> tuple[str, Person] | None:
    """One table row: with a header each column says what it holds; without, the first name is the person."""
    if header is None:
        name_at = next((k for k, c in enumerate(cells) if looks_like_name(bare(c), lex)
                        and not _initials_before_name(cells, k, lex)), None)
        if name_at is None:
            return None
        header = [None] * len(cells)
        header[name_at] = "name"
    fields: dict[str, list[str]] = {}
    for kind, cell in zip(header, cells):
        cell = cell.strip()
        if not cell or re.fullmatch(r"[-–—]+", cell):
            continue
        if kind is None:
            kind = "initials" if INITIALS.fullmatch(cell) else "status" if status_of(cell, lex) else "post"
        fields.setdefault(kind, []).append(cell)
    if "name" not in fields:
        return None
    role = ", ".join(fields.get("post", []) + fields.get("org", [])) or None
    person = parse_person(fields["name"][0], lex, role=role, handles=True)
    if person is None:
        return None
    initials = next((c for c in fields.get("initials", []) if INITIALS.fullmatch(c)), None)
    person.initials = initials or person.initials
    if fields.get("handle"):
        person.handle = fields["handle"][0].lstrip("@")
    status = status_of(fields.get("status", [""])[0], lex)
    return ("apologies" if status == "absent" else group), person


def _initials_before_name(cells: list[str], k: int, lex: PeopleLexicon) -> bool:
    """'KT<tab>Karin Toll<tab>Nordlys Institute': a key column of initials before the full name is the
    person's initials, not their name (a project's attendance table gives both so actions can say 'KT')."""
    if not INITIALS.fullmatch(cells[k].strip()):
        return False
    return any(len(bare(c).split()) >= 2 and looks_like_name(bare(c), lex) for c in cells[k + 1:k + 2])


STATUS_NOTE = re.compile(r"\s+[–—-]\s+|\s*\(|,\s*")


def status_of(cell: str, lex: PeopleLexicon) -> str | None:
    """'Present (remote)' -> 'present'; 'Apologies' -> 'absent'; None when the cell is no status."""
    lowered = cell.replace("\ufe0f", "").strip().lower()  # '✅' followed by the emoji variation selector
    head = STATUS_NOTE.split(lowered, maxsplit=1)[0]  # 'No – apologies', 'Yes (remote)': the status, then a note
    if head != lowered and head:
        return status_of(head, lex) or status_of(lowered[len(head):].strip(" –—-,(/)"), lex)
    if lowered in lex.absent_status or any(lowered.startswith(s + " ") for s in lex.absent_status if len(s) > 2):
        return "absent"
    return "present" if PRESENT_STATUS.match(lowered) else None


def vertical_table(lines: list[Line], j: int, group: str, lex: PeopleLexicon) -> tuple[Entries, set[int]]:
    """A table flattened to one cell a line: column titles ('Name', 'Role', 'Present/Apologies') one a
    line, then each row's cells one a line; a row starts at a cell that reads as a person."""
    cells = [ln for ln in lines[j:j + 400] if ln.kind != "blank"]
    titles = 0
    # a rule or a bullet is no cell: 'Attendees' over '---------' and '- Ann Lee' is a heading and its list
    while titles < min(len(cells), 8) and cells[titles].kind not in {"rule", "bullet"} \
            and len(cells[titles].text.split()) <= 4 and not _row_start(cells[titles], lex) \
            and not cells[titles].text.rstrip().endswith(":") and "," not in cells[titles].text:  # no list of names
        titles += 1
    kinds = [lex.column_kind(c.text.strip()) for c in cells[:titles]]
    if titles < 2 or kinds[0] != "name" or sum(k is not None for k in kinds) * 2 < titles:
        return [], set()
    entries: Entries = []
    used = {c.index for c in cells[:titles]}
    spaced = lines[cells[0].index + 1].kind == "blank"  # a Word table's cells parted by blank lines, not its rows
    for cell in cells[titles:]:
        text = cell.text.strip()
        person = _row_start(cell, lex)
        if person is None and not spaced and lines[cell.index - 1].kind == "blank" and header_of(cell, lex)[0]:
            break  # 'Apologies' set apart by a blank line heads the next table, no status cell of this row
        if person is not None:
            entries.append((group, person))
        elif not entries or not (status_of(text, lex) or _short_cell(cell, lex)):
            break  # the first line that is no cell ('In attendance: ...', '1. Welcome'): the table has ended
        elif status_of(text, lex) == "absent":
            entries[-1] = ("apologies", entries[-1][1])
        used.add(cell.index)
    return entries, used


def _short_cell(cell: Line, lex: PeopleLexicon) -> bool:
    """A cell of a row: a tick, a category, a post ('Co-opted', 'LA', '✓'), not a header, item or sentence."""
    text = cell.text.strip()
    return len(text.split()) <= 4 and len(text) <= 40 and not cell.numbered and not header_of(cell, lex)[0] \
        and not re.search(r"[.:;!?]$", text)


def _row_start(cell: Line, lex: PeopleLexicon) -> Person | None:
    """A cell that reads as a full name ('Ann Lee (AL)'), which starts a row."""
    text = cell.text.strip()
    person = parse_person(text, lex) if len(text) > 3 else None
    if person is not None and "," in text and sum(len(p.name.split()) >= 2 for p in people_in_text(text, lex)) >= 2:
        return None  # 'Ann Lee, Bo Roe, Cai Poe': a list under a header, no table's cell
    return person if person is not None and len(person.name.split()) >= 2 else None


def name_tables(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """A table of people at the top with no header line above it ('| Name | Role | Attendance |')."""
    k = 0
    while k < len(head):
        line = head[k]
        k += 1
        if line.index in consumed or line.kind in {"blank", "rule"} or len(_cells(line)) < 2:
            continue
        kinds = _column_kinds(_cells(line), lex)
        if not kinds or None in [kind for cell, kind in zip(_cells(line), kinds) if cell]:
            continue
        rows = []
        while k < len(head) and head[k].index not in consumed and (
            head[k].kind == "rule" and "-" in head[k].text or head[k].kind != "blank" and len(_cells(head[k])) >= 2
        ):
            if head[k].kind != "rule":
                rows.append(head[k])
            consumed.add(head[k].index)
            k += 1
        entries, used = table_people(rows, "present", lex, kinds, line)
        for group, person in entries:
            lists[group].append(person)
        consumed.update(used | {line.index})


def status_columns(lines: list[Line], start: int, lex: PeopleLexicon) -> tuple[Entries, set[int]]:
    """'Present        Apologies' over rows of names aligned under each title (a PDF's two columns side
    by side): each name goes to the column nearest it. Nothing unless every title is a status."""
    if "\t" in lines[start].text or "|" in lines[start].text:
        return _tabbed_status_columns(lines, start, lex)
    titles = [(k, t.rstrip(" :")) for k, t in (_spans(lines[start]) or []) if _column_group(t.rstrip(" :"), lex)]
    if len(titles) < 2 or len(titles) != len(_spans(lines[start]) or []):
        return [], set()
    entries: Entries = []
    used = {start}
    for line in lines[start + 1:]:
        if line.kind == "blank" and entries:
            break
        spans = _spans(line) if line.kind != "blank" else []
        if spans is None or line.kind not in {"blank", "text", "table", "heading"}:
            break
        people = []
        for offset, cell in spans:
            person = parse_person(cell, lex)
            if person is None:
                return (entries, used) if entries else ([], set())
            column = min(titles, key=lambda t: abs(t[0] + len(t[1]) / 2 - (offset + len(cell) / 2)))
            people.append((_column_group(column[1], lex) or "present", person))
        entries.extend(people)
        used.add(line.index)
    return entries, used


def _column_group(title: str, lex: PeopleLexicon) -> str | None:
    """A column title's group: a status ('Present', 'Apologies') or a header with nothing after it
    ('Members Present', 'Officers in attendance'); None for any other cell. 'In attendance' beside 'Present'
    is its own group (officers, guests), not a second column of members."""
    group, rest = header_of(scan_lines(title)[0], lex) if title else (None, "")
    status = status_of(title, lex)
    if status and not (group == "attend" and not rest):
        return "apologies" if status == "absent" else "present"
    return group if group and not rest else None


def _tab_cells(line: Line) -> list[str]:
    """A tab- or pipe-separated row's cells by position: a leading tab (or '| |') leaves the first column empty."""
    if "|" in line.text:
        text = line.text.strip()
        return [c.strip() for c in (text[1:] if text.startswith("|") else text).rstrip("|").split("|")]
    return [c.strip() for c in re.split(r"\t+", line.text.rstrip())]


def _tabbed_status_columns(lines: list[Line], start: int, lex: PeopleLexicon) -> tuple[Entries, set[int]]:
    """'Present<tab>Apologies' (or 'Present | Absent') over rows of names: each name has its column's status."""
    titles = _tab_cells(lines[start])
    titles = [t.rstrip(" :") for t in titles]  # 'Present:<tab>Apologies:'
    # '| Attendees | Apologies |': a header word ('Attendees', 'Officers present') titles a column as a status does
    groups = [_column_group(t, lex) for t in titles]
    if len(titles) < 2 or not all(groups):
        return [], set()
    entries: Entries = []
    used = {start}
    for line in lines[start + 1:]:
        if line.kind == "blank":
            if entries:
                break
            continue
        if line.kind == "rule" and not entries:
            continue  # '--- | ---' under the titles
        cells = _tab_cells(line)
        if len(cells) > len(titles) or header_of(line, lex)[0]:
            break
        people = [(k, parse_person(c, lex)) for k, c in enumerate(cells) if c]
        if not people or any(p is None for _, p in people):
            break
        entries.extend((groups[k] or "present", p) for k, p in people)
        used.add(line.index)
    return (entries, used) if entries else ([], set())


def status_rows(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """'Ann Lee | Chair | Present' / 'Bo Roe | Treasurer | Apologies': rows of a register at the top with no
    header line or titles, each a person and a status cell; two rows at least."""
    k = 0
    while k < len(head):
        run = []
        while k < len(head) and head[k].index not in consumed and head[k].kind in {"table", "text"} \
                and ("|" in head[k].text or "\t" in head[k].text) and _register_row(head[k], lex):
            run.append(head[k])
            k += 1
        if len(run) >= 2:
            entries, used = table_people(run, "present", lex)
            for group, person in entries:
                lists[group].append(person)
            consumed.update(used)
        k += 1 if not run else 0


def _register_row(line: Line, lex: PeopleLexicon) -> bool:
    cells = [c.strip() for c in _cells(line) if c.strip()]
    if len(cells) < 2 or not any(status_of(c, lex) for c in cells[1:]):
        return False
    person = parse_person(cells[0], lex)
    return person is not None and (len(person.name.split()) >= 2 or has_person_cue(cells[0], lex))


def spaced_register(head: list[Line], lex: PeopleLexicon, consumed: set[int], lists: dict[str, list[Person]]) -> None:
    """A web page's attendance table flattened with single spaces: 'Attendee Role Attendance' over rows
    'Councillor A Lee Chair Present' / 'Councillor B Roe Committee Member Apologies': the titles are known
    column titles (a name and a status among them), each row a person, perhaps a post, and a status."""
    for n, line in enumerate(head):
        if line.index in consumed or line.kind not in {"text", "heading"} or not _spaced_titles(content(line), lex):
            continue
        rows = []
        for row in head[n + 1:]:
            found = _status_last(content(row).strip(), lex) if row.index not in consumed else None
            if found is None:
                break
            rows.append((row, found))
        if len(rows) < 2:
            continue
        for row, (status, person) in rows:
            lists["apologies" if status == "absent" else "present"].append(person)
            consumed.add(row.index)
        consumed.add(line.index)
        return


def _spaced_titles(text: str, lex: PeopleLexicon) -> bool:
    """'Attendee Role Attendance', 'Name Position Status': words that part into column titles only."""
    words = text.strip().split()
    if not 2 <= len(words) <= 8:
        return False
    kinds: list[str] = []
    k = 0
    while k < len(words):
        size = next((n for n in (3, 2, 1) if k + n <= len(words) and lex.column_kind(" ".join(words[k:k + n]))), 0)
        if not size:
            return False
        kinds.append(lex.column_kind(" ".join(words[k:k + size])) or "")
        k += size
    return "name" in kinds and "status" in kinds


def _status_last(text: str, lex: PeopleLexicon) -> tuple[str, Person] | None:
    """('present' | 'absent', person) for 'Councillor A Lee Chair Present': a status in the last words."""
    words = text.split()
    for size in range(min(4, len(words) - 2), 0, -1):
        status = status_of(" ".join(words[-size:]), lex)
        person = parse_person(" ".join(words[:-size]), lex) if status else None
        if person is not None and (has_person_cue(text, lex) or len(person.name.split()) >= 2):
            return status, person
    return None
