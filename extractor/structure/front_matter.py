"""Front matter: the metadata block a static site or wiki puts above the minutes.

Two shapes: YAML between '---' lines, and a bare run of lowercase `key: value`
lines at the very top (Nikola, Pelican). Its fields are publication facts (a post
date, tags, a slug); some sites also list who attended. The block holds no units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Line

FENCE = re.compile(r"^\s*(?:---|\+\+\+)\s*$")
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,30})\s*:(?:\s+(?P<value>.*?))?\s*$")
BARE_KEY = re.compile(r"^[a-z_][a-z0-9_-]{0,30}$")  # bare blocks use lowercase identifiers, not 'Present'
LIST_ITEM = re.compile(r"^\s*-\s+(?P<value>.*?)\s*$")
MAX_LINES = 60


@dataclass
class FrontMatter:
    lines: set[int] = field(default_factory=set)  # line indices the block spans, fences included
    fields: dict[str, str | list[str]] = field(default_factory=dict)  # keys lower-cased

    def text(self, key: str) -> str | None:
        value = self.fields.get(key)
        return value if isinstance(value, str) and value else None


def parse_front_matter(lines: list[Line], bare_keys: frozenset[str]) -> FrontMatter:
    """The front matter at the top of `lines`, or an empty FrontMatter.

    A bare block (no fences) needs three or more `key: value` lines and one key
    from `bare_keys` ('title', 'date', 'slug', ...), so a 'Chair: ...' line is no
    front matter.
    """
    body = [ln for ln in lines[:MAX_LINES] if ln.kind != "blank"]
    if not body:
        return FrontMatter()
    if FENCE.match(body[0].text):
        closing = next((ln for ln in body[1:] if FENCE.match(ln.text)), None)
        if closing is None:
            return FrontMatter()
        block = [ln for ln in lines[body[0].index + 1:closing.index]]
        return FrontMatter(set(range(body[0].index, closing.index + 1)), _fields(block))
    block = []
    for line in lines[body[0].index:MAX_LINES]:
        if line.kind == "blank":
            break
        block.append(line)
    keys = [m.group("key") for m in (FIELD.match(ln.text) for ln in block) if m]
    fielded = sum(bool(FIELD.match(ln.text) or LIST_ITEM.match(ln.text)) for ln in block)
    if len(keys) < 3 or fielded < len(block) or not all(BARE_KEY.match(k) for k in keys) \
            or not {k.lower() for k in keys} & bare_keys:
        return FrontMatter()
    return FrontMatter({ln.index for ln in block}, _fields(block))


def _fields(block: list[Line]) -> dict[str, str | list[str]]:
    """A YAML subset: scalars and '- item' lists under a key; quotes dropped."""
    fields: dict[str, str | list[str]] = {}
    key = None
    for line in block:
        item = LIST_ITEM.match(line.text)
        if item and key is not None:
            current = fields.get(key)
            fields[key] = (current if isinstance(current, list) else []) + [_unquote(item.group("value"))]
            continue
        match = FIELD.match(line.text)
        if match and not line.text[:1].isspace():
            key = match.group("key").lower()
            fields[key] = _unquote(match.group("value") or "")
    return fields


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
