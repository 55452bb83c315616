"""``pureog preview --pyodide`` in headless Chromium: the page loads Pyodide and the wheels (pureog's
own, zipped by the server from the running package, and the pure wheels of fontTools, pypng and PyYAML
from ``tools/pyodide/wheels``), renders the card itself to the same PNG bytes as CPython, re-renders when
the document changes, and shows errors with their element path over the last good image.

Needs Chromium (skipped without it), Pyodide's npm package in ``tools/pyodide/node_modules`` and the
dependency wheels of ``tools/pyodide/fetch_wheels.py``: without those it is skipped on a developer's
machine and fails in CI, as tests/test_pyodide.py. Offline: the page fetches only from the preview."""

from __future__ import annotations

import base64
import os
import pathlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog.errors import PureogError
from pureog.preview import PreviewServer, PreviewSession
from pureog.preview.pyodide import PyodideAssets
from tests.preview.support import BLUE_BOX, BROKEN, BROKEN_PATH, CARD, CHROMIUM, js, shown_version, wait_until, write

TOOL = Path(__file__).resolve().parents[2] / "tools" / "pyodide"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install "
                                                                         "chromium chromium-driver)")


@pytest.fixture
def assets() -> PyodideAssets:
    try:
        return PyodideAssets.find(str(TOOL))
    except PureogError as error:
        message = f"the in-browser preview needs {error.message}"
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{message}; in CI it must be there (.ci/run installs it)", pytrace=False)
        pytest.skip(message)


@pytest.fixture
def pyodide_server(card_dir: Path, assets: PyodideAssets) -> Iterator[PreviewServer]:
    session = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "data.json"))
    with PreviewServer(session, port=0, interval=0.05, pyodide=assets) as running:
        yield running


def browser_png(driver: Any) -> bytes:
    """The last good PNG of the session inside the page's Pyodide."""
    text = js(driver, """
        const proxy = inBrowser.module.image();
        const bytes = proxy.toJs();
        proxy.destroy();
        let text = "";
        for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
        return btoa(text);
    """)
    return base64.b64decode(text)


def test_renders_in_the_browser(browser: Any, pyodide_server: PreviewServer, card_dir: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains  # noqa: PLC0415

    browser.get(pyodide_server.url)
    wait_until(lambda: shown_version(browser) == 1, timeout=90, what="Pyodide's first image")
    js(browser, "window.notReloaded = true;")
    assert js(browser, "return document.getElementById('card').naturalWidth") == 640
    assert js(browser, "return document.getElementById('card').src").startswith("blob:")
    assert "in the browser" in browser.find_element("id", "timing").text
    card = pathlib.Path(card_dir / "card.yaml")
    assert browser_png(browser) == pureog.render_png(card, data={"title": "Hello preview"})

    write(card_dir / "card.yaml", BROKEN)
    banner = browser.find_element("id", "error")
    wait_until(banner.is_displayed, timeout=20, what="the error banner")
    assert BROKEN_PATH in banner.text and "StyleError" in banner.text
    assert shown_version(browser) == 1

    write(card_dir / "card.yaml", CARD.replace("width: 200", "width: 300"))
    wait_until(lambda: shown_version(browser) == 3, timeout=20, what="the edited image")
    assert not banner.is_displayed() and js(browser, "return window.notReloaded") is True
    assert browser_png(browser) == pureog.render_png(card, data={"title": "Hello preview"})

    canvas = browser.find_element("id", "canvas")
    scale = float(canvas.get_attribute("data-scale"))
    rect = canvas.rect
    ActionChains(browser).move_to_element_with_offset(
        canvas, round(100 * scale - rect["width"] / 2), round(90 * scale - rect["height"] / 2)).perform()
    wait_until(lambda: browser.find_element("id", "box-path").text == BLUE_BOX["path"], timeout=3,
               what="the hovered box")
    assert browser.find_element("id", "box-rect").text.split()[5] == "300"
