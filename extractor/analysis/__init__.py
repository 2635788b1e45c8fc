"""Analysis over `minutes extract` output: the action register, metric series, pandas loaders.

The register and series are plain Python (the CLI needs no pandas); the DataFrame loaders
(`load_units`, `load_meetings`, `register_frame`, `metric_frame`) need the `analysis` extra
and are imported only when asked for.
"""

from __future__ import annotations

from typing import Any

from .register import STATUSES, RegisterEntry, build_register, status_counts

_FRAMES = ("load_units", "load_meetings", "register_frame", "metric_frame", "read_jsonl", "extract_archive")

__all__ = ["STATUSES", "RegisterEntry", "build_register", "status_counts", *_FRAMES]


def __getattr__(name: str) -> Any:
    # pandas is imported on first use of a DataFrame helper, never by `import extractor.analysis`
    if name in _FRAMES:
        from . import frames

        return getattr(frames, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
