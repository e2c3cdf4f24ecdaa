"""Reading a file for the window, on a runner's thread: what it gave, and how the file looked.

A 60 MB file takes seconds to read and parse; ``read_document`` does it off
the UI thread, giving way while the window is busy, and also works out the
document's problems and figures there, so that putting the document in the
window costs the UI thread little (``FileController.open_path``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import DocumentError
from app.formats import files
from app.free_memory import give_back_free_memory
from app.model import PostMortem
from app.text_pieces import giving_way
from widgets.findings import work_out
from widgets.runner import Job, JobCancelledError


@dataclass(frozen=True)
class DiskStamp:
    """What the file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        try:
            status = os.stat(path)
        except OSError:
            return None
        return cls(status.st_mtime_ns, status.st_size)


OPEN_AT_ONCE_BYTES = 4 * 1024 * 1024
"""A file given at start-up up to this size is read before the window shows (a few tenths of a second)."""


def opens_at_once(path: Path) -> bool:
    """Whether start-up should wait for ``path`` to be read: a small file, or one that is refused at once."""
    stamp = DiskStamp.of(path)
    return stamp is None or stamp.size <= OPEN_AT_ONCE_BYTES


@dataclass
class Opening:
    """An open under way: the file, whether to ask about unsaved changes, how it looked when asked for."""

    path: Path
    ask: bool
    stamp: DiskStamp | None
    deciding: bool = field(default=False)  # what was read is being put in the window (a question may be open)


@dataclass(frozen=True)
class ReadResult:
    """What reading a file gave: the model and the import's notes, or a one-line reason it cannot be opened."""

    model: PostMortem | None
    notes: list[str]
    error: str = ""
    findings: dict[str, Any] = field(default_factory=dict)  # ``widgets.findings.work_out`` of the model


def read_document(path: Path, job: Job) -> ReadResult:
    """Read and parse ``path`` on the runner's thread; a problem with the file is a result, not an exception."""
    try:
        # Between pieces of a long text the read pauses while the window is busy.
        with giving_way(job.give_way):
            model, notes = files.load_with_notes(path, check=job.give_way)
            job.give_way()
            found = work_out(model)
    except DocumentError as error:
        return ReadResult(None, [], str(error))
    except JobCancelledError:
        raise
    except Exception as error:  # A bug, not the file: the window says so in its dialog, with the name.
        return ReadResult(None, [], f"internal error ({type(error).__name__})")
    finally:
        # The parse's scratch memory, freed in this thread's heap, would stay resident all session.
        give_back_free_memory()
    return ReadResult(model, notes, findings=found)
