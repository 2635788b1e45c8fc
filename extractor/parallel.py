"""Documents in parallel: worker processes that each load the pipeline once; results in input order.

The parent keeps at most a small window of documents in flight (a few per worker), so neither the
workers nor the parent ever hold more than a handful of results, however long the archive. Workers
start by forkserver where the platform has it (else spawn), never by a bare fork of a parent that may
be running threads; each ignores Ctrl-C (the parent decides what an interrupt means) and exits on its
own when the parent dies, so a `kill -9` leaves no orphans behind. Only plain data crosses between
processes: sources and results are dataclasses of strings, numbers and paths.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from .batch import DocResult, Source, failed_result, process, source_bytes
from .errors import MinutesError

# A worker pays for itself once it has about as much work as loading the pipeline (~3 s, the time of
# some 8 ordinary documents); below that, a default run stays in one process.
DOCS_PER_WORKER = 8
# Documents in flight per worker: one running, one queued so the worker never waits for the parent.
IN_FLIGHT_PER_WORKER = 2
# The run's --model ("" for the default) in the forkserver's environment as it starts: warm.py loads it there.
# Set only in the forkserver, so this process never imports warm.py nor loads a pipeline through it.
MODEL_ENV = "MINUTES_WORKER_MODEL"


@dataclass(frozen=True)
class WorkSettings:
    """What every worker needs to process a document as the in-process run would."""

    model: str | None
    include_other: bool = False
    max_bytes: int = 50_000_000
    doc_timeout: float | None = None
    timeout_per_mb: float = 0.0
    keep_text: bool = False  # --text-dir: send each document's text back to the parent
    step_lines: bool = False  # long documents report each step on stderr


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's total)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return max(1, counter() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def plan_workers(requested: int | None, documents: int) -> int:
    """Worker processes for `documents` to process: as asked (never more than documents), or by default
    the usable cores, each given at least DOCS_PER_WORKER documents."""
    if requested is not None:
        return max(1, min(requested, documents))
    return max(1, min(usable_cores(), documents // DOCS_PER_WORKER))


def slim(result: DocResult, keep_text: bool) -> DocResult:
    """A result with only what the parent writes: the JSON lines, not the record objects or the bytes."""
    return replace(result, source=replace(result.source, data=None), units=[],
                   text=result.text if keep_text else None)


# ------------------------------------------------------------------------------------------- in a worker

_nlp = None
_settings: WorkSettings | None = None
_load_error: str | None = None


def _start_worker(settings: WorkSettings) -> None:
    """Initializer: load the pipeline once; a load failure is kept and reported by `_probe`."""
    global _nlp, _settings, _load_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    _settings = settings
    _nlp = _warm_pipeline(settings.model)
    if _nlp is not None:
        return
    try:
        from .pipeline import load_pipeline

        _nlp = load_pipeline(Path(settings.model) if settings.model else None)
    except (MinutesError, OSError) as exc:
        _load_error = str(exc)


def _warm_pipeline(model: str | None):
    """The pipeline the forkserver loaded before forking this worker (warm.py), when it is this run's folder
    as it is now; else None."""
    warm = sys.modules.get(f"{__package__}.warm")
    if warm is None or warm.pipeline is None or warm.key is None or warm.key != warm.folder_key(model):
        return None
    return warm.pipeline


def _watch_parent() -> None:
    """Exit when the run that started this worker is gone (killed with -9, say). Its sentinel, a pipe the
    run holds open, is the one sign that works under forkserver too, where the worker's parent process is
    the server and outlives the run while any worker holds it."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="minutes-parent-watch", daemon=True).start()


def _probe() -> tuple[str | None, bool]:
    """(why the pipeline could not be loaded, whether it labels by cue rules only)."""
    if _load_error is not None or _nlp is None:
        return _load_error or "the pipeline was not loaded", False
    from .pipeline import rules_only

    return None, rules_only(_nlp)


def _step_line(source: Source, step: str, seconds: float) -> None:
    sys.stderr.write(f"  {source.shown}: {step} done after {seconds:.0f}s\n")
    sys.stderr.flush()


def _work(source: Source) -> DocResult:
    settings = _settings
    if _nlp is None or settings is None:
        return failed_result(source, None, f"internal error: the worker has no pipeline ({_load_error})", None,
                             "internal")
    result = next(process([source], _nlp, include_other=settings.include_other, max_bytes=settings.max_bytes,
                          doc_timeout=settings.doc_timeout, timeout_per_mb=settings.timeout_per_mb,
                          progress=_step_line if settings.step_lines else None))
    return slim(result, settings.keep_text)


# ------------------------------------------------------------------------------------------- the parent


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # the server imports spaCy and the components and loads the pipeline once (warm.py); each worker
        # forked from it starts with the pipeline in memory
        context.set_forkserver_preload([f"{__package__}.pipeline", f"{__package__}.warm"])
        return context
    return multiprocessing.get_context("spawn")


def _start_forkserver(model: str | None) -> None:
    """Start this process's forkserver (once) with the run's model folder in its environment, for warm.py;
    the variable is not left in this process's own environment."""
    from multiprocessing import forkserver

    before = os.environ.get(MODEL_ENV)
    os.environ[MODEL_ENV] = model or ""
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            os.environ.pop(MODEL_ENV, None)
        else:
            os.environ[MODEL_ENV] = before


def _stop_now(executor: ProcessPoolExecutor) -> None:
    """End the workers at once and the executor's thread with them: Python waits for that thread before it
    exits, so a thread left waiting would hang an interrupted run after its "interrupted" line.

    A worker ended while it was writing a result (likely under load, where the parent drains the pipe
    slowly) leaves part of a message in the result pipe, and the thread would wait for the rest forever:
    once no worker is left, the run closes its own writing end, the last one, so the thread reads an end of
    file, counts the pool broken and ends. This reaches into the executor (its processes, its thread, its
    result queue), as little as that needs; each is looked up with a default in case a Python moves it."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    thread = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for worker in processes:
        worker.terminate()
    for worker in processes:
        worker.join(timeout=5)
        if worker.is_alive():  # SIGTERM not acted on (a worker stopped in the kernel): no more waiting
            worker.kill()
            worker.join(timeout=5)
    if thread is None or not thread.is_alive():
        return
    writer = getattr(results, "_writer", None)
    if writer is not None and not any(worker.is_alive() for worker in processes):
        try:
            writer.close()
        except OSError:
            pass
    thread.join(timeout=5)


class WorkerPool:
    """`workers` processes with the pipeline loaded; `run` processes sources in input order."""

    def __init__(self, settings: WorkSettings, workers: int) -> None:
        self.settings, self.workers = settings, max(1, workers)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> "WorkerPool":
        self._start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop(now=exc_info[0] is not None)

    def _start(self) -> None:
        context = _context()
        if context.get_start_method() == "forkserver":
            _start_forkserver(self.settings.model)
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                             initargs=(self.settings,))

    def check(self) -> bool:
        """Wait until the workers have loaded the pipeline; raises MinutesError when one could not. Returns
        whether the pipeline labels by cue rules only."""
        # one probe a worker: the executor starts a process only for a submission no idle one can take, so
        # a single probe would leave the other workers to start loading after the first had finished
        probes = [self._executor.submit(_probe) for _ in range(self.workers)]
        try:
            answers = [probe.result() for probe in probes]
        except BrokenProcessPool:
            raise MinutesError("a worker process could not start; run with --workers 1 to see why") from None
        error = next((error for error, _ in answers if error), None)
        if error:
            raise MinutesError(error)
        return answers[0][1]

    def stop(self, *, now: bool = False) -> None:
        """Shut the workers down; `now` (an interrupt) ends them at once rather than after their document."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if now:
            _stop_now(executor)
        else:
            executor.shutdown(wait=True, cancel_futures=True)

    def run(self, sources: Iterable[Source]) -> Iterator[DocResult]:
        """Each source's result, in the order given, with at most a few documents in flight per worker.

        A worker that dies (out of memory, a crash in a C library) fails the oldest document in flight
        and the pool is started again; the other documents in flight are sent again.
        """
        pending = iter(sources)
        window: deque[tuple[Source, Future]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while True:
            while len(window) < limit:
                source = next(pending, None)
                if source is None:
                    break
                window.append((source, self._submit(source)))
            if not window:
                return
            source, future = window.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                yield failed_result(source, None, "the worker process reading it died (out of memory or a crash); "
                                    "run it alone with --workers 1 to see why", None, "internal")
                self._restart(window)
                continue
            yield replace(result, source=source)

    def _submit(self, source: Source) -> Future:
        if source.stdin and source.data is None:
            try:  # standard input belongs to the parent: read it here, the worker gets the bytes
                source_bytes(source, self.settings.max_bytes)
            except MinutesError:
                pass  # the worker reports the same error from the bytes kept
        return self._executor.submit(_work, source)

    def _restart(self, window: deque[tuple[Source, Future]]) -> None:
        self.stop(now=True)
        self._start()
        for index, (source, _) in enumerate(list(window)):
            window[index] = (source, self._submit(source))
