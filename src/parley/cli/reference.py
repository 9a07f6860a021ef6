"""The CLI reference (docs/cli.md) generated from the commands' own --help text."""

from __future__ import annotations

import click
from click.testing import CliRunner

HEADER = """# parley command reference

Generated from `--help` by `python -m parley.cli.reference > docs/cli.md`; `tests/test_docs.py`
fails when this file is out of date.
"""


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, cmd in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(cmd, click.Group):
            found.extend(commands(cmd, (*prefix, name)))
    return found


def render() -> str:
    from parley.cli import cli

    parts = [HEADER]
    runner = CliRunner()
    for path in commands(cli):
        result = runner.invoke(cli, [*path, "--help"], terminal_width=100)
        parts.append(f"## parley {' '.join(path)}\n\n```text\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
