"""SVG images and inline ``<svg>`` elements -> display-list subtrees: :mod:`.draw` is the entry point
(``svg_document_nodes``, ``inline_svg_nodes``), :mod:`.render` the renderer.

Empty on purpose: importing one of the package's small modules (``pathdata`` for ``clipPath: path()``,
``bbox``) must not load the SVG renderer and its XML parser for a card that draws no SVG.
"""
