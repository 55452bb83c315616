"""Sphinx extension: a social card (Open Graph image) for every page, drawn by pureog with nothing native.

Role: ``extensions = ["pureog.integrations.sphinx"]`` in conf.py. For every document it fills a pureog
template (by default the bundled ``card.yaml``, as the MkDocs plugin: project name, page title,
description, URL) with the page's data, renders it, writes it under the output folder and adds the
``og:image``, ``og:image:type/width/height`` and ``twitter:image`` meta tags to the page's ``<head>``
(through the ``metatags`` the HTML templates print), plus ``og:title``, ``og:description`` and
``twitter:card`` where no ``<meta>`` there has them already. Sphinx is imported only when Sphinx
loads this module; the work shared with the MkDocs plugin (templates, keys, the cache, rendering on
worker processes, the tags) is :mod:`pureog.integrations.cards`.

Events, in Sphinx's order:

* ``builder-inited``: checks the ``pureog_*`` options (a bad one is a ``ConfigError``) and, for the
  HTML builders (``html``, ``dirhtml``, ``singlehtml``; not epub nor the others), starts the build's
  cards;
* ``doctree-read`` (an environment collector, so it survives incremental and parallel reads): keeps
  each document's first paragraph, its description when its metadata has none;
* ``env-updated``: runs once all documents are read (those read before too) and before any HTML is
  written. It prepares every document's card, copies cards already in the cache and renders the
  others (on a ``ProcessPoolExecutor`` when there are many and more than one core);
* ``html-page-context`` (late, after other extensions' tags): adds the tags of the page's card, if
  it has one; it may run in Sphinx's parallel writer processes, which inherit the cards.

Failures (a :class:`pureog.PureogError`, an unreadable template) are Sphinx warnings of type
``pureog`` naming the source file: ``-W`` makes them fail the build, ``suppress_warnings =
["pureog"]`` silences them. Specified in spec/integrations.md.
"""

from __future__ import annotations

import os
import urllib.parse
import weakref
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.environment.collectors import EnvironmentCollector
from sphinx.errors import ConfigError
from sphinx.util import logging

import pureog
from pureog.document.load import parse_text
from pureog.integrations.cards import Card, Settings, SocialCards, meta_names, meta_tags, plain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

log = logging.getLogger(__name__)

#: characters of a first paragraph kept as a description (at a word boundary, then an ellipsis)
DESCRIPTION_LENGTH = 200
_FALSE = {"false", "no", "off", "0"}
_TRUE = {"true", "yes", "on", "1", ""}
#: the builders that get cards: Sphinx's HTML builders, without epub
_BUILDERS = {"html", "dirhtml", "singlehtml"}


class _Build:
    """One build's cards: the card maker, and the card of each document once made."""

    def __init__(self, social: SocialCards) -> None:
        self.social = social
        self.cards: dict[str, Card] = {}


_BUILDS: weakref.WeakKeyDictionary[Sphinx, _Build] = weakref.WeakKeyDictionary()


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the ``pureog_*`` options and the events (see the module's documentation)."""
    app.add_config_value("pureog_enabled", True, "html", types=frozenset({bool}))
    app.add_config_value("pureog_template", None, "html", types=frozenset({str, type(None)}))
    app.add_config_value("pureog_output_dir", "_images/social", "html", types=frozenset({str}))
    app.add_config_value("pureog_width", None, "html", types=frozenset({int, type(None)}))
    app.add_config_value("pureog_height", None, "html", types=frozenset({int, type(None)}))
    app.add_config_value("pureog_format", "png", "html", types=frozenset({str}))
    app.add_config_value("pureog_quality", 90, "html", types=frozenset({int}))
    app.add_config_value("pureog_cache_dir", ".cache/pureog-social", "", types=frozenset({str}))
    app.add_config_value("pureog_data", {}, "html", types=frozenset({dict}))
    app.add_config_value("pureog_jobs", None, "", types=frozenset({int, type(None)}))
    app.add_env_collector(DescriptionCollector)
    app.connect("builder-inited", _start)
    app.connect("env-updated", _make_cards)
    app.connect("html-page-context", _add_tags, priority=900)
    return {"version": pureog.__version__, "env_version": 1, "parallel_read_safe": True,
            "parallel_write_safe": True}


def _start(app: Sphinx) -> None:
    config = app.config
    confdir = str(app.confdir)
    settings = Settings(
        config_dir=confdir, cache_dir=os.path.join(confdir, config.pureog_cache_dir),
        template=config.pureog_template, output_dir=config.pureog_output_dir, format=config.pureog_format,
        quality=config.pureog_quality, width=config.pureog_width, height=config.pureog_height,
        data=config.pureog_data, jobs=config.pureog_jobs)
    try:
        social = SocialCards(settings, warn=_warn, info=log.info)
    except ValueError as error:
        raise ConfigError(f"pureog: pureog_{error}") from error
    if settings.template is not None and not os.path.isfile(os.path.join(confdir, settings.template)):
        raise ConfigError(f"pureog: pureog_template {settings.template!r} is not a file (relative to conf.py)")
    if config.pureog_enabled and app.builder.name in _BUILDERS:
        _BUILDS[app] = _Build(social)


def _warn(message: str) -> None:
    log.warning(message, type="pureog")


def _make_cards(app: Sphinx, env: BuildEnvironment) -> None:
    build = _BUILDS.get(app)
    if build is None:
        return
    cards = []
    docnames: dict[str, str] = {}
    # singlehtml writes one page, the root document's
    pages = [app.config.root_doc] if app.builder.name == "singlehtml" else sorted(env.found_docs)
    for docname in pages:
        page = os.fspath(env.doc2path(docname, False)).replace(os.sep, "/")  # guide/setup.rst
        metadata = env.metadata.get(docname, {})
        card = build.social.prepare(page, docname, page_data(app, env, docname),
                                    social_value(metadata.get("social", True)))
        if card is not None:
            cards.append(card)
            docnames[page] = docname
    build.cards = {docnames[card.page]: card for card in build.social.produce(cards, os.fspath(app.outdir))}
    if build.cards and not app.config.html_baseurl:
        log.info("pureog: html_baseurl is not set, so og:image URLs are relative; social sites want absolute ones")


def _add_tags(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any],
              doctree: nodes.document | None) -> None:
    build = _BUILDS.get(app)
    card = build.cards.get(pagename) if build is not None else None
    if build is None or card is None:
        return
    quoted = urllib.parse.quote(card.path)
    base = app.config.html_baseurl
    url = urllib.parse.urljoin(base if base.endswith("/") else base + "/", quoted) if base \
        else context["pathto"](quoted, resource=True)
    existing = str(context.get("metatags") or "")
    context["metatags"] = existing + meta_tags(card, url, format=build.social.settings.format,
                                               present=meta_names(existing))


def page_data(app: Sphinx, env: BuildEnvironment, docname: str) -> dict[str, Any]:
    """What a template knows of a page (spec/integrations.md)."""
    config = app.config
    metadata = env.metadata.get(docname, {})
    title = env.titles[docname].astext() if docname in env.titles else ""
    base = config.html_baseurl
    target = app.builder.get_target_uri(docname)
    return {
        "site_name": config.project,
        "site_url": base or "",
        "title": title if title and title != "<no title>" else config.project,
        "description": str(metadata.get("description") or descriptions(env).get(docname) or ""),
        "page_url": urllib.parse.urljoin(base if base.endswith("/") else base + "/", target) if base else target,
        "meta": plain(metadata),
    }


def social_value(value: Any) -> Any:
    """A page's ``social`` metadata as :meth:`SocialCards.prepare` takes it: rST field values are text,
    so ``false``/``no``/``off`` is false and a YAML mapping (``{title: Hello}``) is parsed."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.lower() in _FALSE:
        return False
    if text.lower() in _TRUE:
        return True
    try:
        parsed = parse_text(text, name="social")
    except pureog.PureogError:
        return value
    return parsed if isinstance(parsed, Mapping) else value


def first_paragraph(doctree: nodes.Node) -> str:
    """The text of the document's first paragraph of running text (directly in a section, not in a
    list, table, admonition or field list), whitespace collapsed and cut at ``DESCRIPTION_LENGTH``."""
    for paragraph in doctree.findall(nodes.paragraph):
        if isinstance(paragraph.parent, (nodes.section, nodes.document)):
            text = " ".join(paragraph.astext().split())
            if text:
                if len(text) > DESCRIPTION_LENGTH:
                    text = text[:DESCRIPTION_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"
                return text
    return ""


def descriptions(env: BuildEnvironment) -> dict[str, str]:
    """Each document's first paragraph, kept in the environment (pickled between builds)."""
    found: dict[str, str] | None = getattr(env, "pureog_descriptions", None)
    if found is None:
        found = {}
        env.pureog_descriptions = found  # type: ignore[attr-defined]
    return found


class DescriptionCollector(EnvironmentCollector):
    """Keeps :func:`first_paragraph` of every document read, through incremental and parallel reads."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        descriptions(env).pop(docname, None)

    def merge_other(self, app: Sphinx, env: BuildEnvironment, docnames: AbstractSet[str],
                    other: BuildEnvironment) -> None:
        theirs = descriptions(other)
        descriptions(env).update({name: theirs[name] for name in docnames if name in theirs})

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        descriptions(app.env)[app.env.docname] = first_paragraph(doctree)


__all__ = ["DescriptionCollector", "first_paragraph", "page_data", "setup", "social_value"]
