"""Speed and memory of `minutes` against a baseline, measured in one run.

    python benchmarks/bench.py [CORPUS ...] [--repeat 3]

Each engine runs in its own process over the same documents (default: the
repo's training_data/docs and examples/, plus one archive-sized file made by
joining them), so peak memory is that engine's own:
  minutes    the shipped pipeline (read, structure, units, cues, classifier, resolvers, records)
  baseline   spaCy's blank English with the rule-based `sentencizer`: the naive
             sentence split a user would start from (no structure, no labels)
Prints documents/s, characters/s and peak RSS per engine, and minutes/baseline ratios.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return files


def run_engine(engine: str, files: list[Path], repeat: int) -> dict:
    from extractor.read import read_document

    texts = [read_document(f).text for f in files if f.suffix in {".txt", ".md", ".html", ".htm"}]
    texts.append("\n\n".join(texts))  # one bound-volume sized document
    if engine == "minutes":
        from extractor.batch import Source, process
        from extractor.pipeline import load_pipeline

        nlp = load_pipeline()
        sources = [Source(f, f.stem, str(f)) for f in files]

        def once() -> int:
            return sum(len(r.units) for r in process(sources, nlp, include_other=True))
    else:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 10_000_000

        def once() -> int:
            return sum(len(list(doc.sents)) for doc in nlp.pipe(texts))

    if engine == "minutes":  # the joined volume goes through the same reader path
        volume = Path("/tmp") / "minutes-bench-volume.txt"
        volume.write_text(texts[-1], encoding="utf-8")
        sources.append(Source(volume, "volume", str(volume)))
    once()  # warm up: imports, lazy rule loading
    best = float("inf")
    units = 0
    for _ in range(repeat):
        started = time.perf_counter()
        units = once()
        best = min(best, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    return {"engine": engine, "documents": len(texts), "characters": chars, "units": units, "seconds": best,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[REPO / "training_data" / "docs", REPO / "examples"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = corpus_files(args.corpus)
    if args.engine:
        print(json.dumps(run_engine(args.engine, files, args.repeat)))
        return
    results = {}
    for engine in ("minutes", "baseline"):
        out = subprocess.run([sys.executable, __file__, *map(str, args.corpus), "--repeat", str(args.repeat),
                              "--engine", engine], capture_output=True, text=True, check=True)
        results[engine] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{'engine':<10}{'docs':>6}{'chars':>10}{'units':>8}{'seconds':>9}{'docs/s':>9}{'kchars/s':>10}{'peak MB':>9}")
    for r in results.values():
        print(f"{r['engine']:<10}{r['documents']:>6}{r['characters']:>10}{r['units']:>8}{r['seconds']:>9.2f}"
              f"{r['documents'] / r['seconds']:>9.1f}{r['characters'] / r['seconds'] / 1000:>10.0f}{r['peak_rss_mb']:>9.0f}")
    ours, base = results["minutes"], results["baseline"]
    print(f"ratio minutes/baseline: time x{ours['seconds'] / base['seconds']:.2f}, "
          f"peak memory x{ours['peak_rss_mb'] / base['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
