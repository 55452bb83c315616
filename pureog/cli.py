"""The command line: ``pureog render card.yaml -o card.png``, ``pureog layout card.yaml --json`` and
``pureog schema`` (the document format's JSON Schema, for editors); ``pureog preview card.yaml`` serves a
local page that re-renders the card on every change (pureog/preview/, spec/preview.md).

Templates (spec/templates.md): ``--data post.json`` and ``--set title=Hello`` fill a template;
``--data posts.json --each -o 'out/{{ slug }}.png'`` renders one PNG per item of a list.

Errors print one clear line (``pureog: $.element.props.style.padding: ...``) and exit with status 1;
usage errors exit with 2 (argparse). Warnings (input that Next.js tolerates and pureog renders as it
does) print as ``pureog: warning: ...`` lines; ``--strict`` makes them errors.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from pureog.errors import DocumentError, PureogError, RenderWarning

if TYPE_CHECKING:
    import argparse


def _parser() -> argparse.ArgumentParser:
    import argparse  # noqa: PLC0415  (see _plain_render)

    from pureog import __version__  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="pureog", description="Render Open Graph images from YAML/JSON element trees."
    )
    parser.add_argument("--version", action="version", version=f"pureog {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    render = sub.add_parser("render", help="render a document to PNG (or JPEG, WebP, SVG)")
    render.add_argument("document", help="YAML or JSON document ('-' reads standard input)")
    render.add_argument("-o", "--output", help="PNG file to write, '-' for standard output (default: the "
                                               "document name with .png)")
    render.add_argument("--width", type=int, help="override the canvas width in px")
    render.add_argument("--height", type=int, help="override the canvas height in px")
    render.add_argument("--debug", action="store_true", default=None, help="draw layout boxes")
    render.add_argument("--features", choices=("satori", "browser"), default=None,
                        help="satori draws what Next.js draws (the default, unless the document says otherwise; "
                             "Arabic, Hebrew, Thai, Indic ... fully shaped); browser also draws what Next.js "
                             "ignores: zIndex, order, calc(), mixBlendMode, backgroundBlendMode, isolation, "
                             "backdropFilter, imageRendering, ligatures and every default OpenType feature")
    render.add_argument("-f", "--format", choices=("png", "jpeg", "jpg", "webp", "svg"),
                        help="image format (default: from the -o extension, else png); webp is lossless; "
                             "svg writes the picture as vector SVG (glyph outlines, embedded images)")
    render.add_argument("--quality", type=int, default=90, help="JPEG quality, 1-100 (default 90)")
    render.add_argument("--subsampling", choices=("4:2:0", "4:4:4"), default="4:2:0",
                        help="JPEG chroma subsampling (default 4:2:0; 4:4:4 keeps coloured text sharper)")
    render.add_argument("--compression", type=int, default=6, metavar="N",
                        help="PNG zlib compression level, 0 (none, fastest) to 9 (smallest) (default 6)")
    render.add_argument("--zopfli", action="store_true",
                        help="PNG: deflate with zopfli (pip install zopfli): a few %% smaller, much slower")
    render.add_argument("--palette", choices=("auto", "never"), default="auto",
                        help="PNG: auto (default) writes indexed colour when the image has at most 256 "
                             "colours (same pixels, smaller file); never keeps RGB/RGBA")
    _template_arguments(render)
    render.add_argument("--each", action="store_true",
                        help="--data holds a list: render one PNG per item; -o is a name pattern such as "
                             "'out/{{ slug }}.png' (default: <document>-{{ loop.index }}.png)")
    render.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="with --each: render on N worker processes (default 1)")
    render.add_argument("--keep-going", action="store_true",
                        help="with --each: render every item even when some fail; name the failures and exit 1")
    render.add_argument("--no-cache", action="store_true",
                        help="with --each: render every item, even those whose output is up to date")

    sub.add_parser("schema", help="print the JSON Schema of the document format (for editor completion)")

    layout = sub.add_parser("layout", help="print every element's laid-out box")
    layout.add_argument("document")
    layout.add_argument("--width", type=int)
    layout.add_argument("--height", type=int)
    layout.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _template_arguments(layout)

    preview = sub.add_parser("preview", help="show the card in a local web page that re-renders on every change")
    preview.add_argument("document")
    preview.add_argument("--width", type=int)
    preview.add_argument("--height", type=int)
    preview.add_argument("--item", type=int, default=0, help="with --data holding a list: the item to show")
    preview.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    preview.add_argument("--port", type=int, help="port (default 8765, or a free one when that is taken)")
    preview.add_argument("--no-open", action="store_true", help="do not open a browser")
    preview.add_argument("--pyodide", nargs="?", const="tools/pyodide", metavar="DIR",
                         help="render in the browser with Pyodide: DIR holds node_modules/pyodide and the "
                              "dependency wheels in wheels/ (default tools/pyodide; spec/preview.md)")
    _template_arguments(preview)
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
    return parse_text(_read_file_text(args.data, "data file"), name=args.data)


def _read_file_text(path: str, what: str) -> str:
    """A file the command line names, as text: a regular file of at most MAX_DOCUMENT_FILE_BYTES, as
    load_file reads a document (``--data /dev/zero`` read until memory ran out: a MemoryError)."""
    from pureog.document.load import decode_text  # noqa: PLC0415
    from pureog.files import read_regular  # noqa: PLC0415
    from pureog.limits import MAX_DOCUMENT_FILE_BYTES  # noqa: PLC0415

    return decode_text(read_regular(path, max_bytes=MAX_DOCUMENT_FILE_BYTES, what=what, error=DocumentError), path)


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


_RENDER_DEFAULTS: dict[str, object] = {
    "output": None, "width": None, "height": None, "debug": None, "features": None, "format": None, "quality": 90,
    "subsampling": "4:2:0", "compression": 6, "zopfli": False, "palette": "auto", "data": None, "lenient": False,
    "timeout": None, "strict": False, "each": False, "jobs": 1, "keep_going": False, "no_cache": False}
"""What ``_parser()`` gives ``render``'s options when none is given (``sets`` is a fresh ``[]``); kept equal
to it by tests/test_cli_plain.py."""


def _plain_render(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of the plain form ``render DOCUMENT [-o|--output OUTPUT]`` (what a one-shot render
    is typed as), read without argparse; None for any other command line, which argparse reads.

    Why: building the argparse parser costs a one-shot render ~5 ms of its ~130 (CPU): argparse's
    import, then shutil's (the help formatter asks for the terminal's width on every option added),
    locale's and gettext's lookups for each of the five parsers. The plain form has one reading, the
    one argparse gives it (the same namespace: tests/test_cli_plain.py); abbreviations, ``--opt=value``,
    ``-`` for standard input, a value that looks like an option and every other option go to argparse."""
    if len(argv) < 2 or argv[0] != "render":
        return None
    document: str | None = None
    output: str | None = None
    i = 1
    while i < len(argv):
        token = argv[i]
        if token in ("-o", "--output") and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            output = argv[i + 1]
            i += 2
        elif document is None and not token.startswith("-"):
            document = token
            i += 1
        else:
            return None
    if document is None:
        return None
    from types import SimpleNamespace  # noqa: PLC0415

    values = dict(_RENDER_DEFAULTS, command="render", document=document, output=output, sets=[])
    return cast("argparse.Namespace", SimpleNamespace(**values))


def run() -> None:
    """The ``pureog`` script's and ``python -m pureog``'s entry point: :func:`main` on ``sys.argv``, then exit.

    A plain one-shot render (``render DOCUMENT [-o OUTPUT]``, :func:`_plain_render`; bench/README.md, the
    fifty-sixth pass) differs in two ways, neither seen in its output:

    - the garbage collector is off while pureog's modules load (what they make lives until exit, and
      its collections walked it young, then again older) and back on, those objects frozen, before the
      document is read (:func:`_settle_imports`): the document's loading and render are collected as
      in any process (~1.4 % of the docs card's one-shot instructions);
    - the process ends with ``os._exit`` once the image is written (its file closed) and standard output
      and error are flushed, skipping the interpreter's exit, which tears every module and object down
      one by one after a last collection (~6 %): a plain render leaves it nothing to do (no child
      process, temporary file or ``atexit`` work of pureog's; a deflate helper thread only waits).

    Every other command line exits as usual (``sys.exit(main())``); an exception leaves as usual too."""
    argv = sys.argv[1:]
    if _plain_render(argv) is None:
        sys.exit(main(argv))
    import gc  # noqa: PLC0415

    gc.disable()
    code = main(argv, one_shot=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or broken stream: let the interpreter report it as usual
        sys.exit(code)
    import os  # noqa: PLC0415

    os._exit(code)


def _settle_imports() -> None:
    """In a one-shot render (:func:`run`, whose collector is off), before the document is read: import the
    pipeline, move every object made so far out of the garbage collector's sight (``gc.freeze``: modules,
    classes, tables, alive until exit) and turn the collector back on."""
    import gc  # noqa: PLC0415

    import pureog.pipeline  # noqa: F401, PLC0415

    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None, *, one_shot: bool = False) -> int:
    """Run one command line; the exit status. ``one_shot`` (from :func:`run` only) says the process is a
    plain one-shot render whose garbage collector is off until the pipeline is imported."""
    args = _plain_render(sys.argv[1:] if argv is None else argv) or _parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", RenderWarning)  # every tolerated input, not once per place
            warnings.showwarning = _print_warning
            if args.command == "render":
                return _render(args, one_shot)
            if args.command == "preview":
                from pureog.preview.server import run_args  # noqa: PLC0415

                return run_args(args)
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


_EXTENSIONS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp", ".svg": "svg"}


def _image_format(args: argparse.Namespace, output: str | None) -> str:
    """--format, else the output name's extension, else PNG."""
    if args.format:
        return "jpeg" if args.format == "jpg" else str(args.format)
    import os  # noqa: PLC0415

    return _EXTENSIONS.get(os.path.splitext(output or "")[1].lower(), "png")


def _render_options(args: argparse.Namespace, image_format: str) -> dict[str, object]:
    options: dict[str, object] = {
        "format": image_format, "quality": args.quality, "subsampling": args.subsampling,
        "compression": args.compression, "zopfli": args.zopfli, "palette": args.palette, "width": args.width,
        "height": args.height, "debug": args.debug, "strict": args.strict, "timeout": args.timeout}
    if args.features is not None:  # (only then: the --each cache keys of default renders stay as they were)
        options["features"] = args.features
    return options


def _render(args: argparse.Namespace, one_shot: bool = False) -> int:
    from pureog.api import render  # noqa: PLC0415

    values = _read_data(args)
    if args.each:
        return _render_each(args, values)
    if isinstance(values, list):
        raise DocumentError("the data is a list: add --each to render one image per item", path="--data")
    data = _with_sets(values, args.sets)
    if one_shot:
        _settle_imports()
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
    """One image per item of the --data list; names come from the -o pattern, checked before any render.

    Items whose output file is up to date (same document, data, options, named files and pureog
    version: pureog.batch.cache_key, kept in a ``.pureog-cache.json`` beside the outputs) are skipped
    unless --no-cache; the others render on --jobs processes (pureog.batch.render_many)."""
    import os  # noqa: PLC0415
    import pathlib  # noqa: PLC0415

    from pureog.api import load  # noqa: PLC0415
    from pureog.batch import RenderJob, cache_key, render_many  # noqa: PLC0415

    if not isinstance(values, list):
        raise DocumentError("--each needs --data with a list of items (one mapping per image)", path="--data")
    if args.jobs < 1:
        raise DocumentError(f"expected at least 1 job, got {args.jobs}", path="--jobs")
    text = sys.stdin.read() if args.document == "-" else _read_file_text(args.document, "document")
    source: object = text if args.document == "-" else pathlib.Path(args.document)
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
    caches: dict[str, dict[str, str]] = {}
    keys: dict[int, str] = {}
    pending: list[int] = []
    failures: list[str] = []
    for i, (item, name) in enumerate(zip(items, names, strict=True)):
        options = _render_options(args, _image_format(args, name))
        try:  # a template error shows here, before any render, named by its item
            document = load(source, data=item, lenient=args.lenient, strict=args.strict)
        except PureogError as error:
            failures.append(f"item {i} ({name}): {error}")
            if not args.keep_going:
                break
            continue
        keys[i] = cache_key(text, document, item, options)
        cache = _cache(caches, name)
        if not args.no_cache and cache.get(os.path.basename(name)) == keys[i] and os.path.isfile(name):
            continue
        pending.append(i)
    if failures and not args.keep_going:
        pending = []
    progress = _Progress(len(pending), skipped=len(keys) - len(pending))
    executor = None
    if args.jobs > 1 and len(pending) > 1:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        executor = ProcessPoolExecutor(max_workers=args.jobs)
    try:
        jobs = [RenderJob(source, items[i]) for i in pending]
        # one format per run keeps the jobs' options shared; --each names choose it per item otherwise
        formats = {_image_format(args, names[i]) for i in pending}
        if len(formats) > 1:
            raise DocumentError("the output names ask for different formats; give --format", path="--output")
        options = _render_options(args, formats.pop()) if pending else {}
        for result in render_many(jobs, executor=executor, keep_going=args.keep_going, lenient=args.lenient,
                                  **options):
            index = pending[result.index]
            if result.error is not None:
                failures.append(f"item {index} ({names[index]}): {result.error}")
                if not args.keep_going:
                    break
                progress.step(None)
                continue
            assert result.image is not None
            _write(names[index], result.image, quiet=progress.live)
            _cache(caches, names[index])[os.path.basename(names[index])] = keys[index]
            progress.step(names[index])
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        progress.done()
        _save_caches(caches)
    for failure in failures:
        print(f"pureog: {failure}", file=sys.stderr)
    return 1 if failures else 0


_CACHE_FILE = ".pureog-cache.json"


def _cache(caches: dict[str, dict[str, str]], output: str) -> dict[str, str]:
    """The output cache of ``output``'s directory (file name -> cache key), read on first use."""
    import json  # noqa: PLC0415
    import os  # noqa: PLC0415

    folder = os.path.dirname(output) or "."
    if folder not in caches:
        try:
            with open(os.path.join(folder, _CACHE_FILE), encoding="utf-8") as handle:
                loaded = json.load(handle)
            caches[folder] = {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            caches[folder] = {}
    return caches[folder]


def _save_caches(caches: dict[str, dict[str, str]]) -> None:
    import json  # noqa: PLC0415
    import os  # noqa: PLC0415

    for folder, entries in caches.items():
        if entries and os.path.isdir(folder):
            with open(os.path.join(folder, _CACHE_FILE), "w", encoding="utf-8") as handle:
                json.dump(dict(sorted(entries.items())), handle, indent=0)


class _Progress:
    """--each progress on standard error: one self-updating line (count, rate, ETA) on a terminal,
    a ``wrote ...`` line per image otherwise."""

    def __init__(self, total: int, skipped: int) -> None:
        import time  # noqa: PLC0415

        self.total, self.count, self.started = total, 0, time.monotonic()
        self.live = sys.stderr.isatty()
        if skipped:
            print(f"{skipped} up to date, {total} to render", file=sys.stderr)

    def step(self, name: str | None) -> None:
        import time  # noqa: PLC0415

        self.count += 1
        if not self.live:
            return
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.count / elapsed
        eta = (self.total - self.count) / rate if rate > 0 else 0.0
        print(f"\r{self.count}/{self.total} images  {rate:.1f}/s  ETA {eta:.0f} s ", end="", file=sys.stderr,
              flush=True)

    def done(self) -> None:
        if self.live and self.count:
            print(file=sys.stderr)


def _write(output: str, image: bytes, quiet: bool = False) -> None:
    import os  # noqa: PLC0415

    folder = os.path.dirname(output)
    if folder:
        os.makedirs(folder, exist_ok=True)
    try:
        with open(output, "wb") as handle:
            handle.write(image)
    except OSError as exc:  # a failed write (a full disk, /proc/version) names no file: say which
        exc.filename = exc.filename or output
        raise
    if not quiet:
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
