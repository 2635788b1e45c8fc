"""The ordered pipeline: build it from spaCy's blank English, or load a saved folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import MinutesError
from .extensions import register_extensions
from .matchers import add_cue_ruler, faster_cue_ruler

# Importing the component modules registers their factories (entry points do the same for spacy.load).
from .classify import component as _classify  # noqa: F401
from .classify.component import MODEL_FILE
from .resolve import component as _resolve  # noqa: F401
from .structure import component as _structure  # noqa: F401
from .units import component as _units  # noqa: F401

PIPE_NAMES = ("minutes_structure", "minutes_units", "minutes_cues", "minutes_resolver", "minutes_classifier")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "minutes-en"
MAX_CHARS = 10_000_000  # spaCy's default of 1M characters is too small for bound archives


def build_pipeline() -> Language:
    """A fresh pipeline: structure, units, cue matcher, resolvers, classifier (untrained: rules)."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("minutes_structure")
    nlp.add_pipe("minutes_units")
    add_cue_ruler(nlp, "minutes_cues")
    nlp.add_pipe("minutes_resolver")
    nlp.add_pipe("minutes_classifier")
    return nlp


def default_model_path() -> Path | None:
    """$MINUTES_MODEL, else the model shipped in the repo's models/ folder, if present."""
    env = os.environ.get("MINUTES_MODEL")
    if env:
        return Path(env)
    return DEFAULT_MODEL if (DEFAULT_MODEL / "config.cfg").exists() else None


def rules_only(nlp: Language) -> bool:
    """True when the classifier has no trained weights and labels come from cue rules alone."""
    return "minutes_classifier" in nlp.pipe_names and nlp.get_pipe("minutes_classifier").model is None


def load_pipeline(path: Path | str | None = None) -> Language:
    """Load a saved pipeline folder (no pickle: config, JSON rules and JSON weights).

    The folder is checked first, so a damaged one is one clear MinutesError naming the file, never a
    silent fall back to the cue rules: a trained folder (its meta.json has a training card) must hold
    its classifier's weights.
    """
    register_extensions()
    path = Path(path) if path else default_model_path()
    if path is None:
        return build_pipeline()
    check_pipeline_folder(path)
    quiet = _before_cues(_meta(path))
    try:
        nlp = spacy.load(path, disable=quiet)
    except MinutesError:
        raise
    except Exception as exc:  # spaCy's own config and file errors, as one line naming the folder
        reason = " ".join(str(exc).split())[:300]
        raise MinutesError(f"{path}: cannot load the pipeline ({type(exc).__name__}: {reason}); "
                           "retrain it with `minutes train` or copy the folder again") from None
    for name in quiet:
        nlp.enable_pipe(name)
    missing = [name for name in PIPE_NAMES if name not in nlp.pipe_names]
    if missing:
        raise MinutesError(f"{path}: pipeline lacks {', '.join(missing)}; retrain it with `minutes train`")
    nlp.max_length = MAX_CHARS
    faster_cue_ruler(nlp)  # the same cue spans from cheaper patterns than an older folder may carry
    return nlp


def _before_cues(meta: dict) -> list[str]:
    """The enabled components that run before the cue ruler. spaCy's span_ruler tokenises its phrase patterns
    with `nlp.pipe` as it loads, through every component before it: structure and units would read each of
    ~800 one-word patterns (about 1 CPU-s a load, in every worker). They are off while the folder loads."""
    pipeline = meta.get("pipeline", [])
    if "minutes_cues" not in pipeline:
        return []
    disabled = set(meta.get("disabled", []))
    return [name for name in pipeline[:pipeline.index("minutes_cues")] if name not in disabled]


def check_pipeline_folder(path: Path) -> None:
    """The files a pipeline folder cannot work without; raises MinutesError naming the first one missing."""
    if not path.is_dir():
        raise MinutesError(f"{path}: no such pipeline folder; pass a folder written by `minutes train`")
    if not (path / "config.cfg").is_file():
        raise MinutesError(f"{path}: not a pipeline folder (no config.cfg); pass a folder written by `minutes train`")
    meta = _meta(path)
    classifier = path / "minutes_classifier"
    if "minutes_classifier" in meta.get("pipeline", PIPE_NAMES) and not classifier.is_dir():
        raise MinutesError(f"{classifier}: the classifier folder is missing; the pipeline folder is incomplete "
                           "(copy it again or retrain with `minutes train`)")
    if meta.get("minutes") and not (classifier / MODEL_FILE).is_file():
        raise MinutesError(f"{classifier / MODEL_FILE}: missing, but {path / 'meta.json'} says the classifier was "
                           "trained; copy the folder again or retrain with `minutes train`")


def _meta(path: Path) -> dict:
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MinutesError(f"{path / 'meta.json'}: cannot read it ({exc}); copy the folder again") from None
    if not isinstance(meta, dict):
        raise MinutesError(f"{path / 'meta.json'}: not a JSON object; copy the folder again")
    return meta
