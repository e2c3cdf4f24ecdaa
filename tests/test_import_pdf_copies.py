"""Text copied out of a PDF is read across its pages, as a careful reader reads the printed report.

The footers ("Page 1 of 3") and the running header repeated on each page are not the report's text (the
footers are kept once, in a section of their own); a sentence cut by a page break is one sentence again; a
word hyphenated at a line's end is written whole ("avail-" / "able"), with its hyphen only when the report
writes the word so elsewhere ("fail-" / "over" beside "fail-over").
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

FOOTER = " " * 50 + "Page {} of 3\n" + "_" * 70 + "\n"
HEADER = "Review of the Payments Queue Disruption in the EU-NORTH Region\nHalden Pay | Customer Incident Review\n\n"

PDF_COPY = (
    HEADER + "On 4 May 2026 the payments queue in one zone stopped accepting messages for\n"
    "about two hours. Card payments made in that time were delayed, and some were\n"
    "declined by the banks when the queue finally deliv-\n"
    "ered them after the authorisation had expired. The fail-over to the second\n"
    "zone did not start, because its health check\n\n"
    + FOOTER.format(1)
    + HEADER
    + "still reported the first zone as avail-\n"
    "able. The fail-\n"
    "over was started by hand.\n\n"
    "We are making several changes as a result of this disruption. First, the\n"
    "health check will now test that the queue accepts a message. Second, we\n"
    "are adding an alarm on the age of the oldest message.\n\n"
    + FOOTER.format(2)
    + HEADER
    + "We apologise to the merchants affected.\n\n"
    + FOOTER.format(3)
)


def test_the_title_is_the_first_line_over_its_byline_and_the_page_furniture_is_set_aside() -> None:
    document = from_markdown(PDF_COPY)

    assert document.metadata.title == "Review of the Payments Queue Disruption in the EU-NORTH Region"
    text = document.introduction + "".join(section.body for section in document.extra_sections)
    assert text.count("Review of the Payments Queue Disruption") == 0  # the title, not the text, holds it
    assert document.introduction.count("Halden Pay | Customer Incident Review") == 1
    assert "Page 2 of 3" not in document.introduction
    assert [section.heading for section in document.extra_sections] == ["Page headers and footers"]
    assert document.extra_sections[0].body == "Page 1 of 3\nPage 2 of 3\nPage 3 of 3"


def test_a_sentence_cut_by_a_page_break_and_words_cut_at_line_ends_are_whole_again() -> None:
    document = from_markdown(PDF_COPY)

    flat = " ".join(document.introduction.split())
    assert "because its health check still reported the first zone as available." in flat
    assert "finally delivered them" in flat
    assert "The fail-over was started by hand." in flat


def test_changes_counted_off_in_a_paragraph_are_the_improvements() -> None:
    document = from_markdown(PDF_COPY)

    improvements = " ".join(document.measures.improvements)
    assert "health check will now test that the queue accepts a message" in improvements
    assert "adding an alarm on the age of the oldest message" in improvements


def test_a_document_with_one_page_number_is_read_as_written() -> None:
    text = "Notes\n\nThe deploy went out at noon and the alarm-\nist in us relaxed.\n\nPage 1 of 1\n"

    document = from_markdown(text)

    assert "alarm-\nist" in document.introduction or "alarm- ist" in " ".join(document.introduction.split())


def _hostile_pages() -> list[str]:
    return [
        "# T\n\n" + "Page 1 of 2\n" * 60_000,
        "# T\n\n" + "".join(f"Page {n % 9999} of 9999\nword-\nbroken\n\n" for n in range(30_000)),
        "Title\nA | B\n\n" + "x\nPage 1 of 2\n\nTitle\nA | B\n\n" * 20_000,
    ]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", _hostile_pages(), ids=["footers only", "broken words", "headers"])
def test_hostile_page_furniture_is_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert document.metadata.title == "T" or document.introduction


@pytest.mark.timeout(120)
def test_page_numbers_between_many_blank_lines_are_read_in_one_pass() -> None:
    document = from_markdown("# T\n\ntext\n" + "\n\nPage 1 of 2\n\n" * 30_000 + "more text\n")
    assert "more text" in document.introduction
