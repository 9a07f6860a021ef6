"""Speed benchmark (issue #3): `python bench/coder_bench.py [--pairs] [--sentences N] [--json]`.

Corpus: examples/articles.jsonl plus, when present, the sentences of ../shared/eval (read only
to measure speed), cycled to N sentences. Pair mode classifies the PLV marked pairs when present,
else the project's own training pairs.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from parley.evaluation.bench import bench_coder, bench_pairs, format_bench, load_corpus

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--no-shared", action="store_true", help="only examples/articles.jsonl")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    plv = SHARED / "plv_dev.tsv"
    if args.pairs:
        pairs = None
        if plv.is_file() and not args.no_shared:
            from parley.evaluation.gold import read_plv

            pool = [(i.sentence, i.source, i.target) for i in read_plv(plv)]
            pairs = list(itertools.islice(itertools.cycle(pool), args.sentences))
        result = bench_pairs(pairs=pairs, n=args.sentences)
    else:
        paths = [p for p in (ROOT / "examples" / "articles.jsonl",) if p.is_file()]
        if plv.is_file() and not args.no_shared:
            paths.append(plv)
        result = bench_coder(load_corpus(paths, args.sentences))
    print(json.dumps(result, indent=2) if args.json else format_bench(result))


if __name__ == "__main__":
    main()
