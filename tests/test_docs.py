"""Docs and CLI stay in step: every command has help text and docs/cli.md is generated from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.cli import cli
from parley.cli.reference import commands, render

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", commands(cli), ids=[" ".join(p) for p in commands(cli)])
def test_docs_every_command_has_help(path):
    cmd = cli
    for name in path:
        cmd = cmd.commands[name]
    assert (cmd.help or "").strip(), f"`parley {' '.join(path)}` has no help text"


def test_docs_cli_reference_is_current():
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is out of date: python -m parley.cli.reference > docs/cli.md"
