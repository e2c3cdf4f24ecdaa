"""A blog theme's byline under the title, wrapped in its HTML: the day it was posted, then "by" and the writers
("<small><i>March 3rd, 2023 by QuinnM</i></small>", a subtitle "<time …>12 February, 2024</time> · by Ada Klein and
Bram Ott"). The writers are the authors, and the line is not the impact."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_a_dated_byline_in_small_italics_names_its_one_word_author() -> None:
    document = from_markdown(
        "# Lost queue messages\n\n<small><i>March 3rd, 2023 by QuinnM</i></small>\n\nHello all,\n\n"
        "At 10:00 UTC on March 2nd the queue dropped messages.\n"
    )
    assert document.metadata.authors == ["QuinnM"]


def test_a_subtitle_with_a_time_tag_names_both_writers_and_is_not_the_impact() -> None:
    document = from_markdown(
        "## 2024-02-11 Mirror Outage\n\n"
        '<div class="subtitle"><time datetime="2024-02-12T00:00:00Z">12 February, 2024</time>'
        " · by Ada Klein and Bram Ott</div>\n\n"
        "Between 10:00 UTC and 12:00 UTC the package mirror was unreachable for every user.\n"
    )
    assert document.metadata.authors == ["Ada Klein", "Bram Ott"]
    assert "Bram Ott" not in (document.summary.impact or "")
    assert document.summary.impact.startswith("Between 10:00 UTC")


def test_a_year_in_a_sentence_is_no_byline() -> None:
    document = from_markdown("# Lost queue messages\n\nSince 2019 by default we keep two copies.\n")
    assert not document.metadata.authors
