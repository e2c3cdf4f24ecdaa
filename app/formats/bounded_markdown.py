"""Python-Markdown with a deadline: it finishes in bounded time or stops with a clear reason.

Python-Markdown is quadratic on some block patterns: a block of thousands of
lines that each end a block (``***`` rules, ``###`` headings) is split again
line by line, and the table and rule processors rescan the whole rest of the
block each time (60,000 ``***`` lines: 244 s). No pure-Python engine lays out
a document at the size cap (64 MiB) in a few seconds either (see the README
for the figures), so a time limit is needed whatever the engine: a few
seconds, a little more for a longer text, never more than ``HTML_TIME_LIMIT``.

Python-Markdown cannot be interrupted from outside, so the deadline is
checked from inside: a block processor of the highest priority, asked first
about every block, and an inline pattern of the highest priority, tried first
on every span of text, look at the clock (and at a cancel flag another
thread may set) and stop the conversion by raising. Each step between two
checks is linear in the size of one block, so the overshoot is small.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from types import EllipsisType
from typing import Any, NamedTuple

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

from app.errors import DocumentError
from app.text_pieces import between_pieces

HTML_TIME_LIMIT = 15.0
"""The most processor seconds of the rendering thread that laying out any document as HTML may take."""
HTML_TIME_BASE = 3.0
HTML_TIME_PER_MB = 3.0
"""The limit for a text: ``HTML_TIME_BASE`` plus this much per million characters, up to ``HTML_TIME_LIMIT``.

Counted on the thread's own processor clock, so that the same document gives
the same outcome on an idle and on a busy machine. Ordinary text takes about
2 s per million characters (10,000 events and 1,000 tasks, 1.9 MB: 3.6 s of
an 8.8 s limit), so an ordinary document stays inside its limit, while the
quadratic cases (60,000 ``***`` lines, 240 KB) stop after under 4 s instead of minutes.
``WALL_CLOCK_FACTOR`` times the limit in wall time is the outer bound, for a
thread that waits its turn behind others.
"""
WALL_CLOCK_FACTOR = 3.0


class RenderStoppedError(DocumentError):
    """The conversion was stopped: too slow, or cancelled; ``str()`` says which, for people."""


class RenderTimedOutError(RenderStoppedError):
    pass


class RenderCancelledError(RenderStoppedError):
    pass


class Deadline:
    """A time limit that another thread may also end early with ``cancel()`` (thread-safe).

    It may be made on one thread (the window's) and used on another (a worker's): the
    processor clock is the one of the thread that first checks it, from that check on.
    """

    def __init__(self, seconds: float | EllipsisType | None = ..., cancel_event: threading.Event | None = None) -> None:
        """``cancel_event``: an event to share, e.g. a background job's, so that cancelling the job stops this."""
        # "..." reads HTML_TIME_LIMIT when the deadline is made, not when this module was loaded.
        self.seconds: float | None = HTML_TIME_LIMIT if seconds is ... else seconds  # type: ignore[assignment]
        self._cpu_end: float | None = None
        self._wall_end = None if self.seconds is None else time.monotonic() + self.seconds * WALL_CLOCK_FACTOR
        self._cancelled = cancel_event if cancel_event is not None else threading.Event()

    @classmethod
    def for_text(cls, text: str, cancel_event: threading.Event | None = None) -> Deadline:
        """The deadline for laying out ``text``: more time for more text, never past ``HTML_TIME_LIMIT``."""
        return cls(min(HTML_TIME_LIMIT, HTML_TIME_BASE + HTML_TIME_PER_MB * len(text) / 1_000_000), cancel_event)

    yield_every: float | None = None
    """Seconds of the thread's own time after which ``check`` hands the interpreter to any thread waiting
    for it (``time.sleep(0)``); None never. A background conversion sets it so that the window's
    thread, which waits for the interpreter at each of its Qt calls, waits a fraction of Python's
    5 ms switch interval."""
    _yielded = 0.0

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise ``RenderStoppedError`` when cancelled or past the limit; otherwise return at once."""
        if self._cancelled.is_set():
            raise RenderCancelledError("laying out the page was cancelled")
        if self.yield_every is not None:
            now = time.thread_time()
            if now - self._yielded > self.yield_every:
                self._yielded = now
                between_pieces()  # a background job pauses here while the window is busy (``giving_way``)
                time.sleep(0)
        if self.seconds is None or self._wall_end is None:
            return
        if self._cpu_end is None:
            self._cpu_end = time.thread_time() + self.seconds
        if time.thread_time() > self._cpu_end or time.monotonic() > self._wall_end:
            raise RenderTimedOutError(
                f"laying out the page took longer than {self.seconds:.2g} s and was stopped (the text holds "
                "thousands of lines Markdown is slow on, such as rules or headings without blank lines between)"
            )


class _DeadlineSlot:
    """The deadline of the conversion under way: an engine kept for many conversions checks each one's own."""

    deadline: Deadline | None = None

    def check(self) -> None:
        if self.deadline is not None:
            self.deadline.check()


class _BlockCheck(BlockProcessor):
    def __init__(self, parser: Any, slot: _DeadlineSlot) -> None:
        super().__init__(parser)
        self._slot = slot

    def test(self, parent: Any, block: str) -> bool:
        self._slot.check()
        return False  # Never handles a block: only looks at the clock.

    def run(self, parent: Any, blocks: list[str]) -> bool:  # pragma: no cover - test() is always False
        return False


class _NeverMatches:
    """Stands in for a compiled pattern: checks the clock and finds nothing."""

    def __init__(self, slot: _DeadlineSlot) -> None:
        self._slot = slot

    def finditer(self, _data: str, _start: int = 0) -> Iterator[Any]:
        self._slot.check()
        return iter(())


class _InlineCheck(InlineProcessor):
    def __init__(self, slot: _DeadlineSlot) -> None:
        super().__init__(r"(?!)")
        self._never = _NeverMatches(slot)

    def getCompiledRegExp(self) -> Any:
        return self._never


class _DeadlineExtension(Extension):
    def __init__(self, slot: _DeadlineSlot) -> None:
        super().__init__()
        self._slot = slot

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.parser.blockprocessors.register(_BlockCheck(md.parser, self._slot), "deadline", 1000)
        md.inlinePatterns.register(_InlineCheck(self._slot), "deadline", 1000)


KEEP_ENGINE_CHARS = 100_000
"""After converting a longer text (a whole document's export) the engine is let go of with what it holds."""


class _Engine(NamedTuple):
    options: str
    slot: _DeadlineSlot
    markdown: markdown.Markdown


_this_thread = threading.local()


def _engine(options: dict[str, Any]) -> _Engine:
    """This thread's Markdown engine for ``options``, made once and reset between conversions.

    ``markdown.markdown`` makes an engine per call: its processors, patterns and
    extensions (a few hundred objects in reference cycles) were garbage after
    every piece of the preview, left for the cyclic collector, which runs on the
    window's thread only (``widgets.collector``): the preview of 60,000 rules
    (250 pieces) left about 0.4 MB of memory behind it. One engine per thread,
    since an engine keeps state while it converts.
    """
    key = repr(sorted(options.items()))
    engine: _Engine | None = getattr(_this_thread, "engine", None)
    if engine is None or engine.options != key:
        slot = _DeadlineSlot()
        extensions = [*options.get("extensions", []), _DeadlineExtension(slot)]
        others = {name: value for name, value in options.items() if name != "extensions"}
        engine = _Engine(key, slot, markdown.Markdown(extensions=extensions, **others))
        _this_thread.engine = engine
    return engine


def markdown_to_html(text: str, deadline: Deadline, **options: Any) -> str:
    """``markdown.markdown(text, **options)``, stopped with ``RenderStoppedError`` when ``deadline`` passes."""
    engine = _engine(options)
    deadline.check()
    engine.slot.deadline = deadline
    try:
        html = engine.markdown.reset().convert(text)
    except BaseException:
        _this_thread.engine = None  # stopped half way: the next conversion starts from a new engine
        raise
    finally:
        engine.slot.deadline = None
    if len(text) > KEEP_ENGINE_CHARS:
        _this_thread.engine = None  # it holds the text's lines and tree until its next conversion
    deadline.check()
    return html
