"""A manager's summary mail: one paragraph of prose, times in words, follow-ups counted off in a sentence."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind, TaskStatus

_MAIL = """\
From: Joanna Pike <j.pike@harbourline.example>
To: directors@harbourline.example
Subject: Tuesday's ticket barrier outage
Date: Wed, 20 May 2026 09:15:00 +0100

Hello everyone,

Here is a plain summary of what happened to the ticket barriers at the ferry terminal on Tuesday. All times
are UK time (BST). At about ten to five in the afternoon the barriers at both gates stopped reading
passengers' phones, so staff waved people through by hand. The duty manager called the help desk at 17:02,
and the help desk logged it as a priority 3 problem. Our engineer first suspected the terminal's mobile
signal, because the phones seemed slow to load their tickets, and spent half an hour with the mobile operator
on that. At 17:40 the incident was raised to priority 1 because the evening sailing was boarding. Ola Berg
found by about 18:05 that the barriers' certificate bundle had been replaced by an older copy during the
morning's patching. The correct bundle was restored at 18:20, and both gates were reading phones normally
again by 18:35. The night freight collection at 21:00 recovered some of the delayed parcels as well. Three
follow-ups are agreed: first, Ola's team will add a check that compares the bundle after each patch, to be in
place by 12 June; second, the patching team (owner: Rui Matos) will stop replacing certificate files
without a review, which is already done; and third, I have asked the help desk to call the terminal systems
on-call first whenever a barrier stops reading tickets. Happy to answer questions.

Kind regards,
Joanna
"""


def test_the_follow_ups_counted_off_in_a_sentence_are_tasks() -> None:
    tasks = from_markdown(_MAIL).measures.tasks
    assert len(tasks) == 3
    assert tasks[0].text.startswith("Ola's team will add a check that compares the bundle")
    assert (tasks[0].owner, str(tasks[0].due), tasks[0].status) == ("Ola's team", "2026-06-12", TaskStatus.OPEN)
    assert "stop replacing certificate files" in tasks[1].text and "owner:" not in tasks[1].text
    assert (tasks[1].owner, tasks[1].status) == ("Rui Matos", TaskStatus.DONE)
    assert "call the terminal systems on-call first" in tasks[2].text


def test_the_level_the_incident_was_raised_to_is_its_severity() -> None:
    assert from_markdown(_MAIL).metadata.severity == "SEV1"


def test_the_recovery_ends_the_window_and_a_wrong_lead_is_an_event() -> None:
    document = from_markdown(_MAIL)
    assert document.summary.end is not None and document.summary.end.isoformat() == "2026-05-19T18:35:00+01:00"
    recovery = next(event for event in document.timeline if "reading phones normally again" in event.text)
    assert recovery.kind is EventKind.RESOLUTION
    # "recovered some of the delayed parcels" later that evening is not the end of the incident.
    assert next(event for event in document.timeline if "21:00" in event.text).kind is not EventKind.RESOLUTION
    lead = next(event for event in document.timeline if "first suspected" in event.text)
    assert lead.kind is EventKind.MISLEADING and lead.time is None
    # The wrong lead keeps its place in the story, between the call and the raise.
    texts = [event.text for event in document.timeline]
    assert texts.index(lead.text) == 2


def test_prose_counting_things_off_without_announcing_follow_ups_makes_no_tasks() -> None:
    text = (
        "# Barrier outage\n\nAt 17:02 the help desk was called. We learned two things: first, the bundle was old; "
        "second, nobody checked it. At 18:35 the gates worked again.\n\n## Action items\n\n- Add a bundle check\n"
    )
    assert [task.text for task in from_markdown(text).measures.tasks] == ["Add a bundle check"]


def test_a_severity_that_would_have_been_raised_is_not_the_severity() -> None:
    text = "# Outage\n\nIt was logged as P3. Had it lasted longer it would have been raised to P1.\n"
    assert from_markdown(text).metadata.severity == "SEV3"


def test_follow_ups_numbered_in_brackets_in_a_sentence_are_tasks() -> None:
    text = (
        "Subject: Barrier outage\nFrom: Joanna Pike <j@example.org>\nDate: Wed, 20 May 2026 09:15:00 +0100\n\n"
        "The gates failed at 16:50 and worked again "
        "at 18:35. The following actions were agreed: (1) Ola Berg will add a bundle check by 12 June; (2) the "
        "patching team will review certificate changes; and (3) the help desk will call terminal systems first.\n"
    )
    tasks = from_markdown(text).measures.tasks
    assert [task.owner for task in tasks] == ["Ola Berg", "the patching team", "the help desk"]
    assert (tasks[0].text, str(tasks[0].due)) == ("Ola Berg will add a bundle check", "2026-06-12")
