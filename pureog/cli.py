"""The command line: ``pureog render card.yaml -o card.png`` and ``pureog layout card.yaml --json``.

Errors print one clear line (``pureog: $.element.props.style.padding: ...``) and exit with status 1;
usage errors exit with 2 (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from pureog.errors import PureogError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pureog", description="Render Open Graph images from YAML/JSON element trees.")
    sub = parser.add_subparsers(dest="command", required=True)

    render = sub.add_parser("render", help="render a document to PNG")
    render.add_argument("document", help="YAML or JSON document ('-' reads standard input)")
    render.add_argument("-o", "--output", help="PNG file to write (default: the document name with .png)")
    render.add_argument("--width", type=int, help="override the canvas width in px")
    render.add_argument("--height", type=int, help="override the canvas height in px")
    render.add_argument("--debug", action="store_true", default=None, help="draw layout boxes")

    layout = sub.add_parser("layout", help="print every element's laid-out box")
    layout.add_argument("document")
    layout.add_argument("--width", type=int)
    layout.add_argument("--height", type=int)
    layout.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _read(path: str) -> object:
    from pureog.api import load  # noqa: PLC0415

    return load(sys.stdin.read()) if path == "-" else load(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "render":
            return _render(args)
        return _layout(args)
    except PureogError as exc:
        print(f"pureog: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"pureog: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 1


def _render(args: argparse.Namespace) -> int:
    from pureog.api import render_png  # noqa: PLC0415

    document = _read(args.document)
    png = render_png(document, width=args.width, height=args.height, debug=args.debug)
    output = args.output
    if output is None:
        if args.document == "-":
            sys.stdout.buffer.write(png)
            return 0
        output = args.document.rsplit(".", 1)[0] + ".png"
    with open(output, "wb") as handle:
        handle.write(png)
    print(f"wrote {output} ({len(png)} bytes)", file=sys.stderr)
    return 0


def _layout(args: argparse.Namespace) -> int:
    from pureog.api import layout_boxes  # noqa: PLC0415

    boxes = layout_boxes(_read(args.document), width=args.width, height=args.height)
    if args.json:
        # Satori reports some degenerate boxes as NaN; JSON has no NaN, so they print as null.
        def number(v: float) -> float | None:
            return None if v != v else v

        print(json.dumps([{"type": b.type, "x": number(b.x), "y": number(b.y), "width": number(b.width),
                           "height": number(b.height), "path": b.path} for b in boxes], indent=2))
    else:
        for b in boxes:
            print(f"{b.type:<10} x={b.x:g} y={b.y:g} w={b.width:g} h={b.height:g}  {b.path}")
    return 0
