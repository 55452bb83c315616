"""PyYAML imported with its reader's refused-character pattern compiled from the direct form
(pureog.document.yaml_schema.import_yaml): the same code points refused, the same documents read, and
the ~59 million instructions of compiling PyYAML's complement form off a one-shot render."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pureog
from pureog.document import yaml_schema
from pureog.errors import DocumentError

ROOT = Path(__file__).resolve().parents[2]


def test_the_direct_form_refuses_what_pyyamls_refuses() -> None:
    every = "".join(map(chr, range(0x110000)))
    ours = re.compile(yaml_schema._NON_PRINTABLE)
    theirs = re.compile(yaml_schema._YAML_NON_PRINTABLE + "(?#not the cached one)")
    assert [m.start() for m in ours.finditer(every)] == [m.start() for m in theirs.finditer(every)]


def test_pyyamls_reader_text_is_its_own() -> None:
    """The key is PyYAML's pattern text: were it to change, the seed would only go unused."""
    yaml = yaml_schema.import_yaml()
    source = Path(yaml.__file__).with_name("reader.py").read_text(encoding="utf-8")
    assert "re.compile('[^\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\U00010000-\\U0010ffff]')" \
        in source


_SCRIPT = """
import json, sys
from pureog.cli import main
assert main(["render", sys.argv[1], "-o", sys.argv[2]]) == 0
import yaml.reader
print(json.dumps(yaml.reader.Reader.NON_PRINTABLE.pattern))
"""


def test_a_one_shot_render_compiles_the_direct_form(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT / "examples" / "welcome.yaml"),
                           str(tmp_path / "out.png")], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert json.loads(done.stdout.strip().splitlines()[-1]) == yaml_schema._NON_PRINTABLE


@pytest.mark.parametrize("character", ["\x07", "\x7f", "\x9f", "\ufffe"])
def test_a_refused_character_is_still_refused(character: str) -> None:
    with pytest.raises(DocumentError, match="special characters are not allowed"):
        pureog.load(f"width: 10\nheight: 10\nelement: {{div: 'a{character}b'}}\n")


@pytest.mark.parametrize("character", ["\x85", "\u00a0", "\ue000", "\U0001f600"])
def test_an_allowed_character_is_read(character: str) -> None:
    document = pureog.load(f"width: 10\nheight: 10\nelement: {{div: 'a{character}b'}}\n")
    assert document.width == 10
