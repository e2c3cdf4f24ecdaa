"""What the editor says about the document as a whole: its problems, derived figures and glance.

One ``Findings`` object per document computes them, each at most once per
change of the model (cached by ``Document.revision``) and only when a view
asks. Views that are not about the change in hand (the status bar, the
section list, the Overview, the Issue Summary's figures) follow ``updated``,
sent once per debounce after a burst of edits; a view showing the very list
being edited (the timeline's footer) may read at once and gets the same
numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal

from app.glance import Glance, glance
from app.metrics import DerivedFigures, derived_figures
from app.model import PostMortem
from app.validation import Problem, check
from widgets.document import Document

DEBOUNCE_MS = 150

T = TypeVar("T")


def work_out(model: PostMortem) -> dict[str, Any]:
    """What ``Findings`` would compute for ``model``, computed anywhere (a file's, on the thread that read it).

    A 10,000-event document's problems took 200 ms: found while the file is
    read, they are not found again on the UI thread once it is in the window.
    """
    figures = derived_figures(model)
    return {"figures": figures, "problems": check(model, figures), "glance": glance(model, figures)}


class Findings(QObject):
    updated = Signal()  # once per debounce after the document changed

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.setObjectName("findings")
        self._document = document
        self._cache: dict[str, tuple[int, Any]] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.updated)
        document.changed.connect(self._changed)

    @staticmethod
    def of(document: Document) -> Findings:
        """The document's one ``Findings`` (made on first use; it lives and dies with the document)."""
        found = document.findChild(Findings, "findings")
        return found if found is not None else Findings(document)

    # ----------------------------------------------------------------- reading

    def problems(self) -> list[Problem]:
        return self._cached("problems", lambda: check(self._document.model, self.figures()))

    def figures(self) -> DerivedFigures:
        return self._cached("figures", lambda: derived_figures(self._document.model))

    def glance(self) -> Glance:
        return self._cached("glance", lambda: glance(self._document.model, self.figures()))

    def prime(self, found: dict[str, Any], revision: int) -> None:
        """Take what ``work_out`` found for the model the document will have at ``revision``.

        A file's, found while it was read: given before the model is swapped
        in, since views read the figures while the document is being reset.
        """
        for key, value in found.items():
            self._cache[key] = (revision, value)

    def schedule(self) -> None:
        """Send ``updated`` after the debounce (restarted by every further change)."""
        self.timer.start()

    def pending(self) -> bool:
        """Whether an ``updated`` is still to come for the latest change."""
        return self.timer.isActive()

    def settle(self) -> None:
        """Send the pending ``updated`` now (or once more, when none is pending)."""
        self.timer.stop()
        self.updated.emit()

    # ----------------------------------------------------------------- inside

    def _changed(self) -> None:
        self.schedule()

    def _cached(self, key: str, compute: Callable[[], T]) -> T:
        revision = self._document.revision
        known = self._cache.get(key)
        if known is None or known[0] != revision:
            known = (revision, compute())
            self._cache[key] = known
        return cast(T, known[1])
