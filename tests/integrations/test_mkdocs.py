"""The MkDocs plugin (pureog.integrations.mkdocs) on small real sites built by MkDocs itself.

MkDocs is a test-only dependency. The plugin is loaded as users load it, by name from mkdocs.yml
through the ``mkdocs.plugins`` entry point; when the installed pureog does not declare that entry point
yet, a throw-away ``.dist-info`` folder on ``sys.path`` declares it.
"""

from __future__ import annotations

import importlib.metadata
import io
import json
import logging
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import png
import pytest

pytest.importorskip("mkdocs")

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402

import pureog.integrations.cards as cards_module  # noqa: E402

SITE_URL = "https://docs.example.com/"
# The theme's own og:title, for pages that set `theme_og` (the plugin must not add a second one).
THEME_MAIN = """{% extends "base.html" %}
{% block extrahead %}{% if page and page.meta.theme_og %}<meta property="og:title" content="{{ page.meta.theme_og }}">
{% endif %}{% endblock %}
"""
PAGES = {
    "index.md": """\
        ---
        social:
          title: Welcome to Example
        ---
        # Welcome

        The home page.
        """,
    "guide/setup.md": """\
        ---
        description: How to set Example up, step by step.
        theme_og: Setup (from the theme)
        ---
        # Setup

        Install it.
        """,
    "private.md": """\
        ---
        social: false
        ---
        # Private

        No card here.
        """,
}
LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        '<circle cx="32" cy="32" r="30" fill="#0f766e"/></svg>')


@pytest.fixture(scope="module", autouse=True)
def entry_point(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Make ``plugins: [pureog]`` resolvable, as the installed entry point does."""
    if importlib.metadata.entry_points(group="mkdocs.plugins", name="pureog"):
        yield
        return
    folder = tmp_path_factory.mktemp("entry-point")
    info = folder / "pureog_mkdocs_test-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: pureog-mkdocs-test\nVersion: 0\n")
    (info / "entry_points.txt").write_text(
        '[mkdocs.plugins]\npureog = pureog.integrations.mkdocs:PureogSocialPlugin\n')
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))


def make_site(root: Path, options: dict[str, Any] | None = None, *, site_url: str | None = SITE_URL,
              pages: dict[str, str] = PAGES) -> Path:
    """Write a small MkDocs project under ``root``: mkdocs.yml, docs/ and a theme override."""
    docs = root / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(textwrap.dedent(text))
    (docs / "logo.svg").write_text(LOGO)
    (root / "overrides").mkdir(exist_ok=True)
    (root / "overrides" / "main.html").write_text(THEME_MAIN)
    config = {
        "site_name": "Example",
        "site_description": "Docs for the Example project.",
        "theme": {"name": "mkdocs", "custom_dir": "overrides"},
        "plugins": [{"pureog": {"jobs": 1, "data": {"logo": "docs/logo.svg", "accent": "#0f766e"},
                                **(options or {})}}],
    }
    if site_url:
        config["site_url"] = site_url
    (root / "mkdocs.yml").write_text(json.dumps(config))  # JSON is YAML
    return root


@contextmanager
def warnings_logged() -> Iterator[list[str]]:
    """The messages of the warnings MkDocs and its plugins log meanwhile."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def build_site(root: Path, *, strict: bool = False) -> list[str]:
    """Build the site with MkDocs' own build; the warnings logged."""
    with warnings_logged() as messages:
        build(load_config(str(root / "mkdocs.yml"), strict=strict))
    return messages


class MetaTags(HTMLParser):
    """Every ``<meta property|name=... content=...>`` of a page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key = found.get("property") or found.get("name")
        if tag == "meta" and key and ":" in key:
            self.tags.append((key, found.get("content") or ""))


def meta(page: Path) -> dict[str, list[str]]:
    parser = MetaTags()
    parser.feed(page.read_text())
    out: dict[str, list[str]] = {}
    for key, value in parser.tags:
        out.setdefault(key, []).append(value)
    return out


def decode(path: Path) -> tuple[int, int, list[Any]]:
    width, height, rows, _ = png.Reader(filename=str(path)).asRGBA8()
    return width, height, [bytes(row) for row in rows]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The example site, built once: its folder and the warnings of the build."""
    root = make_site(tmp_path_factory.mktemp("site"))
    return root, build_site(root)


def test_cards_are_rendered_for_pages_that_want_one(site: tuple[Path, list[str]]) -> None:
    root, messages = site
    assert messages == []  # the bundled template renders without a RenderWarning
    social = root / "site" / "assets" / "social"
    assert sorted(p.relative_to(social).as_posix() for p in social.rglob("*") if p.is_file()) == \
        ["guide/setup.png", "index.png"]
    home, setup = decode(social / "index.png"), decode(social / "guide" / "setup.png")
    assert home[:2] == setup[:2] == (1200, 630)
    assert home[2] != setup[2]
    # The accent colour from the plugin's `data` reaches the card: the top border.
    assert home[2][0][:4] == bytes([0x0F, 0x76, 0x6E, 255])


def test_meta_tags_announce_the_cards(site: tuple[Path, list[str]]) -> None:
    root, _ = site
    home = meta(root / "site" / "index.html")
    image = SITE_URL + "assets/social/index.png"
    assert home == {
        "og:image": [image],
        "og:image:type": ["image/png"],
        "og:image:width": ["1200"],
        "og:image:height": ["630"],
        "og:title": ["Welcome to Example"],  # front matter `social: {title: ...}`
        "og:description": ["Docs for the Example project."],  # the site's description
        "twitter:card": ["summary_large_image"],
        "twitter:image": [image],
    }
    setup = meta(root / "site" / "guide" / "setup" / "index.html")
    assert setup["og:image"] == setup["twitter:image"] == [SITE_URL + "assets/social/guide/setup.png"]
    assert setup["og:title"] == ["Setup (from the theme)"]  # the theme's, not doubled
    assert setup["og:description"] == ["How to set Example up, step by step."]
    assert meta(root / "site" / "private" / "index.html") == {}  # social: false


def test_a_rebuild_takes_unchanged_cards_from_the_cache(site: tuple[Path, list[str]], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "copy"
    shutil.copytree(site[0], root)  # the cache (.cache/pureog-social) comes along
    rendered: list[Any] = []
    render_card = cards_module.render_card

    def spy(document: Any, options: Any) -> Any:
        rendered.append(document)
        return render_card(document, options)

    monkeypatch.setattr(cards_module, "render_card", spy)
    before = (site[0] / "site" / "assets" / "social" / "index.png").read_bytes()
    assert build_site(root) == []
    assert rendered == []
    assert (root / "site" / "assets" / "social" / "index.png").read_bytes() == before

    page = root / "docs" / "guide" / "setup.md"
    page.write_text(page.read_text().replace("# Setup", "# Installing"))
    assert build_site(root) == []
    assert len(rendered) == 1  # only the changed page
    assert (root / "site" / "assets" / "social" / "index.png").read_bytes() == before


def test_relative_urls_jpeg_and_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int | None] = []

    class Pool(ProcessPoolExecutor):
        def __init__(self, max_workers: int | None = None) -> None:
            pools.append(max_workers)
            super().__init__(max_workers)

    monkeypatch.setattr(cards_module, "ProcessPoolExecutor", Pool)
    root = make_site(tmp_path, {"format": "jpeg", "width": 600, "height": 315, "jobs": 2,
                                "output_dir": "img/cards"}, site_url=None)
    assert build_site(root) == []
    assert pools == [2]
    card = root / "site" / "img" / "cards" / "guide" / "setup.jpg"
    assert card.read_bytes()[:3] == b"\xff\xd8\xff"
    pil = pytest.importorskip("PIL.Image")
    with pil.open(io.BytesIO(card.read_bytes())) as image:
        assert image.format == "JPEG" and image.size == (600, 315)
    setup = meta(root / "site" / "guide" / "setup" / "index.html")
    assert setup["og:image"] == setup["twitter:image"] == ["../../img/cards/guide/setup.jpg"]
    assert setup["og:image:type"] == ["image/jpeg"]
    assert (setup["og:image:width"], setup["og:image:height"]) == (["600"], ["315"])
    assert meta(root / "site" / "index.html")["og:image"] == ["img/cards/index.jpg"]


def test_broken_cards_are_warnings_naming_the_page_and_fail_strict_builds(tmp_path: Path) -> None:
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "grid.yaml").write_text(
        "data: {}\nelement: {div: {style: {display: table}, children: '{{ title }}'}}\n")
    (tmp_path / "cards" / "typo.yaml").write_text("data: {}\nelement: {div: '{{ titel }}'}\n")
    pages = dict(PAGES)
    pages["guide/setup.md"] = "---\nsocial: {template: cards/typo.yaml}\n---\n# Setup\n"
    root = make_site(tmp_path, {"template": "cards/grid.yaml"}, pages=pages)

    messages = sorted(build_site(root))  # template errors come before render errors
    assert len(messages) == 2
    assert "'guide/setup.md'" in messages[0] and "'titel' is not in the data" in messages[0]
    assert "'index.md'" in messages[1] and "display" in messages[1] and "'table'" in messages[1]
    assert not (root / "site" / "assets" / "social").exists()
    assert "og:image" not in meta(root / "site" / "index.html")

    with pytest.raises(Abort, match="2 warnings in strict mode"):
        build_site(root, strict=True)


def test_disabled_plugin_does_nothing(tmp_path: Path) -> None:
    root = make_site(tmp_path, {"enabled": False})
    assert build_site(root) == []
    assert not (root / "site" / "assets").exists() and not (root / ".cache").exists()
    assert meta(root / "site" / "index.html") == {}


@pytest.mark.parametrize("options", [{"output_dir": "../outside"}, {"width": 0}, {"quality": 101},
                                     {"template": "missing.yaml"}, {"format": "webp"}])
def test_bad_options_stop_the_build(tmp_path: Path, options: dict[str, Any]) -> None:
    root = make_site(tmp_path, options)
    with pytest.raises(Abort):
        build_site(root)


def test_import_pureog_does_not_import_mkdocs() -> None:
    code = "import sys, pureog; assert 'mkdocs' not in sys.modules and 'pureog.integrations' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
