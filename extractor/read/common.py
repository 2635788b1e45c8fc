"""Pieces every reader shares: the failure type and the line-level tidying."""

from __future__ import annotations

from collections.abc import Iterable


class UnreadableInput(ValueError):
    """Raised by the pure format functions; `read_document` adds the file name.

    The message is the user-facing reason, e.g. "PDF is encrypted/password
    protected", so it must say what is wrong and, where possible, what to do.
    """


def join_lines(lines: Iterable[str]) -> str:
    """Join lines into text: no leading/trailing blanks, never two blanks in a row.

    Every line is trimmed; a line that is empty or whitespace counts as blank.
    The result ends with a newline unless it is empty.
    """
    out: list[str] = []
    pending_blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            pending_blank = bool(out)
            continue
        if pending_blank:
            out.append("")
            pending_blank = False
        out.append(line)
    return "\n".join(out) + "\n" if out else ""
