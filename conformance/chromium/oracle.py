"""The Chromium layout oracle: pureog documents -> every element's box (and a screenshot) from headless
Chromium, for features Next.js has no output for (``display: grid``: Satori throws).

Role: :class:`~conformance.chromium.html.Page` -> ``[(x, y, width, height)]`` per element in document
order (``getBoundingClientRect``, CSS px, fractional) and, on request, a PNG of the canvas. One browser
session serves many documents: the page shell (with the fonts) is loaded once per font set, each
document's HTML is swapped in, the viewport set to exactly the card size (device scale factor 1).

Dev only: needs ``/usr/bin/chromium`` and ``/usr/bin/chromedriver`` (or ``PUREOG_CHROMIUM`` /
``PUREOG_CHROMEDRIVER``) and Selenium (a dev dependency). CI reads committed results instead.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from conformance.chromium.html import Page

CHROMIUM = os.environ.get("PUREOG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PUREOG_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--force-device-scale-factor=1", "--hide-scrollbars", "--disable-extensions",
         "--font-render-hinting=none")

Box = tuple[float, float, float, float]

_SHELL = """<!doctype html><html><head><meta charset="utf-8"><style>
{fonts}
html, body {{ margin: 0; padding: 0; }}
</style></head><body><div id="pureog-root"></div></body></html>"""

_LOAD_FONTS = """
const done = arguments[arguments.length - 1];
Promise.all([...document.fonts].map(f => f.load())).then(() => done(document.fonts.size), e => done(String(e)));
"""

_RENDER = """
const body = arguments[0], done = arguments[arguments.length - 1];
const root = document.getElementById('pureog-root');
root.innerHTML = body;
document.fonts.ready.then(() => {
  const out = [];
  for (const el of root.querySelectorAll('[data-i]')) {
    const r = el.getBoundingClientRect();
    out[Number(el.dataset.i)] = [r.x, r.y, r.width, r.height];
  }
  requestAnimationFrame(() => done(out));
});
"""


class ChromiumOracle:
    """A headless Chromium session (a context manager); :meth:`boxes` and :meth:`screenshot` per page."""

    def __init__(self) -> None:
        from selenium import webdriver  # noqa: PLC0415 (dev dependency, imported on use)
        from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

        self._profile = tempfile.mkdtemp(prefix="pureog-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={self._profile}"):
            options.add_argument(flag)
        self.driver: Any = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_script_timeout(60)
        self._font_key: str | None = None
        self._shell_dir = Path(tempfile.mkdtemp(prefix="pureog-shell-"))
        self._size: tuple[int, int] | None = None

    def __enter__(self) -> ChromiumOracle:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)
            shutil.rmtree(self._shell_dir, ignore_errors=True)

    def version(self) -> str:
        return str(self.driver.capabilities.get("browserVersion", "?"))

    def _prepare(self, page: Page) -> None:
        if self._font_key != page.font_key:
            shell = self._shell_dir / f"shell-{abs(hash(page.font_key))}.html"
            shell.write_text(_SHELL.format(fonts=page.fonts), encoding="utf-8")
            self.driver.get(shell.as_uri())
            self.driver.execute_cdp_cmd("Emulation.setDefaultBackgroundColorOverride",
                                        {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})
            self.driver.execute_async_script(_LOAD_FONTS)
            self._font_key = page.font_key
            self._size = None
        if self._size != (page.width, page.height):
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": page.width, "height": page.height, "deviceScaleFactor": 1, "mobile": False})
            self._size = (page.width, page.height)

    def boxes(self, page: Page) -> list[Box]:
        """Every element's border box in canvas px (document order)."""
        self._prepare(page)
        rects = self.driver.execute_async_script(_RENDER, page.body)
        return [tuple(float(v) for v in r) for r in rects]  # type: ignore[misc]

    def screenshot(self, page: Page) -> bytes:
        """The canvas as a PNG (transparent where nothing is painted)."""
        self.boxes(page)
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": False,
            "clip": {"x": 0, "y": 0, "width": page.width, "height": page.height, "scale": 1}})
        return base64.b64decode(shot["data"])


__all__ = ["Box", "ChromiumOracle"]
