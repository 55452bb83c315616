"""The Sphinx extension (pureog.integrations.sphinx) on small real sites built by Sphinx itself.

Sphinx is a test-only dependency. Sites are built in process with Sphinx's application API, as
``sphinx-build`` does, the extension named in conf.py as users name it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import png
import pytest

pytest.importorskip("sphinx")

from sphinx.application import Sphinx  # noqa: E402
from sphinx.cmd.build import build_main  # noqa: E402
from sphinx.errors import ConfigError  # noqa: E402
from sphinx.util.docutils import docutils_namespace  # noqa: E402

import pureog.integrations.cards as cards_module  # noqa: E402
from pureog.integrations.sphinx import first_paragraph, social_value  # noqa: E402

BASE_URL = "https://docs.example.com/"
PAGES = {
    "index.rst": """\
        :social: {title: Welcome to Example}

        Welcome
        =======

        The home page of *Example*, a project
        with a description on two lines.

        .. toctree::

           guide/setup
           private
        """,
    "guide/setup.rst": """\
        :description: How to set Example up, step by step.

        Setup
        =====

        .. note:: Not this paragraph.

        Install it.
        """,
    "private.rst": """\
        :social: false

        Private
        =======

        No card here.
        """,
}
LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        '<circle cx="32" cy="32" r="30" fill="#0f766e"/></svg>')


def make_site(root: Path, options: dict[str, Any] | None = None, *, base_url: str | None = BASE_URL,
              pages: dict[str, str] = PAGES) -> Path:
    """Write a small Sphinx project under ``root``: conf.py, the pages and a logo."""
    for name, text in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))
    (root / "logo.svg").write_text(LOGO)
    config = {"project": "Example", "extensions": ["pureog.integrations.sphinx"], "pureog_jobs": 1,
              "pureog_data": {"logo": "logo.svg", "accent": "#0f766e"}, **(options or {})}
    if base_url:
        config["html_baseurl"] = base_url
    (root / "conf.py").write_text("".join(f"{key} = {value!r}\n" for key, value in config.items()))
    return root


def build_site(root: Path, builder: str = "html", **kwargs: Any) -> str:
    """Build the site with Sphinx's application; the warnings it printed."""
    warnings = io.StringIO()
    with docutils_namespace():  # each app registers its nodes afresh, as in its own process
        app = Sphinx(str(root), str(root), str(root / "_build" / builder), str(root / "_build" / "doctrees"),
                     builder, status=None, warning=warnings, **kwargs)
        app.build()
    return warnings.getvalue()


class MetaTags(HTMLParser):
    """Every ``<meta property|name=... content=...>`` of a page whose key has a colon, in order."""

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


def decode(path: Path) -> tuple[int, int, list[bytes]]:
    width, height, rows, _ = png.Reader(filename=str(path)).asRGBA8()
    return width, height, [bytes(row) for row in rows]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The example site, built once: its folder and the warnings of the build."""
    root = make_site(tmp_path_factory.mktemp("site"))
    return root, build_site(root)


def test_cards_are_rendered_for_pages_that_want_one(site: tuple[Path, str]) -> None:
    root, messages = site
    assert messages == ""
    social = root / "_build" / "html" / "_images" / "social"
    assert sorted(p.relative_to(social).as_posix() for p in social.rglob("*") if p.is_file()) == \
        ["guide/setup.png", "index.png"]
    home, setup = decode(social / "index.png"), decode(social / "guide" / "setup.png")
    assert home[:2] == setup[:2] == (1200, 630)
    assert home[2] != setup[2]
    assert home[2][0][:4] == bytes([0x0F, 0x76, 0x6E, 255])  # the accent from pureog_data: the top border
    image = pytest.importorskip("PIL.Image")
    with image.open(social / "index.png") as card:
        card.verify()
    cache = root / ".cache" / "pureog-social"
    assert sorted(p.read_bytes() for p in cache.iterdir()) == sorted(
        p.read_bytes() for p in social.rglob("*.png"))


def test_meta_tags_announce_the_cards(site: tuple[Path, str]) -> None:
    root, _ = site
    html = root / "_build" / "html"
    home = meta(html / "index.html")
    image = BASE_URL + "_images/social/index.png"
    assert home == {
        "og:image": [image],
        "og:image:type": ["image/png"],
        "og:image:width": ["1200"],
        "og:image:height": ["630"],
        "og:title": ["Welcome to Example"],  # the page's `:social: {title: ...}`
        "og:description": ["The home page of Example, a project with a description on two lines."],
        "twitter:card": ["summary_large_image"],
        "twitter:image": [image],
    }
    setup = meta(html / "guide" / "setup.html")
    assert setup["og:image"] == setup["twitter:image"] == [BASE_URL + "_images/social/guide/setup.png"]
    assert setup["og:title"] == ["Setup"]
    assert setup["og:description"] == ["How to set Example up, step by step."]  # the :description: field
    assert meta(html / "private.html") == {}  # :social: false


def test_a_rebuild_takes_unchanged_cards_from_the_cache(site: tuple[Path, str], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "copy"
    shutil.copytree(site[0], root)  # the cache (.cache/pureog-social) and Sphinx's environment come along
    rendered: list[Any] = []
    render_card = cards_module.render_card

    def spy(document: Any, options: Any) -> Any:
        rendered.append(document)
        return render_card(document, options)

    monkeypatch.setattr(cards_module, "render_card", spy)
    social = root / "_build" / "html" / "_images" / "social"
    before = (social / "index.png").read_bytes()
    shutil.rmtree(social)
    assert build_site(root) == ""  # nothing changed: no page is written again, the cards are copied back
    assert rendered == []
    assert (social / "index.png").read_bytes() == before

    shutil.rmtree(root / "_build")  # a fresh checkout with the cache restored: a full build, no render
    assert build_site(root) == ""
    assert rendered == []
    assert meta(root / "_build" / "html" / "index.html")["og:image"] == [BASE_URL + "_images/social/index.png"]

    page = root / "guide" / "setup.rst"
    page.write_text(page.read_text().replace("Setup\n=====", "Installing\n=========="))
    assert build_site(root) == ""
    assert len(rendered) == 1  # only the changed page
    assert (social / "index.png").read_bytes() == before
    assert meta(root / "_build" / "html" / "guide" / "setup.html")["og:title"] == ["Installing"]


def test_relative_urls_jpeg_dirhtml_and_parallel_builds(tmp_path: Path) -> None:
    root = make_site(tmp_path, {"pureog_format": "jpeg", "pureog_width": 600, "pureog_height": 315,
                                "pureog_output_dir": "img/cards"}, base_url=None)
    assert build_main(["-q", "-b", "dirhtml", "-j", "2", str(root), str(root / "_build" / "dirhtml")]) == 0
    out = root / "_build" / "dirhtml"
    card = out / "img" / "cards" / "guide" / "setup.jpg"
    assert card.read_bytes()[:3] == b"\xff\xd8\xff"
    pil = pytest.importorskip("PIL.Image")
    with pil.open(io.BytesIO(card.read_bytes())) as image:
        assert image.format == "JPEG" and image.size == (600, 315)
    setup = meta(out / "guide" / "setup" / "index.html")  # written by a parallel writer process
    assert setup["og:image"] == setup["twitter:image"] == ["../../img/cards/guide/setup.jpg"]
    assert setup["og:image:type"] == ["image/jpeg"]
    assert (setup["og:image:width"], setup["og:image:height"]) == (["600"], ["315"])
    assert meta(out / "index.html")["og:image"] == ["img/cards/index.jpg"]


def test_broken_cards_are_warnings_naming_the_page_and_fail_w_builds(tmp_path: Path) -> None:
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "grid.yaml").write_text(
        "data: {}\nelement: {div: {style: {display: table}, children: '{{ title }}'}}\n")
    (tmp_path / "cards" / "typo.yaml").write_text("data: {}\nelement: {div: '{{ titel }}'}\n")
    pages = dict(PAGES)
    pages["guide/setup.rst"] = ":social: {template: cards/typo.yaml}\n\nSetup\n=====\n\nInstall it.\n"
    root = make_site(tmp_path, {"pureog_template": "cards/grid.yaml", "exclude_patterns": ["_build", "cards"]},
                     pages=pages)
    messages = [line for line in build_site(root).splitlines() if "pureog" in line]
    assert len(messages) == 2, messages
    assert "'guide/setup.rst'" in messages[0] and "'titel' is not in the data" in messages[0]
    assert "'index.rst'" in messages[1] and "display" in messages[1] and "'table'" in messages[1]
    assert not (root / "_build" / "html" / "_images" / "social").exists()
    assert "og:image" not in meta(root / "_build" / "html" / "index.html")
    shutil.rmtree(root / "_build")
    assert build_main(["-q", "-W", "-b", "html", str(root), str(root / "_build" / "html")]) != 0


def test_disabled_extension_and_other_builders_do_nothing(tmp_path: Path) -> None:
    root = make_site(tmp_path, {"pureog_enabled": False})
    assert build_site(root) == ""
    assert not (root / "_build" / "html" / "_images").exists() and not (root / ".cache").exists()
    assert meta(root / "_build" / "html" / "index.html") == {}
    root = make_site(tmp_path / "text")
    assert build_site(root, "text") == ""
    assert not (root / ".cache").exists()


@pytest.mark.parametrize("options", [{"pureog_output_dir": "../outside"}, {"pureog_width": 0},
                                     {"pureog_quality": 101}, {"pureog_template": "missing.yaml"},
                                     {"pureog_format": "webp"}])
def test_bad_options_stop_the_build(tmp_path: Path, options: dict[str, Any]) -> None:
    root = make_site(tmp_path, options)
    with pytest.raises(ConfigError, match="pureog"):
        build_site(root)


def test_social_values_and_first_paragraphs() -> None:
    assert social_value("false") is False and social_value(" No ") is False and social_value("") is True
    assert social_value("{title: Hello, accent: '#fff'}") == {"title": "Hello", "accent": "#fff"}
    assert social_value("maybe") == "maybe"  # neither: prepare() warns about it
    assert social_value({"title": "x"}) == {"title": "x"} and social_value(True) is True
    from docutils.core import publish_doctree

    doctree = publish_doctree("Title\n=====\n\n- a list item\n\n" + "word " * 60 + "\n")
    text = first_paragraph(doctree)
    assert text.startswith("word word") and text.endswith("…") and len(text) <= 201


def test_import_pureog_does_not_import_sphinx() -> None:
    code = ("import sys, pureog, pureog.integrations.cards; "
            "assert 'sphinx' not in sys.modules and 'mkdocs' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
