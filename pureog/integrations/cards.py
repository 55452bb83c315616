"""Social cards for docs sites, shared by the MkDocs plugin and the Sphinx extension.

Role: what :mod:`pureog.integrations.mkdocs` and :mod:`pureog.integrations.sphinx` have in common once
each has gathered its pages (a name for messages, a file stem, the data a template gets, the page's
``social`` value): reading templates (:meth:`SocialCards.template`), expanding and keying a page's
card (:meth:`SocialCards.prepare`), writing every card into the site from the cache or freshly
rendered, on worker processes when there are many (:meth:`SocialCards.produce`), and the ``<meta>``
tags that announce a card (:func:`meta_tags`). Imports neither MkDocs nor Sphinx: each integration
reports through the ``warn``/``info`` callables it passes in.

Cache: a card is stored under ``cache_dir`` by a digest of pureog's version, the render options, the
template text, the page's data and the content of the files the expanded template names (a logo),
so a rebuild renders only cards whose page, template or files changed. Unlike
:func:`pureog.batch.cache_key`, which dates files by their modification time, the digest holds no
absolute path nor time: a cache restored on CI, into a fresh checkout, stays valid, and the MkDocs
plugin and the Sphinx extension may share one. Specified in spec/integrations.md.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import importlib.resources
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from html.parser import HTMLParser
from typing import Any

import pureog
from pureog.batch import named_files
from pureog.document.model import Document
from pureog.records import field, record, replace

MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg"}
EXTENSIONS = {"png": "png", "jpeg": "jpg"}
CARDS_PER_WORKER = 8


@record
class Settings:
    """The options both integrations take (MkDocs: ``plugins: [{pureog: ...}]``; Sphinx: ``pureog_*``)."""

    config_dir: str
    """The folder of mkdocs.yml / conf.py: templates are named relative to it."""
    cache_dir: str
    """Rendered cards kept between builds (absolute, or relative to the working directory)."""
    template: str | None = None
    """A pureog template, relative to ``config_dir``; None: the bundled ``card.yaml``."""
    output_dir: str = "assets/social"
    """Where the cards go inside the built site; a page's card is named after its source file."""
    format: str = "png"
    quality: int = 90
    width: int | None = None
    height: int | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    """Values for every page's card (colours, a logo...), under the page's own."""
    jobs: int | None = None
    """Worker processes for cards not in the cache; 1: render in the build process; None: one per
    core, and at most one per ``CARDS_PER_WORKER`` cards to render."""


def checked(settings: Settings) -> Settings:
    """``settings`` with ``output_dir`` normalized (``a/b``), or a ValueError saying what is wrong."""
    parts = settings.output_dir.replace("\\", "/").strip("/").split("/")
    if parts == [""] or any(part in ("", ".", "..") for part in parts) or os.path.isabs(settings.output_dir):
        raise ValueError(f"output_dir must be a folder inside the built site, got {settings.output_dir!r}")
    for name in ("width", "height", "jobs"):
        value = getattr(settings, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    if settings.format not in EXTENSIONS:
        raise ValueError(f"format must be one of {', '.join(EXTENSIONS)}, got {settings.format!r}")
    if isinstance(settings.quality, bool) or not isinstance(settings.quality, int) or not 1 <= settings.quality <= 100:
        raise ValueError(f"quality must be from 1 to 100, got {settings.quality!r}")
    if not isinstance(settings.data, Mapping):
        raise ValueError(f"data must be a mapping, got {settings.data!r}")
    return replace(settings, output_dir="/".join(parts))


@record
class Template:
    """A template's text, and the directories it may read fonts and images from."""

    name: str
    text: str
    base_dir: str
    root: str | None


@record
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


class SocialCards:
    """The cards of one build of a site (see the module's documentation)."""

    def __init__(self, settings: Settings, *, warn: Callable[[str], object], info: Callable[[str], object],
                 digests: dict[tuple[str, int, int], str] | None = None) -> None:
        self.settings = checked(settings)
        self._warn = warn
        self._info = info
        self._templates: dict[str | None, Template] = {}
        self._digests = {} if digests is None else digests
        """The content digest of each named file by (path, size, mtime): kept across rebuilds by a caller
        that passes the same dict (``mkdocs serve``)."""

    def prepare(self, page: str, stem: str, data: Mapping[str, Any], social: Any = True) -> Card | None:
        """The card of ``page``, expanded and keyed; None (and a warning, unless the page opts out) if
        there is none. ``stem`` names the image (``guide/setup``); ``data`` is what the integration
        knows of the page; ``social`` the page's own ``social`` value: true or None (the defaults),
        false (no card), or a mapping of data overriding the page's, whose ``template`` names another
        template."""
        if social is False:
            return None
        try:
            if social is None or social is True:
                overrides: dict[str, Any] = {}
            elif isinstance(social, Mapping):
                overrides = dict(social)
            else:
                raise ValueError(f"the page's 'social' value must be a mapping or false, got {social!r}")
            name = overrides.pop("template", None)
            if name is not None and not isinstance(name, str):
                raise ValueError(f"the page's 'social.template' must be a file name, got {name!r}")
            template = self.template(name)
            values = merge(merge(plain(self.settings.data), data), plain(overrides))
            options = self.render_options()
            with report_warnings(page, self._warn):
                document = pureog.load(template.text, data=values, base_dir=template.base_dir, root=template.root)
        except (pureog.PureogError, OSError, ValueError) as error:  # ValueError: UnicodeDecodeError too
            self._warn(f"pureog: no social card for '{page}': {error}")
            return None
        return Card(
            page=page,
            path=f"{self.settings.output_dir}/{stem}.{EXTENSIONS[self.settings.format]}",
            document=document,
            options=options,
            key=self.key(template.text, document, values, options),
            title=str(values.get("title") or ""),
            description=str(values.get("description") or ""),
            width=self.settings.width or document.width,
            height=self.settings.height or document.height,
        )

    def template(self, name: str | None) -> Template:
        """The template ``name`` (relative to the config folder), else the settings', else the bundled one.

        Relative files in the bundled template (a ``logo``) are looked up in the config folder; in the
        user's, next to the template, anywhere inside the folder holding both it and the config file."""
        name = name or self.settings.template
        template = self._templates.get(name)
        if template is None:
            config_dir = os.path.abspath(self.settings.config_dir)
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

    def key(self, text: str, document: Document, data: Mapping[str, Any], options: Mapping[str, Any]) -> str:
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

    def render_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"format": self.settings.format}
        if self.settings.format == "jpeg":
            options["quality"] = self.settings.quality
        for name in ("width", "height"):
            if getattr(self.settings, name) is not None:
                options[name] = getattr(self.settings, name)
        return options

    def produce(self, cards: Sequence[Card], site_dir: str) -> Iterator[Card]:
        """Write every card into the site, from the cache or freshly rendered; yield those written."""
        cache_dir = self.settings.cache_dir
        extension = EXTENSIONS[self.settings.format]
        pending = []
        for card in cards:
            cached = os.path.join(cache_dir, f"{card.key}.{extension}")
            if os.path.isfile(cached):
                _copy(cached, site_file(site_dir, card))
                yield card
            else:
                pending.append(card)
        if not pending:
            return
        self._info(f"pureog: rendering {len(pending)} social card{'s' * (len(pending) > 1)}")
        for card, (image, messages) in zip(pending, self._render(pending), strict=True):
            for message in messages:
                self._warn(f"pureog: social card of '{card.page}': {message}")
            if isinstance(image, pureog.PureogError):
                self._warn(f"pureog: no social card for '{card.page}': {image}")
                continue
            _store(os.path.join(cache_dir, f"{card.key}.{extension}"), image)
            target = site_file(site_dir, card)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as file:
                file.write(image)
            yield card

    def _render(self, cards: Sequence[Card]) -> Iterator[tuple[bytes | pureog.PureogError, list[str]]]:
        """Render cards in order: in this process, or on ``jobs`` worker processes. By default there is
        a worker per core but at most one per ``CARDS_PER_WORKER`` cards, as a worker's first card costs
        several later ones (it loads the fonts)."""
        jobs = self.settings.jobs or min(os.cpu_count() or 1, len(cards) // CARDS_PER_WORKER)
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
def report_warnings(page: str, warn: Callable[[str], object]) -> Iterator[None]:
    """Pass the :class:`pureog.RenderWarning` raised inside to ``warn``, naming ``page``."""
    with _recorded_warnings(lambda message: warn(f"pureog: social card of '{page}': {message}")):
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


def site_file(site_dir: str, card: Card) -> str:
    """Where ``card`` goes in the built site."""
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


__all__ = ["CARDS_PER_WORKER", "EXTENSIONS", "MEDIA_TYPES", "Card", "Settings", "SocialCards", "Template",
           "checked", "merge", "meta_names", "meta_tags", "plain", "render_card", "report_warnings", "site_file"]
