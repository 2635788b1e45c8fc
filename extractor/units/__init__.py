"""Units: sentences and bullet lines with character offsets."""

from .split import UnitSpan, split_sentences, split_units

__all__ = ["UnitSpan", "split_sentences", "split_units"]
