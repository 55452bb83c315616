"""PNG encoder check (not a test): md5 of the PNG bytes of the ten bench cards and of every conformance
case in the areas given (default: cards text backgrounds images), before and after a change to
:mod:`pureog.raster.png` or :mod:`pureog.raster.deflate`, whose output must stay byte-identical.

Each document is rendered once and the frame handed to ``encode_png`` is kept (``--frames``, a pickle):
later runs re-encode the kept frames only (~1 minute instead of ~4 for ~740 documents), which is all an
encoder change can alter. Per frame it prints the md5 of the PNG as rendered (the options the
pipeline passed) and of ``palette="never"`` (the truecolour path), one line each, named by document.

Run from the repository root, old code then new, and compare::

    PYTHONPATH=. python bench/png_hashes.py --frames /tmp/frames.pickle > before.txt
    # change the encoder
    PYTHONPATH=. python bench/png_hashes.py --frames /tmp/frames.pickle > after.txt
    diff before.txt after.txt && echo identical

Without ``--frames`` every document is rendered each run. Stdlib and pureog only.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_AREAS = ("cards", "text", "backgrounds", "images")


def _documents(areas: list[str]) -> list[Path]:
    sys.path.insert(0, str(REPO / "bench"))
    from run import CARDS  # noqa: PLC0415  (bench/run.py: the ten cards)

    from conformance.casefile import discover  # noqa: PLC0415

    return [REPO / doc for _, doc in CARDS] + discover(areas)


def _render_frames(paths: list[Path]) -> list[tuple[str, int, int, bytes, dict[str, Any]]]:
    """Render each document, keeping the frame (size, premultiplied RGBA) and options given to ``encode_png``."""
    import warnings  # noqa: PLC0415

    import pureog  # noqa: PLC0415
    import pureog.raster.png as png_module  # noqa: PLC0415
    from conformance.casefile import load_document  # noqa: PLC0415

    frames: list[tuple[str, int, int, bytes, dict[str, Any]]] = []
    encode = png_module.encode_png
    current = [""]

    def keep(pixmap: Any, **options: Any) -> bytes:
        frames.append((current[0], pixmap.width, pixmap.height, bytes(pixmap.data), options))
        return encode(pixmap, **options)

    png_module.encode_png = keep  # raster.encode imports it at each call
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for path in paths:
                current[0] = path.relative_to(REPO).as_posix()
                try:
                    pureog.render_png(load_document(path))
                except pureog.PureogError as error:
                    print(f"# {current[0]}: {error}", file=sys.stderr)
    finally:
        png_module.encode_png = encode
    return frames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("areas", nargs="*", default=list(DEFAULT_AREAS), help="conformance areas")
    parser.add_argument("--frames", type=Path, help="pickle of the rendered frames: written once, then reused")
    args = parser.parse_args(argv)
    from pureog.raster.pixmap import Pixmap  # noqa: PLC0415
    from pureog.raster.png import encode_png  # noqa: PLC0415

    if args.frames is not None and args.frames.exists():
        with open(args.frames, "rb") as handle:
            frames = pickle.load(handle)  # noqa: S301  (our own cache file)
    else:
        frames = _render_frames(_documents(args.areas))
        if args.frames is not None:
            with open(args.frames, "wb") as handle:
                pickle.dump(frames, handle)
    for name, width, height, data, options in frames:
        as_rendered = encode_png(Pixmap(width, height, bytearray(data)), **options)
        truecolour = encode_png(Pixmap(width, height, bytearray(data)), palette="never")
        print(name, hashlib.md5(as_rendered).hexdigest(), hashlib.md5(truecolour).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
