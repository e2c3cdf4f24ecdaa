"""An authors line whose last name carries a team in brackets still names every author.

"Omar Haddad, Ines Duarte (Storage Team)" is two people, the team said after the second; a bare team after
a comma ("Nikhil Rao, Store Systems") stays the first person's, as before.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    "written",
    ["Omar Haddad, Ines Duarte (Storage Team)", "Omar Haddad (SRE), Ines Duarte (Storage)"],
)
def test_each_person_is_an_author_though_a_team_follows_in_brackets(written: str) -> None:
    document = from_markdown(f"# Disk full\n\n**Authors:** {written}\n\n## Summary\n\nThe disk filled.\n")
    authors = document.metadata.authors
    assert len(authors) == 2
    assert authors[0].startswith("Omar Haddad") and authors[1].startswith("Ines Duarte")


def test_a_team_in_brackets_after_a_team_stays_with_the_person_before() -> None:
    document = from_markdown("# Disk full\n\n**Authors:** Omar Haddad, Store Systems (Retail)\n\n## Summary\n\nx\n")
    assert len(document.metadata.authors) == 1
