"""The everyday test run keeps properties short; CI runs them in full (see tests/conftest.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import dev_examples, hypothesis_profile


@settings(max_examples=200)
@given(st.integers())
def test_a_property_asking_for_200_examples(number: int) -> None:
    assert isinstance(number, int)


def test_the_property_runs_its_share_of_examples_in_this_profile() -> None:
    runs = test_a_property_asking_for_200_examples._hypothesis_internal_use_settings.max_examples
    assert runs == (dev_examples(200) if hypothesis_profile() == "dev" else 200)
    assert dev_examples(200) == 40 and dev_examples(25) == 10
