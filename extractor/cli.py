"""The `minutes` command line: thin wrappers over library functions.

Data goes to stdout or -o; progress, warnings and one-line errors go to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .batch import collect_sources, process
from .errors import MinutesError
from .schema import as_json, json_schema
from .write import JsonlSink

app = typer.Typer(
    help="Turn meeting minutes (txt, html, pdf, docx) into checkable JSONL records: "
    "meetings, attendees, agenda items and labelled units (actions, resolutions, metrics, updates).",
    no_args_is_help=True,
    add_completion=False,
)

PathsArg = Annotated[list[Path], typer.Argument(help="Minutes files or folders (searched recursively).", exists=True)]
ModelOpt = Annotated[
    Optional[Path],
    typer.Option("--model", "-m", help="Pipeline folder to use (default: $MINUTES_MODEL or models/minutes-en)."),
]


def _load(model: Path | None):
    from .pipeline import load_pipeline

    from .pipeline import rules_only

    try:
        nlp = load_pipeline(model)
    except (MinutesError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if rules_only(nlp):
        typer.echo("warning: no trained classifier in the pipeline; labels come from cue rules only "
                   "(train one with `minutes train`, or pass --model)", err=True)
    return nlp


@app.command()
def extract(
    paths: PathsArg,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write units here (JSONL); default stdout.")] = None,
    meetings: Annotated[Optional[Path], typer.Option("--meetings", help="Write one meeting record per document here (JSONL).")] = None,
    include_other: Annotated[bool, typer.Option("--all", help="Also write units labelled `other`.")] = False,
    model: ModelOpt = None,
    text_dir: Annotated[
        Optional[Path], typer.Option("--text-dir", help="Write each document's text as read (offsets point into it).")
    ] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this many bytes.")] = 50_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
) -> None:
    """Extract meetings and labelled units from minutes as JSONL."""
    skipped: list[str] = []
    sources = collect_sources(paths, skipped)
    for note in skipped:
        if not quiet:
            typer.echo(note, err=True)
    if not sources:
        typer.echo("error: no minutes files found (supported: .txt .md .html .htm .pdf .docx)", err=True)
        raise typer.Exit(1)
    nlp = _load(model)
    done = failed = units = 0
    try:
        with JsonlSink(output) as unit_sink, JsonlSink(meetings) if meetings else _NullSink() as meeting_sink:
            results = process(sources, nlp, include_other=include_other, max_bytes=max_bytes)
            for result in _with_progress(results, len(sources), quiet):
                if not result.ok:
                    failed += 1
                    typer.echo(f"error: {result.source.shown}: {result.meeting.error}", err=True)
                else:
                    done += 1
                    units += len(result.units)
                    unit_sink.write_many(as_json(u) for u in result.units)
                    if text_dir is not None and result.text is not None:
                        _write_text(text_dir, result.source.doc_id, result.text)
                    if not quiet:
                        for warning in result.meeting.warnings:
                            typer.echo(f"warning: {result.source.shown}: {warning}", err=True)
                meeting_sink.write_many([as_json(result.meeting)])
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {done} documents written completely", err=True)
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(f"{done} documents, {units} units written; {failed} failed", err=True)
    if done == 0:
        raise typer.Exit(1)


def _with_progress(results, total: int, quiet: bool):
    """A progress bar on stderr for archives, when a person is watching (not in pipes or CI)."""
    if quiet or total < 5 or not sys.stderr.isatty():
        yield from results
        return
    with typer.progressbar(results, length=total, label="extracting", file=sys.stderr) as bar:
        yield from bar


class _NullSink:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        return None

    def write_many(self, records) -> None:
        return None


def _write_text(folder: Path, doc_id: str, text: str) -> None:
    target = folder / f"{doc_id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_text(text, encoding="utf-8", newline="")
    part.replace(target)


@app.command()
def inspect(
    path: Annotated[Path, typer.Argument(help="One minutes file.", exists=True, dir_okay=False)],
    model: ModelOpt = None,
    include_other: Annotated[bool, typer.Option("--all", help="Show `other` units too.")] = True,
) -> None:
    """Show the parsed structure of one document: meeting facts, attendance, items and labelled units."""
    nlp = _load(model)
    result = next(process(collect_sources([path]), nlp, include_other=include_other))
    meeting = result.meeting
    if not result.ok:
        typer.echo(f"error: {path}: {meeting.error}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{meeting.title or '(no title)'}  [{meeting.format}]")
    typer.echo(f"  body: {meeting.body}   date: {meeting.date}   time: {meeting.time}   venue: {meeting.venue}")
    for heading, people in (("present", meeting.attendees), ("apologies", meeting.apologies), ("in attendance", meeting.in_attendance)):
        typer.echo(f"  {heading} ({len(people)}):")
        for person in people:
            extra = ", ".join(x for x in (person.role, person.initials and f"({person.initials})") if x)
            typer.echo(f"    - {person.name}" + (f"  [{extra}]" if extra else ""))
    for warning in meeting.warnings:
        typer.echo(f"  warning: {warning}")
    current = None
    for unit in result.units:
        item = f"{unit.item.number or ''} {unit.item.title or ''}".strip() if unit.item else "(before the first item)"
        if item != current:
            typer.echo(f"\n== {item}")
            current = item
        extras = []
        if unit.owners:
            extras.append("owners=" + "/".join(o.name for o in unit.owners))
        if unit.due:
            extras.append(f"due={unit.due.date}")
        if unit.metrics:
            extras.append("values=" + ",".join(f"{m.value:g}" for m in unit.metrics))
        section = f"[{unit.section}] " if unit.section else ""
        typer.echo(f"  {unit.label:<10} {unit.confidence:.2f} {section}{unit.text[:110]}" + (f"  {{{'; '.join(extras)}}}" if extras else ""))
    typer.echo("\ncounts: " + ", ".join(f"{k}={v}" for k, v in meeting.counts.items()))


@app.command()
def train(
    data: Annotated[list[Path], typer.Argument(help="Annotated files or folders: gold JSONL (ANNOTATION.md), Prodigy, "
                                                   "doccano, Label Studio JSON, spaCy .spacy.", exists=True)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the trained pipeline to.")],
    base: Annotated[Optional[Path], typer.Option("--base", help="Start from this pipeline folder's rules and settings.")] = None,
    dev: Annotated[Optional[list[Path]], typer.Option("--dev", help="Gold file(s) to score the trained model on.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed; the same data and seed give the same model.")] = 0,
    cv: Annotated[int, typer.Option("--cv", help="Also report K-fold cross-validation: held-out documents are run "
                                                 "through the whole pipeline and scored as `minutes evaluate` scores.")] = 0,
    group_by: Annotated[Optional[str], typer.Option(
        "--group-by", help="Gold record field to cross-validate over (e.g. group): only documents carrying it are "
                           "held out and scored, a whole group at a time; the others are always trained on. "
                           "Without it every document is its own group and all are scored.")] = None,
    c: Annotated[Optional[list[float]], typer.Option(
        "--c", help="Inverse regularisation strength of the classifier (default 1). Give it several times to "
                    "keep the value with the best --cv macro-F1.")] = None,
    class_weight: Annotated[str, typer.Option(
        "--class-weight", help="none, or balanced: weigh each label inversely to its frequency.")] = "none",
    vectors: Annotated[Optional[Path], typer.Option(
        "--vectors", help="Folder of static vectors (python -m extractor.classify.vectors DIR) whose mean over "
                          "the unit's word pieces is added to its features; copied into the pipeline.")] = None,
    vector_scale: Annotated[float, typer.Option("--vector-scale", help="Weight of the dense vector against the "
                                                                     "sparse features (with --vectors).")] = 2.0,
) -> None:
    """Train the unit classifier on annotated examples and save the whole pipeline as one folder."""
    import time

    from .classify.build import save_pipeline, train_pipeline
    from .classify.data import load_training
    from .classify.gold import load_gold
    from .classify.vectors import StaticVectors
    from .pipeline import build_pipeline, load_pipeline

    started = time.perf_counter()
    if class_weight not in {"none", "balanced"}:
        typer.echo("error: --class-weight must be none or balanced", err=True)
        raise typer.Exit(2)
    try:
        training = load_training(list(data))
        golds = [doc for path in dev or [] for doc in load_gold(path)]
        static = StaticVectors.from_disk(vectors) if vectors else None
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if static is not None:
        static.scale = vector_scale
    if group_by and not any(group_by in doc.fields for doc in training.documents):
        typer.echo(f"error: no training document has a {group_by!r} field to group by", err=True)
        raise typer.Exit(2)
    nlp = load_pipeline(base) if base else build_pipeline()
    typer.echo(f"training on {len(training.documents)} documents and {len(training.sentences)} single units "
               f"from {len(training.files)} files", err=True)

    def progress(items):
        with typer.progressbar(items, label="featurising", file=sys.stderr) as bar:
            yield from bar

    try:
        report = train_pipeline(nlp, training, seed=seed, c=c or [1.0], cv=cv, group_by=group_by, vectors=static,
                                class_weight=None if class_weight == "none" else class_weight, dev=golds,
                                progress=progress)
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    save_pipeline(nlp, output)
    typer.echo(f"examples {report['examples']}: " + ", ".join(f"{k}={v}" for k, v in report["label_counts"].items()), err=True)
    for value, f1 in report.get("c_search", {}).items():
        typer.echo(f"C {value}: cross-validated macro-F1 {f1}", err=True)
    if report.get("cross_validation", {}).get("macro_f1") is not None:
        cvr = report["cross_validation"]
        typer.echo(f"{cvr['folds']}-fold CV over {cvr['groups']} groups ({cvr['documents']} documents scored): "
                   f"macro-F1 {cvr['macro_f1']} (fold sd {cvr['fold_macro_f1_sd']})  " +
                   "  ".join(f"{k} {v}" for k, v in cvr["per_label_f1"].items()) +
                   f"  owners {cvr['owner_exact_accuracy']}", err=True)
    if "dev" in report:
        from .evaluate import format_report

        typer.echo(format_report(report["dev"]), err=True)
    typer.echo(f"saved {output} in {time.perf_counter() - started:.1f}s", err=True)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL file(s) written to ANNOTATION.md.", exists=True)],
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
) -> None:
    """Score the pipeline on gold documents: per-label P/R/F1, confusion, owners, due dates, metric values."""
    from .classify.gold import load_gold
    from .evaluate import evaluate_pipeline, format_report

    try:
        golds = [doc for path in gold for doc in load_gold(path)]
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    result = evaluate_pipeline(_load(model), golds)
    if as_json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        result.pop("errors", None)
        typer.echo(format_report(result))


@app.command()
def annotate(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Task file to write (JSONL).")],
    fmt: Annotated[str, typer.Option("--format", help="project: gold documents (ANNOTATION.md); prodigy: one task per unit.")] = "project",
    sort: Annotated[str, typer.Option("--sort", help="uncertainty: least certain first; none: document order.")] = "uncertainty",
    limit: Annotated[Optional[int], typer.Option("--limit", help="At most this many tasks (documents or units).")] = None,
    model: ModelOpt = None,
) -> None:
    """Write pre-labelled tasks to correct; corrected files feed `minutes train` unchanged."""
    from .annotate import annotate as make_tasks

    if fmt not in {"project", "prodigy"} or sort not in {"uncertainty", "none"}:
        typer.echo("error: --format must be project or prodigy, --sort uncertainty or none", err=True)
        raise typer.Exit(2)
    sources = collect_sources(paths)
    text, count = make_tasks(sources, _load(model), output, fmt=fmt, sort=None if sort == "none" else sort, limit=limit)
    output.parent.mkdir(parents=True, exist_ok=True)
    part = output.with_name(output.name + ".part")
    part.write_text(text, encoding="utf-8")
    part.replace(output)
    typer.echo(f"{count} {'documents' if fmt == 'project' else 'units'} written to {output}", err=True)


@app.command()
def register(
    units: Annotated[Path, typer.Argument(help="Units JSONL written by `minutes extract -o` over an archive.",
                                          exists=True, dir_okay=False)],
    meetings: Annotated[Path, typer.Argument(help="Meetings JSONL written by `minutes extract --meetings`.",
                                             exists=True, dir_okay=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the register here: .html (one "
                                                   "self-contained page), .csv or .jsonl; default JSONL to stdout.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="html, csv or jsonl (default: from the -o suffix).")] = None,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Settings and cue file to use instead of the "
                                                  "package's register_rules.jsonl (similarity thresholds, status words).",
                                                  exists=True, dir_okay=False)] = None,
) -> None:
    """Every action across an archive with owner, due date, meeting, item and status (open, overdue, carried forward, done)."""
    from .analysis.archive import check_meetings, check_units, read_jsonl
    from .analysis.register import build_register, status_counts
    from .analysis.report import format_for, register_csv, register_jsonl, write_register
    from .analysis.settings import load_rules

    try:
        kind = format_for(output, fmt)
        unit_records = check_units(units, read_jsonl(units))
        meeting_records = check_meetings(meetings, read_jsonl(meetings))
        entries = build_register(unit_records, meeting_records, load_rules(rules) if rules else None)
        if output is not None:
            write_register(entries, meeting_records, unit_records, output, kind)
        elif kind == "html":
            raise MinutesError("an HTML register needs -o PATH (its links are relative to the page)")
        else:
            sys.stdout.write(register_csv(entries) if kind == "csv" else register_jsonl(entries))
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    counts = ", ".join(f"{n} {status}" for status, n in status_counts(entries).items())
    typer.echo(f"{len(entries)} actions: {counts}" + (f"; written to {output}" if output else ""), err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the unit and meeting records."""
    json.dump(json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    app()
