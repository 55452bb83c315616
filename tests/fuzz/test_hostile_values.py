"""Round five of hostile input (2026-12-06): long style values, data: URLs, the input surfaces. Each
test is a defect found by ``python -m fuzz --target surfaces`` (or the round's battery) that failed
before its fix: the input ends in an image or a PureogError, within CPU seconds, not minutes."""

from __future__ import annotations

import random
import re
import time
from typing import Any

import pytest

import pureog
from pureog import LimitError
from pureog.style.shadow import _is_comma, _split_outside


def _card(**style: Any) -> dict[str, Any]:
    return {"width": 32, "height": 32, "element": {"div": {"style": {"display": "flex", **style}, "children": "x"}}}


def _cpu(seconds: float) -> Any:
    """Asserts the block used less than ``seconds`` of this process's CPU time."""

    class Timer:
        def __enter__(self) -> None:
            self.start = time.process_time()

        def __exit__(self, *exc: object) -> None:
            took = time.process_time() - self.start
            assert took < seconds, f"took {took:.1f} s of CPU"

    return Timer()


@pytest.mark.parametrize("value", ["," * 200_000, "a " * 100_000 + "b,"])
def test_a_long_box_shadow_is_read_in_linear_time(value: str) -> None:
    # css-box-shadow's split /,(?![^(]*\))/ as a regular expression scanned to the end of the value from
    # every comma: 200,000 commas took 16 s (2 MB: half an hour); now the value's token limit stops it
    with pytest.raises(LimitError, match=r"boxShadow: a CSS value with more than 10,000 tokens"), _cpu(2.0):
        pureog.render_png(_card(boxShadow=value))


def test_box_shadow_split_matches_the_parsers_lookahead() -> None:
    commas, spaces = re.compile(r",(?![^(]*\))"), re.compile(r"\s(?![^(]*\))")
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(",() \t\u00a0\u2003\x1cax1\n") for _ in range(rng.randrange(14)))
        assert _split_outside(text, _is_comma) == commas.split(text)
        assert _split_outside(text, str.isspace) == spaces.split(text)

