"""The pipeline loaded once in the forkserver that starts `--workers` processes (parallel.py).

Only the forkserver imports this module (its preload list), with the model folder of the run in
MODEL_ENV. Each worker it forks then starts with the pipeline already in memory, shared with the
server until written, instead of loading its own copy: about 1 CPU-s and 150 MB of new memory a
worker, which on a shared machine is also wall time. A worker uses the copy only when the folder's
files are still the ones loaded (`folder_key`); otherwise, or when the load failed here, it loads
the pipeline itself as before and reports any error the usual way.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from .parallel import MODEL_ENV

pipeline = None  # the Language loaded here, or None
key: tuple | None = None  # folder_key of what was loaded


def folder_key(model: str | None) -> tuple | None:
    """What identifies a loaded pipeline: its folder and every file's size and modification time (a folder
    retrained in place is loaded again); None when there is no folder (the package's rules)."""
    from .pipeline import default_model_path

    folder = Path(model) if model else default_model_path()
    if folder is None:
        return None
    try:
        files = sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                       for p in folder.rglob("*") if p.is_file())
    except OSError:
        return None
    return (str(folder.resolve()), tuple(files))


def _load() -> None:
    global pipeline, key
    wanted = os.environ.get(MODEL_ENV)
    if wanted is None:
        return
    model = wanted or None
    try:
        from .pipeline import load_pipeline

        loaded_key = folder_key(model)
        if loaded_key is None:
            return
        nlp = load_pipeline(Path(model) if model else None)
    except Exception:  # noqa: BLE001 - each worker loads the folder itself and reports why it cannot
        return
    pipeline, key = nlp, loaded_key
    # objects the workers only read stay out of their collector's reach, so it never writes to (and copies)
    # the pages they share
    gc.collect()
    gc.freeze()


_load()
