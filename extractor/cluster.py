"""`--engine dask`: the same pipeline on a Dask distributed cluster, merged into the same safe output.

The documents to process are cut into partitions of consecutive sources. Each partition is one task: the
worker loads the pipeline once (a loader cached by model folder, used by one task at a time), processes the
partition's documents exactly as one process does (time budget included) and writes them to its own
partition file, through a `.part` file renamed when whole, in a folder every worker and the parent can
reach. The parent reads partitions back in input order, writes them through the usual part files and
journal (so `--resume` works as for any run) and deletes each partition once merged. Only a few
partitions are in flight at once, so the parent and the shared folder hold a bounded amount.

The cluster needs `pip install "minutes-extractor[cluster]"` on the parent and every worker, the model
folder at the same path on every worker (or $MINUTES_MODEL set there), and the inputs and the partition
folder on a file system they share.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .batch import DocResult, Source, process, source_bytes
from .errors import MinutesError
from .parallel import WorkSettings
from .schema import MeetingRecord

# Documents a task: enough to make a task worth scheduling, few enough to spread an archive over workers.
PARTITION_DOCS = 16
# Partitions in flight per worker thread of the cluster.
IN_FLIGHT_PER_THREAD = 2

# model folder -> (pipeline, the lock its user holds): the components are not written to be shared
# between threads, so one pipeline serves one task at a time (threads share one core's worth of Python
# anyway; give Dask workers --nthreads 1 and run one per core).
_pipelines: dict[str, tuple[object, threading.Lock]] = {}
_pipelines_lock = threading.Lock()


def cached_pipeline(model: str | None) -> tuple[object, threading.Lock]:
    """The pipeline in `model` (None: the default folder), loaded once a worker process, and its lock."""
    from .pipeline import default_model_path, load_pipeline

    folder = Path(model) if model else default_model_path()
    key = os.path.realpath(folder) if folder else "<rules only>"
    with _pipelines_lock:
        if key not in _pipelines:
            _pipelines[key] = (load_pipeline(folder), threading.Lock())
        return _pipelines[key]


def process_partition(sources: list[Source], settings: WorkSettings, target: str) -> str:
    """A task: process `sources` in order and write them to the partition file `target`; returns it."""
    nlp, lock = cached_pipeline(settings.model)
    part = target + ".part"
    with lock, open(part, "w", encoding="utf-8", newline="\n") as handle:
        for result in process(sources, nlp, include_other=settings.include_other, max_bytes=settings.max_bytes,
                              doc_timeout=settings.doc_timeout, timeout_per_mb=settings.timeout_per_mb):
            handle.write(json.dumps(_partition_record(result, settings.keep_text), ensure_ascii=False) + "\n")
    os.replace(part, target)
    return target


def _partition_record(result: DocResult, keep_text: bool) -> dict:
    return {"doc_id": result.source.doc_id, "status": result.status, "sha256": result.sha256,
            "error": result.meeting.error, "error_kind": result.error_kind, "warnings": result.meeting.warnings,
            "format": result.meeting.format, "unit_lines": result.unit_lines, "meeting_line": result.meeting_line,
            "text": result.text if keep_text else None}


def _result(source: Source, record: dict) -> DocResult:
    if record["doc_id"] != source.doc_id:
        raise MinutesError(f"partition out of step: {record['doc_id']} where {source.doc_id} was expected")
    meeting = MeetingRecord(doc_id=source.doc_id, source=source.shown, format=record["format"],
                            warnings=record["warnings"], error=record["error"])
    return DocResult(source, meeting, text=record["text"], status=record["status"], sha256=record["sha256"],
                     unit_lines=record["unit_lines"], meeting_line=record["meeting_line"],
                     error_kind=record["error_kind"])


class DaskEngine:
    """A connection to a Dask scheduler; `run` processes sources on its workers, results in input order."""

    def __init__(self, scheduler: str, settings: WorkSettings, partitions: Path, *, client=None) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise MinutesError("--engine dask needs the cluster extra: pip install 'minutes-extractor[cluster]'") from None
        self.settings = settings
        self.folder = Path(partitions)
        try:
            self.client = client or Client(scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise MinutesError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); start it with "
                               "`dask scheduler`, or check the address") from None
        self._own_client = client is None
        self._made_folder = False
        self._run_id = uuid.uuid4().hex[:8]

    def __enter__(self) -> "DaskEngine":
        try:
            self._made_folder = not self.folder.exists()
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise MinutesError(f"{self.folder}: cannot make the partition folder ({err.strerror or err})") from None
        return self

    def __exit__(self, *exc_info) -> None:
        for leftover in self.folder.glob(f"{self._run_id}-*"):
            leftover.unlink(missing_ok=True)
        if self._made_folder:
            shutil.rmtree(self.folder, ignore_errors=True)
        if self._own_client:
            self.client.close()

    def check(self) -> None:
        """Load the pipeline on every worker now, so a model folder a worker cannot read is one error
        before any output is touched; raises MinutesError."""
        if not self.client.scheduler_info().get("workers"):
            raise MinutesError("the Dask scheduler has no workers; start some with `dask worker ADDRESS`")
        try:
            self.client.run(_warm, self.settings.model)
        except MinutesError:
            raise
        except Exception as exc:
            raise MinutesError(f"a Dask worker cannot load the pipeline: {exc}") from None

    def threads(self) -> int:
        return max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info().get("workers", {}).values()))

    def run(self, sources: list[Source]) -> Iterator[DocResult]:
        """Partitions submitted a few at a time, merged back in order; each partition file is deleted once read."""
        chunks = [sources[i:i + PARTITION_DOCS] for i in range(0, len(sources), PARTITION_DOCS)]
        pending = iter(enumerate(chunks))
        window: deque = deque()
        limit = self.threads() * IN_FLIGHT_PER_THREAD
        while True:
            while len(window) < limit:
                item = next(pending, None)
                if item is None:
                    break
                index, chunk = item
                target = os.fspath(self.folder / f"{self._run_id}-{index:06d}.jsonl")
                future = self.client.submit(process_partition, [_portable(s, self.settings.max_bytes) for s in chunk],
                                            self.settings, target,
                                            key=f"minutes-{self._run_id}-{index}", retries=1)
                window.append((chunk, future))
            if not window:
                return
            chunk, future = window.popleft()
            yield from self._merge(chunk, future)

    def _merge(self, chunk: list[Source], future) -> Iterator[DocResult]:
        """A finished partition's results, read from its file; a task or file that failed is a MinutesError."""
        try:
            path = Path(future.result())
        except Exception as exc:  # the task's own error, raised again here by Dask
            raise MinutesError(f"a Dask task failed ({type(exc).__name__}: {exc}); check the workers' logs") from None
        try:
            with open(path, encoding="utf-8") as handle:
                records = [json.loads(line) for line in handle]
        except FileNotFoundError:
            raise MinutesError(f"{path}: a worker wrote this partition where this machine cannot see it; give "
                               "--partitions a folder every worker and this machine share") from None
        except (OSError, ValueError) as exc:
            raise MinutesError(f"{path}: cannot read the partition ({exc})") from None
        if len(records) != len(chunk):
            raise MinutesError(f"{path}: {len(records)} documents where {len(chunk)} were sent")
        for source, record in zip(chunk, records):
            yield _result(source, record)
        path.unlink(missing_ok=True)


def _portable(source: Source, max_bytes: int) -> Source:
    """A source as a worker elsewhere can read it: standard input is read here and sent as bytes."""
    if source.stdin and source.data is None:
        try:
            source_bytes(source, max_bytes)
        except MinutesError:
            pass  # the worker reports the same error from the bytes kept
    return source


def _warm(model: str | None) -> bool:
    cached_pipeline(model)
    return True


def default_partition_folder(units: Path | None) -> Path:
    """Beside the units file (NAME.partitions), or a new folder in the working directory for stdout."""
    if units is not None and str(units) != "-" and not str(units).startswith("/dev/"):
        target = Path(os.path.realpath(units))
        return target.with_name(target.name + ".partitions")
    return Path.cwd() / f"minutes-partitions-{uuid.uuid4().hex[:8]}"
