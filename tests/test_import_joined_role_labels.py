"""A label naming two roles of one person ("Facilitator / author:", "Author/IC:") gives the authors."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize("label", ["Facilitator / author", "Author/IC", "Scribe / Author"])
def test_a_slash_joined_label_with_an_author_role_names_the_author(label: str) -> None:
    document = from_markdown(
        f"# Retro: uploads failing\n\n**{label}:** Maya Lindqvist\n**Sev:** SEV3\n\nUploads failed.\n"
    )
    assert document.metadata.authors == ["Maya Lindqvist"]
