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


def test_a_bare_list_under_the_measures_heading_alone_is_the_improvements() -> None:
    # Blind readers of real post-mortems filed eleven such lists as the improvements, none as tasks.
    document = from_markdown(_HEAD + "## Corrective measures\n\n- Add a canary\n- Alert on 5xx\n")
    assert document.measures.improvements == ["Add a canary", "Alert on 5xx"]
    assert document.measures.tasks == []


def test_sentences_under_an_opening_line_that_names_no_list_are_the_improvements() -> None:
    document = from_markdown(
        _HEAD + "## Corrective and Preventative Measures ☑️\n\nTo avoid such incidents going forward:\n"
        "* Deleting files on the server would need approval from the team lead.\n"
        "* The cleanup script has also been changed to keep a week of uploads.\n"
    )
    assert [item[:30] for item in document.measures.improvements] == [
        "Deleting files on the server w",
        "The cleanup script has also be",
    ]
    assert document.measures.tasks == []


def test_titled_lines_without_markers_in_a_plain_text_report_are_the_improvements() -> None:
    document = from_markdown(
        "Incident Report: Disk full\n\nSummary:\nThe disk filled up and uploads failed.\n\n"
        "Corrective and Preventive Measures:\n\n"
        "Rotate Logs: like a careful gardener, prune the logs every week before they smother the disk.\n"
        "Disk Alerts: let the on-call know at 80%, long before the uploads start failing.\n"
    )
    assert [item.split(":")[0] for item in document.measures.improvements] == ["Rotate Logs", "Disk Alerts"]
    assert document.measures.tasks == []


def test_an_html_list_under_the_measures_heading_is_the_improvements() -> None:
    document = from_markdown(
        "<h1>Disk full</h1>\n<h2>Summary</h2>\n<p>The disk filled up.</p>\n"
        "<h2>Corrective and Preventive Measures</h2>\n<ul>\n"
        "<li>Review Disk Monitoring: alert before the disk is full.</li>\n"
        "<li>Rotate Logs: keep a week of logs.</li>\n</ul>\n"
    )
    assert [item.split(":")[0] for item in document.measures.improvements] == ["Review Disk Monitoring", "Rotate Logs"]


def test_other_languages_measures_headings_hold_improvements() -> None:
    german = from_markdown(
        "# Platte voll\n\n## Zusammenfassung\n\nDie Platte lief voll.\n\n"
        "## Vorbeugende Maßnahmen\n\n- Speicherplatz überwachen\n- Logs rotieren\n"
    )
    assert german.measures.improvements == ["Speicherplatz überwachen", "Logs rotieren"]
    portuguese = from_markdown(
        "# Disco cheio\n\n## Resumo\n\nO disco encheu.\n\n## Prevenções implementadas\n\n"
        "1. **Alerta de disco:** avisa aos 80%.\n2. **Rotação de logs:** uma semana de logs.\n"
    )
    assert [item.split(":")[0] for item in portuguese.measures.improvements] == [
        "**Alerta de disco",
        "**Rotação de logs",
    ]


def test_the_odd_item_marked_completed_stays_a_task_beside_the_improvements() -> None:
    document = from_markdown(
        _HEAD + "## Corrective and Preventative Measures\n\nThe following are actions that were taken to help "
        "prevent recurrence:\n\n- Pause the log shipper until it rotates its files. (Completed)\n"
        "- Alert on disk usage at 80%.\n- Move uploads to their own volume.\n"
    )
    assert document.measures.improvements == ["Alert on disk usage at 80%.", "Move uploads to their own volume."]
    assert [(task.text, task.status.value) for task in document.measures.tasks] == [
        ("Pause the log shipper until it rotates its files.", "done")
    ]


def test_a_list_named_as_tasks_or_as_action_items_under_the_measures_heading_stays_the_tasks() -> None:
    labelled = from_markdown(_HEAD + "## Corrective measures\n\nAction items for this week:\n\n- Add a canary\n")
    assert [task.text for task in labelled.measures.tasks] == ["Add a canary"]
    grouped = from_markdown(_HEAD + "## Prevention measures\n\n### Immediate actions\n\n- Add a canary\n")
    assert [task.text for task in grouped.measures.tasks] == ["Add a canary"]
    named = from_markdown(_HEAD + "## Next steps\n\n- Add a canary\n- Alert on 5xx\n")
    assert len(named.measures.tasks) == 2 and not named.measures.improvements


def test_what_the_team_says_it_will_do_under_plan_is_the_improvements() -> None:
    told = from_markdown(
        _HEAD + "## Plan\n\n1) We did not keep enough logs to replay everything, so we have moved the log "
        "project forward.\n\n2) We still plan to publish an offsite status page.\n"
    )
    assert [item[-28:] for item in told.measures.improvements] == [
        "have moved the log project forward."[-28:],
        "publish an offsite status page."[-28:],
    ]
    assert told.measures.tasks == []
    bare = from_markdown(_HEAD + "## Plan\n\n- Add a canary\n- Alert on 5xx\n")
    assert [task.text for task in bare.measures.tasks] == ["Add a canary", "Alert on 5xx"]


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
