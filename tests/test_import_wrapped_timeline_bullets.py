"""A timed bullet whose sentence was broken onto a bullet of its own is one entry, as a reader reads it.

"- 8:20 am: a customer got a 500 response after submitting" over "- the form.": the second bullet has no time,
starts in lower case and ends the sentence the first left open, where the list's other entries end with a full
stop. A bullet that starts a sentence of its own, or a list that never ends its entries with one, keeps its
bullets apart.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _texts(markdown: str) -> list[str]:
    return [event.text for event in from_markdown(markdown).timeline]


def test_a_broken_sentence_is_one_timed_entry() -> None:
    texts = _texts(
        "# Checkout errors\n\n## Timeline\n\n"
        "- 8:20 am: a customer got a 500 response after submitting\n"
        "- the order form.\n"
        "- 8:22 am: the on-call engineer was paged.\n"
        "- 8:40 am: the cache node was replaced.\n"
    )
    assert texts[0].endswith("a customer got a 500 response after submitting the order form.")
    assert len(texts) == 3


def test_the_same_break_in_a_24_hour_log() -> None:
    texts = _texts(
        "# Queue stall\n\n## Timeline\n\n"
        "- 14:05 – the consumer lag alert fired for\n"
        "- the billing queue.\n"
        "- 14:09 – the consumers were restarted.\n"
        "- 14:30 – the lag was back to zero.\n"
    )
    assert texts[0].endswith("fired for the billing queue.")
    assert len(texts) == 3


def test_an_untimed_bullet_of_its_own_stays_apart() -> None:
    texts = _texts(
        "# Queue stall\n\n## Timeline\n\n"
        "- 14:05 – the consumer lag alert fired.\n"
        "- the billing team was told.\n"
        "- 14:09 – the consumers were restarted.\n"
        "- 14:30 – the lag was back to zero.\n"
    )
    assert len(texts) == 4
