"""Static vectors: BERT word pieces in pure Python, a unit's mean vector, and the pipeline folder round trip."""

import json
import string

import numpy as np
import pytest

from extractor.classify.build import save_pipeline, train_pipeline
from extractor.classify.data import load_training
from extractor.classify.features import UnitContext
from extractor.classify.vectors import StaticVectors, _bert_words_loop, bert_words, word_pieces
from extractor.errors import MinutesError
from extractor.pipeline import build_pipeline, load_pipeline

from ..conftest import REPO

WORDS = [
    ("lower case, punctuation split off", "ACTION: JS to circulate the paper.",
     ["action", ":", "js", "to", "circulate", "the", "paper", "."]),
    ("accents stripped", "Café committee approved the résumé", ["cafe", "committee", "approved", "the", "resume"]),
    ("dashes and quotes are punctuation", "Budget – “agreed”", ["budget", "–", "“", "agreed", "”"]),
    ("currency signs are symbols, not punctuation", "£2.3m overspend", ["£2", ".", "3m", "overspend"]),
    ("control characters dropped, tabs are spaces", "Item\t4\u200b noted", ["item", "4", "noted"]),
    ("CJK characters stand alone", "会议 notes", ["会", "议", "notes"]),
]


@pytest.mark.parametrize("case, text, expected", WORDS, ids=[w[0] for w in WORDS])
def test_bert_words(case, text, expected):
    assert bert_words(text) == expected


PIECE_VOCAB = {"circ": 0, "##ulate": 1, "##ulated": 2, "the": 3, "##s": 4, "##u": 5, "s": 6}
# non-ASCII units: the translate tables give the character loop's words
LOOPED = [
    ("curly quotes and dashes", "Cllr O’Neil – to circulate the “draft” budget…"),
    ("accents folded", "Café rénové: Zoë’s report, naïve estimate"),
    ("cjk spaced", "議事録 item 3:予算 approved"),
    ("odd spaces and controls", "Tab\there\u00a0nbsp\u200bzero-width\u2028line\x0bvt\ufffdend"),
    ("final sigma", "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΑΣ."),
    ("non-breaking hyphen", "co\u2011opted; £1,200 (approx.)"),
]


@pytest.mark.parametrize("case, text", LOOPED, ids=[c[0] for c in LOOPED])
def test_bert_words_tables_match_the_character_loop(case, text):
    assert bert_words(text) == _bert_words_loop(text)


PIECES = [
    ("whole word", "the", [3]),
    ("longest continuation first", "circulated", [0, 2]),
    ("shorter continuation", "circulate", [0, 1]),
    ("a word with an unmatched rest is unknown", "circa", []),
    ("several pieces", "thes", [3, 4]),
    ("overlong words are unknown", "s" * 101, []),
]


@pytest.mark.parametrize("case, word, expected", PIECES, ids=[p[0] for p in PIECES])
def test_word_pieces(case, word, expected):
    assert word_pieces(word, PIECE_VOCAB) == expected


def letter_vectors(dims: int = 8, seed: int = 0) -> StaticVectors:
    """Every letter as a word and as a continuation, so any English word decomposes (a toy table)."""
    pieces = ["[PAD]", "[UNK]"] + list(string.ascii_lowercase) + [f"##{c}" for c in string.ascii_lowercase]
    pieces += list(string.digits) + [f"##{c}" for c in string.digits] + list(".,:;-–()%£")
    table = np.random.default_rng(seed).normal(size=(len(pieces), dims)).astype(np.float16)
    return StaticVectors({p: i for i, p in enumerate(pieces)}, table, 2.0, {"source": "test letters"})


EMBEDS = [
    ("mean of the pieces, unit length", "ab", ["a", "##b"]),
    ("unknown words add nothing", "a ???", ["a", "?", "?", "?"]),
]


@pytest.mark.parametrize("case, text, pieces", EMBEDS, ids=[e[0] for e in EMBEDS])
def test_embed_is_normalised_mean(case, text, pieces):
    vectors = letter_vectors()
    rows = [vectors.table[vectors.vocab[p]].astype(np.float32) for p in pieces if p in vectors.vocab]
    mean = np.mean(rows, axis=0)
    assert np.allclose(vectors.embed(text), mean / np.linalg.norm(mean), atol=1e-6)
    assert vectors.features(text)["vec=0"] == pytest.approx(2.0 * float(vectors.embed(text)[0]))


def test_text_with_no_known_piece_is_a_zero_vector():
    assert not letter_vectors().embed("日本").any()


MANY = [
    ("one unit", ["ACTION: JS to circulate the paper."]),
    ("units of many lengths", ["Noted.", "Budget – £2.3m overspend (Q3), up 4% on plan; JS to report.", "ab", "a b c d e f g"]),
    ("a unit with no known piece between two", ["Agreed.", "日本", "Minutes approved."]),
    ("only units with no known piece", ["日本", ""]),
    ("no units", []),
]


@pytest.mark.parametrize("case, texts", MANY, ids=[m[0] for m in MANY])
def test_embed_many_is_embed_of_each_bit_for_bit(case, texts):
    vectors = letter_vectors(dims=16)
    many = vectors.embed_many(texts)
    assert many.shape == (len(texts), 16) and many.dtype == np.float32
    for text, row in zip(texts, many):
        assert row.tobytes() == vectors.embed(text).tobytes()


def test_vectors_round_trip_and_damage(tmp_path):
    vectors = letter_vectors()
    vectors.to_disk(tmp_path / "v")
    again = StaticVectors.from_disk(tmp_path / "v")
    assert again.vocab == vectors.vocab and again.scale == 2.0 and again.digest() == vectors.digest()
    info = json.loads((tmp_path / "v" / "vectors.json").read_text(encoding="utf-8"))
    info["pieces"] = info["pieces"][:-1]
    (tmp_path / "v" / "vectors.json").write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(MinutesError, match="rows for"):
        StaticVectors.from_disk(tmp_path / "v")


UNITS = [
    "Resolved: that the grant of £400 to the village hall be approved.",
    "Dana Whitlock to circulate the revised risk register before the next meeting.",
    "Footfall at the library rose by 12% on last year.",
    "The chair thanked members for attending.",
]


def test_pipeline_with_vectors_saves_and_loads_the_same_predictions(tmp_path):
    nlp = build_pipeline()
    train_pipeline(nlp, load_training([REPO / "training_data" / "council.jsonl"]), vectors=letter_vectors(), seed=0)
    classifier = nlp.get_pipe("minutes_classifier")
    assert any(name.startswith("vec=") for name in classifier.model.features)
    assert nlp.meta["minutes"]["vectors"]["sha256"] == letter_vectors().digest()
    save_pipeline(nlp, tmp_path / "model")
    loaded = load_pipeline(tmp_path / "model").get_pipe("minutes_classifier")
    assert loaded.vectors is not None and loaded.vectors.scale == 2.0
    for text in UNITS:  # weights are stored to 5 decimals: the same label, the same confidence to 3
        (label, confidence, _), (label_again, confidence_again, _) = (
            c.predict(UnitContext(text=text)) for c in (classifier, loaded))
        assert label == label_again and confidence == pytest.approx(confidence_again, abs=1e-3)


def test_retraining_from_a_base_keeps_its_vectors(tmp_path):
    nlp = build_pipeline()
    data = load_training([REPO / "training_data" / "council.jsonl"])
    train_pipeline(nlp, data, vectors=letter_vectors(), seed=0)
    save_pipeline(nlp, tmp_path / "base")
    again = load_pipeline(tmp_path / "base")
    train_pipeline(again, data, seed=0)
    assert again.meta["minutes"]["vectors"]["sha256"] == letter_vectors().digest()
    assert any(name.startswith("vec=") for name in again.get_pipe("minutes_classifier").model.features)


def test_train_command_copies_vectors_into_the_pipeline_and_it_loads_without_build_packages(tmp_path):
    import subprocess
    import sys

    from typer.testing import CliRunner

    from extractor.cli import app

    letter_vectors().to_disk(tmp_path / "vectors")
    result = CliRunner().invoke(app, ["train", str(REPO / "training_data" / "council.jsonl"), "-o",
                                      str(tmp_path / "model"), "--vectors", str(tmp_path / "vectors"),
                                      "--vector-scale", "3"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "model" / "minutes_classifier" / "vectors.npy").is_file()
    assert json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))["minutes"]["vectors"]["scale"] == 3
    probe = ("import sys; from extractor.pipeline import load_pipeline; "
             f"nlp = load_pipeline({str(tmp_path / 'model')!r}); "
             "assert nlp.get_pipe('minutes_classifier').vectors.scale == 3; "
             "print(sorted({'torch', 'model2vec', 'tokenizers', 'transformers'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
