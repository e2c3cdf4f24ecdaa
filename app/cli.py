"""The ``postmortem-editor`` command line (also ``python -m app``).

``postmortem-editor [FILE]`` opens the editor window; the other commands work
on files without a display. Nothing here imports Qt at module level: the
non-window commands must start as fast as importing pydantic and markdown, and
must work on a machine without Qt's system libraries.

Exit status: 0 success, 1 bad input or a document with problems, 2 usage
errors (and the editor window being unavailable). Every error is one line on
stderr, ``postmortem-editor: FILE: problem``, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.errors import DocumentError
from app.process_start import configure_process, prepare_editor_start
from app.terminal import one_line, printable

if TYPE_CHECKING:
    from app.model import PostMortem

PROG = "postmortem-editor"

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

DEBUG_ENV = "POSTMORTEM_EDITOR_DEBUG"
"""Set it to get the traceback of an unexpected error instead of the one-line message."""


class CommandError(Exception):
    """A problem with one file: printed as ``postmortem-editor: FILE: problem``, exit 1."""

    def __init__(self, file: str | Path, problem: str):
        super().__init__(f"{file}: {problem}")


# --------------------------------------------------------------------------- commands


def cmd_export(args: argparse.Namespace) -> int:
    from app.formats import files
    from app.safe_files import same_file

    output = Path(args.output)
    if files.suffix_of(output) not in files.EXPORTABLE_SUFFIXES:
        # Say so before reading the input: the user's mistake is in the output name.
        suffix = files.suffix_of(output) or "files without a suffix"
        raise CommandError(output, f"cannot write {suffix}: use one of {', '.join(files.EXPORTABLE_SUFFIXES)}")
    if args.from_timeline and files.suffix_of(output) not in files.IMAGE_SUFFIXES:
        raise _UsageError("export: --from-timeline applies to .png and .svg output only")
    source = Path(args.input)
    if files.suffix_of(source) not in files.SAVEABLE_SUFFIXES and same_file(source, output):
        # "export page.html -o page.html" would replace the Confluence page read with the editor's own.
        raise CommandError(output, "is the file being read: write the export to another name")
    document = _repair_encoding(_load(args.input), args.input, fix=args.fix_encoding)
    try:
        # files.save renders everything before writing, then writes atomically:
        # a failure never leaves a partial output file.
        warnings = files.save(document, output, from_timeline=args.from_timeline)
    except DocumentError as error:
        raise CommandError(output, str(error)) from None
    for warning in warnings:
        _warn(f"{output}: {warning}")
    return EXIT_OK


def _repair_encoding(document: PostMortem, name: str, *, fix: bool) -> PostMortem:
    """``document`` with mis-decoded text repaired when asked; otherwise as it is, with a hint when it has some."""
    from app.encoding_repair import find_mojibake, repaired

    if fix:
        return repaired(document)[0]
    found = [item.path for item in find_mojibake(document)]
    if found:
        count = f"{len(found)} field{'s' if len(found) != 1 else ''}"
        _warn(f"{name}: text looks mis-decoded in {count} ({', '.join(found)}): add --fix-encoding to repair it")
    return document


def cmd_validate(args: argparse.Namespace) -> int:
    from app.formats import files
    from app.validation import check

    status = EXIT_OK
    for name in args.files:
        try:
            document, notes = files.load_with_notes(Path(name))
        except DocumentError as error:
            status = EXIT_PROBLEM
            if error.details:
                # A readable file that breaks the format's rules: one line per problem.
                for detail in error.details:
                    print(one_line(f"{name}: {detail}"))
            else:
                _error(f"{name}: {error}")
            continue
        for note in notes:
            # What the import guessed: worth knowing, not a problem, so the status stays.
            print(one_line(f"{name}: note: {note}"))
        for problem in check(document):
            print(one_line(f"{name}: {problem.path}: {problem.message}"))
            status = EXIT_PROBLEM
    return status


def cmd_new(args: argparse.Namespace) -> int:
    from app import templates
    from app.formats import files

    if args.template == "list":
        return cmd_templates(args)
    if args.output is None:
        raise _UsageError("new: the following arguments are required: -o/--output")
    output = Path(args.output)
    try:
        document = templates.load_template(args.template)
    except DocumentError as error:
        raise _UsageError(f"new: {error}") from None
    if files.suffix_of(output) not in files.SAVEABLE_SUFFIXES:
        raise CommandError(
            output, f"cannot create {files.suffix_of(output) or 'files without a suffix'}: use .json or .md"
        )
    if output.exists() and not args.force:
        raise CommandError(output, "already exists (use --force to replace it)")
    try:
        files.save(document, output)
    except DocumentError as error:
        raise CommandError(output, str(error)) from None
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    from app import templates

    available = templates.available()
    width = max((len(name) for name in available), default=0)
    for name, description in available.items():
        print(printable(f"{name:<{width}}  {description}"))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from app.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def run_editor(file: str | None) -> int:
    """Start the window; the only place the command line touches Qt."""
    problem = display_problem()
    if problem:
        _error(problem)
        return EXIT_USAGE
    prepare_editor_start()
    try:
        try:
            # Lazy on purpose: Qt is heavy and may lack system libraries on a
            # server, and the other commands must not need it.
            from widgets.application import run_editor as start_window
        except ImportError as error:
            _error(f"the editor window is not available: {error}")
            return EXIT_USAGE
        return start_window(Path(file) if file else None)
    finally:
        gc.enable()  # normally done once the window is up; this covers every other way out


def display_problem() -> str | None:
    """Why the window cannot open here, or None.

    Without a display Qt aborts the whole process with a page about platform
    plugins; on Linux that case is easy to see beforehand and say plainly.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display (DISPLAY and WAYLAND_DISPLAY are unset), so the editor window cannot open; "
        f"run it in a desktop session. The other commands work without one: '{PROG} --help'"
    )


def version_text() -> str:
    from app.flowchart.render import describe_renderer

    return f"{PROG} {__version__} (Python {sys.version.split()[0]})\nflowchart: {describe_renderer()}"


# --------------------------------------------------------------------------- parsing


def cmd_library(args: argparse.Namespace) -> int:
    from app.library.cli import run

    return run(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "validate": cmd_validate,
    "new": cmd_new,
    "templates": cmd_templates,
    "schema": cmd_schema,
    "library": cmd_library,
}


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` owns every exit status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog.removeprefix(PROG).strip() + ': ' if self.prog != PROG else ''}{message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [FILE]\n       {PROG} COMMAND ...",
        description="Edit incident post-mortems. With FILE (or nothing), opens the editor window.",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and the flowchart renderer")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog=PROG)

    export = commands.add_parser(
        "export",
        help="convert a post-mortem to another format",
        description="Convert INPUT (.json, .md, a plain-text post-mortem or a saved web page such as a Confluence "
        "or Google Docs export, .html) to OUTPUT; OUTPUT's suffix picks the format: "
        ".json, .md, .html, .png or .svg (the flowchart).",
    )
    export.add_argument("input", metavar="INPUT")
    export.add_argument("-o", "--output", metavar="OUTPUT", required=True)
    export.add_argument(
        "--from-timeline",
        action="store_true",
        help="for .png/.svg: draw the chart generated from the timeline instead of the stored flowchart",
    )
    export.add_argument(
        "--fix-encoding",
        action="store_true",
        help="repair text decoded with the wrong encoding ('â€”' for '—', 'Ã©' for 'é') before writing",
    )

    validate = commands.add_parser(
        "validate",
        help="check post-mortems; prints one line per problem",
        description="Exit 0 when every FILE is valid; otherwise print 'FILE: where: what' per problem and exit 1. "
        "What the Markdown import guessed is printed as 'FILE: note: what', which does not change the exit status.",
    )
    validate.add_argument("files", metavar="FILE", nargs="+")

    new = commands.add_parser(
        "new",
        help="create a post-mortem from a template",
        description="Write a new post-mortem (.json or .md) from a bundled template. '--template list' lists them.",
    )
    new.add_argument("-o", "--output", metavar="FILE")
    new.add_argument("-t", "--template", metavar="NAME", default="blank", help="template name (default: blank)")
    new.add_argument("-f", "--force", action="store_true", help="replace FILE if it exists")

    commands.add_parser("templates", help="list the bundled templates", description="List the bundled templates.")
    commands.add_parser("schema", help="print the JSON Schema of the file format", description="Print the JSON Schema.")
    from app.library.cli import add_parser as add_library_parser

    add_library_parser(commands)
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, usage=f"{PROG} [FILE]", add_help=False)
    parser.add_argument("file", metavar="FILE", nargs="?")
    return parser


def _is_editor_call(argv: Sequence[str]) -> bool:
    """``postmortem-editor FILE``: the first word is neither an option nor a command."""
    return bool(argv) and argv[0] not in COMMANDS and not argv[0].startswith("-")


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    configure_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        try:
            if _is_editor_call(argv):
                return run_editor(_editor_parser().parse_args(argv).file)
            args = build_parser().parse_args(argv)
        except SystemExit as exit_request:  # --help
            return exit_request.code if isinstance(exit_request.code, int) else EXIT_OK
        if args.version:
            print(version_text())
            return EXIT_OK
        if args.command is None:
            return run_editor(None)
        return COMMANDS[args.command](args)
    except _UsageError as error:
        _error(str(error))
        print(f"Run '{PROG} --help' for usage.", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as error:
        _error(str(error))
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # ``postmortem-editor schema | head``: the reader left; not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        # A bug, not bad input; still one line, with what is needed to report it.
        _error(f"internal error ({type(error).__name__}: {error}); set {DEBUG_ENV}=1 for details")
        return EXIT_PROBLEM


def _load(name: str | Path) -> PostMortem:
    from app.formats import files

    try:
        return files.load(Path(name))
    except DocumentError as error:
        raise CommandError(name, str(error)) from None


def _error(message: str) -> None:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)


def _warn(message: str) -> None:
    """Something the user should know, which did not stop the command."""
    print(f"{PROG}: warning: {one_line(message)}", file=sys.stderr)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
