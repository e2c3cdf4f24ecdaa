"""Every time and date the model accepts survives a Markdown round trip, at the calendar's edges too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import IssueSummary, Measures, PostMortem, Task, TimelineEvent

_OFFSETS = st.builds(lambda seconds: timezone(timedelta(seconds=seconds)), st.integers(-86399, 86399))
_MOMENTS = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59), timezones=_OFFSETS
).map(lambda moment: moment.replace(microsecond=0))


@settings(max_examples=60, deadline=None)
@given(_MOMENTS, st.dates())
@example(datetime(1, 1, 1, tzinfo=UTC), date(1, 1, 1))
@example(datetime(1, 1, 1, tzinfo=timezone(timedelta(minutes=1))), date(999, 12, 31))
@example(datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(minutes=1))), date(9999, 12, 31))
def test_times_and_due_dates_survive_a_markdown_round_trip(moment, due):
    document = PostMortem(
        summary=IssueSummary(start=moment, end=moment),
        timeline=[TimelineEvent(time=moment, text="the clock broke")],
        measures=Measures(tasks=[Task(text="fix the clock", due=due)]),
    )
    back = from_markdown(to_markdown(document))
    assert back.summary.start == moment and back.summary.start.utcoffset() == moment.utcoffset()
    assert back.summary.end == moment
    assert [event.time for event in back.timeline] == [moment]
    assert back.timeline[0].time.utcoffset() == moment.utcoffset()
    assert [task.due for task in back.measures.tasks] == [due]
    assert back.extra_sections == []
