"""The `minutes` command line: thin wrappers over library functions.

Data goes to stdout or -o; progress, warnings and one-line errors go to stderr.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Optional

import typer

from .batch import (DEFAULT_DOC_TIMEOUT, DEFAULT_TIMEOUT_PER_MB, collect_sources, gather, in_order, journal_settings,
                    process, unchanged)
from .errors import MinutesError
from .cluster import DaskEngine, default_partition_folder
from .failures import FailureLog
from .inputs import read_path_list
from .parallel import DOCS_PER_WORKER, WorkerPool, WorkSettings, plan_workers
from .progress import BatchProgress, duration
from .schema import json_schema
from .write import BatchOutput, OutputError, UsageError

app = typer.Typer(
    help="Turn meeting minutes (txt, html, pdf, docx) into checkable JSONL records: "
    "meetings, attendees, agenda items and labelled units (actions, resolutions, metrics, updates).",
    no_args_is_help=True,
    add_completion=False,
)

PathsArg = Annotated[list[Path], typer.Argument(help="Minutes files or folders (searched recursively).", exists=True)]
RULES_ONLY_WARNING = ("warning: no trained classifier in the pipeline; labels come from cue rules only "
                      "(train one with `minutes train`, or pass --model)")
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
        typer.echo(RULES_ONLY_WARNING, err=True)
    return nlp


ExtractPathsArg = Annotated[Optional[list[Path]], typer.Argument(
    help="Minutes files, folders (searched recursively; hidden, Office lock ~$ and ._ files skipped), quoted glob "
         "patterns ('minutes/**/*.pdf'), .zip archives (read member by member, never unpacked to disk), or - for "
         "standard input.", show_default=False)]
# At most this many lines each of warnings and skipped files are printed; the rest are summarised.
SHOWN_LINES = 20


@app.command()
def extract(
    paths: ExtractPathsArg = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write units here (JSONL); default stdout. "
                                                   "An existing file is replaced only when the run completes.")] = None,
    meetings: Annotated[Optional[Path], typer.Option("--meetings", help="Write one meeting record per document here (JSONL).")] = None,
    include_other: Annotated[bool, typer.Option("--all", help="Also write units labelled `other`.")] = False,
    model: ModelOpt = None,
    text_dir: Annotated[
        Optional[Path], typer.Option("--text-dir", help="Write each document's text as read (offsets point into it).")
    ] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse files larger than this many bytes.")] = 50_000_000,
    doc_timeout: Annotated[Optional[float], typer.Option(
        "--doc-timeout", min=0, show_default=False,
        help=f"Seconds one document may take; after that it gets an error record and the batch goes on "
             f"(default {DEFAULT_DOC_TIMEOUT:.0f}, or {DEFAULT_TIMEOUT_PER_MB:.0f} a MB for bigger files; 0: no limit).")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Continue an interrupted run on the same -o/--meetings: documents it finished (same doc_id, "
                         "same bytes) are kept, the rest are processed.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, show_default=False,
        help="Documents processed at once, each worker process loading the pipeline once; output stays in input "
             "order. Default: the cores this process may use, for batches of at least "
             f"{DOCS_PER_WORKER} documents a worker. 1: everything in this process.")] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="local: this machine (see --workers); dask: the Dask cluster at --scheduler "
                         "(needs the package's cluster extra, on every worker too).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", show_default=False,
        help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask).")] = None,
    partitions: Annotated[Optional[Path], typer.Option(
        "--partitions", show_default=False,
        help="Folder on a file system every Dask worker shares, for their partition files (default: beside -o, "
             "NAME.partitions).")] = None,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", show_default=False,
        help="Write one JSON record per failed document here (doc_id, path, error, reason); replaced only when the "
             "run ends, continued by --resume.")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Stop at the first document that fails, exit status 1; what was written stays for --resume.")] = False,
    from_file: Annotated[Optional[str], typer.Option(
        "--from-file", metavar="LIST", show_default=False,
        help="Also read the paths listed in this file, one a line ('#' starts a comment; - reads the list from "
             "standard input).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
) -> None:
    """Extract meetings and labelled units from minutes as JSONL."""
    gathered = gather(_inputs(paths or [], from_file), max_bytes)
    if not quiet:
        _echo_capped(gathered.notes, "skipped files")
    sources = gathered.sources
    if not sources:
        typer.echo("error: no minutes files found (supported: .txt .md .html .htm .pdf .docx, and .zip archives "
                   "of them)", err=True)
        raise typer.Exit(1)
    settings = WorkSettings(
        model=str(model) if model else None, include_other=include_other, max_bytes=max_bytes,
        doc_timeout=DEFAULT_DOC_TIMEOUT if doc_timeout is None else doc_timeout or None,
        timeout_per_mb=DEFAULT_TIMEOUT_PER_MB if doc_timeout is None else 0.0,
        keep_text=text_dir is not None, step_lines=not quiet)
    failures = _failure_log(errors, output, meetings)
    with ExitStack() as stack:
        if engine == "dask":
            run = _dask_engine(stack, settings, scheduler, partitions or default_partition_folder(output))
        elif engine == "local":
            run = _engine(stack, settings, plan_workers(workers, len(sources)))
        else:
            typer.echo(f"error: --engine must be local or dask, not {engine!r}", err=True)
            raise typer.Exit(2)
        out = _open_output(output, meetings, include_other, model, resume, quiet)
        tally = _Tally()
        try:
            with _term_as_interrupt():
                kept = _resumable(out, sources, max_bytes, resume, quiet)
                if failures is not None:
                    failures.open(resume=resume, keep=kept)
                _run_batch(out, in_order(sources, kept, run), len(sources), text_dir, quiet, tally, failures, strict)
                notes = out.commit(replace_existing=tally.done + tally.kept > 0)
                if failures is not None:
                    failures.commit()
        except KeyboardInterrupt:
            _close(out, failures)
            typer.echo(f"interrupted: {_resume_hint(out, tally)}", err=True)
            raise typer.Exit(130) from None
        except _StrictStop:
            out.close(keep_parts=True)
            _commit_report(failures)
            typer.echo(f"stopped at the first failed document (--strict): {_resume_hint(out, tally)}", err=True)
            raise typer.Exit(1) from None
        except MinutesError as exc:  # an output that failed, or the cluster running the documents
            _close(out, failures)
            typer.echo(f"error: {exc}" + (f"; {_resume_hint(out, tally)}" if out.parts() else ""), err=True)
            raise typer.Exit(1) from None
    if not quiet:
        for note in notes:
            typer.echo(f"note: {note}", err=True)
        _echo_warning_summary(tally)
        typer.echo(_summary(tally, gathered.skipped), err=True)
    if tally.done + tally.kept == 0:
        raise typer.Exit(1)


class _StrictStop(Exception):
    """--strict: a document failed; the run stops before writing it."""


def _failure_log(errors: Path | None, output: Path | None, meetings: Path | None) -> FailureLog | None:
    if errors is None:
        return None
    for option, other in (("-o", output), ("--meetings", meetings)):
        if other is not None and str(other) != "-" and os.path.realpath(errors) == os.path.realpath(other):
            typer.echo(f"error: --errors {errors} names the same file as {option} {other}; give another file", err=True)
            raise typer.Exit(2)
    try:
        return FailureLog(errors)
    except OutputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _close(out: BatchOutput, failures: FailureLog | None) -> None:
    out.close(keep_parts=True)
    if failures is not None:
        failures.close()


def _commit_report(failures: FailureLog | None) -> None:
    if failures is None:
        return
    try:
        failures.commit()
    except OutputError as exc:
        typer.echo(f"error: {exc}", err=True)


def _inputs(paths: list[Path], from_file: str | None) -> list[Path | str]:
    """The paths given and those listed in --from-file, in that order."""
    if from_file is None:
        if not paths:
            typer.echo("error: no input given; name files, folders, archives or - , or pass --from-file LIST", err=True)
            raise typer.Exit(2)
        return list(paths)
    if from_file == "-" and any(str(p) == "-" for p in paths):
        typer.echo("error: standard input cannot be both a document (-) and the --from-file list", err=True)
        raise typer.Exit(2)
    try:
        listed = read_path_list(from_file)
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    return [*paths, *listed]


def _dask_engine(stack: ExitStack, settings: WorkSettings, scheduler: str | None, partitions: Path):
    """Documents processed on a Dask cluster, merged here in input order."""
    if not scheduler:
        typer.echo("error: --engine dask needs --scheduler ADDRESS (see README: batch runs on a cluster)", err=True)
        raise typer.Exit(2)
    try:
        engine = stack.enter_context(DaskEngine(scheduler, settings, partitions))
        engine.check()
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    return engine.run


def _engine(stack: ExitStack, settings: WorkSettings, workers: int):
    """The function that turns sources into results in input order: this process with the pipeline
    loaded here, or a pool of `workers` processes that each load it."""
    if workers == 1:
        nlp = _load(Path(settings.model) if settings.model else None)
        return lambda sources: process(
            sources, nlp, include_other=settings.include_other, max_bytes=settings.max_bytes,
            doc_timeout=settings.doc_timeout, timeout_per_mb=settings.timeout_per_mb,
            progress=_step_line if settings.step_lines else None)
    pool = stack.enter_context(WorkerPool(settings, workers))
    try:
        rules = pool.check()
    except MinutesError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if rules:
        typer.echo(RULES_ONLY_WARNING, err=True)
    return pool.run


@dataclass
class _Tally:
    done: int = 0
    failed: int = 0
    kept: int = 0
    units: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, warning) not printed one a line
    shown_warnings: int = 0
    seconds: float = 0.0


def _open_output(output, meetings, include_other, model, resume, quiet) -> BatchOutput:
    try:
        out = BatchOutput(output, meetings, settings=journal_settings(include_other, meetings, model))
        if out.interrupted_run() and not resume and not quiet:
            typer.echo(f"note: an interrupted run left {', '.join(map(str, out.parts()))}; starting again "
                       "(pass --resume to continue it instead)", err=True)
        if resume and not out.interrupted_run() and not quiet:
            typer.echo("note: no interrupted run to resume; starting from the beginning", err=True)
        out.open(resume=resume)
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except OutputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    return out


@contextmanager
def _term_as_interrupt() -> Iterator[None]:
    """`kill` (SIGTERM) stops a run like Ctrl-C does: the part files stay for --resume."""
    def stop(signum, frame) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resumable(out: BatchOutput, sources, max_bytes: int, resume: bool, quiet: bool) -> set[str]:
    """The documents an interrupted run finished that stay as they are; the others are dropped from it."""
    done = out.finished() if resume else {}
    if not done:
        return set()
    same = unchanged(sources, done, max_bytes)
    stale = set(done) - same
    if stale:
        out.forget(stale)
    if not quiet:
        typer.echo(f"resuming: {len(same)} documents already done" +
                   (f"; {len(stale)} changed or no longer given, done again or dropped" if stale else ""), err=True)
    return same


def _run_batch(out: BatchOutput, results, total: int, text_dir: Path | None, quiet: bool, tally: _Tally,
               failures: FailureLog | None = None, strict: bool = False) -> None:
    with BatchProgress(total, quiet=quiet) as progress:
        try:
            for result in results:
                _write_result(out, result, text_dir, quiet, tally, failures, strict)
                progress.advance(failed=not result.ok and result.status != "kept")
        finally:
            tally.seconds = progress.elapsed


def _write_result(out: BatchOutput, result, text_dir: Path | None, quiet: bool, tally: _Tally,
                  failures: FailureLog | None, strict: bool) -> None:
    if result.status == "kept":
        tally.kept += 1
        return
    if not result.ok:
        typer.echo(f"error: {result.source.shown}: {result.meeting.error}", err=True)
        if failures is not None:
            failures.write(result)  # before the journal names the document
        if strict:
            raise _StrictStop
        tally.failed += 1
    else:
        tally.done += 1
        tally.units += len(result.unit_lines)
        if text_dir is not None and result.text is not None:
            _write_text(text_dir, result.source.doc_id, result.text)
        for warning in result.meeting.warnings:
            if not quiet and tally.shown_warnings < SHOWN_LINES:
                typer.echo(f"warning: {result.source.shown}: {warning}", err=True)
                tally.shown_warnings += 1
            else:
                tally.warnings.append((result.source.shown, warning))
    out.write(result.source.doc_id, result.sha256, result.unit_lines, result.meeting_line)


def _resume_hint(out: BatchOutput, tally: _Tally) -> str:
    written = f"{tally.done + tally.failed} documents written"
    parts = out.parts()
    if not parts:
        return written
    finals = ", ".join(str(t.given) for t in out.targets if t.whole)
    return (f"{written} to {', '.join(map(str, parts))}; {finals} left as it was. Run the same command "
            "with --resume to continue")


def _step_line(source, step: str, seconds: float) -> None:
    typer.echo(f"  {source.shown}: {step} done after {seconds:.0f}s", err=True)


def _echo_capped(lines: list[str], what: str) -> None:
    for line in lines[:SHOWN_LINES]:
        typer.echo(line, err=True)
    if len(lines) > SHOWN_LINES:
        typer.echo(f"... and {len(lines) - SHOWN_LINES:,} more {what} not listed", err=True)


def _echo_warning_summary(tally: _Tally) -> None:
    """Warnings past the first SHOWN_LINES, grouped by what they say (numbers aside), most common first."""
    if not tally.warnings:
        return
    groups = Counter(re.sub(r"\d[\d,.]*", "N", warning) for _, warning in tally.warnings)
    top = "; ".join(f"{text} ({count:,})" for text, count in groups.most_common(5))
    more = f"; {len(groups) - 5} other kinds" if len(groups) > 5 else ""
    typer.echo(f"warning: {len(tally.warnings):,} more warnings not shown: {top}{more} "
               "(each is in its meeting record's warnings)", err=True)


def _summary(tally: _Tally, skipped: Counter) -> str:
    line = f"{tally.done} documents, {tally.units} units written in {duration(tally.seconds)}; {tally.failed} failed"
    if tally.kept:
        line += f"; {tally.kept} kept from the interrupted run"
    if skipped:
        reasons = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
        line += f"; {sum(skipped.values())} skipped ({reasons})"
    return line


def _write_text(folder: Path, doc_id: str, text: str) -> None:
    target = folder / f"{doc_id}.txt"
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(text, encoding="utf-8", newline="")
        part.replace(target)
    except OSError as err:
        raise OutputError(target, f"cannot write the text: {err.strerror or err}") from None


@app.command()
def inspect(
    path: Annotated[Path, typer.Argument(help="One minutes file.", exists=True, dir_okay=False)],
    model: ModelOpt = None,
    include_other: Annotated[bool, typer.Option("--all/--no-all", help="Show `other` units too (the default); "
                                                             "--no-all hides them.")] = True,
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
    learner: Annotated[str, typer.Option(
        "--learner", help="logistic (logistic regression) or svm (linear SVM; the shipped model's, see "
                          "models/README.md). Both save plain JSON weights.")] = "logistic",
    vectors: Annotated[Optional[Path], typer.Option(
        "--vectors", help="Folder of static vectors (python -m extractor.classify.vectors DIR) whose mean over "
                          "the unit's word pieces is added to its features; copied into the pipeline.")] = None,
    vector_scale: Annotated[float, typer.Option("--vector-scale", help="Weight of the dense vector against the "
                                                                     "sparse features (with --vectors).")] = 2.0,
    force: Annotated[bool, typer.Option("--force", help="Replace the -o folder if it exists already.")] = False,
) -> None:
    """Train the unit classifier on annotated examples and save the whole pipeline as one folder."""
    import time

    from .classify.build import save_pipeline, train_pipeline
    from .classify.data import load_training
    from .classify.gold import load_gold
    from .classify.vectors import StaticVectors
    from .pipeline import build_pipeline, load_pipeline

    started = time.perf_counter()
    if output.exists() and not force:
        typer.echo(f"error: {output} exists; pass --force to replace it (the pipeline there is lost)", err=True)
        raise typer.Exit(2)
    if class_weight not in {"none", "balanced"}:
        typer.echo("error: --class-weight must be none or balanced", err=True)
        raise typer.Exit(2)
    if learner not in {"logistic", "svm"}:
        typer.echo("error: --learner must be logistic or svm", err=True)
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
                                progress=progress, learner=learner)
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
