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
so a rebuild renders only cards whose page, template or files changed; the digest holds no absolute
path nor time, so a cache restored on CI stays valid. Templates, keys, the cache, rendering and the
tags are :mod:`pureog.integrations.cards`, shared with the Sphinx extension; this module is what is
MkDocs' own: its options, its events and what a template knows of a page. Specified in
spec/integrations.md.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import urllib.parse
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

from pureog.integrations.cards import Card, Settings, SocialCards, meta_names, meta_tags, plain, render_card

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.pureog")

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


class PureogSocialPlugin(BasePlugin[PureogSocialConfig]):  # type: ignore[no-untyped-call]
    """Social cards for every page, rendered by pureog (see the module's documentation)."""

    def __init__(self) -> None:
        self._pages: list[Page] = []
        self._cards: dict[str, Card] = {}
        self._social: SocialCards | None = None
        self._digests: dict[tuple[str, int, int], str] = {}

    # MkDocs events

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._pages, self._cards = [], {}
        options = self.config
        settings = Settings(
            config_dir=os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml")),
            cache_dir=options.cache_dir, template=options.template, output_dir=options.output_dir,
            format=options.format, quality=options.quality, width=options.width, height=options.height,
            data=options.data_, jobs=options.jobs)
        try:
            self._social = SocialCards(settings, warn=log.warning, info=log.info, digests=self._digests)
        except ValueError as error:
            raise PluginError(f"pureog: {error}") from error
        return config

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.config.enabled:
            self._pages.append(page)
        return html

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment | None:
        if self.config.enabled and self._social is not None:
            social = self._social
            cards = [card for page in self._pages
                     if (card := social.prepare(page.file.src_uri, posixpath.splitext(page.file.src_uri)[0],
                                                page_data(page, config), page.meta.get("social", True)))]
            self._cards = {card.page: card for card in social.produce(cards, config.site_dir)}
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


__all__ = ["PureogSocialConfig", "PureogSocialPlugin", "meta_tags", "page_data", "render_card"]
