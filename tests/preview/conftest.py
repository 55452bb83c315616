"""Fixtures of the preview tests: a template card with a data file and an SVG logo in a temporary
directory, a preview server for it on a free port (watching every 50 ms), and headless Chromium driven
by Selenium (offline: a fresh profile, no background networking)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pureog.preview import PreviewServer, PreviewSession
from tests.preview.support import CARD, CHROMEDRIVER, CHROMIUM, LOGO, write


@pytest.fixture
def card_dir(tmp_path: Path) -> Path:
    write(tmp_path / "card.yaml", CARD)
    write(tmp_path / "data.json", '{"title": "Hello preview"}')
    write(tmp_path / "logo.svg", LOGO.format("#e11d48"))
    write(tmp_path / "secret.txt", "not for the browser")
    return tmp_path


@pytest.fixture
def server(card_dir: Path) -> Iterator[PreviewServer]:
    session = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "data.json"))
    with PreviewServer(session, port=0, interval=0.05) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver  # noqa: PLC0415  (a dev dependency, needed only here)
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)")
    assert os.path.exists(CHROMEDRIVER), f"Chromium is installed but {CHROMEDRIVER} is not (chromium-driver)"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    with tempfile.TemporaryDirectory(prefix="pureog-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        try:
            yield driver
        finally:
            driver.quit()
