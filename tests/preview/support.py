"""Shared by the preview tests: the test card, its known boxes, edits, file helpers, and the browser's."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Debian's Chromium and its WebDriver (packages chromium, chromium-driver); the browser tests skip without it.
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

CARD = """\
width: 640
height: 320
data: {title: Hello}
element:
  div:
    style: {display: flex, flexDirection: column, width: 100%, height: 100%, background: white, padding: 40}
    children:
      - div: {style: {width: 200, height: 100, background: '#2563eb'}}
      - div: {style: {fontSize: 40, color: black}, children: "{{ title }}"}
      - img: {src: logo.svg, width: 40, height: 40}
"""
LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="{}"/></svg>'
#: the first child's box in the card above (canvas px)
BLUE_BOX = {"type": "div", "x": 40.0, "y": 40.0, "width": 200.0, "height": 100.0, "path": "$.element.div.children[0]"}
#: a broken edit (Next.js rejects display: table) and the element path its error names
BROKEN = CARD.replace("background: '#2563eb'", "background: '#2563eb', display: table")
BROKEN_PATH = "$.element.div.children[0].div.style.display"
#: an edit Next.js tolerates with a warning
WARNED = CARD.replace("color: black", "color: black, WebkitFoo: 1")
WARNED_PATH = "$.element.div.children[1].div.style.WebkitFoo"


def write(path: Path, text: str) -> None:
    """Write ``path`` and make sure its modification time moves forward, as one change: the text and
    its time go to a temporary file that then replaces ``path``, so the preview's watcher never sees
    the write and the time stamp as two edits (two renders)."""
    old = path.stat().st_mtime_ns if path.exists() else 0
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    stamp = max(time.time_ns(), old + 1_000_000_000)
    os.utime(temporary, ns=(stamp, stamp))
    os.replace(temporary, path)


def wait_until(check: Callable[[], object], timeout: float = 8.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.03)


def js(driver: Any, script: str) -> Any:
    return driver.execute_script(script)


def shown_version(driver: Any) -> int | None:
    """The version of the image the page shows, once it has fully loaded."""
    return js(driver, """
        const img = document.getElementById("card");
        return img.complete && img.naturalWidth > 0 && img.dataset.version ? Number(img.dataset.version) : null;
    """)  # type: ignore[no-any-return]
