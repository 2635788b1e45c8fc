"""Time per MB of every pipeline step, from 0.1 MB to 10 MB: it should stay flat (linear work).

    python benchmarks/scaling.py [--sizes 0.1 0.3 1 3 10] [--shapes minutes one-line run-on] [--model DIR]

Texts are built from the repo's own invented minutes (examples/ and training_data/docs) in three shapes:
  minutes    the documents one after another, as a bound volume would hold them
  one-line   the same text with every line break turned into a space (a PDF or export gone wrong)
  run-on     one line without a full stop, question or exclamation mark: a single unit of any length
Each size is read as a .txt file's bytes and run through the shipped pipeline step by step; CPU time
(not wall time, so other work on the machine matters less) is reported as seconds per MB, with the
ratio of the largest size to the smallest. A step whose ratio is well above 1 is super-linear.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MB = 1_000_000


def corpus() -> str:
    from extractor.read import read_document

    files = sorted(p for p in (REPO / "examples").glob("*.*") if p.is_file())
    files += sorted((REPO / "training_data" / "docs").glob("*.txt"))
    return "\n\n".join(read_document(f).text for f in files)


def shaped(base: str, shape: str, size: int) -> str:
    text = (base * (size // len(base) + 1))[:size]
    if shape == "one-line":
        return " ".join(text.split())
    if shape == "run-on":
        return " ".join(text.translate(str.maketrans(".!?", "   ")).split())
    return text


def run_once(nlp, text: str) -> dict[str, float]:
    from extractor.read import read_bytes
    from extractor.write import doc_to_records

    times: dict[str, float] = {}
    started = time.process_time()
    document = read_bytes(Path("volume.txt"), text.encode("utf-8"), "txt")
    times["read"] = time.process_time() - started
    doc = nlp.make_doc(document.text)
    times["tokenise"] = time.process_time() - started - sum(times.values())
    doc._.source = {"doc_id": "volume", "source": "volume.txt", "format": "txt", "fallback_date": None}
    for name, component in nlp.pipeline:
        mark = time.process_time()
        doc = component(doc)
        times[name] = time.process_time() - mark
    mark = time.process_time()
    doc_to_records(doc, include_other=True)
    times["records"] = time.process_time() - mark
    times["total"] = sum(times.values())
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.3, 1, 3, 10], help="sizes in MB")
    parser.add_argument("--shapes", nargs="+", default=["minutes", "one-line", "run-on"])
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from extractor.pipeline import load_pipeline

    nlp = load_pipeline(args.model)
    base = corpus()
    for shape in args.shapes:
        rows: list[tuple[float, dict[str, float]]] = []
        for size_mb in args.sizes:
            text = shaped(base, shape, int(size_mb * MB))
            times = run_once(nlp, text)
            per_mb = {step: seconds / (len(text.encode("utf-8")) / MB) for step, seconds in times.items()}
            rows.append((size_mb, per_mb))
            print(f"{shape:9} {size_mb:6g} MB  " + "  ".join(f"{k} {v:.1f}" for k, v in per_mb.items())
                  + "  (CPU s/MB)", flush=True)
        if len(rows) > 1:
            small, large = rows[0][1], rows[-1][1]
            ratios = {step: large[step] / small[step] for step in large if small[step] > 0.01}
            worst = max(ratios, key=ratios.get)
            print(f"{shape:9} s/MB at {rows[-1][0]:g} MB / at {rows[0][0]:g} MB: total x{ratios['total']:.2f}, "
                  f"worst step {worst} x{ratios[worst]:.2f}", flush=True)


if __name__ == "__main__":
    main()
