"""MkDocs plugin: a social card (Open Graph image) for every page, drawn by pureog with nothing native.

Role: MkDocs' ``plugins: [pureog]`` (entry point ``mkdocs.plugins: pureog``). For every page it fills a
pureog template (by default the bundled ``card.yaml``: site name, page title, description, URL) with
the page's data, renders it, writes it under ``site_dir`` and adds the ``og:image``,
``og:image:type/width/height`` and ``twitter:image`` meta tags to the page's ``<head>``, plus
``og:title``, ``og:description`` and ``twitter:card`` where the theme does not emit them already.

Events, in MkDocs' order:

* ``on_config``: checks the options and forgets the previous build (``mkdocs serve`` rebuilds);
* ``on_page_content``: notes each page read in this build;
* ``on_env``: runs once every page's title and front matter are final and before any HTML is
  written. It expands the template for each page (in this process, to key the cache), copies cards
  already in the cache, renders the others (on a ``ProcessPoolExecutor`` when there are many and
  more than one core), writes them to the cache and the site;
* ``on_post_page``: inserts the meta tags of the page's card, if it has one.

So a page whose card failed gets no ``og:image`` pointing at a missing file. Failures (a
:class:`pureog.PureogError`, an unreadable template) are MkDocs warnings naming the page, on the
``mkdocs.plugins.pureog`` logger; MkDocs' ``strict`` mode turns them into a failed build. pureog's
:class:`~pureog.RenderWarning` messages are reported the same way.

Cache: a card is stored under ``cache_dir`` by a digest of pureog's version, the render options, the
template text, the page's data and the content of the files the expanded template names (a logo),
so a rebuild renders only cards whose page, template or files changed. Unlike
:func:`pureog.batch.cache_key`, which dates files by their modification time, the digest holds no
absolute path nor time: a cache restored on CI, into a fresh checkout, stays valid. Specified in
spec/integrations.md.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import importlib.resources
import json
import logging
import os
import posixpath
import re
import shutil
import tempfile
import urllib.parse
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

import pureog
from pureog.batch import named_files
from pureog.document.model import Document

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.pureog")

MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg"}
EXTENSIONS = {"png": "png", "jpeg": "jpg"}
CARDS_PER_WORKER = 8
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


# MkDocs' Config and BasePlugin have an untyped __init_subclass__, hence the two narrow ignores below.
class PureogSocialConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's options (``plugins: [{pureog: {...}}]`` in mkdocs.yml)."""

    enabled = c.Type(bool, default=True)
    template = c.Optional(c.File(exists=True))
    """A pureog template, relative to mkdocs.yml; None: the bundled ``card.yaml``."""
    output_dir = c.Type(str, default="assets/social")
    """Where the cards go, relative to ``site_dir``; a page's card is named after its source file."""
    width = c.Optional(c.Type(int))
    height = c.Optional(c.Type(int))
    """The card's size; None: the template's own (1200x630 unless it says otherwise)."""
    format = c.Choice(("png", "jpeg"), default="png")
    quality = c.Type(int, default=90)
    """JPEG quality, 1..100 (libjpeg's scale)."""
    cache_dir = c.Dir(default=".cache/pureog-social")
    """Rendered cards kept between builds, relative to mkdocs.yml."""
    data_ = c.Type(dict, default={})
    """The ``data`` option (``data`` itself is where Config, a UserDict, keeps its items; MkDocs drops
    the trailing ``_``): values for every page's card (colours, a logo...), under the page's own."""
    jobs = c.Optional(c.Type(int))
    """Worker processes for cards not in the cache; 1: render in the build process; None: one per core,
    and at most one per ``CARDS_PER_WORKER`` cards to render."""


@dataclass(frozen=True, slots=True)
class Template:
    """A template's text, and the directories it may read fonts and images from."""

    name: str
    text: str
    base_dir: str
    root: str | None


@dataclass(frozen=True, slots=True)
class Card:
    """One page's card, expanded and keyed, before or after it is rendered."""

    page: str
    """The page's source file (``guide/setup.md``), to name it in messages."""
    path: str
    """The image's path inside the site, ``/``-separated and not quoted: ``assets/social/guide/setup.png``."""
    document: Document
    options: Mapping[str, Any]
    key: str
    title: str
    description: str
    width: int
    height: int


class PureogSocialPlugin(BasePlugin[PureogSocialConfig]):  # type: ignore[no-untyped-call]
    """Social cards for every page, rendered by pureog (see the module's documentation)."""

    def __init__(self) -> None:
        self._pages: list[Page] = []
        self._cards: dict[str, Card] = {}
        self._templates: dict[str | None, Template] = {}
        self._digests: dict[tuple[str, int, int], str] = {}

    # MkDocs events

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._pages, self._cards, self._templates = [], {}, {}
        options = self.config
        parts = options.output_dir.replace("\\", "/").strip("/").split("/")
        if parts == [""] or any(part in ("", ".", "..") for part in parts) or os.path.isabs(options.output_dir):
            raise PluginError(f"pureog: output_dir must be a folder inside site_dir, got {options.output_dir!r}")
        options.output_dir = "/".join(parts)
        for name in ("width", "height", "jobs"):
            value = getattr(options, name)
            if value is not None and value < 1:
                raise PluginError(f"pureog: {name} must be a positive integer, got {value}")
        if not 1 <= options.quality <= 100:
            raise PluginError(f"pureog: quality must be from 1 to 100, got {options.quality}")
        return config

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.config.enabled:
            self._pages.append(page)
        return html

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment | None:
        if self.config.enabled:
            cards = [card for page in self._pages if (card := self._prepare(page, config)) is not None]
            self._cards = {card.page: card for card in self._produce(cards, config.site_dir)}
            if self._cards and not config.site_url:
                log.info("pureog: site_url is not set, so og:image URLs are relative; social sites want "
                         "absolute ones")
        return env

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        card = self._cards.get(page.file.src_uri)
        if card is None:
            return output
        head_end = _HEAD_END.search(output)
        if head_end is None:
            log.info(f"pureog: '{page.file.src_uri}' has no </head>; its card is not announced")
            return output
        quoted = urllib.parse.quote(card.path)
        url = urllib.parse.urljoin(config.site_url, quoted) if config.site_url else get_relative_url(quoted, page.url)
        tags = meta_tags(card, url, format=self.config.format, present=meta_names(output[:head_end.start()]))
        return output[:head_end.start()] + tags + output[head_end.start():]

    # Cards

    def _prepare(self, page: Page, config: MkDocsConfig) -> Card | None:
        """The page's card, expanded and keyed; None if the page opts out or its card cannot be made."""
        social = page.meta.get("social", True)
        if social is False:
            return None
        try:
            if social is None or social is True:
                overrides: dict[str, Any] = {}
            elif isinstance(social, Mapping):
                overrides = dict(social)
            else:
                raise ValueError(f"front matter 'social' must be a mapping or false, got {social!r}")
            name = overrides.pop("template", None)
            if name is not None and not isinstance(name, str):
                raise ValueError(f"front matter 'social.template' must be a file name, got {name!r}")
            template = self._template(name, config)
            data = merge(merge(plain(self.config.data_), page_data(page, config)), plain(overrides))
            options = self._render_options()
            with report_warnings(page.file.src_uri):
                document = pureog.load(template.text, data=data, base_dir=template.base_dir, root=template.root)
        except (pureog.PureogError, OSError, ValueError) as error:  # ValueError: UnicodeDecodeError too
            log.warning(f"pureog: no social card for '{page.file.src_uri}': {error}")
            return None
        stem = posixpath.splitext(page.file.src_uri)[0]
        return Card(
            page=page.file.src_uri,
            path=f"{self.config.output_dir}/{stem}.{EXTENSIONS[self.config.format]}",
            document=document,
            options=options,
            key=self._key(template.text, document, data, options),
            title=str(data.get("title") or ""),
            description=str(data.get("description") or ""),
            width=self.config.width or document.width,
            height=self.config.height or document.height,
        )

    def _template(self, name: str | None, config: MkDocsConfig) -> Template:
        """The template named in front matter (relative to mkdocs.yml), else the plugin's, else the bundled one.

        Relative files in the bundled template (a ``logo``) are looked up next to mkdocs.yml; in the
        user's, next to the template, anywhere inside the folder holding both it and mkdocs.yml."""
        name = name or self.config.template
        template = self._templates.get(name)
        if template is None:
            config_dir = os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml"))
            if name is None:
                bundled = importlib.resources.files("pureog.integrations").joinpath("card.yaml")
                template = Template("card.yaml", bundled.read_text(encoding="utf-8"), config_dir, config_dir)
            else:
                path = os.path.join(config_dir, name)
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                folder = os.path.dirname(os.path.abspath(path))
                common = os.path.commonpath([config_dir, folder])
                template = Template(name, text, folder, common if os.path.dirname(common) != common else None)
            self._templates[name] = template
        return template

    def _key(self, text: str, document: Document, data: Mapping[str, Any], options: Mapping[str, Any]) -> str:
        """The card's cache key: pureog's version, the options, the template, the data, and the name
        (relative to the template's folder) and content of every file the expanded template names."""
        digest = hashlib.sha256(json.dumps([pureog.__version__, dict(options), text, data], sort_keys=True,
                                           default=repr).encode())
        base_dir = document.source_dir
        for name in sorted(named_files(document, base_dir) if base_dir is not None else ()):
            stat = os.stat(name)
            known = (name, stat.st_size, stat.st_mtime_ns)
            if known not in self._digests:
                with open(name, "rb") as file:
                    self._digests[known] = hashlib.file_digest(file, "sha256").hexdigest()
            digest.update(f"\0{os.path.relpath(name, base_dir)}\0{self._digests[known]}".encode())
        return digest.hexdigest()

    def _render_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"format": self.config.format}
        if self.config.format == "jpeg":
            options["quality"] = self.config.quality
        for name in ("width", "height"):
            if getattr(self.config, name) is not None:
                options[name] = getattr(self.config, name)
        return options

    def _produce(self, cards: Sequence[Card], site_dir: str) -> Iterator[Card]:
        """Write every card into the site, from the cache or freshly rendered; yield those written."""
        cache_dir = self.config.cache_dir
        extension = EXTENSIONS[self.config.format]
        pending = []
        for card in cards:
            cached = os.path.join(cache_dir, f"{card.key}.{extension}")
            if os.path.isfile(cached):
                _copy(cached, _site_file(site_dir, card))
                yield card
            else:
                pending.append(card)
        if not pending:
            return
        log.info(f"pureog: rendering {len(pending)} social card{'s' * (len(pending) > 1)}")
        for card, (image, messages) in zip(pending, self._render(pending), strict=True):
            for message in messages:
                log.warning(f"pureog: social card of '{card.page}': {message}")
            if isinstance(image, pureog.PureogError):
                log.warning(f"pureog: no social card for '{card.page}': {image}")
                continue
            _store(os.path.join(cache_dir, f"{card.key}.{extension}"), image)
            target = _site_file(site_dir, card)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as file:
                file.write(image)
            yield card

    def _render(self, cards: Sequence[Card]) -> Iterator[tuple[bytes | pureog.PureogError, list[str]]]:
        """Render cards in order: in this process, or on ``jobs`` worker processes. By default there is
        a worker per core but at most one per ``CARDS_PER_WORKER`` cards, as a worker's first card costs
        several later ones (it loads the fonts)."""
        jobs = self.config.jobs or min(os.cpu_count() or 1, len(cards) // CARDS_PER_WORKER)
        workers = min(jobs, len(cards))
        documents = [card.document for card in cards]
        options = [card.options for card in cards]
        if workers < 2:
            yield from map(render_card, documents, options)
            return
        with ProcessPoolExecutor(workers) as pool:
            yield from pool.map(render_card, documents, options)


# Helpers (module level: render_card runs in worker processes)


def render_card(document: Document, options: Mapping[str, Any]) -> tuple[bytes | pureog.PureogError, list[str]]:
    """Render one card: the image or the error, and the :class:`pureog.RenderWarning` messages."""
    messages: list[str] = []
    image: bytes | pureog.PureogError
    with _recorded_warnings(messages.append):
        try:
            image = pureog.render(document, **options)
        except pureog.PureogError as error:
            image = error
    return image, messages


@contextmanager
def report_warnings(page: str) -> Iterator[None]:
    """Log the :class:`pureog.RenderWarning` raised inside as MkDocs warnings naming ``page``."""
    with _recorded_warnings(lambda message: log.warning(f"pureog: social card of '{page}': {message}")):
        yield


@contextmanager
def _recorded_warnings(report: Callable[[str], object]) -> Iterator[None]:
    """Pass each :class:`pureog.RenderWarning` raised inside to ``report``; others are shown as usual."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pureog.RenderWarning)
        yield
    for warning in caught:
        if issubclass(warning.category, pureog.RenderWarning):
            report(str(warning.message))
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)


def page_data(page: Page, config: MkDocsConfig) -> dict[str, Any]:
    """What a template knows of a page (spec/integrations.md)."""
    return {
        "site_name": config.site_name,
        "site_url": config.site_url or "",
        "title": str(page.title or config.site_name),
        "description": str(page.meta.get("description") or config.site_description or ""),
        "page_url": page.canonical_url or page.url,
        "meta": plain(page.meta),
    }


def plain(value: Any) -> Any:
    """``value`` as JSON-like data: mappings with text keys, lists, text, numbers, booleans and null
    (dates become ISO text; anything else its ``str``)."""
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)


def merge(under: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` laid over ``under``, mappings key by key, as pureog lays data over a template's defaults."""
    out = dict(under)
    for key, value in over.items():
        below = out.get(key)
        out[key] = merge(below, value) if isinstance(below, Mapping) and isinstance(value, Mapping) else value
    return out


class _MetaNames(HTMLParser):
    """The ``property`` and ``name`` values of the ``<meta>`` elements of some HTML, lower-cased."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.names.update(value.strip().lower() for key, value in attrs if key in ("property", "name") and value)


def meta_names(head: str) -> set[str]:
    """The meta tags (``og:title``, ``twitter:card``...) that ``head`` has already."""
    parser = _MetaNames()
    parser.feed(head)
    parser.close()
    return parser.names


def meta_tags(card: Card, url: str, *, format: str, present: set[str]) -> str:
    """The ``<meta>`` tags announcing ``card`` at ``url``: the image's always, the others if not ``present``."""
    tags = [
        ("property", "og:image", url),
        ("property", "og:image:type", MEDIA_TYPES[format]),
        ("property", "og:image:width", str(card.width)),
        ("property", "og:image:height", str(card.height)),
        ("property", "og:title", card.title),
        ("property", "og:description", card.description),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:image", url),
    ]
    always = {"og:image", "og:image:type", "og:image:width", "og:image:height", "twitter:image"}
    return "".join(f'<meta {attribute}="{name}" content="{html.escape(value)}">\n'
                   for attribute, name, value in tags if value and (name in always or name not in present))


def _site_file(site_dir: str, card: Card) -> str:
    return os.path.join(site_dir, *card.path.split("/"))


def _store(path: str, data: bytes) -> None:
    """Put ``data`` in the cache at ``path`` atomically: a build that stops half-way, or another build
    sharing the cache, never leaves half a card under a valid key."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".pureog-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _copy(source: str, target: str) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)


__all__ = ["PureogSocialConfig", "PureogSocialPlugin", "meta_tags", "render_card"]
