"""``postmortem-editor library DIR ...``: output formats, exit status, and escaping what documents hold."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from tests.library_helpers import incident, task, write


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("POSTMORTEM_EDITOR_DATA_DIR", str(data))
    return data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    write(folder, "cache.json", incident("Cache stampede", tasks=[task("Add jitter", "Ada", date(2020, 1, 1))]))
    write(folder, "sub/dns.md", incident("DNS outage", service="edge", text="Resolvers timed out."))
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["library", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_index_prints_a_summary_and_exits_0_when_every_file_was_read(folder: Path, capsys) -> None:
    status, out, err = run(capsys, folder, "index")
    assert status == 0 and err == ""
    assert "2 post-mortem files, 2 indexed, 0 could not be read" in out
    assert "2 read" in out
    assert "0 read, 2 unchanged" in run(capsys, folder, "index")[1]


def test_a_file_that_cannot_be_read_is_reported_after_the_rest_and_exits_1(folder: Path, capsys) -> None:
    (folder / "bad.md").write_bytes(b"\x00\x01\x02")
    status, out, _err = run(capsys, folder, "index")
    assert status == 1
    assert "could not be read:\n  bad.md: is a binary file, not a post-mortem" in out
    status, out, err = run(capsys, folder, "list")
    assert status == 1
    assert "Cache stampede" in out and "DNS outage" in out
    assert err.strip() == f"postmortem-editor: {folder / 'bad.md'}: is a binary file, not a post-mortem"


def test_search_in_each_format(folder: Path, capsys) -> None:
    status, out, _ = run(capsys, folder, "search", "resolvers")
    assert status == 0 and "DNS outage" in out and "Cache" not in out
    status, out, _ = run(capsys, folder, "search", "resolvers", "--format", "json")
    (hit,) = json.loads(out)
    assert hit["title"] == "DNS outage" and hit["file"] == "sub/dns.md"
    assert [hit["snippet"][a:b] for a, b in hit["matches"]] == ["Resolvers"]
    status, out, _ = run(capsys, folder, "search", "service:edge", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["title"] for r in rows] == ["DNS outage"]


def test_list_as_csv_and_json_gives_seconds(folder: Path, capsys) -> None:
    _, out, _ = run(capsys, folder, "list", "--format", "csv")
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["Cache stampede"]["time_to_detect_s"] == "300"
    assert rows["Cache stampede"]["overdue_tasks"] == "1"
    _, out, _ = run(capsys, folder, "list", "--format", "json")
    assert {r["title"] for r in json.loads(out)} == {"Cache stampede", "DNS outage"}
    _, out, _ = run(capsys, folder, "list")
    assert "5 min" in out and "50 min" in out  # durations as people read them


def test_stats_in_each_format(folder: Path, capsys) -> None:
    status, out, _ = run(capsys, folder, "stats")
    assert status == 0 and "Incidents per month" in out and "2024-03" in out
    data = json.loads(run(capsys, folder, "stats", "--format", "json")[1])
    assert data["per_month"] == {"2024-03": {"SEV2": 2}}
    rows = list(csv.reader(io.StringIO(run(capsys, folder, "stats", "--format", "csv")[1])))
    assert ["incidents", "2024-03", "SEV2", "2"] in rows


def test_tasks_with_filters(folder: Path, capsys) -> None:
    _, out, _ = run(capsys, folder, "tasks", "--overdue", "--format", "json")
    assert [(t["text"], t["overdue"]) for t in json.loads(out)] == [("Add jitter", True)]
    _, out, _ = run(capsys, folder, "tasks", "--owner", "nobody", "--format", "json")
    assert json.loads(out) == []
    assert run(capsys, folder, "tasks", "--status", "later")[0] == 2


def test_control_characters_from_documents_and_names_are_escaped(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "lib"
    write(folder, "evil\x1b]0;owned\x07.json", incident("Title \u202eevil", service="a\x9bb"))
    for form in ("table", "csv", "json"):
        status, out, _ = run(capsys, folder, "list", "--format", form)
        assert status == 0
        assert not any(ch in out for ch in "\x1b\x07\u202e\x9b"), form
    out = run(capsys, folder, "list")[1]
    assert "evil\\x1b]0;owned\\x07.json" in out and "Title \\u202eevil" in out
    assert json.loads(run(capsys, folder, "list", "--format", "json")[1])[0]["title"] == "Title \u202eevil"


def test_line_separators_are_escaped_in_every_format_and_json_keeps_the_value(tmp_path: Path, capsys) -> None:
    # U+2028 ends a line in some terminals and editors; the table must stay one row a document.
    folder = tmp_path / "lib"
    write(folder, "a.json", incident("First\u2028Second\u2029line"))
    for form in ("table", "csv", "json"):
        out = run(capsys, folder, "list", "--format", form)[1]
        assert "\u2028" not in out and "\u2029" not in out, form
    assert json.loads(run(capsys, folder, "list", "--format", "json")[1])[0]["title"] == "First\u2028Second\u2029line"


def test_a_missing_folder_and_a_bad_query(tmp_path: Path, folder: Path, capsys) -> None:
    status, _, err = run(capsys, tmp_path / "nowhere", "list")
    assert status == 1 and "nowhere: no such folder" in err
    status, _, err = run(capsys, folder, "search", "severity:SEV7")
    assert status == 2 and "not a severity" in err


def test_a_data_folder_that_cannot_be_written_still_answers(
    folder: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    monkeypatch.setenv("POSTMORTEM_EDITOR_DATA_DIR", str(blocked))
    status, out, err = run(capsys, folder, "list")
    assert status == 0 and "Cache stampede" in out
    assert "warning: cannot keep an index" in err
    assert "index: in memory" in run(capsys, folder, "index")[1]
