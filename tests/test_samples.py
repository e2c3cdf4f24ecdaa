"""Every sample post-mortem in ``tests/samples`` reads as a careful person would read it.

A sample is ``<layout>.md`` beside ``<layout>.json``, the document it must
give (written and checked by hand: every event, its time and kind, the
title, the incident's start and end). A new layout is a new recogniser in
``app/formats/markdown_read`` plus a new pair here; the tests pick it up.
Each sample is also held to the no-loss property (every word of it is in
the Markdown saved from it) and to a stable save-and-reopen.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.formats.json_format import dumps
from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from tests.test_import_no_loss_property import _STRUCTURE, _words

SAMPLES = Path(__file__).parent / "samples"
# "All times are shown in PDT" is read into every time's zone; the export writes each time with its zone.
_ZONE_STATEMENT_WORDS = {"are", "shown"}
MARKDOWN_SAMPLES = sorted(SAMPLES.glob("*.md"))


def _read(path: Path):  # type: ignore[no-untyped-def]
    return from_markdown(path.read_text(encoding="utf-8"))


def test_there_are_samples():
    assert len(MARKDOWN_SAMPLES) >= 5


@pytest.mark.parametrize("path", MARKDOWN_SAMPLES, ids=lambda path: path.stem)
def test_sample_gives_its_document(path: Path):
    expected_path = path.with_suffix(".json")
    assert expected_path.exists(), f"{expected_path.name} is missing: write the document {path.name} must give"
    actual = json.loads(dumps(_read(path)))
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for part in ("metadata", "summary", "timeline", "introduction", "root_cause", "measures", "extra_sections"):
        assert actual.get(part) == expected.get(part), part
    assert actual == expected


@pytest.mark.parametrize("path", MARKDOWN_SAMPLES, ids=lambda path: path.stem)
def test_no_word_of_a_sample_is_lost(path: Path):
    text = path.read_text(encoding="utf-8")
    # An HTML title's tag is markup, not a word: its text becomes the "# Title" heading. So are the
    # attributes of a pandoc span ("[Summary]{.underline}"): its text stays. A saved page's <style>
    # block is rules for a browser, which no reader sees.
    words = _words(re.sub(r"</?h1[^>]*>|\]\{[.#][^{}\n]*\}|<style>.*?</style>", " ", text, flags=re.DOTALL))
    if path.stem.startswith("slack-"):
        # Slack's markup, not words: a mention's user id ("<@U024BE7LH|maria>" reads "@maria") and the shortcodes
        # a reader sees as pictures beside the words (those a sentence needs are kept as their names).
        words -= _words(" ".join(re.findall(r"<[@#!][^<>|\s]+\||:[a-z0-9_+'-]+:", text)))
    if path.stem.startswith("textile-"):
        # Textile's style attributes ("|{background:#fdd}. 02:40 |"): a browser's, not a reader's.
        words -= _words(" ".join(re.findall(r"\{[^{}\n]*\}\.", text)))
    missing = words - _STRUCTURE - _ZONE_STATEMENT_WORDS - _words(to_markdown(from_markdown(text)))
    assert not missing, f"lost: {sorted(missing)}"


@pytest.mark.parametrize("path", MARKDOWN_SAMPLES, ids=lambda path: path.stem)
def test_a_sample_saved_and_reopened_is_the_same_document(path: Path):
    document = _read(path)
    assert from_markdown(to_markdown(document)) == document
