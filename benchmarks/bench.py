"""Speed and memory of `minutes extract` on an archive of our own minutes, against baselines, in one run.

    python benchmarks/bench.py [--docs 1000 10000] [--rich 200] [--quick] [--json FILE] [--budget 20]

The archive (benchmarks/archive.py, cached) holds N .txt minutes for every size N in --docs, and, in
the smallest archive, --rich of them also as .pdf and .docx. Measured in this one run:
  extract      `minutes extract` as a user runs it (a child process: start-up, reading, pipeline, writing
               the JSONL), with --workers 1 and --workers 2 when the CLI has the option: wall time, CPU
               time of the whole process tree (RUSAGE_CHILDREN, or psutil samples when larger: workers
               under a forkserver are not reaped by us), peak RSS and PSS of the tree (psutil, sampled)
  tokenizer    spaCy's bare `blank("en").make_doc` over the same texts, in this process (CPU time)
  pdf          `minutes extract` on the PDFs against raw pypdfium2 text extraction of the same files
               followed by `minutes extract` on the extracted .txt
  docx         our reader (extractor.read) against python-docx's own paragraphs and table cells
Rates are words (whitespace-separated) per second. The ratios the speed work is judged by (issue 10)
are printed last with their targets. A size whose 1-worker run would take longer than --budget minutes
(estimated from the smallest size) runs with 2 workers only, so peak RSS is still measured there; a
run still going after --stop-after minutes is stopped and reported as partial. Figures are only as
good as the machine is quiet: the load average is printed, and "cores" (CPU time / wall time) shows
whether a run got the cores it asked for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.archive import Archive, cached_archive, words  # noqa: E402

QUICK_DOCS = [200, 1000]
QUICK_RICH = 50
RSS_SAMPLE_SECONDS = 0.2
TARGETS = {"tokenizer_share": 0.25, "speedup_2_workers": 1.7, "rss_growth": 1.10, "pdf_overhead": 2.0,
           "docx_overhead": 2.0}


@dataclass
class Run:
    name: str
    docs: int
    words: int
    wall: float
    cpu: float
    peak_rss_mb: float | None = None  # the process tree's summed RSS at its largest sample
    peak_pss_mb: float | None = None  # the same for PSS (shared pages split between the processes)
    workers: int | None = None
    errors: int = 0
    note: str = ""
    partial: bool = False  # stopped before the end (--stop-after)

    @property
    def words_per_second(self) -> float:
        return self.words / self.wall if self.wall else float("nan")

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu if self.cpu else float("nan")


@dataclass
class Report:
    command: str
    started: str
    commit: str
    cores: int
    load_before: list[float]
    workers_option: bool
    archives: dict[str, dict] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)
    ratios: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    load_after: list[float] = field(default_factory=list)


# --- measuring a `minutes extract` process tree -------------------------------------------------------

def minutes_command() -> list[str]:
    script = Path(sys.executable).with_name("minutes")
    return [str(script)] if script.exists() else [shutil.which("minutes") or "minutes"]


def has_workers_option() -> bool:
    """Whether this checkout's `minutes extract` takes --workers (the parallel work may not have landed)."""
    env = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1", "TERM": "dumb"}
    out = subprocess.run([*minutes_command(), "extract", "--help"], capture_output=True, text=True, env=env)
    return re.search(r"--workers\b", out.stdout) is not None


class TreeSampler(threading.Thread):
    """Samples a process and all its descendants until stopped: the peak of the tree's summed RSS and PSS
    (workers forked from one parent share pages, which RSS counts once a process and PSS splits), and
    each process's CPU time as last seen (workers reaped by a forkserver never reach RUSAGE_CHILDREN)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.rss, self.pss = pid, 0, 0
        self.cpu: dict[int, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
            while not self.stopped.is_set():
                rss = pss = 0
                for process in [root, *root.children(recursive=True)]:
                    try:
                        with process.oneshot():
                            memory, cpu = process.memory_full_info(), process.cpu_times()
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        continue
                    rss, pss = rss + memory.rss, pss + memory.pss
                    self.cpu[process.pid] = cpu.user + cpu.system
                self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
                self.stopped.wait(RSS_SAMPLE_SECONDS)
        except psutil.NoSuchProcess:
            return


def run_extract(name: str, folder: Path, n_words: int, workers: int | None, out: Path,
                limit: float | None = None) -> Run:
    """`minutes extract FOLDER -o ... --meetings ... -q [--workers N]`, timed and measured as a tree.
    A run still going after `limit` seconds is stopped (SIGTERM, as a user's `kill`) and reported as
    partial: the documents it finished, their share of the words, the memory it reached."""
    out.mkdir(parents=True, exist_ok=True)
    units, meetings = out / f"{name}.units.jsonl", out / f"{name}.meetings.jsonl"
    command = [*minutes_command(), "extract", str(folder), "-o", str(units), "--meetings", str(meetings), "-q"]
    if workers is not None:
        command += ["--workers", str(workers)]
    total = sum(1 for _ in folder.iterdir())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(out / f"{name}.stderr", "w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        sampler = _sampler(process.pid)
        try:
            returncode, stopped = process.wait(timeout=limit), False
        except subprocess.TimeoutExpired:
            returncode, stopped = _stop(process), True
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if sampler:
        sampler.stopped.set()
        sampler.join()
    written = meetings if meetings.exists() else meetings.with_name(meetings.name + ".part")
    records = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()] if written.exists() else []
    errors = sum(1 for r in records if r.get("error"))
    note = (f"stopped after {wall / 60:.0f} min, {len(records)} of {total} documents done (words pro rata)" if stopped
            else f"exit {returncode}: see {out / f'{name}.stderr'}" if returncode else "")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if sampler:  # the larger: reaped children are exact, samples see processes nobody waits for
        cpu = max(cpu, sum(sampler.cpu.values()))
    done_words = round(n_words * len(records) / total) if stopped and total else n_words
    return Run(name, len(records), done_words, wall, cpu, sampler and sampler.rss / 2**20,
               sampler and sampler.pss / 2**20, workers or 1, errors, note, stopped)


def _stop(process: subprocess.Popen) -> int:
    """Stop a run we started and every process under it: SIGTERM first (the CLI keeps its part files),
    then SIGKILL for whatever is left a minute later."""
    import psutil

    try:  # Process objects, not pids: psutil refuses to signal a pid reused by someone else's process
        tree = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        tree = []
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pass
    for child in tree:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    if process.poll() is None:
        process.kill()
    return process.wait()


def _sampler(pid: int) -> TreeSampler | None:
    try:
        import psutil  # noqa: F401
    except ImportError:
        return None  # peak memory is reported as unavailable; pip install -e '.[bench]'
    sampler = TreeSampler(pid)
    sampler.start()
    return sampler


# --- baselines in this process ------------------------------------------------------------------------

def timed(work) -> tuple[object, float, float]:
    """(result, wall seconds, CPU seconds of this process) of calling work()."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run_tokenizer(name: str, texts: list[str]) -> Run:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 100_000_000
    nlp.make_doc(texts[0])  # warm up: the tokenizer's lazy tables

    def tokenise() -> int:
        return sum(len(nlp.make_doc(text)) for text in texts)

    _, wall, cpu = timed(tokenise)
    return Run(name, len(texts), words(texts), wall, cpu)


def pdfium_texts(files: list[Path], out: Path) -> tuple[float, float]:
    """Raw pypdfium2 text of each PDF, page after page, written as out/STEM.txt; (wall, CPU) seconds."""
    import pypdfium2 as pdfium

    out.mkdir(parents=True, exist_ok=True)

    def extract() -> None:
        for path in files:
            pdf = pdfium.PdfDocument(path)
            try:
                text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
            finally:
                pdf.close()
            (out / f"{path.stem}.txt").write_text(text, encoding="utf-8")

    _, wall, cpu = timed(extract)
    return wall, cpu


def docx_readers(files: list[Path], repeat: int = 2) -> tuple[Run, Run]:
    """Our DOCX reader and python-docx's paragraphs plus table cells over the same files, best of `repeat`."""
    import docx

    from extractor.read import read_document

    def ours(files: list[Path] = files) -> int:
        return sum(len(read_document(path).text.split()) for path in files)

    def raw(files: list[Path] = files) -> int:
        count = 0
        for path in files:
            document = docx.Document(str(path))
            texts = [p.text for p in document.paragraphs]
            texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
            count += sum(len(text.split()) for text in texts)
        return count

    runs = []
    for name, work in (("docx: our reader", ours), ("docx: python-docx", raw)):
        work(files[:3])  # warm up: imports, lxml, the default template's styles
        best = min((timed(work) for _ in range(repeat)), key=lambda result: result[2])
        runs.append(Run(name, len(files), best[0], best[1], best[2]))
    return runs[0], runs[1]


# --- the benchmark ------------------------------------------------------------------------------------

def label(count: int) -> str:
    return f"{count // 1000}k" if count >= 1000 and count % 1000 == 0 else str(count)


def benchmark(sizes: list[int], rich: int, budget_minutes: float, stop_after: float, report: Report,
              work: Path) -> None:
    workers = [1, 2] if report.workers_option else [None]
    if not report.workers_option:
        report.notes.append("`minutes extract` has no --workers option in this checkout: one process, "
                            "2-worker figures unavailable")
    seconds_per_doc: dict[int | None, float] = {}  # measured on the smallest size, for the estimates
    smallest = label(min(sizes))
    for n, count in enumerate(sorted(sizes)):
        archive = cached_archive(count, rich if n == 0 else 0)
        texts = [path.read_text(encoding="utf-8") for path in archive.txt]
        n_words = words(texts)
        report.archives[label(count)] = {"docs": count, "words": n_words, "pdf": len(archive.pdf),
                                         "docx": len(archive.docx), "path": str(archive.root)}
        _log(f"archive {label(count)}: {count} txt ({n_words:,} words), {len(archive.pdf)} pdf, "
             f"{len(archive.docx)} docx in {archive.root}")
        for w in workers:
            estimate = seconds_per_doc.get(w, 0.0) * count
            if estimate > budget_minutes * 60:
                if w != workers[-1]:
                    report.notes.append(f"{label(count)} with {w} worker skipped: about {estimate / 60:.0f} min "
                                        f"estimated from the {smallest} run, over the {budget_minutes:g}-min budget")
                    continue
                report.notes.append(f"{label(count)} with {w or 1} worker(s) run although about "
                                    f"{estimate / 60:.0f} min were estimated: the one run at this size")
            name = f"txt {label(count)}, {w or 1} worker{'s' if (w or 1) > 1 else ''}"
            _log(f"running {name}" + (f" (about {estimate / 60:.1f} min)" if estimate else ""))
            run = run_extract(name.replace(" ", "").replace(",", "-"), archive.txt_dir, n_words, w, work,
                              stop_after * 60)
            run.name = f"extract {name}"
            report.runs.append(run)
            if n == 0:
                seconds_per_doc[w] = run.wall / count
        _log(f"tokenizer over {label(count)}")
        report.runs.append(run_tokenizer(f"bare tokenizer {label(count)}", texts))
        if n == 0 and archive.pdf:
            pdf_and_docx(archive, report, work)


def pdf_and_docx(archive: Archive, report: Report, work: Path) -> None:
    n_words = words(path.read_text(encoding="utf-8") for path in archive.txt[: len(archive.pdf)])
    one = 1 if report.workers_option else None
    _log(f"pdf: {len(archive.pdf)} files end to end")
    ours = run_extract("pdf", archive.pdf_dir, n_words, one, work)
    ours.name = f"extract pdf ({len(archive.pdf)} files)"
    extracted = work / "pdfium-text"
    wall, cpu = pdfium_texts(archive.pdf, extracted)
    raw = Run("pypdfium2 text", len(archive.pdf), n_words, wall, cpu)
    piped = run_extract("pdfium-txt", extracted, n_words, one, work)
    piped.name = "extract on pypdfium2 text"
    report.runs += [ours, raw, piped]
    _log(f"docx: {len(archive.docx)} files, our reader and python-docx")
    report.runs += docx_readers(archive.docx)


def ratios(report: Report) -> None:
    runs = {run.name: run for run in report.runs}
    for size in report.archives:
        one, two = runs.get(f"extract txt {size}, 1 worker"), runs.get(f"extract txt {size}, 2 workers")
        bare = runs.get(f"bare tokenizer {size}")
        if one and bare:
            report.ratios[f"ours 1 worker / bare tokenizer, words per CPU-second, {size}{_partial(one)}"] = {
                "value": one.words_per_cpu_second / bare.words_per_cpu_second, "target": ">= 25 %", "unit": "share",
                "met": one.words_per_cpu_second / bare.words_per_cpu_second >= TARGETS["tokenizer_share"]}
        if two and two.cpu / two.wall < 1.5:
            report.notes.append(f"the 2-worker run at {size} kept {two.cpu / two.wall:.2f} cores busy on average: "
                                "other work on the machine or idle workers; its speed-up is not the code's best")
        if one and two:
            report.ratios[f"2 workers / 1 worker, words per wall-second, {size}{_partial(one, two)}"] = {
                "value": two.words_per_second / one.words_per_second, "target": ">= 1.7x", "unit": "x",
                "met": two.words_per_second / one.words_per_second >= TARGETS["speedup_2_workers"]}
    sizes = list(report.archives)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for w in ("1 worker", "2 workers"):
            a, b = runs.get(f"extract txt {small}, {w}"), runs.get(f"extract txt {large}, {w}")
            if a and b and a.peak_rss_mb and b.peak_rss_mb:
                report.ratios[f"peak RSS {large} / {small}, {w} (process tree){_partial(a, b)}"] = {
                    "value": b.peak_rss_mb / a.peak_rss_mb, "target": "<= 1.10x", "unit": "x",
                    "met": b.peak_rss_mb / a.peak_rss_mb <= TARGETS["rss_growth"]}
    pdf, raw, piped = (runs.get(name) for name in (next((n for n in runs if n.startswith("extract pdf")), ""),
                                                     "pypdfium2 text", "extract on pypdfium2 text"))
    if pdf and raw and piped:
        for clock in ("cpu", "wall"):
            value = getattr(pdf, clock) / (getattr(raw, clock) + getattr(piped, clock))
            report.ratios[f"PDF end to end / (pypdfium2 + txt pipeline), {clock.upper() if clock == 'cpu' else clock} time"] = {
                "value": value, "target": "<= 2x", "unit": "x", "met": value <= TARGETS["pdf_overhead"]}
    ours, raw_docx = runs.get("docx: our reader"), runs.get("docx: python-docx")
    if ours and raw_docx:
        value = ours.cpu / raw_docx.cpu
        report.ratios["DOCX our reader / python-docx paragraphs and tables, CPU time"] = {
            "value": value, "target": "<= 2x", "unit": "x", "met": value <= TARGETS["docx_overhead"]}


def _partial(*runs: Run) -> str:
    return " (from a run stopped before the end)" if any(run.partial for run in runs) else ""


def print_report(report: Report) -> None:
    print(f"# {report.command}\n# {report.started}, commit {report.commit}, {report.cores} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in report.load_before)} before, "
          f"{' '.join(f'{x:.2f}' for x in report.load_after)} after")
    for size, info in report.archives.items():
        print(f"# archive {size}: {info['docs']} txt, {info['words']:,} words; {info['pdf']} pdf, {info['docx']} docx")
    header = (f"{'run':<34}{'docs':>6}{'words':>11}{'wall s':>9}{'CPU s':>9}{'cores':>6}{'docs/s':>8}{'words/s':>9}"
              f"{'words/CPU-s':>12}{'tree RSS MB':>12}{'tree PSS MB':>12}{'errors':>7}")
    print(header)
    for run in report.runs:
        rss = f"{run.peak_rss_mb:>12.0f}{run.peak_pss_mb:>12.0f}" if run.peak_rss_mb else f"{'-':>12}{'-':>12}"
        print(f"{run.name:<34}{run.docs:>6}{run.words:>11,}{run.wall:>9.1f}{run.cpu:>9.1f}{run.cpu / run.wall:>6.2f}"
              f"{run.docs / run.wall:>8.1f}{run.words / run.wall:>9,.0f}{run.words_per_cpu_second:>12,.0f}"
              f"{rss}{run.errors:>7}" + (f"  {run.note}" if run.note else ""))
    print("\nratios (target)")
    for name, ratio in report.ratios.items():
        shown = f"{ratio['value']:.1%}" if ratio["unit"] == "share" else f"{ratio['value']:.2f}x"
        print(f"  {name}: {shown} ({ratio['target']}) {'met' if ratio['met'] else 'NOT met'}")
    for note in report.notes:
        print(f"note: {note}")


def _log(message: str) -> None:
    print(f"[{dt.datetime.now(dt.timezone.utc):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _commit() -> str:
    out = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000], help="archive sizes (documents)")
    parser.add_argument("--rich", type=int, default=200, help="documents also written as .pdf and .docx")
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: {QUICK_DOCS} docs, {QUICK_RICH} rich")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="minutes a 1-worker run may take; a larger size runs with 2 workers only")
    parser.add_argument("--stop-after", type=float, default=30.0,
                        help="minutes after which a txt run is stopped and reported as partial")
    args = parser.parse_args(argv)
    sizes, rich = (QUICK_DOCS, QUICK_RICH) if args.quick else (args.docs, args.rich)
    report = Report(command=" ".join(["python benchmarks/bench.py", *(argv if argv is not None else sys.argv[1:])]),
                    started=f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC", commit=_commit(),
                    cores=os.cpu_count() or 1, load_before=list(os.getloadavg()),
                    workers_option=has_workers_option())
    with tempfile.TemporaryDirectory(prefix="minutes-bench-run-") as work:
        benchmark(sizes, rich, args.budget, args.stop_after, report, Path(work))
    report.load_after = list(os.getloadavg())
    ratios(report)
    print_report(report)
    if args.json:
        figures = {**asdict(report), "runs": [{**asdict(run), "words_per_cpu_second": run.words_per_cpu_second}
                                              for run in report.runs]}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
