"""Wording similarity between units of one archive: TF-IDF cosine over stemmed content words.

IDF is fitted on the archive itself, so words every meeting repeats ("trustees", "report")
weigh little and the words that tell one action from another weigh most. People's names and
initials are left out: owners are compared by canonical name, not by wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
NUMBER = re.compile(r"^\d")
# longest first: "circulated" -> "circulat", "circulating" -> "circulat", "circulate" -> "circulat"
SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "e", "s", "y")


def stem(word: str) -> str:
    """A crude suffix stripper: enough for 'circulate'/'circulated'/'circulating' to meet."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str, ignore: frozenset[str] = frozenset(), numbers: bool = True) -> list[str]:
    """Lower-cased, stemmed words of `text` without stop words, ignored words and (optionally) numbers."""
    words = []
    for raw in WORD.findall(text):
        word = raw.lower().replace("’", "'").removesuffix("'s")
        if NUMBER.match(word):
            if numbers:
                words.append(word.replace(",", ""))
            continue
        if word in ENGLISH_STOP_WORDS or word in ignore or len(word) < 2:
            continue
        words.append(stem(word))
    return words


class Similarity:
    """TF-IDF vectors of a fixed list of texts; `matrix(rows, cols)` gives their cosines."""

    def __init__(self, texts: Sequence[str], ignore: Iterable[str] = (), numbers: bool = True) -> None:
        self.ignore = frozenset(w.lower() for w in ignore)
        self.numbers = numbers
        self.vectorizer = TfidfVectorizer(analyzer=self.analyse, sublinear_tf=True)
        self.vectors: csr_matrix = self.vectorizer.fit_transform(texts) if texts else csr_matrix((0, 0))

    def analyse(self, text: str) -> list[str]:
        return content_words(text, self.ignore, self.numbers)

    def words(self, index: int) -> set[str]:
        """The terms that text `index` contributes (for explaining a match)."""
        names = self.vectorizer.get_feature_names_out()
        return {names[j] for j in self.vectors[index].indices}

    def matrix(self, rows: Sequence[int], cols: Sequence[int]):
        """Dense cosine matrix between texts `rows` and texts `cols` (vectors are L2-normalised)."""
        if not len(rows) or not len(cols):
            return [[0.0] * len(cols) for _ in rows]
        return (self.vectors[list(rows)] @ self.vectors[list(cols)].T).toarray()

    def sparse(self, rows: Sequence[int]) -> csr_matrix:
        """Cosines of texts `rows` against every text, sparse: row i, column j for text j."""
        return (self.vectors[list(rows)] @ self.vectors.T).tocsr()

    def cosine(self, a: int, b: int) -> float:
        return float(self.matrix([a], [b])[0][0])
