"""Writing a page off the UI thread: a Markdown page with its chart picture, every export.

Drawing the chart takes Graphviz seconds on a big chart, and the HTML export
renders the whole document: neither may hold the window. A page and the
picture beside it are written together, both or neither, as the command line
does (``files.save``): a picture that cannot be written (a full disk) leaves
the older pair as it was and the save fails with one message; a picture that
cannot be drawn (no Graphviz) leaves the page written alone, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import DocumentError
from app.formats import files
from app.model import PostMortem
from widgets.runner import Job


@dataclass(frozen=True)
class WriteRequest:
    """A page to write: the document as it was when asked (``revision``), where, a save or an export."""

    model: PostMortem
    path: Path
    saving: bool  # a save (the document's own file) rather than an export
    revision: int


@dataclass(frozen=True)
class WriteOutcome:
    request: WriteRequest
    error: str = ""  # the one-line reason nothing was written
    warnings: tuple[str, ...] = ()  # what the written page lacks (its chart, not drawn)


def written_in_background(model: PostMortem, path: Path, saving: bool) -> bool:
    """Whether writing ``model`` at ``path`` is done off the UI thread: a chart to draw, or any export."""
    return not saving or files.flowchart_picture_path(model, path) is not None


def write_page(request: WriteRequest, _job: Job) -> WriteOutcome:
    """Write the page (and its picture) on the runner's thread; a problem is an outcome, not an exception."""
    try:
        warnings = files.save(request.model, request.path)
    except DocumentError as error:
        return WriteOutcome(request, error=str(error))
    except Exception as error:  # A bug, not the disk: still one message, never a silent failure.
        return WriteOutcome(request, error=f"internal error ({type(error).__name__})")
    return WriteOutcome(request, warnings=tuple(warnings))
