"""A summary that shows its commands in code blocks between its sentences is read as Markdown, sentence by sentence.

A student's Issue Summary says how the fault was found and how it was fixed, each with the command in a ```
block: "… found by running the command:" over one block, "This issue was resolved by running the command:" over
the next. The sentence between the two blocks is not a reStructuredText title (its "```" neighbours are no
over- and underline), so the file stays Markdown: its headings, its timeline and its summary are read. The
summary's root cause is its sentence naming the cause, the resolution the sentence telling the fix with the
command it announces, and the impact every sentence telling it ("… was not able to be reached").
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """## POSTMORTEM ##
Notes on a project that would not run its tests.

### Issue Summary ###
The problem began on 2 May 2021 at 10:00 UTC and ended the same day at 10:30 UTC.

The impact was that nobody could run the test suite. The reports database was not able to be reached.

The root cause of this issue was that the database service was never started. This was found by running:
```
./run_tests.sh --db
```
This issue was resolved by running the command:
```
sudo service postgresql start
```
Checking the service before using it would prevent this.

### Timeline ###
* Tests failed with a connection error.
* A classmate suggested starting the service.
"""


def test_a_sentence_between_two_code_blocks_leaves_the_file_markdown() -> None:
    document = from_markdown(REPORT)
    assert document.metadata.title == "POSTMORTEM"
    assert [event.text for event in document.timeline] == [
        "Tests failed with a connection error.",
        "A classmate suggested starting the service.",
    ]
    assert not any("resolved by running" in section.heading for section in document.extra_sections)


def test_the_summary_fields_come_from_its_sentences_around_the_code() -> None:
    document = from_markdown(REPORT)
    assert document.summary.root_cause == (
        "The root cause of this issue was that the database service was never started."
    )
    assert "not able to be reached" in (document.summary.impact or "")
    assert document.root_cause.resolution.startswith("This issue was resolved by running the command:")
    assert "sudo service postgresql start" in document.root_cause.resolution
