"""pureog's conformance tooling: the Next.js reference oracle driver and the image scorer.

Dev tooling only; nothing in :mod:`pureog` imports this package.
"""
