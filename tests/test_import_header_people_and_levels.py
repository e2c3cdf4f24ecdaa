"""Who wrote a report, its severity and its status, however the header (or the prose) says them.

Cover-sheet labels ("Prepared:", "Owner:"), labels in German, French and Spanish, a
list of handles, an issue page's "opened by" line and its labels, a severity stated
in a sentence, and a document status in another language or under another label.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import Severity, Status


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Prepared:  R. Castillo, H. Lindgren", ["R. Castillo", "H. Lindgren"]),
        ("**Owner:** Rosa Castillo | **Team:** Build | **Status:** Draft", ["Rosa Castillo"]),
        ("**Authors:** rcastillo, hlind, j.okafor", ["rcastillo", "hlind", "j.okafor"]),
        ("| | |\n|---|---|\n| **Autorin** | Petra Vogt |\n| **Status** | Entwurf |", ["Petra Vogt"]),
        ("**Auteur(s) :** Claire Dubois, Marc Petit", ["Claire Dubois", "Marc Petit"]),
        ("Rédigé par : Claire Dubois", ["Claire Dubois"]),
        ("**Autor(es):** Lucía Romero", ["Lucía Romero"]),
        ("Redactado por: Lucía Romero", ["Lucía Romero"]),
        # A byline as one part of a run of labelled fields: each part is a field of its own.
        (
            "_Severity: SEV2 · Status: Draft · Written by Rosa Castillo and Hana Lindgren_",
            ["Rosa Castillo", "Hana Lindgren"],
        ),
        ("Status: Final | Severity: SEV3 | By Marc Petit", ["Marc Petit"]),
    ],
)
def test_the_authors_are_read_from_the_header_however_labelled(header: str, authors: list[str]) -> None:
    document = from_markdown(f"# Build disk full\n\n{header}\n\n## Summary\n\nThe disk filled.\n")
    assert document.metadata.authors == authors


@pytest.mark.parametrize(
    "state_line",
    [
        "**Open** · opened by **hlindgren** · 3 comments · Labels: `incident` `severity: high`",
        "hlindgren opened this issue on Apr 2, 2025 · 3 comments · Labels: incident, sev2",
    ],
)
def test_an_issue_page_gives_its_opener_its_severity_label_and_a_title_without_its_number(state_line: str) -> None:
    document = from_markdown(f"# Build cache misses everything #812\n\n{state_line}\n\n## Summary\n\nIt missed.\n")
    assert document.metadata.authors == ["hlindgren"]
    assert document.metadata.severity is Severity.SEV2
    assert document.metadata.title == "Build cache misses everything"
    assert "#812" in document.introduction  # the number stays with the page's other details


def test_a_number_after_a_title_that_is_not_an_issue_page_stays_in_the_title() -> None:
    document = from_markdown("# Postmortem for incident #42\n\n## Summary\n\nThe disk filled.\n")
    assert document.metadata.title == "Postmortem for incident #42"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("This was a SEV2 incident: carts failed for an hour.", Severity.SEV2),
        ("The outage was classified as P1 within minutes.", Severity.SEV1),
        ("It was a severity 3 incident by our own definitions.", Severity.SEV3),
        ("Had it lasted longer it would have been a SEV1.", None),
        ("It was not a SEV1, but close.", None),
    ],
)
def test_a_severity_stated_in_a_sentence_is_the_severity(sentence: str, level: Severity | None) -> None:
    document = from_markdown(f"# Cart errors\n\n## Summary\n\n{sentence}\n")
    assert document.metadata.severity is level


@pytest.mark.parametrize(
    ("header", "status"),
    [
        ("**Status:** Abgeschlossen", Status.FINAL),
        ("Statut : Brouillon", Status.DRAFT),
        ("| | |\n|---|---|\n| Document status | IN REVIEW |", Status.IN_REVIEW),
        ("**Review status:** Final", Status.FINAL),
    ],
)
def test_the_documents_status_is_read_in_other_words(header: str, status: Status) -> None:
    document = from_markdown(f"# Ausfall\n\n{header}\n\n## Summary\n\nThe service failed.\n")
    assert document.metadata.status is status


@pytest.mark.parametrize(
    "byline",
    [
        "_Written up by Noor Haddad. Status: Draft — comments welcome until Monday._",
        "_Written up by Noor Haddad._",
        "Written up by Noor Haddad. Reviewed on Friday.",
    ],
)
def test_a_byline_ending_its_sentence_names_its_writer_without_the_full_stop(byline: str) -> None:
    document = from_markdown(f"# Queue stall\n\n{byline}\n\nThe queue stalled for an hour.\n")
    assert document.metadata.authors == ["Noor Haddad"]


def test_an_initials_full_stop_stays_in_the_name() -> None:
    document = from_markdown("# Queue stall\n\nBy J. Okonjo and Sam Lee\n\nThe queue stalled for an hour.\n")
    assert document.metadata.authors == ["J. Okonjo", "Sam Lee"]
