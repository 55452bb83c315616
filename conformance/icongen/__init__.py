"""Pixel-differential testing of real icon sets drawn inside cards: pureog against the Next.js oracle.

``sets.py`` reads icon SVGs out of installed npm icon packages (lucide-static, @tabler/icons, heroicons,
simple-icons, ...; see :data:`conformance.icongen.sets.SETS`), ``convert.py`` turns an SVG file into the
React element a JSX export of it is (camelCased props, style objects), ``generate.py`` builds cards that
use the icons as inline ``<svg>`` elements, ``<img>`` data URIs and ``backgroundImage`` data URIs at
varied sizes, colours, stroke widths, transforms and opacities, and ``driver.py`` renders them with the
paint generator's machinery and prints the pass rate per icon set and per SVG feature. The icon packages
are not part of the repository: install them anywhere with npm and pass ``--icons DIR/node_modules``.
"""
