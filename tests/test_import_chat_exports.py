"""An incident channel exported from a chat (Slack, Teams, IRC), with no headings at all, read as a reader
reads it: each message an event at its time, on the day the last day separator names (across midnight too),
the channel's name as the title, and the impact, cause and follow-ups the messages state."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.formats.markdown_import import from_markdown, read_markdown

BRACKETED_12_HOUR = """\
#inc-2026-03-11-checkout
Exported from the chat. Times are UTC.
Incident lead: Ana Perez. Severity: SEV3.

--- Wednesday, March 11th ---

[10:58 PM] ana.perez: checkout error rate at 12%, looking into it
[11:03 PM] ana.perez: paging @payments-oncall, this is the card gateway timing out
[11:40 PM] marco.li: card gateway rolled back, errors falling

--- Thursday, March 12th ---

[12:15 AM] ana.perez: error rate back to baseline. impact: about 75 minutes of failed card payments at checkout
[12:18 AM] marco.li: root cause for the record: the gateway release shortened its connection timeout to 1s
[12:20 AM] ana.perez: follow-ups, adding them to the tracker:
[12:20 AM] ana.perez: 1. @marco.li add a canary stage for gateway releases
[12:21 AM] ana.perez: 2. @ana.perez alert on card decline rate, not only errors

--- Friday, March 13th ---

[9:05 AM] marco.li: morning, writing up the retro now
"""


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_a_chat_export_is_read_as_its_timeline_dated_by_its_day_separators() -> None:
    document = from_markdown(BRACKETED_12_HOUR)
    assert document.metadata.title == "#inc-2026-03-11-checkout"
    assert document.metadata.severity == "SEV3"
    times = [event.time for event in document.timeline]
    assert times == [
        _at(11, 22, 58), _at(11, 23, 3), _at(11, 23, 40),
        _at(12, 0, 15), _at(12, 0, 18), _at(12, 0, 20), _at(12, 0, 20), _at(12, 0, 21),
        _at(13, 9, 5),
    ]  # fmt: skip
    assert document.timeline[1].text.startswith("ana.perez: paging @payments-oncall")
    assert document.summary.start == _at(11, 22, 58)
    assert "75 minutes of failed card payments" in document.summary.impact
    assert "shortened its connection timeout" in document.root_cause.cause
    tasks = [(task.owner, task.text) for task in document.measures.tasks]
    assert tasks == [
        ("marco.li", "Add a canary stage for gateway releases"),
        ("ana.perez", "Alert on card decline rate, not only errors"),
    ]


def test_messages_with_their_date_in_the_brackets() -> None:
    text = (
        "Exported channel #ops-bridge (UTC)\n\n"
        "[2026-03-11 22:58] ana.perez: checkout error rate at 12%, looking into it\n"
        "[2026-03-11 23:40] marco.li: card gateway rolled back, errors falling\n"
        "[2026-03-12 00:15] ana.perez: error rate back to baseline\n"
    )
    document = from_markdown(text)
    assert [event.time for event in document.timeline] == [_at(11, 22, 58), _at(11, 23, 40), _at(12, 0, 15)]


def test_a_copy_from_the_chat_window_names_each_sender_over_the_message_and_says_yesterday_and_today() -> None:
    text = (
        "Checkout incident channel, times in UTC\n\nYesterday\n\n"
        "ana.perez  10:58 PM\ncheckout error rate at 12%, looking into it\n\n"
        "marco.li  11:40 PM\ncard gateway rolled back, errors falling\n\n"
        "Today\n\nana.perez  12:15 AM\nerror rate back to baseline\n"
    )
    document, _ = read_markdown(text, file_day=date(2026, 3, 12))
    assert [event.time for event in document.timeline] == [_at(11, 22, 58), _at(11, 23, 40), _at(12, 0, 15)]
    assert document.timeline[0].text.endswith("checkout error rate at 12%, looking into it")


def test_a_report_quoting_a_few_chat_lines_in_its_story_is_not_taken_for_a_chat_export() -> None:
    text = (
        "Checkout errors on 11 March 2026\n\n"
        "The gateway release went out in the evening and nobody noticed the shorter timeout at first. "
        "The on-call engineer saw the alert and asked in the channel what had changed.\n\n"
        "[10:58 PM] ana.perez: anything deployed?\n"
        "[10:59 PM] marco.li: gateway, an hour ago\n"
        "[11:00 PM] ana.perez: rolling it back\n\n"
        "That exchange took two minutes; the rollback itself took forty, because the release tooling was slow.\n"
        "We have since made the rollback path a single command, and we now test it every week.\n"
        "The gateway team will also review timeouts in every release from now on.\n"
        "Payments were affected for about 75 minutes in total, with roughly 3,000 failed checkouts.\n"
        "No data was lost, and all failed checkouts could be retried by the customers themselves.\n"
    )
    document = from_markdown(text)
    assert "That exchange took two minutes" in document.introduction


def test_a_teams_copy_with_the_day_in_each_message_and_full_names() -> None:
    text = (
        "Copied from the incident chat (UTC)\n\n"
        "[3/11/2026 10:58 PM] Ana Perez: checkout error rate at 12%, looking into it\n"
        "[3/11/2026 11:40 PM] Marco Li: card gateway rolled back, errors falling\n"
        "[3/12/2026 12:15 AM] Ana Perez: error rate back to baseline\n"
    )
    document = from_markdown(text)
    assert [event.time for event in document.timeline] == [_at(11, 22, 58), _at(11, 23, 40), _at(12, 0, 15)]
    assert document.timeline[1].text == "Marco Li: card gateway rolled back, errors falling"


def test_a_log_with_no_header_is_named_by_the_message_declaring_the_incident() -> None:
    text = (
        "[10:58 PM] ana.perez: checkout error rate at 12%, looking into it\n"
        "[11:01 PM] ana.perez: declaring an incident: card payments failing at checkout\n"
        "[11:40 PM] marco.li: card gateway rolled back, errors falling\n"
    )
    document, _ = read_markdown(text, file_day=date(2026, 3, 11))
    assert document.metadata.title == "Card payments failing at checkout"
    # No day anywhere (the file's date would be a guess): each message stays an event, its clock in its words.
    assert [event.time for event in document.timeline] == [None, None, None]
    assert document.timeline[1].text.startswith("[11:01 PM] ana.perez: declaring an incident")


def test_a_day_separator_written_as_a_weekday_and_a_date_alone_or_between_single_dashes_dates_the_messages() -> None:
    text = (
        "#inc-boiler-room\nTimes are UTC.\n\n"
        "Monday, November 9\n"
        "[07:40] rhys: boiler 2 has tripped again, building is cold\n"
        "[07:52] rhys: heating contractor called\n"
        "[18:10] mo: contractor left, boiler still off\n\n"
        "– Tuesday 10 November 2026 –\n"
        "[06:55] mo: contractor back, replacing the flame sensor\n"
        "[09:20] mo: boiler running, radiators warming up\n"
    )
    document = from_markdown(text)
    days = [event.time.date() for event in document.timeline]
    assert days == [date(2026, 11, 9)] * 3 + [date(2026, 11, 10)] * 2
    # The separators' words are kept (in the timeline's day lines), not left in the introduction or an extra part.
    assert "Monday" not in document.introduction
    assert not any("Tuesday" in section.body for section in document.extra_sections)


# An IRC client's log ("HH:MM <nick> words", no brackets) pasted into a plain fence under a title, with a line
# saying what it is: the whole report is the conversation.
FENCED_IRC_LOG = """\
# Outage of the build farm, 9 May 2026

The admins' conversation while it happened:

```text
09:12 <lena> the build runners all show offline, anyone know why?
09:14 <omar> the shared volume is not mounted on runner-3
09:15 <lena> is it in the mount table at least?
09:15 <omar> yes, it just never got mounted after the reboot
09:16 <lena> mounted it again by hand, jobs picking up
09:40 <omar> runner-5 logs read errors on its second disk, which one is it?
09:41 <lena> the one in the left bay
09:41  * omar takes runner-5 out of the pool
09:58 <kim> anything left for me to do?
09:59 <lena> no, thanks
10:05 <lena> all queues drained, we are back
```
"""


def test_an_irc_log_in_a_plain_fence_under_a_title_is_read_as_the_timeline() -> None:
    document = from_markdown(FENCED_IRC_LOG)
    assert document.metadata.title == "Outage of the build farm, 9 May 2026"
    texts = [event.text for event in document.timeline]
    # Every line is an entry, the questions asked in the chat too (not a form's question over its answer).
    assert len(texts) == 11
    assert "the build runners all show offline" in texts[0]
    assert "is it in the mount table at least?" in texts[2]
    assert "anything left for me to do?" in texts[8]
    assert "all queues drained" in texts[-1]
    assert document.timeline[0].time == datetime(2026, 5, 9, 9, 12, tzinfo=UTC)


def test_a_fenced_shell_session_with_clock_prompts_is_not_a_chat() -> None:
    session = """\
# How we rotate the keys

```text
09:12 <step one> run the rotation script
then check the output for errors and keep the old key until the next day
the script prints the new fingerprint, copy it to the vault entry
```
"""
    document = from_markdown(session)
    assert document.timeline == []
