"""The command line's plain form (``pureog render DOCUMENT [-o OUTPUT]``) is read without argparse
(pureog.cli._plain_render: a one-shot render's start-up) and means exactly what argparse reads; every
other command line goes to argparse."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pureog import cli

ROOT = Path(__file__).resolve().parents[1]

PLAIN = [
    ["render", "card.yaml"],
    ["render", "card.yaml", "-o", "out.png"],
    ["render", "-o", "out.png", "card.yaml"],
    ["render", "card.yaml", "--output", "out/card.webp"],
    ["render", "card.yaml", "-o", "a.png", "-o", "b.png"],  # the last one wins, as in argparse
    ["render", "dir/render.json", "-o", "render"],
]

NOT_PLAIN = [
    [],
    ["render"],
    ["render", "-"],  # standard input
    ["render", "card.yaml", "-o", "-"],  # standard output
    ["render", "card.yaml", "--out", "x.png"],  # an abbreviation
    ["render", "card.yaml", "--output=x.png"],
    ["render", "card.yaml", "-ox.png"],
    ["render", "card.yaml", "-o"],
    ["render", "a.yaml", "b.yaml"],
    ["render", "card.yaml", "--width", "600"],
    ["render", "card.yaml", "--", "x"],
    ["render", "--help"],
    ["layout", "card.yaml"],
    ["schema"],
    ["--version"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_the_plain_form_reads_as_argparse_reads_it(argv: list[str]) -> None:
    plain = cli._plain_render(argv)
    assert plain is not None
    assert vars(plain) == vars(cli._parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_PLAIN, ids=lambda argv: " ".join(argv) or "(none)")
def test_every_other_command_line_goes_to_argparse(argv: list[str]) -> None:
    assert cli._plain_render(argv) is None


def test_a_plain_render_needs_no_argparse(tmp_path: Path) -> None:
    """The one-shot render of a card loads neither argparse nor what building its parser imports."""
    script = f"""
import json, sys
from pureog.cli import main
assert main(["render", {str(ROOT / "examples" / "welcome.yaml")!r}, "-o", {str(tmp_path / "card.png")!r}]) == 0
print(json.dumps(sorted(sys.modules)))
"""
    def loaded(code: str) -> set[str]:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                              env={"PYTHONPATH": str(ROOT), "PATH": ""})
        return set(json.loads(done.stdout.strip().splitlines()[-1]))

    # (an interpreter's site may import some of them before any pureog code runs)
    at_start = loaded("import json, sys; print(json.dumps(sorted(sys.modules)))")
    assert not (loaded(script) - at_start) & {"argparse", "shutil", "gettext", "locale"}
    assert (tmp_path / "card.png").read_bytes()[:4] == b"\x89PNG"
