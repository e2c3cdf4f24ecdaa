"""Restoring a recovery copy as an ordinary, undoable edit.

The file the copy came from is opened first (when it still exists), then the
copy's content is applied field by field in one undo macro. The document is
thus modified until saved, Undo brings back the file as it is on disk, and
every view updates through the usual signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from app.model import PostMortem, identical
from widgets.document import LIST_PATHS, Document, FieldPath
from widgets.recovery import RecoveredCopy

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

_LIST_BY_PATH = {path: name for name, path in LIST_PATHS.items()}


def apply_model_as_edit(document: Document, target: PostMortem, text: str) -> None:
    """Make ``document`` equal to ``target`` through undoable commands, as one step."""
    document.begin_macro(text)
    try:
        _apply(document, (), document.model, target)
    finally:
        document.end_macro()


def _apply(document: Document, path: FieldPath, current: Any, target: Any) -> None:
    for name in type(target).model_fields:
        child_path = (*path, name)
        old, new = getattr(current, name), getattr(target, name)
        if _same(old, new):
            continue
        if child_path in _LIST_BY_PATH:
            document.replace_list(_LIST_BY_PATH[child_path], list(new), text=f"Restore {name}")
        elif isinstance(new, BaseModel) and isinstance(old, BaseModel):
            _apply(document, child_path, old, new)
        else:
            document.set_field(child_path, new)


def _same(old: Any, new: Any) -> bool:
    """Equal in every stored detail: ``==`` takes 11:00 UTC and 13:00 UTC+02:00 as the same time."""
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(identical(a, b) for a, b in zip(old, new, strict=True))
    return identical(old, new)


def restore_into(window: MainWindow, copy: RecoveredCopy) -> None:
    source = copy.source
    window.files.wait_for_open()  # a large file given at start-up may still be being read
    if source is not None and source.is_file() and window.files.open_now(source, ask=False):
        pass
    else:
        window.files.new_document()
        if source is not None:
            window.document.set_path(source)
    apply_model_as_edit(window.document, copy.model, "Restore unsaved changes")
    window.statusBar().showMessage(f"Restored unsaved changes to {copy.display_name}", 6000)
