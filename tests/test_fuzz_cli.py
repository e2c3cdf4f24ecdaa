"""The net: hostile documents through every command line command, in-process.

Each generated file (JSON or Markdown, valid or not) goes through
``validate`` and ``export`` to .md, .html, .json and .svg. Whatever it holds,
a command ends with status 0 or 1, says what went wrong in one line per
problem (``postmortem-editor: FILE: problem``), prints no control character,
and never ends in an internal error or a traceback; pytest-timeout turns a
hang into a failure.

``make test`` runs a few examples; a longer run:
``POSTMORTEM_FUZZ_EXAMPLES=2000 HYPOTHESIS_PROFILE=ci pytest tests/test_fuzz_cli.py``.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import re
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from tests.strategies import markdownish_text, node_ids, texts

EXAMPLES = int(os.environ.get("POSTMORTEM_FUZZ_EXAMPLES", "50"))
pytestmark = pytest.mark.timeout(max(120, 6 * EXAMPLES))

CONTROLS = "".join(map(chr, [*range(0x00, 0x20), *range(0x7F, 0xA0)])) + "\u202a\u202b\u202c\u202d\u202e\u2066\u2069"

# What a terminal would obey, found independently of the code under test.
TERMINAL_CONTROLS = re.compile(f"[{re.escape(CONTROLS)}]")

# Times at the edges of the calendar and of the UTC offsets (±23:59), where converting to
# another zone leaves the range of datetime.
_offsets = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
_edge_times = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone),
    st.sampled_from(
        [datetime(1, 1, 1), datetime(1, 1, 1, 0, 0, 59), datetime(9999, 12, 31, 23, 59, 59), datetime(1970, 1, 1)]
    ),
    _offsets,
)
_times = st.one_of(
    _edge_times,
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31), timezones=_offsets),
).map(lambda moment: moment.isoformat())

_hostile_texts = st.one_of(
    texts(),
    st.text(alphabet=st.sampled_from(CONTROLS + "ab #*-|[<>`\n"), max_size=60),
    st.integers(1_000, 20_000).map(lambda n: "word " * (n // 5)),  # a long line
    st.builds(
        lambda n, piece: "\n".join([piece] * n), st.integers(2, 300), st.sampled_from(["***", "###", "- x", "> q"])
    ),
    st.integers(2, 300).map(lambda depth: "\n".join(" " * (2 * d) + "- x" for d in range(depth))),  # deep lists
    st.integers(1, 2_000).map(lambda n: "[" * n + "<a " * n),
    st.sampled_from(["9" * 5_000, f"{'9' * 5_000}:00 UTC it broke", f"March {'9' * 5_000}, 2025, 11:12 UTC x"]),
)

# Values of the wrong kind or of absurd size, anywhere a value goes.
_absurd = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=False),
    st.just(1e308),
    st.just(10**4000),
    st.lists(st.integers(), max_size=3),
    st.just({}),
)


@st.composite
def hostile_data(draw: st.DrawFn) -> dict[str, Any]:
    text = _hostile_texts
    ids = draw(st.lists(node_ids, max_size=4, unique=True))
    data = {
        "format_version": 1,
        "metadata": {"title": draw(text), "authors": draw(st.lists(text, max_size=2)), "service": draw(text)},
        "introduction": draw(text),
        "summary": {"start": draw(_times), "end": draw(_times), "impact": draw(text)},
        "timeline": draw(
            st.lists(
                st.fixed_dictionaries(
                    {"kind": st.sampled_from(["note", "detection", "resolution"]), "time": _times, "text": text}
                ),
                max_size=4,
            )
        ),
        "measures": {"tasks": draw(st.lists(st.fixed_dictionaries({"text": text}), max_size=2))},
        "closing_notes": draw(text),
        "humor": {
            "caption": draw(text),
            "flowchart": {
                "nodes": [{"id": node, "label": draw(text)} for node in ids],
                "edges": [{"source": a, "target": b} for a, b in itertools.pairwise(ids)],
            },
        },
    }
    if draw(st.booleans()):
        # A key the format does not know, which validate quotes back: terminal controls included.
        data["x" + draw(st.text(alphabet=st.sampled_from(CONTROLS + "ab"), max_size=8))] = 1
    if draw(st.integers(0, 2)) == 2:  # the simplest documents (which Hypothesis favours) stay valid
        # One value of the wrong kind or of absurd size, in one of the places a value goes.
        *parents, key = draw(st.sampled_from(_ABSURD_PLACES))
        holder = data
        for part in parents:
            holder = holder[part]
        holder[key] = draw(_absurd)
    return data


_ABSURD_PLACES = [
    ("metadata", "title"),
    ("introduction",),
    ("summary", "start"),
    ("summary", "end"),
    ("timeline",),
    ("measures", "tasks"),
    ("humor", "flowchart"),
    ("format_version",),
]


def _json_text(data: dict[str, Any], nesting: int) -> str:
    text = json.dumps(data, ensure_ascii=False)
    if nesting:
        # Deep nesting written by hand: json.dumps itself would recurse too deep.
        text = text[:-1] + ', "deep": ' + "[" * nesting + "]" * nesting + "}"
    return text


hostile_files = st.one_of(
    st.builds(
        lambda data, nesting: ("incident.json", _json_text(data, nesting)),
        hostile_data(),
        st.sampled_from([0, 0, 0, 50, 100_000]),
    ),
    st.builds(
        lambda text, extra: ("incident.md", text + "\n" + extra),
        markdownish_text(),
        st.one_of(
            _hostile_texts.filter(lambda value: isinstance(value, str)),
            _edge_times.map(lambda moment: f"- {moment:%B} {moment.day}, {moment.year}, 00:00 UTC+00:01 clock"),
        ),
    ),
)


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main([str(a) for a in args])
    return status, out.getvalue(), err.getvalue()


def assert_documented_outcome(status: int, out: str, err: str, command: str) -> None:
    assert status in (0, 1), (command, status, err)
    assert "internal error" not in err and "Traceback" not in err, (command, err)
    for line in err.splitlines():
        assert line.startswith("postmortem-editor: "), (command, err)
    for line in (out + err).split("\n"):
        assert not TERMINAL_CONTROLS.search(line), (command, line)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile_files)
def test_no_hostile_document_crashes_or_hangs_a_command(file):
    name, content = file
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        source.write_text(content, encoding="utf-8", errors="surrogatepass")
        status, out, err = run_cli("validate", source)
        assert_documented_outcome(status, out, err, "validate")
        for suffix in (".md", ".html", ".json", ".svg"):
            output = Path(folder) / f"out{suffix}"
            status, out, err = run_cli("export", source, "-o", output)
            assert_documented_outcome(status, out, err, f"export {suffix}")
            assert out == ""
            if status == 0:
                assert output.is_file()
