"""The quick check that skips normalising must never skip a text that needs it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app import field_text as model

# Characters where the normalisations differ: line breaks, spaces of all kinds,
# controls, surrogates, plus ordinary letters.
_TRICKY = st.text(
    alphabet=st.sampled_from(
        [
            "a",
            "b",
            " ",
            "\t",
            "\n",
            "\r",
            "\x0b",
            "\x0c",
            "\x1c",
            "\x85",
            "\xa0",
            "\u2003",
            "\x00",
            "\x7f",
            "\ud800",
            "é",
            "🔥",
        ]
    ),
    max_size=12,
)


def _reference_text(value: str) -> str:
    value = model._clean(value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in value.split("\n")).strip("\n")


def _reference_line(value: str) -> str:
    parts = (part.strip() for part in model._LINE_BREAKS.split(model._clean(value)))
    return " ".join(part for part in parts if part)


@given(_TRICKY | st.text())
def test_text_normalisation_equals_the_full_computation(value: str) -> None:
    assert model.normalize_text(value) == _reference_text(value)


@given(_TRICKY | st.text())
def test_line_normalisation_equals_the_full_computation(value: str) -> None:
    assert model.normalize_line(value) == _reference_line(value)


@given(_TRICKY | st.text())
def test_normalising_twice_changes_nothing_more(value: str) -> None:
    once_text, once_line = model.normalize_text(value), model.normalize_line(value)
    assert model.normalize_text(once_text) == once_text
    assert model.normalize_line(once_line) == once_line
