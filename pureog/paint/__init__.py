"""Painting: laid-out, styled boxes -> the display list (see :mod:`pureog.display`)."""
