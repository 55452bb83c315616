"""Pixel-differential testing of the SVG renderer: seeded random SVG documents, the Next.js oracle, pureog.

``generate.py`` draws the documents (masks, patterns, filter graphs, images, markers, style sheets; from
seed 5520 on issue 9's leftovers: switch and conditional processing, paint-order, vector-effect,
context paint, nested and used svgs, symbols, feImage, simplecss selectors, feTurbulence),
``driver.py`` renders and scores them with the paint generator's machinery (``python -m
conformance.svggen --seeds 0:150 -j 2``) and prints the pass rate per feature.
"""
