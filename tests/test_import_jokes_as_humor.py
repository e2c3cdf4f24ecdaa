"""A post-mortem with no Humor section still has its humour: a joke closing it, or a meme under its title."""

from __future__ import annotations

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown

_BODY = """
## Summary

From 09:00 to 09:40 UTC on 3 March 2025 the image uploads failed for every user.

## Timeline

- 09:00 UTC - Uploads start failing after the bucket policy change.
- 09:40 UTC - Policy reverted; uploads work again.
"""


def _report(closing: str, *, top: str = "") -> str:
    return f"# Uploads rejected by the bucket policy\n\n{top}\n{_BODY}\n## Conclusion\n\n{closing}\n"


def test_a_ps_joke_closing_the_report_is_its_humour_and_the_closing_notes_keep_the_rest() -> None:
    document = from_markdown(
        _report(
            "We now review every policy change in pairs.\n\n"
            "P.S. The bucket was very secure for forty minutes: nobody could put anything in it. 😅"
        )
    )
    assert document.humor.caption.startswith("P.S. The bucket was very secure")
    assert document.closing_notes == "We now review every policy change in pairs."


def test_a_closing_paragraph_that_names_its_joke_or_moral_is_the_humour() -> None:
    for joke in (
        "Moral of the story: a policy that denies everything is easy to audit.",
        "Our on-call says the outage was a pun on 'write-only storage'. We are not laughing yet.",
        "The funny part: the upload button now has a very relaxing spinner.",
    ):
        document = from_markdown(_report(f"Policies are now tested in staging first.\n\n{joke}"))
        assert document.humor.caption == joke, joke
        assert document.closing_notes == "Policies are now tested in staging first."


def test_closing_words_that_deny_a_joke_or_turn_from_one_stay_the_closing_notes() -> None:
    for last in (
        "This was no joke for the customers who lost their drafts.",
        "Jokes aside, staging must match production before the next release.",
        "All joking aside, we owe support an apology.",
        "Something funny is still going on with the resolver under load; ticket OPS-12 tracks it.",
    ):
        closing = f"Policies are now tested in staging first.\n\n{last}"
        document = from_markdown(_report(closing))
        assert document.humor.caption == "", last
        assert document.closing_notes == closing, last


def test_a_plain_postscript_or_a_closing_that_is_only_the_joke_stays_the_closing_notes() -> None:
    for closing in (
        "Policies are now tested in staging first.\n\nP.S. The full request logs are attached to the ticket.",
        "Moral of the story: read the policy before you apply it. 😅",  # the joke is all it says
        "Policies are now tested in staging first.\n\n- a funny list item is a list, not a joke told",
    ):
        document = from_markdown(_report(closing))
        assert document.humor.caption == "" and document.humor.closing == "", closing
        assert document.closing_notes == closing, closing


def test_a_meme_under_the_title_is_the_humour_and_the_introduction_keeps_its_words() -> None:
    top = "![A cat pushing a server off the desk](https://example.org/cat.png)\n\nWhat follows is my write-up.\n"
    document = from_markdown(_report("Policies are now tested in staging first.", top=top))
    assert document.humor.closing == "![A cat pushing a server off the desk](https://example.org/cat.png)"
    assert "cat.png" not in document.introduction
    assert "What follows is my write-up." in document.introduction


def test_a_logo_or_a_graph_under_the_title_stays_in_the_introduction() -> None:
    for picture in (
        "![Acme logo](https://example.org/acme-logo.png)",
        "![Upload errors per minute](https://example.org/errors.png)",
        "![System architecture](arch.png)",
        "![login down](https://example.org/login.png)",
    ):
        document = from_markdown(_report("Policies are now tested in staging first.", top=picture + "\n"))
        assert picture in document.introduction, picture
        assert document.humor.closing == "" and document.humor.caption == "", picture


def test_a_report_with_a_humour_section_keeps_its_closing_joke_where_it_is() -> None:
    text = _report("We review changes in pairs now.\n\nP.S. Funny how it was always the policy. 😂")
    text += "\n## Humor\n\nThe bucket said no to everyone, which is more than I manage.\n"
    document = from_markdown(text)
    assert document.humor.caption == "The bucket said no to everyone, which is more than I manage."
    assert document.closing_notes.endswith("Funny how it was always the policy. 😂")


def test_the_joke_moved_to_the_humour_comes_back_from_the_editor_s_own_markdown() -> None:
    document = from_markdown(
        _report("We review changes in pairs now.\n\nP.S. The bucket was secure, in the way a brick is. 🙃")
    )
    again = from_markdown(to_markdown(document))
    assert again.humor == document.humor
    assert again.closing_notes == document.closing_notes
