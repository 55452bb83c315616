"""pureog.lazy_re: a pattern compiled on first use reads as the compiled pattern does, and the
patterns a plain card never reads stay uncompiled through its one-shot render (bench/README.md, the
fiftieth pass)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from pureog.lazy_re import deferred

ROOT = Path(__file__).resolve().parents[1]


def test_a_deferred_pattern_reads_as_the_compiled_one() -> None:
    source, flags = r"([+-]?[0-9]+)(px|em)?", re.IGNORECASE
    lazy, compiled = deferred(source, flags), re.compile(source, flags)
    assert "match" not in vars(lazy)  # nothing compiled yet
    for text in ("12PX", "-3em and 4px", "x", ""):
        ours, theirs = lazy.match(text), compiled.match(text)
        assert (ours and ours.groups()) == (theirs and theirs.groups())
        assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.sub("#", text) == compiled.sub("#", text)
        assert lazy.findall(text) == compiled.findall(text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (compiled.pattern, compiled.flags, compiled.groups)
    # after the first read the methods are the instance's own: no __getattr__ on later calls
    assert vars(lazy)["match"].__self__ is vars(lazy)["search"].__self__
    assert isinstance(vars(lazy)["match"].__self__, re.Pattern)


def test_a_deferred_pattern_is_no_pattern_for_dunder_probes() -> None:
    lazy = deferred("a")
    assert not hasattr(lazy, "__deepcopy__")
    assert "match" not in vars(lazy)  # a probe compiles nothing


_SCRIPT = """
import json, sys
from pureog.cli import main
from pureog.lazy_re import _Deferred
assert main(["render", sys.argv[1], "-o", sys.argv[2]]) == 0
names = {}
for module in list(sys.modules.values()):
    for name, value in list(getattr(module, "__dict__", {}).items()):
        if isinstance(value, _Deferred):
            names[module.__name__ + "." + name] = "match" in vars(value)
print(json.dumps(names))
"""


def test_the_docs_card_compiles_none_of_the_style_patterns_it_does_not_read(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT / "examples" / "welcome.yaml"),
                           str(tmp_path / "out.png")], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    compiled = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(compiled) >= 15  # the deferred patterns of the modules it loads
    for name in ("pureog.style.text_values._FEATURE_SETTING", "pureog.style.text_values._VARIATION_SETTING",
                 "pureog.style.text_values._LINE_CLAMP", "pureog.style.parse._MATH_FUNCTION",
                 "pureog.layout.from_style._SVG_LENGTH", "pureog.paint.build._CHILD_INDEX",
                 "pureog.style.text_values._DOT_AT_END", "pureog.style.text_values._UNIT_TAIL"):
        assert compiled[name] is False, name
