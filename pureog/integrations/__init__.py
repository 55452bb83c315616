"""Integrations of pureog with other tools, each in its own module and each importing its tool itself.

* :mod:`pureog.integrations.mkdocs`: an MkDocs plugin that draws a social card (Open Graph image) for
  every page of a docs site and adds the ``og:``/``twitter:`` meta tags (spec/integrations.md).

``import pureog`` imports none of them, so none of these tools is a dependency of pureog.
"""
