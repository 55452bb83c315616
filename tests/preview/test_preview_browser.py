"""The preview page in headless Chromium (driven by Selenium through /usr/bin/chromedriver): it shows the
image, follows edits without a reload, shows errors over the last good image and warnings, and outlines
the layout box under the mouse at the scale the image is shown at.

Skipped only when /usr/bin/chromium is missing (CI installs Debian's ``chromium`` and
``chromium-driver``). The browser runs offline: no network, a fresh profile, nothing of its own fetched."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from pureog.preview import PreviewServer
from tests.preview.support import (
    BLUE_BOX,
    BROKEN,
    BROKEN_PATH,
    CARD,
    CHROMIUM,
    WARNED,
    WARNED_PATH,
    js,
    shown_version,
    wait_until,
    write,
)

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install "
                                                                         "chromium chromium-driver)")


def open_page(driver: Any, server: PreviewServer) -> None:
    driver.get(server.url)
    wait_until(lambda: shown_version(driver) == 1, what="the first image")
    js(driver, "window.notReloaded = true;")


def test_page_shows_the_image(browser: Any, server: PreviewServer) -> None:
    open_page(browser, server)
    assert js(browser, "return document.getElementById('card').naturalWidth") == 640
    assert js(browser, "return document.getElementById('card').naturalHeight") == 320
    assert browser.find_element("id", "status").text == "rendered"
    assert "render" in browser.find_element("id", "timing").text and " ms" in browser.find_element("id", "timing").text
    assert browser.find_element("id", "document").text == "card.yaml + data.json"
    assert not browser.find_element("id", "error").is_displayed()
    assert not browser.find_element("id", "warnings").is_displayed()


def test_edits_show_without_reload_and_errors_keep_the_image(browser: Any, server: PreviewServer,
                                                             card_dir: Path) -> None:
    open_page(browser, server)
    write(card_dir / "card.yaml", CARD.replace("width: 200", "width: 300"))
    wait_until(lambda: shown_version(browser) == 2, timeout=5, what="the edited image")
    assert js(browser, "return window.notReloaded") is True

    write(card_dir / "card.yaml", BROKEN)
    banner = browser.find_element("id", "error")
    wait_until(banner.is_displayed, timeout=5, what="the error banner")
    assert BROKEN_PATH in banner.text and "StyleError" in banner.text and "'table'" in banner.text
    assert browser.find_element("id", "status").text == "error"
    assert shown_version(browser) == 2  # the last good image stays
    assert js(browser, "return document.getElementById('card').naturalWidth") == 640
    assert browser.find_element("id", "card").is_displayed()

    write(card_dir / "card.yaml", WARNED)
    warnings = browser.find_element("id", "warnings")
    wait_until(warnings.is_displayed, timeout=5, what="the warnings")
    assert WARNED_PATH in warnings.text and "WebkitFoo" in warnings.text and "1 warning" in warnings.text
    wait_until(lambda: not banner.is_displayed(), timeout=5, what="the error banner to go")
    assert shown_version(browser) == 4 and js(browser, "return window.notReloaded") is True


def test_hover_outlines_the_box_under_the_mouse(browser: Any, server: PreviewServer) -> None:
    from selenium.webdriver.common.action_chains import ActionChains  # noqa: PLC0415
    from selenium.webdriver.support.select import Select  # noqa: PLC0415

    open_page(browser, server)
    Select(browser.find_element("id", "zoom")).select_by_visible_text("50%")
    canvas = browser.find_element("id", "canvas")
    wait_until(lambda: canvas.get_attribute("data-scale") == "0.5", what="the 50% zoom")
    rect = js(browser, "return document.getElementById('canvas').getBoundingClientRect().toJSON()")
    assert (rect["width"], rect["height"]) == (320, 160)
    # The middle of the blue box, in canvas px, is (140, 90): at 50% that is (70, 45) from the corner.
    # Selenium offsets are from the element's centre.
    ActionChains(browser).move_to_element_with_offset(canvas, 70 - 160, 45 - 80).perform()
    path = browser.find_element("id", "box-path")
    wait_until(lambda: path.text == BLUE_BOX["path"], timeout=3, what="the hovered box's path")
    assert browser.find_element("id", "box-tag").text == "<div>"
    assert browser.find_element("id", "box-rect").text.split() == ["x", "40", "y", "40", "width", "200",
                                                                   "height", "100"]
    outline = js(browser, "return document.getElementById('outline').getBoundingClientRect().toJSON()")
    assert (outline["left"] - rect["left"], outline["top"] - rect["top"]) == (20, 20)
    assert (outline["width"], outline["height"]) == (100, 50)
    # Outside the blue box, the root's box.
    ActionChains(browser).move_to_element_with_offset(canvas, 150, 70).perform()
    wait_until(lambda: path.text == "$.element", timeout=3, what="the root's path")
