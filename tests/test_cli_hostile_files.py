"""The command line on files that are not post-mortems at all: one line each, never a hang or a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.test_cli import assert_one_line_error, run

pytestmark = pytest.mark.timeout(30)


def _fifo(directory: Path) -> Path:
    os.mkfifo(directory / "incident.json")
    return directory / "incident.json"


def _loop(directory: Path) -> Path:
    (directory / "loop.json").symlink_to(directory / "loop.json")
    return directory / "loop.json"


def _zero(directory: Path) -> Path:
    (directory / "zero.json").symlink_to("/dev/zero")
    return directory / "zero.json"


def _huge_version(directory: Path) -> Path:
    (directory / "huge.json").write_text('{"format_version": ' + "9" * 5000 + "}\n", encoding="utf-8")
    return directory / "huge.json"


def _long_version(directory: Path) -> Path:
    (directory / "long.json").write_text('{"format_version": ' + "9" * 4000 + "}\n", encoding="utf-8")
    return directory / "long.json"


def _huge_time(directory: Path) -> Path:
    text = '{"format_version": 1, "summary": {"start": ' + "1" * 6000 + "}}"
    (directory / "time.json").write_text(text, encoding="utf-8")
    return directory / "time.json"


def _long_key(directory: Path) -> Path:
    (directory / "key.json").write_text('{"format_version": 1, "' + "k" * 100_000 + '": 1}', encoding="utf-8")
    return directory / "key.json"


def _deep(directory: Path) -> Path:
    (directory / "deep.json").write_text('{"format_version": 1, "a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return directory / "deep.json"


HOSTILE = {
    "fifo": (_fifo, "FIFO"),
    "symlink loop": (_loop, "loop of symbolic links"),
    "link to /dev/zero": (_zero, "device"),
    "5,000-digit format_version": (_huge_version, "number thousands of digits long"),
    "4,000-digit format_version": (_long_version, "newer version"),
    "6,000-digit time": (_huge_time, "number thousands of digits long"),
    "100,000-character key": (_long_key, "unknown field"),
    "deep nesting": (_deep, "nested too deeply"),
}


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev need POSIX")
@pytest.mark.parametrize("command", ["validate", "export"])
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_one_short_line_exit_1(capsys, tmp_path, case, command):
    make, fragment = HOSTILE[case]
    source = make(tmp_path)
    output = tmp_path / "out.md"
    args = ["validate", source] if command == "validate" else ["export", source, "-o", output]

    status, out, err = run(capsys, *args)

    assert status == 1
    if command == "validate" and case == "100,000-character key":
        # A file that breaks the format's rules: one line per problem, on stdout, and short.
        assert out.startswith(f"{source}: ") and fragment in out and len(out) < 400
        return
    assert out == ""
    assert_one_line_error(err, source, fragment)
    assert len(err) < 400
    assert not output.exists()
