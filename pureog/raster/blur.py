"""Gaussian blur of a layer (``Group.blur``): premultiplied RGBA8 layer -> the same layer, blurred.

Role: will implement resvg's box-blur approximation (three box passes per axis, computed with
``itertools.accumulate`` prefix sums on downsampled planes, see performance.md recipe 7).
Not implemented yet: it raises a clear :class:`PureogError` instead of silently drawing unblurred paint.
Must not import style, layout, text or document.
"""

from __future__ import annotations

from pureog.errors import PureogError
from pureog.geometry import Affine
from pureog.raster.pixmap import Pixmap


def blur_layer(layer: Pixmap, dirty: list[int], std_dev_x: float, std_dev_y: float, m: Affine) -> None:
    """Blur ``layer`` in place within the ``dirty`` box; std devs are in the local space of ``m``."""
    if std_dev_x <= 0 and std_dev_y <= 0:
        return
    raise PureogError("blur not supported yet (box-shadow blur, text-shadow blur, filter: blur)")
