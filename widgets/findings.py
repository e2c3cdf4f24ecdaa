"""What the editor says about the document as a whole: its problems, derived figures and glance.

One ``Findings`` object per document computes them only when a view asks,
each part at most once per change of the parts of the model it reads
(``Document.part_revision``): a keystroke in the Introduction checks the
Introduction again, not a 10,000-event timeline. Views that are not about
the change in hand (the status bar, the section list, the Overview, the
Issue Summary's figures) follow ``updated``, sent once per debounce after a
burst of edits; a view showing the very list being edited (the timeline's
footer) may read at once and gets the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QTimer, Signal

from app.glance import Glance, glance
from app.metrics import DerivedFigures, derived_figures
from app.model import PostMortem
from app.validation import (
    FLOWCHART_PARTS,
    TIME_PARTS,
    Problem,
    flowchart_problems,
    text_parts,
    text_problems,
    time_problems,
)
from widgets.document import Document

DEBOUNCE_MS = 150

T = TypeVar("T")


# What each cached finding reads of the model (top-level fields); a text part's key is ``text:`` and its field.
FIGURES_PARTS = ("summary", "timeline")
GLANCE_PARTS = ("summary", "timeline", "measures", "humor")
_READS: dict[str, tuple[str, ...]] = {
    "figures": FIGURES_PARTS,
    "glance": GLANCE_PARTS,
    "times": TIME_PARTS,
    "flowchart": FLOWCHART_PARTS,
}


def _reads(key: str) -> tuple[str, ...]:
    return _READS[key] if key in _READS else (key.removeprefix("text:"),)


def work_out(model: PostMortem) -> dict[str, Any]:
    """What ``Findings`` would compute for ``model``, computed anywhere (a file's, on the thread that read it).

    A 10,000-event document's problems took 200 ms: found while the file is
    read, they are not found again on the UI thread once it is in the window.
    """
    figures = derived_figures(model)
    found: dict[str, Any] = {"figures": figures, "glance": glance(model, figures)}
    problems = {"times": time_problems(model, figures), "flowchart": flowchart_problems(model)}
    problems.update({f"text:{part}": text_problems(model, part) for part in text_parts(model)})
    return {**found, **problems, "problems": _joined(list(problems.values()))}


def _joined(parts: list[list[Problem]]) -> list[Problem]:
    return [problem for part in parts for problem in part]


class Findings(QObject):
    updated = Signal()  # once per debounce after the document changed

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.setObjectName("findings")
        self._document = document
        self._cache: dict[str, tuple[tuple[int, ...], Any]] = {}
        self._problems: tuple[list[list[Problem]], list[Problem]] = ([], [])  # the parts, and them joined
        self._times: tuple[tuple[Any, ...], list[Any], list[Problem]] | None = None  # ``_time_problems``
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
        """Every problem, in ``app.validation.check``'s order.

        The very same list (not to be changed) as long as no part's problems
        changed, so that views can pass over a list they already show.
        """
        model = self._document.model
        parts = [
            self._cached("times", self._time_problems),
            self._cached("flowchart", lambda: flowchart_problems(model)),
        ]
        parts.extend(
            self._cached(f"text:{part}", lambda part=part: text_problems(model, part)) for part in text_parts(model)
        )
        last_parts, last = self._problems
        same = len(parts) == len(last_parts) and all(
            new is old or new == old for new, old in zip(parts, last_parts, strict=True)
        )
        if not same:
            last = _joined(parts)
        self._problems = (parts, last)
        return last

    def _time_problems(self) -> list[Problem]:
        """The times' problems, found again only when a time, an event's kind or the events' order changed.

        Typing in an event's text or in the summary's impact changes the parts these are read from, not
        what they depend on: going through 10,000 events' times and kinds costs a few ms, checking them 50-120.
        """
        model = self._document.model
        # Lists of the model's own objects: 160 KB for 10,000 events, where (kind, time) pairs took 560.
        depends = (model.summary.start, model.summary.end, [e.time for e in model.timeline])
        kinds = [e.kind for e in model.timeline]
        known = self._times
        if known is not None and known[0] == depends and known[1] == kinds:
            return known[2]
        problems = time_problems(model, self.figures())
        self._times = (depends, kinds, problems)
        return problems

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
            if key == "problems":
                continue  # joined again from its parts, which are kept
            self._cache[key] = ((revision,) * len(_reads(key)), value)

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
        """``compute()``, again only once a part of the model that ``key`` reads has changed."""
        part_revision = self._document.part_revision
        stamp = tuple(part_revision(part) for part in _reads(key))
        known = self._cache.get(key)
        if known is None or known[0] != stamp:
            known = (stamp, compute())
            self._cache[key] = known
        return cast(T, known[1])
