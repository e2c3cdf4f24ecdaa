"""Documents on disk: one place that maps a file's suffix to its format.

Every function raises ``DocumentError`` with a one-line reason for anything a
person can fix (missing file, wrong kind of file, full disk), so the command
line and the window can show it as it is.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.atomic import write_bytes_atomic, write_files_atomic
from app.errors import DocumentError
from app.model import PostMortem
from app.safe_files import read_regular_file_in_pieces
from app.text_pieces import between_pieces

JSON_SUFFIXES = (".json",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
IMAGE_SUFFIXES = (".png", ".svg")

# Post-mortems written as plain text or in another markup (reStructuredText, AsciiDoc, Org, a wiki's):
# the Markdown reader reads them as a careful person would; they are opened, never written back.
PLAIN_TEXT_SUFFIXES = (".txt", ".text", ".rst", ".adoc", ".asciidoc", ".org", ".wiki", ".mediawiki", ".textile")
PLAIN_TEXT_SUFFIXES += (".mdown", ".mkd")

# A post-mortem sent as a mail and saved from the mail program (``mail_file``): read as the text the mail shows.
MAIL_SUFFIXES = (".eml", ".mbox")

# A post-mortem saved as a web page (Confluence's export, Google Docs' "Download as HTML", Notion's, Word's):
# opened as plain text is, never written back; exporting to .html writes the editor's own page.
OPENABLE_SUFFIXES = JSON_SUFFIXES + MARKDOWN_SUFFIXES + PLAIN_TEXT_SUFFIXES + MAIL_SUFFIXES + HTML_SUFFIXES
# What a team's library lists: its own formats (a "requirements.txt" beside them is no post-mortem).
LIBRARY_SUFFIXES = JSON_SUFFIXES + MARKDOWN_SUFFIXES
SAVEABLE_SUFFIXES = JSON_SUFFIXES + MARKDOWN_SUFFIXES
EXPORTABLE_SUFFIXES = JSON_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + IMAGE_SUFFIXES

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A post-mortem is text; anything this large is not one and would only stall the editor."""


def _go_on() -> None:
    """The ``check`` of a read nobody can stop."""


def suffix_of(path: Path) -> str:
    return Path(path).suffix.lower()


def read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file of at most ``MAX_FILE_BYTES``, never a FIFO, device or folder."""
    return b"".join(read_pieces(path))


def read_pieces(path: Path) -> list[bytes]:
    """``read_bytes`` as the pieces read (a megabyte each): the window never joins 60 MB in one call."""
    pieces = read_regular_file_in_pieces(path, MAX_FILE_BYTES)
    if all(piece.isspace() for piece in pieces):  # no pieces at all, or only blank ones
        raise DocumentError("the file is empty")
    if b"\x00" in b"".join(pieces[:8])[:8192]:
        raise DocumentError("is a binary file, not a post-mortem")
    return pieces


def decode_text(data: bytes | list[bytes]) -> str:
    """The UTF-8 text of ``data`` (bytes, or the pieces read), without a byte-order mark.

    Decoded a piece at a time, because one call holds the interpreter lock
    throughout (70 ms for 60 MB) and the window reads files on another thread.
    """
    pieces = _in_pieces(data)
    decoder = codecs.getincrementaldecoder("utf-8")()
    texts: list[str] = []
    offset = 0  # of the piece being decoded, in the whole
    for number, piece in enumerate(pieces):
        pending = len(decoder.getstate()[0])
        try:
            texts.append(decoder.decode(piece, final=number == len(pieces) - 1))
        except UnicodeDecodeError as error:
            where = offset - pending + error.start
            raise DocumentError(
                f"is not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset {where})"
            ) from None
        offset += len(piece)
        between_pieces()
    return "".join(texts).removeprefix("\ufeff")


_DECODE_PIECE = 1 << 20


def _in_pieces(data: bytes | list[bytes]) -> list[bytes]:
    """``data`` as pieces of at most ``_DECODE_PIECE`` bytes (the pieces read, as they are)."""
    if isinstance(data, bytes):
        return [data[start : start + _DECODE_PIECE] for start in range(0, len(data), _DECODE_PIECE)]
    return data


def load(path: Path) -> PostMortem:
    """Open a ``.json`` or ``.md`` post-mortem (or one in plain text or a web page, read as Markdown is)."""
    return load_with_notes(path)[0]


def load_with_notes(path: Path, check: Callable[[], None] = _go_on) -> tuple[PostMortem, list[str]]:
    """Open a ``.json`` or ``.md`` post-mortem, with the Markdown import's notes on what it guessed.

    A note is one line for the user ('read "IST" as India Standard Time
    (UTC+05:30)'), not a problem: a JSON file has none. ``check`` is called
    between steps: the window reads on another thread, and a ``check`` that
    raises stops a read no longer wanted.
    """
    suffix = suffix_of(path)
    if suffix not in OPENABLE_SUFFIXES:
        written = suffix or "files without a suffix"
        raise DocumentError(
            f"cannot open {written}: use .json, .md, a plain-text post-mortem (.txt, .rst, …), a saved mail (.eml) "
            "or a web page (.html)"
        )
    pieces = read_pieces(path)
    check()
    text, notes = document_text(path, pieces)
    del pieces
    check()
    if suffix in JSON_SUFFIXES:
        from app.formats import json_long_strings

        return json_long_strings.loads(text, check), []
    from app.formats import markdown_import

    document, read_notes = markdown_import.read_markdown(
        text, file_day=_file_day(path), html_page=suffix in HTML_SUFFIXES
    )
    return document, notes + read_notes


def document_text(path: Path, data: bytes | list[bytes]) -> tuple[str, list[str]]:
    """The text of a post-mortem's bytes (or the pieces read), and a note when it was not UTF-8 but a
    Windows editor's text."""
    pieces = _in_pieces(data)
    if suffix_of(path) in MAIL_SUFFIXES:
        from app.formats.mail_file import MOST_MAIL_BYTES, mail_text

        data = b"".join(pieces)
        cut = [_MAIL_CUT] if len(data) > MOST_MAIL_BYTES else []
        return mail_text(data), cut  # the mail names its own charset
    try:
        return decode_text(pieces), []
    except DocumentError:
        if suffix_of(path) in JSON_SUFFIXES or (text := _windows_text(pieces)) is None:
            raise
        return text, [_READ_AS_WINDOWS_1252]


_MAIL_CUT = "The mail is larger than 16 MB: only its first 16 MB were read (past them are its attachments)."
_READ_AS_WINDOWS_1252 = (
    "The file is not UTF-8: it was read as Windows-1252 (Western European); check its accented letters, "
    "and save it to keep them as UTF-8."
)


def _windows_text(pieces: list[bytes]) -> str | None:
    """The text of a file saved by an older Windows editor ("café" as one byte 0xE9), or ``None``.

    Only for the Markdown and plain-text reader: JSON is UTF-8 by definition.
    Windows-1252 leaves five bytes undefined; a file holding one is no such text.
    """
    texts: list[str] = []
    for piece in pieces:  # a piece at a time, as decode_text does, so that the window keeps its turn
        try:
            texts.append(piece.decode("cp1252"))
        except UnicodeDecodeError:
            return None
        between_pieces()
    return "".join(texts)


def _file_day(path: Path) -> date | None:
    """The day the file was last changed: the day of times in a document that writes no date."""
    try:
        return date.fromtimestamp(Path(path).stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def render(document: PostMortem, path: Path, *, from_timeline: bool = False) -> bytes:
    """The bytes of ``document`` in the format ``path``'s suffix names.

    Writing nothing here keeps every export atomic: the caller writes the
    bytes in one go, so a failure leaves no partial output file.
    """
    suffix = suffix_of(path)
    if suffix in JSON_SUFFIXES:
        from app.formats import json_format

        return json_format.dumps(document).encode("utf-8")
    if suffix in MARKDOWN_SUFFIXES:
        from app.formats import markdown_export

        picture = _flowchart_image_name(document, path)
        return markdown_export.to_markdown(document, flowchart_image=picture).encode("utf-8")
    if suffix in HTML_SUFFIXES:
        return _standalone_page(document)[0]
    if suffix in IMAGE_SUFFIXES:
        from app.flowchart import export as flowchart_export

        return flowchart_export.render_chart(document, suffix.lstrip("."), from_timeline=from_timeline)
    raise DocumentError(
        f"cannot write {suffix or 'files without a suffix'}: use one of " + ", ".join(EXPORTABLE_SUFFIXES)
    )


def render_with_warnings(document: PostMortem, path: Path, *, from_timeline: bool = False) -> tuple[bytes, list[str]]:
    """``render``, with what the output lacks and why (an HTML page whose chart could not be drawn)."""
    if suffix_of(path) in HTML_SUFFIXES:
        return _standalone_page(document)
    return render(document, path, from_timeline=from_timeline), []


def _standalone_page(document: PostMortem) -> tuple[bytes, list[str]]:
    """The HTML page, one file: the chart is inside it as a picture, never a file beside it."""
    from app.flowchart import export as flowchart_export
    from app.formats import html_export

    picture, warnings = None, []
    if document.humor.flowchart.nodes:
        try:
            picture = flowchart_export.render_chart(document, "png")
        except DocumentError as error:
            warnings.append(f"the flowchart picture is not in the page: {error}")
    return html_export.to_html(document, flowchart_png=picture).encode("utf-8"), warnings


def suggested_file_name(model: PostMortem, suffix: str, current: Path | None = None) -> str:
    """The name Save As and Export offer: beside the open file, else made of the title's first eight words."""
    if current is not None and suffix_of(current) == suffix and suffix not in SAVEABLE_SUFFIXES:
        # Opened from a web page: the export is the editor's page, suggested beside it, never over it.
        return f"{current.stem}-post-mortem{suffix}"
    if current is not None:
        return current.with_suffix(suffix).name
    words = "".join(c if c.isalnum() else " " for c in model.metadata.title.lower()).split()
    return "-".join(words[:8] or ["post-mortem"]) + suffix


def picture_name_beside(page: Path) -> str:
    """The name of the chart picture a Markdown page at ``page`` links: ``NAME.flowchart.png``."""
    return Path(page).with_suffix(".flowchart.png").name


def _flowchart_image_name(document: PostMortem, path: Path) -> str | None:
    """The PNG written beside a Markdown file, when the document has a chart."""
    return picture_name_beside(path) if document.humor.flowchart.nodes else None


def flowchart_picture_path(document: PostMortem, path: Path) -> Path | None:
    """The chart picture that saving a Markdown page at ``path`` writes beside it, if any (HTML embeds its own)."""
    if suffix_of(path) not in MARKDOWN_SUFFIXES:
        return None
    name = _flowchart_image_name(document, path)
    return Path(path).with_name(name) if name else None


def write_document(document: PostMortem, path: Path, *, from_timeline: bool = False) -> list[str]:
    """Write only ``document`` itself, atomically; a Markdown page's chart picture is left to the caller."""
    path = Path(path)
    data, warnings = render_with_warnings(document, path, from_timeline=from_timeline)
    write_bytes_atomic(path, data)
    return warnings


def write_flowchart_picture(document: PostMortem, page: Path) -> list[str]:
    """Draw the chart picture that the page at ``page`` links; warnings as ``save`` returns them.

    Graphviz may take seconds on a large chart, so the window calls this off
    its UI thread after writing the page with ``write_document``.
    """
    image_path = flowchart_picture_path(document, page)
    if image_path is None:
        return []
    try:
        write_bytes_atomic(image_path, render(document, image_path))
    except DocumentError as error:
        return [f"the flowchart picture {image_path.name} was not written: {error}"]
    return []


def save(document: PostMortem, path: Path, *, from_timeline: bool = False) -> list[str]:
    """Write ``document`` atomically in the format named by ``path``'s suffix; returns warnings.

    A Markdown file with a flowchart also gets the chart as a PNG beside it,
    which the page links where the reference has its placeholder: the two are
    written together, both or neither, so a full disk keeps the older pair.
    That picture is only a view of data the Markdown already lists node by
    node, so failing to draw it (no Graphviz here) does not fail the save:
    the page is written alone and the reason comes back as a warning.
    """
    path = Path(path)
    page, warnings = render_with_warnings(document, path, from_timeline=from_timeline)
    image_path = flowchart_picture_path(document, path)
    if image_path is None:
        write_bytes_atomic(path, page)
        return warnings
    try:
        picture = render(document, image_path)
    except DocumentError as error:
        write_bytes_atomic(path, page)
        return [*warnings, f"the flowchart picture {image_path.name} was not written: {error}"]
    write_files_atomic([(path, page), (image_path, picture)])
    return warnings
