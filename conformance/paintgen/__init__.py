"""Pixel-differential testing of painting: seeded random documents, the Next.js oracle, pureog, scores.

``generate.py`` draws the documents, ``driver.py`` renders and scores them (``python -m
conformance.paintgen --seeds 0:200``), ``slice/`` holds the committed documents with their reference
PNGs and ``expectations.yaml`` the slice's known failures (checked by tests/conformance/test_paintgen.py).
"""
