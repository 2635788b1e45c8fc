"""A synthetic archive of minutes for the benchmarks, made from the repo's own invented minutes.

    python benchmarks/archive.py --docs 1000 [--rich 200]     # prints the folder it built or reused

The sources are the minutes of every gold record in training_data/*.jsonl and those in examples/
(never ../shared). Document i is source i mod S with its years moved by an amount that changes each
cycle through the sources (a four-digit year in 1950-2049, and the two-digit year after it in
'2016/17'), so the archive reads like the same bodies meeting over the years; a variant that still
equals an earlier document (a source without a year) gets a reference line, so every file differs.
Every document is written as .txt; the first `rich` also as .pdf (reportlab, DejaVu Sans when it
can be found, else Helvetica on transliterated text) and .docx (python-docx: title and agenda
headings, bullet lists, paragraphs, Markdown tables as Word tables and a reference table).

The archive is cached under $MINUTES_BENCH_CACHE (default: <tmp>/minutes-bench), one folder per
parameters and sources, so repeated benchmark runs read the same files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
# Bump when the files a given set of parameters produces change, so old caches are not reused.
BUILDER_VERSION = 1
_YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20[0-4]\d)(?:([/-])(\d\d))?(?![\d])")
_HEADING = re.compile(r"^(?:\d{1,3}[.)]?\s+)?[A-Z][^.!?:;]{0,78}$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.)]|\([a-z]\))\s+")
_FONT_PLACES = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)
# Characters Helvetica's encoding lacks, written the way a typist would (used only without DejaVu).
_ASCII = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "•": "*", "…": "...",
                        "→": "->", "≥": ">=", "≤": "<=", "×": "x", "−": "-", "✓": "v", "€": "EUR"})


@dataclass(frozen=True)
class Source:
    name: str  # file stem, used (years moved) in the archive's file names
    text: str


@dataclass(frozen=True)
class Archive:
    root: Path
    txt: list[Path]
    pdf: list[Path]
    docx: list[Path]

    @property
    def txt_dir(self) -> Path:
        return self.root / "txt"

    @property
    def pdf_dir(self) -> Path:
        return self.root / "pdf"

    @property
    def docx_dir(self) -> Path:
        return self.root / "docx"


def our_minutes(repo: Path = REPO) -> list[Source]:
    """The texts of the gold records in training_data/*.jsonl (a record's `text`, else its `file`)
    and of examples/, each once, in a stable order."""
    from extractor.read import read_document

    sources: dict[str, Source] = {}
    for gold in sorted((repo / "training_data").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("text"):
                sources.setdefault(record["doc_id"], Source(record["doc_id"], record["text"]))
            elif record.get("file"):
                path = gold.parent / record["file"]
                sources.setdefault(path.stem, Source(path.stem, path.read_text(encoding="utf-8")))
    for path in sorted((repo / "examples").rglob("*.*")):
        if path.is_file():
            sources.setdefault(path.stem, Source(path.stem, read_document(path).text))
    return list(sources.values())


def shift_years(text: str, shift: int) -> str:
    """Move every year from 1950 to 2049 by `shift` (with the '/17' of a '2016/17' span), leaving other numbers."""
    if not shift:
        return text

    def moved(match: re.Match[str]) -> str:
        year = int(match.group(1))
        if match.group(2) is None or int(match.group(3)) != (year + 1) % 100:  # '2019-08-13': a month
            return str(year + shift) + match.group(0)[4:]
        return f"{year + shift}{match.group(2)}{(year + shift + 1) % 100:02d}"

    return _YEAR.sub(moved, text)


def cycle_shift(cycle: int) -> int:
    """0, +1, -1, +2, -2, ...: the years of the c-th pass through the sources stay near the originals."""
    return (cycle + 1) // 2 * (1 if cycle % 2 else -1)


def archive_documents(sources: Sequence[Source], count: int) -> list[Source]:
    """`count` distinct documents cycling through `sources`, each named NNNNN-stem with its years moved."""
    if not sources:
        raise ValueError("no source minutes to build an archive from: training_data/ and examples/ are empty")
    width = max(5, len(str(count - 1)))
    seen: set[str] = set()
    documents: list[Source] = []
    for i in range(count):
        source = sources[i % len(sources)]
        shift = cycle_shift(i // len(sources))
        text = shift_years(source.text, shift)
        if hashlib.sha256(text.encode()).hexdigest() in seen:
            text = f"{text.rstrip()}\n\nMinutes reference {i:0{width}d}.\n"
        seen.add(hashlib.sha256(text.encode()).hexdigest())
        documents.append(Source(f"{i:0{width}d}-{shift_years(source.name, shift)}", text))
    return documents


def find_font(bold: bool = False) -> Path | None:
    """DejaVu Sans from the system's fonts or matplotlib's own copy, or None."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    places = list(_FONT_PLACES)
    try:
        import matplotlib

        places.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:
        pass
    return next((place / name for place in places if (place / name).is_file()), None)


def transliterate(text: str) -> str:
    """Text Helvetica (cp1252) can show: typographic marks spelled out, accents kept, the rest dropped."""
    text = text.translate(_ASCII)
    return "".join(c if _in_cp1252(c) else unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
                   for c in text)


def _in_cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class PdfWriter:
    """Text PDFs with reportlab: the first line as a title, agenda lines bold, paragraphs wrapped."""

    def __init__(self) -> None:
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        regular, bold = find_font(), find_font(bold=True)
        self.unicode = regular is not None and bold is not None
        if self.unicode:
            pdfmetrics.registerFont(TTFont("BenchSans", str(regular)))
            pdfmetrics.registerFont(TTFont("BenchSans-Bold", str(bold)))
        font, bold_font = ("BenchSans", "BenchSans-Bold") if self.unicode else ("Helvetica", "Helvetica-Bold")
        styles = getSampleStyleSheet()
        self.body = styles["BodyText"].clone("bench-body", fontName=font)
        self.heading = styles["Heading3"].clone("bench-heading", fontName=bold_font)
        self.title = styles["Title"].clone("bench-title", fontName=bold_font)

    def write(self, path: Path, text: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        if not self.unicode:
            text = transliterate(text)
        story = []
        for n, line in enumerate(line for line in text.splitlines() if line.strip()):
            style = self.title if n == 0 else self.heading if _is_heading(line) else self.body
            story.append(Paragraph(escape(" ".join(line.split())), style))
        SimpleDocTemplate(str(path), pagesize=A4, title=path.stem, invariant=True).build(story)


def write_docx(path: Path, text: str, reference: str) -> None:
    """A Word file: title, headings, bullet lists, paragraphs, Markdown tables as tables, a reference table."""
    import docx

    document = docx.Document()
    lines = [line for line in text.splitlines() if line.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                cells = [cell.strip() for cell in lines[i].strip().strip("|").split("|")]
                if not all(set(cell) <= set("-: ") for cell in cells):  # skip the |---| rule
                    rows.append(cells)
                i += 1
            _add_table(document, rows)
            continue
        if i == 0:
            document.add_heading(line.strip(), level=0)
        elif _is_heading(line):  # before bullets: '3. Finance' is an agenda heading, not a list item
            document.add_heading(" ".join(line.split()), level=2)
        elif _BULLET.match(line):
            document.add_paragraph(_BULLET.sub("", line, count=1).strip(), style="List Bullet")
        else:
            document.add_paragraph(line.strip())
        i += 1
    _add_table(document, [["Archive", "Reference"], ["benchmark archive", reference]])
    document.save(str(path))


def _add_table(document, rows: list[list[str]]) -> None:
    if not rows:
        return
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for row, cells in zip(table.rows, rows):
        for cell, value in zip(row.cells, cells):
            cell.text = value


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 80 and bool(_HEADING.match(stripped)) and (
        stripped.isupper() or bool(re.match(r"\d{1,3}[.)]?\s", stripped)))


def build_archive(sources: Sequence[Source], count: int, rich: int, root: Path) -> Archive:
    """Write `count` .txt documents under root/txt and the first `rich` of them as root/pdf and root/docx."""
    documents = archive_documents(sources, count)
    folders = {fmt: root / fmt for fmt in ("txt", "pdf", "docx")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    pdf = PdfWriter() if rich else None
    paths: dict[str, list[Path]] = {fmt: [] for fmt in folders}
    for n, document in enumerate(documents):
        path = folders["txt"] / f"{document.name}.txt"
        path.write_text(document.text, encoding="utf-8")
        paths["txt"].append(path)
        if n < rich:
            paths["pdf"].append(folders["pdf"] / f"{document.name}.pdf")
            pdf.write(paths["pdf"][-1], document.text)
            paths["docx"].append(folders["docx"] / f"{document.name}.docx")
            write_docx(paths["docx"][-1], document.text, document.name)
    return Archive(root, paths["txt"], paths["pdf"], paths["docx"])


def cache_dir() -> Path:
    return Path(os.environ.get("MINUTES_BENCH_CACHE") or Path(tempfile.gettempdir()) / "minutes-bench")


def cached_archive(count: int, rich: int, sources: Sequence[Source] | None = None,
                   cache: Path | None = None) -> Archive:
    """The archive for these parameters and sources, built once into the cache (atomically: a folder
    is renamed into place only when complete, so an interrupted build is never reused)."""
    sources = our_minutes() if sources is None else sources
    rich = min(rich, count)
    digest = hashlib.sha256(json.dumps([BUILDER_VERSION, count, rich, str(find_font()),
                                        [(s.name, s.text) for s in sources]]).encode()).hexdigest()[:16]
    cache = cache or cache_dir()
    root = cache / f"archive-{count}-{rich}-{digest}"
    if not (root / "complete").exists():
        cache.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{root.name}-", dir=cache))
        try:
            build_archive(sources, count, rich, building)
            (building / "complete").write_text("ok\n")
            shutil.rmtree(root, ignore_errors=True)
            building.rename(root)
        finally:
            shutil.rmtree(building, ignore_errors=True)
    return Archive(root, *(_listed(root / fmt, f".{fmt}") for fmt in ("txt", "pdf", "docx")))


def _listed(folder: Path, suffix: str) -> list[Path]:
    return sorted(folder.glob(f"*{suffix}"))


def words(texts: Iterable[str]) -> int:
    """Whitespace-separated words: the unit every rate in the benchmarks is counted in."""
    return sum(len(text.split()) for text in texts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the archive (all as .txt)")
    parser.add_argument("--rich", type=int, default=200, help="how many of them also as .pdf and .docx")
    args = parser.parse_args(argv)
    archive = cached_archive(args.docs, args.rich)
    print(f"{archive.root}: {len(archive.txt)} txt, {len(archive.pdf)} pdf, {len(archive.docx)} docx")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
