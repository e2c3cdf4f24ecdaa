"""What the command line prints about a document never drives the terminal: controls come out escaped."""

from __future__ import annotations

import json
import sys

import pytest

from app.terminal import printable
from tests.test_cli import run

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202etxt.exe\u2066"
ESCAPED = "\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202etxt.exe\\u2066"


def assert_no_controls(text: str) -> None:
    for line in text.split("\n"):  # Only the line ends the command writes itself.
        assert printable(line) == line, repr(line)


def test_printable_escapes_controls_bidi_and_lone_surrogates_and_keeps_the_rest():
    assert printable(HOSTILE) == ESCAPED
    assert printable("résumé — 11:12 UTC, 東京") == "résumé — 11:12 UTC, 東京"
    assert printable("name\udcff.json") == "name\\udcff.json"


def test_validate_escapes_a_hostile_key_of_the_document(capsys, tmp_path):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps({"format_version": 1, HOSTILE: 1}), encoding="utf-8")

    status, out, err = run(capsys, "validate", path)

    assert status == 1
    assert_no_controls(out + err)
    assert ESCAPED in out


@pytest.mark.skipif(sys.platform == "win32", reason="such file names are POSIX")
@pytest.mark.parametrize("command", ["validate", "export"])
def test_a_hostile_file_name_is_escaped_in_errors(capsys, tmp_path, command):
    path = tmp_path / f"{HOSTILE}.json"
    args = [command, path] if command == "validate" else [command, path, "-o", tmp_path / "out.md"]

    status, out, err = run(capsys, *args)

    assert status == 1
    assert_no_controls(out + err)
    assert "no such file" in err and ESCAPED in err


@pytest.mark.skipif(sys.platform == "win32", reason="such file names are POSIX")
def test_an_undecodable_file_name_is_escaped_not_an_encoding_crash(capsys, tmp_path):
    path = tmp_path / "caf\udce9.json"  # the byte 0xe9 of a Latin-1 name, as Python hands it over
    status, _out, err = run(capsys, "validate", path)
    assert status == 1
    assert "caf\\udce9.json: no such file" in err


def test_export_warning_and_output_name_are_escaped(capsys, tmp_path):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps({"format_version": 1}), encoding="utf-8")
    output = tmp_path / f"{HOSTILE}.docx"
    status, out, err = run(capsys, "export", path, "-o", output)
    assert status == 1 and "cannot write .docx" in err
    assert_no_controls(out + err)


def test_usage_errors_quoting_an_argument_are_escaped(capsys):
    status, out, err = run(capsys, "new", "-o", "x.json", "--template", HOSTILE)
    assert status == 2
    assert_no_controls(out + err)
