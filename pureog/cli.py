"""The command line: ``pureog render card.yaml -o card.png``, ``pureog layout card.yaml --json`` and
``pureog schema`` (the document format's JSON Schema, for editors).

Templates (spec/templates.md): ``--data post.json`` and ``--set title=Hello`` fill a template;
``--data posts.json --each -o 'out/{{ slug }}.png'`` renders one PNG per item of a list.

Errors print one clear line (``pureog: $.element.props.style.padding: ...``) and exit with status 1;
usage errors exit with 2 (argparse). Warnings (input that Next.js tolerates and pureog renders as it
does) print as ``pureog: warning: ...`` lines; ``--strict`` makes them errors.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence

from pureog.errors import DocumentError, PureogError, RenderWarning


def _parser() -> argparse.ArgumentParser:
    from pureog import __version__  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="pureog", description="Render Open Graph images from YAML/JSON element trees."
    )
    parser.add_argument("--version", action="version", version=f"pureog {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    render = sub.add_parser("render", help="render a document to PNG (or JPEG, WebP)")
    render.add_argument("document", help="YAML or JSON document ('-' reads standard input)")
    render.add_argument("-o", "--output", help="PNG file to write, '-' for standard output (default: the "
                                               "document name with .png)")
    render.add_argument("--width", type=int, help="override the canvas width in px")
    render.add_argument("--height", type=int, help="override the canvas height in px")
    render.add_argument("--debug", action="store_true", default=None, help="draw layout boxes")
    render.add_argument("-f", "--format", choices=("png", "jpeg", "jpg", "webp"),
                        help="image format (default: from the -o extension, else png); webp is lossless")
    render.add_argument("--quality", type=int, default=90, help="JPEG quality, 1-100 (default 90)")
    render.add_argument("--subsampling", choices=("4:2:0", "4:4:4"), default="4:2:0",
                        help="JPEG chroma subsampling (default 4:2:0; 4:4:4 keeps coloured text sharper)")
    _template_arguments(render)
    render.add_argument("--each", action="store_true",
                        help="--data holds a list: render one PNG per item; -o is a name pattern such as "
                             "'out/{{ slug }}.png' (default: <document>-{{ loop.index }}.png)")

    sub.add_parser("schema", help="print the JSON Schema of the document format (for editor completion)")

    layout = sub.add_parser("layout", help="print every element's laid-out box")
    layout.add_argument("document")
    layout.add_argument("--width", type=int)
    layout.add_argument("--height", type=int)
    layout.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _template_arguments(layout)
    return parser


def _template_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--data", metavar="FILE", help="JSON or YAML values for a template ('-': standard input)")
    command.add_argument("--set", metavar="KEY=VALUE", action="append", default=[], dest="sets",
                         help="set one template value (repeatable); KEY may be dotted (author.name); VALUE is "
                              "JSON if it parses as JSON (3, true, null, [1,2]), else text")
    command.add_argument("--lenient", action="store_true", help="render missing template values as empty")
    command.add_argument("--timeout", type=float, metavar="SECONDS",
                         help="stop a render that takes longer, with an error (spec/limits.md)")
    command.add_argument("--strict", action="store_true",
                         help="make every warning (input Next.js tolerates: an unknown property, an ignored "
                              "value) an error, for linting templates in CI")


def _read(path: str, data: object = None, lenient: bool = False, strict: bool = False) -> object:
    import pathlib  # noqa: PLC0415

    from pureog.api import load  # noqa: PLC0415

    # A file name is read as a file (a path object): pureog never takes a string for a file name.
    source = sys.stdin.read() if path == "-" else pathlib.Path(path)
    return load(source, data=data, lenient=lenient, strict=strict)  # type: ignore[arg-type]


# --- template data ------------------------------------------------------------------------------


def _read_data(args: argparse.Namespace) -> object:
    """The values of --data (any JSON/YAML value) with no --set applied; None without --data."""
    if args.data is None:
        return None
    from pureog.document.load import parse_text  # noqa: PLC0415

    if args.data == "-":
        if args.document == "-":
            raise DocumentError("--data - and a document from standard input cannot both read it")
        return parse_text(sys.stdin.read(), name="<stdin>")
    with open(args.data, encoding="utf-8-sig") as handle:
        return parse_text(handle.read(), name=args.data)


def _with_sets(values: object, sets: Sequence[str], where: str = "--data") -> dict[str, object] | None:
    """A copy of ``values`` (a mapping) with every ``--set KEY=VALUE`` applied in order."""
    if values is None and not sets:
        return None
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise DocumentError(f"template data must be a mapping, got a {type(values).__name__}", path=where)
    out = dict(values)
    for assignment in sets:
        key, sep, text = assignment.partition("=")
        parts = key.strip().split(".")
        if not sep or not all(parts):
            raise DocumentError(f"expected KEY=VALUE, got {assignment!r}", path="--set")
        import json  # noqa: PLC0415

        try:
            value: object = json.loads(text)
        except ValueError:
            value = text  # plain text needs no quotes
        target = out
        for part in parts[:-1]:
            inner = target.get(part)
            if inner is not None and not isinstance(inner, dict):
                raise DocumentError(f"{part!r} is not a mapping, cannot set {key!r}", path="--set")
            target[part] = dict(inner or {})  # copied: items of --each never share a mapping
            target = target[part]
        target[parts[-1]] = value
    return out


def _file_safe(value: object) -> object:
    """Data as it may appear in an output file name: no directory separators, no leading dots."""
    if isinstance(value, str):
        cleaned = value.replace("/", "-").replace("\\", "-").replace("\0", "-").lstrip(".")
        return cleaned or "-"
    if isinstance(value, dict):
        return {k: _file_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_file_safe(v) for v in value]
    return value


def _output_name(pattern: str, values: dict[str, object] | None, index: int, count: int) -> str:
    """An output file name from a pattern such as ``out/{{ slug }}.png`` (strict: a missing key fails)."""
    if "{{" not in pattern:
        return pattern
    from pureog.document.expression import to_text  # noqa: PLC0415
    from pureog.document.template import expand_value  # noqa: PLC0415

    names = dict(_file_safe(values or {}))  # type: ignore[call-overload]
    names["loop"] = {"index": index + 1, "index0": index, "first": index == 0, "last": index == count - 1,
                     "length": count}
    return to_text(expand_value(pattern, names, path="--output"))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", RenderWarning)  # every tolerated input, not once per place
            warnings.showwarning = _print_warning
            if args.command == "render":
                return _render(args)
            if args.command == "schema":
                from pureog.schema import schema_json  # noqa: PLC0415

                sys.stdout.write(schema_json())
                return 0
            return _layout(args)
    except PureogError as exc:
        print(f"pureog: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"pureog: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 1


def _print_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                   file: object = None, line: str | None = None) -> None:
    """Warnings go to stderr as one line each: ``pureog: warning: <path>: <message>``."""
    print(f"pureog: warning: {message}", file=sys.stderr)


_EXTENSIONS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}


def _image_format(args: argparse.Namespace, output: str | None) -> str:
    """--format, else the output name's extension, else PNG."""
    if args.format:
        return "jpeg" if args.format == "jpg" else str(args.format)
    import os  # noqa: PLC0415

    return _EXTENSIONS.get(os.path.splitext(output or "")[1].lower(), "png")


def _render_options(args: argparse.Namespace, image_format: str) -> dict[str, object]:
    return {"format": image_format, "quality": args.quality, "subsampling": args.subsampling, "width": args.width,
            "height": args.height, "debug": args.debug, "strict": args.strict, "timeout": args.timeout}


def _render(args: argparse.Namespace) -> int:
    from pureog.api import render  # noqa: PLC0415

    values = _read_data(args)
    if args.each:
        return _render_each(args, values)
    if isinstance(values, list):
        raise DocumentError("the data is a list: add --each to render one image per item", path="--data")
    data = _with_sets(values, args.sets)
    document = _read(args.document, data, args.lenient, args.strict)
    image_format = _image_format(args, args.output)
    image = render(document, **_render_options(args, image_format))  # type: ignore[arg-type]
    output = args.output
    if output is None:
        suffix = ".jpg" if image_format == "jpeg" else "." + image_format
        output = "-" if args.document == "-" else args.document.rsplit(".", 1)[0] + suffix
    if output == "-":
        _write_stdout(image)
        return 0
    _write(_output_name(output, data, 0, 1), image)
    return 0


def _write_stdout(image: bytes) -> None:
    """The image on standard output, for pipes; a terminal would show binary garbage, so it is refused."""
    if sys.stdout.isatty():
        raise DocumentError("refusing to write an image to a terminal: redirect standard output or use -o FILE",
                            path="--output")
    sys.stdout.buffer.write(image)
    sys.stdout.buffer.flush()


def _render_each(args: argparse.Namespace, values: object) -> int:
    """One PNG per item of the --data list; names come from the -o pattern, checked before any render."""
    import os  # noqa: PLC0415
    import pathlib  # noqa: PLC0415

    from pureog.api import load, render  # noqa: PLC0415

    if not isinstance(values, list):
        raise DocumentError("--each needs --data with a list of items (one mapping per image)", path="--data")
    source = sys.stdin.read() if args.document == "-" else pathlib.Path(args.document)
    stem = "card" if args.document == "-" else os.path.splitext(args.document)[0]
    pattern = args.output or stem + "-{{ loop.index }}.png"
    if pattern == "-":
        raise DocumentError("--each writes one file per item: give a name pattern, not '-'", path="--output")
    items = [_with_sets(item, args.sets, where=f"--data[{i}]") or {} for i, item in enumerate(values)]
    names = [_output_name(pattern, item, i, len(items)) for i, item in enumerate(items)]
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if name in seen:
            raise DocumentError(f"items {seen[name]} and {i} would both be written to {name!r}; use a name "
                                "pattern such as 'out/{{ slug }}.png' or '{{ loop.index }}'", path="--output")
        seen[name] = i
    for item, name in zip(items, names, strict=True):
        document = load(source, data=item, lenient=args.lenient, strict=args.strict)
        _write(name, render(document, **_render_options(args, _image_format(args, name))))  # type: ignore[arg-type]
    return 0


def _write(output: str, image: bytes) -> None:
    import os  # noqa: PLC0415

    folder = os.path.dirname(output)
    if folder:
        os.makedirs(folder, exist_ok=True)
    with open(output, "wb") as handle:
        handle.write(image)
    print(f"wrote {output} ({len(image)} bytes)", file=sys.stderr)


def _layout(args: argparse.Namespace) -> int:
    from pureog.api import layout_boxes  # noqa: PLC0415

    values = _read_data(args)
    boxes = layout_boxes(_read(args.document, _with_sets(values, args.sets), args.lenient, args.strict),
                         width=args.width, height=args.height, strict=args.strict, timeout=args.timeout)
    if args.json:
        import json  # noqa: PLC0415  (only this command prints JSON)

        # Satori reports some degenerate boxes as NaN; JSON has no NaN, so they print as null.
        def number(v: float) -> float | None:
            return None if v != v else v

        print(json.dumps([{"type": b.type, "x": number(b.x), "y": number(b.y), "width": number(b.width),
                           "height": number(b.height), "path": b.path} for b in boxes], indent=2))
    else:
        for b in boxes:
            print(f"{b.type:<10} x={b.x:g} y={b.y:g} w={b.width:g} h={b.height:g}  {b.path}")
    return 0
