"""Integrations of pureog with other tools, each in its own module and each importing its tool itself.

* :mod:`pureog.integrations.mkdocs`: an MkDocs plugin that draws a social card (Open Graph image) for
  every page of a docs site and adds the ``og:``/``twitter:`` meta tags (spec/integrations.md).
* :mod:`pureog.integrations.sphinx`: the same for Sphinx sites, as an extension.
* :mod:`pureog.integrations.cards`: what both share (templates, cache keys, rendering, the tags); it
  imports neither tool.

``import pureog`` imports none of them, so none of these tools is a dependency of pureog.
"""
