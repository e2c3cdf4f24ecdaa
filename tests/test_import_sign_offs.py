"""A sign-off at the end of a mailed or posted post-mortem ("Thanks,\\nRachel", "— Rachel", "Cheers, R.").

It is the byline, not part of the last section: a reader takes the signer as the author when nobody
else is named, and otherwise reads it at the end of the closing notes. It never becomes an extra
section named after the section it followed.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from tests.import_helpers import sections_written

_MAIL = (
    "From: Priya Natarajan <priya@example.org>\nTo: ops@example.org\nSubject: Post-mortem: print queue stuck\n\n"
    "Hello team,\n\nSUMMARY:\nThe print queue stopped at 09:10 and restarted at 10:05.\n\n"
    "NEXT STEPS:\na. Add a queue-length alert (Priya Natarajan, by 4/30)\nb. Document the restart\n\n"
    "Thanks to the front desk for their patience.\n\n{sign_off}\n"
)


@pytest.mark.parametrize("sign_off", ["Priya", "Priya Natarajan", "— Priya", "-- P."])
def test_a_mails_sign_off_by_its_sender_is_the_byline_already_read(sign_off):
    document = from_markdown(_MAIL.format(sign_off=sign_off))
    assert document.metadata.authors == ["Priya Natarajan"]
    assert sections_written(document) == []
    assert document.closing_notes.startswith("Thanks to the front desk for their patience.")
    assert sign_off not in [task.text for task in document.measures.tasks]


@pytest.mark.parametrize("sign_off", ["Thanks,\nPriya", "Cheers, Priya", "Best regards,\nPriya"])
def test_a_sign_off_with_its_words_of_thanks_ends_the_closing_notes(sign_off):
    document = from_markdown(_MAIL.format(sign_off=sign_off))
    assert sections_written(document) == []
    assert document.closing_notes.endswith(sign_off)
    assert document.metadata.authors == ["Priya Natarajan"]


@pytest.mark.parametrize(
    ("sign_off", "authors"),
    [("— Tomas Berg", ["Tomas Berg"]), ("Thanks,\nTomas Berg", ["Tomas Berg"]), ("Cheers, T.", [])],
)
def test_a_post_signed_at_its_end_names_its_author(sign_off, authors):
    text = (
        "# Build cache wiped\n\n## What happened\n\nThe cache volume was reformatted at 14:00.\n\n"
        f"## Follow-ups\n\n- Label the cache volume\n- Add a restore drill\n\n{sign_off}\n"
    )
    document = from_markdown(text)
    assert document.metadata.authors == authors
    assert sections_written(document) == []
    assert [task.text for task in document.measures.tasks] == ["Label the cache volume", "Add a restore drill"]
    exported = to_markdown(document)
    assert all(word in exported for word in sign_off.replace(",", " ").split() if word not in "—")


@pytest.mark.parametrize(
    "ending",
    [
        "## Contributors\n\nTomas Berg",  # a section of names: not a sign-off
        "## Closing notes\n\nWe learned a lot.\nTomas Berg",  # the paragraph's own last line
    ],
)
def test_a_name_that_is_not_a_sign_off_stays_where_it_was_written(ending):
    document = from_markdown(f"# Build cache wiped\n\n## Summary\n\nThe cache was wiped.\n\n{ending}\n")
    assert document.metadata.authors == []
    assert "Tomas Berg" in to_markdown(document)
