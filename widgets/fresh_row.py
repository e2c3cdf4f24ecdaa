"""Taking back a row that was just added and never filled in (Esc on its editor).

A withdrawn row leaves no trace: its "Add" step is undone and dropped from the
undo stack (Qt deletes an obsolete command instead of redoing it), so Redo cannot bring
an empty row back either.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack


class FreshRow:
    """Remembers the row an "Add" just made, until anything else happens to the document."""

    def __init__(self, stack: QUndoStack) -> None:
        self._stack = stack
        self._row: int | None = None
        self._index = -1
        self._count = -1

    def added(self, row: int) -> None:
        """Call right after pushing the command that added ``row``."""
        self._row = row
        self._index = self._stack.index()
        self._count = self._stack.count()

    def forget(self) -> None:
        self._row = None

    def row(self) -> int | None:
        """The row still fresh: nothing was pushed, undone or merged since it was added."""
        if self._row is None or self._stack.index() != self._index or self._stack.count() != self._count:
            return None
        return self._row

    def withdraw(self) -> bool:
        """Undo the adding step and drop it from the stack; False when the row is no longer fresh."""
        if self.row() is None or self._index < 1:
            return False
        self._stack.undo()
        command = self._stack.command(self._stack.index())
        if command is not None:
            # Qt skips an obsolete command's redo and deletes it: the step is gone from the history.
            command.setObsolete(True)
            self._stack.redo()
        self._row = None
        return True
