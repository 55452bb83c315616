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


_RUN = """
import atexit, gc, json, os, sys
sys.argv = ["pureog"] + json.loads(sys.argv[1])
_exit = os._exit


def exit_now(code):  # what the process is like when run() ends it
    sys.stdout.write(json.dumps({"gc_on": gc.isenabled(), "frozen": gc.get_freeze_count()}) + "\\n")
    sys.stdout.flush()
    _exit(code)


os._exit = exit_now
atexit.register(lambda: print("ATEXIT"))
from pureog.cli import run
run()
"""


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _RUN, json.dumps(argv)], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})


def test_a_plain_one_shot_render_ends_its_process_once_the_image_is_written(tmp_path: Path) -> None:
    """``run`` (the script's and ``python -m pureog``'s entry, perf55) ends a plain render with
    ``os._exit`` (the interpreter's teardown skipped) after the PNG is written whole and the ``wrote``
    line flushed; the garbage collector is back on, the imports' objects frozen."""
    out = tmp_path / "card.png"
    done = _run(["render", str(ROOT / "examples" / "welcome.yaml"), "-o", str(out)])
    assert done.returncode == 0, done.stderr
    assert "ATEXIT" not in done.stdout
    assert json.loads(done.stdout) == {"gc_on": True, "frozen": json.loads(done.stdout)["frozen"]}
    assert json.loads(done.stdout)["frozen"] > 10_000
    assert done.stderr == f"wrote {out} ({out.stat().st_size} bytes)\n"
    import pureog  # noqa: PLC0415

    assert out.read_bytes() == pureog.render_png(pureog.load_file(ROOT / "examples" / "welcome.yaml"))


def test_a_failed_plain_render_reports_before_its_process_ends(tmp_path: Path) -> None:
    card = tmp_path / "bad.yaml"
    card.write_text("width: 100\nheight: 100\nelement: {type: div, props: {style: {padding: nope}}}\n",
                    encoding="utf-8")
    done = _run(["render", str(card), "-o", str(tmp_path / "bad.png")])
    assert done.returncode == 1
    assert "ATEXIT" not in done.stdout
    assert done.stderr.startswith("pureog: ") and "padding" in done.stderr


def test_every_other_command_line_exits_as_usual(tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    done = _run(["render", str(ROOT / "examples" / "welcome.yaml"), "-o", str(out), "--compression", "6"])
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ATEXIT\n"  # the interpreter's own exit: atexit ran, os._exit was not called
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_the_script_and_python_m_pureog_enter_through_run() -> None:
    assert 'pureog = "pureog.cli:run"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "from pureog.cli import run\n\nrun()" in (ROOT / "pureog" / "__main__.py").read_text(encoding="utf-8")
