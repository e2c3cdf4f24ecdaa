"""Renders the chart off the UI thread: debounced, newest request wins (``widgets.runner``).

Requests within the debounce delay collapse into one; a newer request tells a
render in flight to stop and drops its picture. Graphviz itself runs with a
time limit (``app.flowchart.render``), so a hostile chart ends in an error
message, not a stuck worker. The SVG comes from ``shared_render``: the preview
asks for the same chart, and one render serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.flowchart.dot import chart_source
from app.flowchart.packed_svg import PackedSvg
from app.flowchart.render import DEFAULT_TIMEOUT, RenderCancelledError, Renderer, RenderError, default_renderer
from app.model import Flowchart
from widgets.flowchart.chart_font import prepare_chart_font, with_chart_font
from widgets.flowchart.picture import ChartPicture, parse_picture
from widgets.flowchart.shared_render import packed_chart_svg
from widgets.runner import Job, JobCancelledError, Runner


@dataclass
class RenderResult:
    generation: int
    packed_svg: PackedSvg | None = None
    """The SVG, compressed: what the chart view keeps of it. It is never unpacked whole here."""
    element_ids: Mapping[str, str] = field(default_factory=dict)
    error: str = ""
    picture: ChartPicture | None = None
    """The SVG already parsed by Qt, in the worker, in pieces short enough not to hold up the
    window (``widgets.flowchart.picture``); in the labels' font, as Graphviz measured them."""


ChartSource = Callable[[], Flowchart]
"""Gives the chart to draw when the render starts (a snapshot: see ``app.model.snapshot``)."""


class RenderScheduler(QObject):
    """Turns "the chart changed" into at most one render at a time per newest state."""

    started = Signal()
    rendered = Signal(object)  # RenderResult with a picture
    failed = Signal(object)  # RenderResult with error

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        delay_ms: int = 120,
        timeout: float = DEFAULT_TIMEOUT,
        renderer_factory: Callable[[], Renderer] = default_renderer,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout
        self.renderer_factory = renderer_factory
        # Two threads: a newer render need not wait for a stale one to notice it was cancelled.
        self.runner = Runner(self._render, self, name="chart", delay_ms=delay_ms, threads=2)
        self.runner.started.connect(lambda _key: self.started.emit())
        self.runner.finished.connect(self._finish)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def request(self, chart: ChartSource, *, immediately: bool = False) -> None:
        """Render the chart ``chart()`` gives once the debounce delay ends."""
        prepare_chart_font()  # here, on the UI thread: the worker draws with it
        self.runner.request(chart, immediately=immediately)

    def _render(self, chart: Flowchart, job: Job) -> RenderResult:
        result = RenderResult(job.generation)
        try:
            source = chart_source(chart, job.give_way)
            result.packed_svg = packed_chart_svg(
                source, self.renderer_factory, timeout=self.timeout, cancel=job.cancel_event
            )
            result.element_ids = source.element_ids
            job.check()
            # Cut into pieces as it is unpacked: the whole SVG, unpacked here, was most of this job's
            # memory while Qt parsed the pieces (1.6 MB for a 1,400-node chain).
            result.picture = parse_picture(result.packed_svg, result.element_ids, job.give_way, with_chart_font)
        except RenderCancelledError as error:
            raise JobCancelledError from error
        except RenderError as error:
            result.error = str(error)
        except JobCancelledError:
            raise
        except Exception as error:  # A bug in a renderer must not take the editor down; show it instead.
            result.error = f"the chart could not be drawn: {error}"
        return result

    def _finish(self, _key: object, result: RenderResult) -> None:
        if result.error:
            self.failed.emit(result)
        else:
            self.rendered.emit(result)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (tests)."""
        return self.runner.wait(msecs)

    def discard(self) -> None:
        """Forget pending and running renders: nothing should be drawn (the chart was emptied)."""
        self.runner.cancel()

    def shut_down(self, msecs: int = 150) -> bool:
        """Stop what can be stopped and wait a little (the pane is closing)."""
        return self.runner.shut_down(msecs)
