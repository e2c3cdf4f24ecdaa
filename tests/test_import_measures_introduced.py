"""A plain list that its heading or its opening line names as measures: the improvements, not tasks."""

from app.formats.markdown_import import from_markdown

_HEAD = "# Disk full\n\n## Summary\n\nThe disk filled up and uploads failed for 20 minutes.\n\n"


def test_a_list_the_opening_line_introduces_as_recommended_measures_is_the_improvements() -> None:
    document = from_markdown(
        _HEAD + "## Prevention\n\nTo prevent such outages in the future, the following measures are recommended:\n\n"
        "* Alert on disk usage: page the on-call at 80%.\n* Rotate logs: keep a week of logs only.\n"
    )
    assert document.measures.improvements == [
        "Alert on disk usage: page the on-call at 80%.",
        "Rotate logs: keep a week of logs only.",
    ]
    assert document.measures.tasks == []


def test_a_list_the_opening_line_says_was_implemented_as_measures_is_the_improvements() -> None:
    document = from_markdown(
        _HEAD + "## Corrective and Preventive Measures\n\nWe have implemented the following corrective measures:\n\n"
        "- Add a disk usage alert.\n- Move logs to their own volume.\n"
    )
    assert [*document.measures.improvements] == ["Add a disk usage alert.", "Move logs to their own volume."]


def test_a_bare_list_under_the_measures_heading_alone_stays_the_tasks() -> None:
    document = from_markdown(_HEAD + "## Corrective measures\n\n- Add a canary\n- Alert on 5xx\n")
    assert [task.text for task in document.measures.tasks] == ["Add a canary", "Alert on 5xx"]


def test_a_list_with_owners_or_under_action_items_stays_the_tasks() -> None:
    owned = from_markdown(
        _HEAD + "## Corrective and Preventive Measures\n\n- Add a disk usage alert (owner: Priya)\n"
        "- Move logs to their own volume (owner: Sam)\n"
    )
    assert len(owned.measures.tasks) == 2
    named = from_markdown(
        _HEAD + "## Action items\n\nWe have agreed on the following measures:\n\n- Add a disk usage alert.\n"
        "- Move logs to their own volume.\n"
    )
    assert len(named.measures.tasks) == 2 and not named.measures.improvements
    boxes = from_markdown(_HEAD + "## Prevention measures\n\n- [ ] Add a disk usage alert.\n- [ ] Move logs.\n")
    assert len(boxes.measures.tasks) == 2
