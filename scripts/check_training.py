"""Check hand-written training files: python scripts/check_training.py FILE [FILE ...]

Each line must be {"id", "root", "text"} with a known PLOVER root (or NONE), at most one
<s>..</s> and one <t>..</t> mark (at least one of them), no overlapping marks, unique ids and
no repeated sentence. Exit status 1 when any file has a problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from parley.events.training_data import TRAIN_LABELS

_MARK = re.compile(r"</?[st]>")
_OVERLAP = re.compile(r"<s>.*<t>.*</s>|<t>.*<s>.*</t>")


def check(path: str, seen: set[str], ids: set[str]) -> int:
    problems = 0
    roots: Counter[str] = Counter()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"{path}:{n}: not JSON: {exc}")
            problems += 1
            continue
        text = str(rec.get("text", ""))
        issues = []
        if set(rec) != {"id", "root", "text"}:
            issues.append("fields must be id, root, text")
        if rec.get("root") not in TRAIN_LABELS:
            issues.append(f"unknown root {rec.get('root')!r}")
        s_open, s_close, t_open, t_close = (text.count(m) for m in ("<s>", "</s>", "<t>", "</t>"))
        if s_open > 1 or s_open != s_close or t_open > 1 or t_open != t_close or s_open + t_open == 0:
            issues.append("need at most one <s>..</s> and one <t>..</t>, at least one of them")
        if _OVERLAP.search(text):
            issues.append("marks overlap")
        if rec.get("id") in ids:
            issues.append("duplicate id")
        key = _MARK.sub("", text).lower()
        if key in seen:
            issues.append("duplicate sentence")
        for issue in issues:
            print(f"{path}:{n}: {issue}")
        problems += len(issues)
        ids.add(rec.get("id"))
        seen.add(key)
        roots[str(rec.get("root"))] += 1
    print(f"{path}: {sum(roots.values())} rows, {problems} problems; {dict(sorted(roots.items()))}")
    return problems


def main(paths: list[str]) -> int:
    seen: set[str] = set()
    ids: set[str] = set()
    return 1 if sum(check(p, seen, ids) for p in paths) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
