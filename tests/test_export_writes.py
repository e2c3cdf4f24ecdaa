"""What an export writes on disk: regular files only, a page and its picture together, HTML as one file."""

from __future__ import annotations

import base64
import errno
import os
import sys
from pathlib import Path

import pytest

from app import atomic
from app.errors import DocumentError
from app.flowchart import export as flowchart_export
from tests.conftest import ROOT
from tests.test_cli import run

pytestmark = pytest.mark.timeout(60)
EXAMPLE = ROOT / "resources" / "examples" / "dns-outage.json"
PNG = b"\x89PNG\r\n\x1a\nnew picture"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs need POSIX")


@pytest.fixture
def fake_graphviz(monkeypatch):
    monkeypatch.setattr(flowchart_export, "render_chart", lambda *_args, **_kwargs: PNG)


# --------------------------------------------------------------------------- only regular files


@posix_only
@pytest.mark.parametrize("through_link", [False, True])
def test_exporting_onto_a_fifo_is_refused_and_leaves_it_a_fifo(capsys, tmp_path, through_link):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    output = tmp_path / "out.md"
    if through_link:
        output.symlink_to(fifo)
    else:
        output = fifo.rename(tmp_path / "out.md")

    status, _out, err = run(capsys, "export", EXAMPLE, "-o", output)

    assert status == 1
    assert err == f"postmortem-editor: {output}: is a pipe (FIFO), not a file: only regular files are written\n"
    target = fifo if through_link else output
    assert target.is_fifo()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_exporting_through_a_link_to_a_file_replaces_that_file_and_keeps_the_link(capsys, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)

    assert run(capsys, "export", EXAMPLE, "-o", link)[0] == 0

    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")


def test_atomic_write_refuses_a_folder_and_a_loop(tmp_path):
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(DocumentError, match="Is a directory"):
        atomic.write_bytes_atomic(tmp_path / "folder.md", b"x")
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    with pytest.raises(DocumentError, match="loop of symbolic links"):
        atomic.write_bytes_atomic(tmp_path / "loop.md", b"x")


# --------------------------------------------------------------------------- a page and its picture


def test_a_full_disk_while_writing_the_picture_fails_the_export_and_keeps_the_older_pair(
    capsys, tmp_path, monkeypatch, fake_graphviz
):
    page, picture = tmp_path / "incident.md", tmp_path / "incident.flowchart.png"
    page.write_text("older page", encoding="utf-8")
    picture.write_bytes(b"older picture")
    real_fdopen = os.fdopen

    def fdopen(descriptor, *args, **kwargs):
        handle = real_fdopen(descriptor, *args, **kwargs)
        if ".incident.flowchart.png." in os.readlink(f"/proc/self/fd/{descriptor}"):

            def disk_full(_data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            handle.write = disk_full
        return handle

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell the picture's temporary file apart")
    monkeypatch.setattr(atomic.os, "fdopen", fdopen)

    status, _out, err = run(capsys, "export", EXAMPLE, "-o", page)

    assert status == 1
    assert err.startswith(f"postmortem-editor: {page}: cannot save: No space left on device")
    assert page.read_text(encoding="utf-8") == "older page"
    assert picture.read_bytes() == b"older picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incident.flowchart.png", "incident.md"]


def test_a_markdown_export_writes_the_page_and_its_picture(capsys, tmp_path, fake_graphviz):
    page = tmp_path / "incident.md"
    assert run(capsys, "export", EXAMPLE, "-o", page) == (0, "", "")
    assert (tmp_path / "incident.flowchart.png").read_bytes() == PNG
    assert "(incident.flowchart.png)" in page.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- HTML is one file


def test_the_html_export_is_one_file_with_the_chart_inside(capsys, tmp_path, fake_graphviz):
    page = tmp_path / "incident.html"

    assert run(capsys, "export", EXAMPLE, "-o", page) == (0, "", "")

    assert [p.name for p in tmp_path.iterdir()] == ["incident.html"]
    html = page.read_text(encoding="utf-8")
    assert f'src="data:image/png;base64,{base64.b64encode(PNG).decode()}"' in html
    assert "flowchart.png" not in html


def test_an_html_export_whose_chart_cannot_be_drawn_is_written_with_a_warning(capsys, tmp_path, monkeypatch):
    def no_graphviz(*_args, **_kwargs):
        raise DocumentError("no Graphviz renderer is available")

    monkeypatch.setattr(flowchart_export, "render_chart", no_graphviz)
    page = tmp_path / "incident.html"

    status, _out, err = run(capsys, "export", EXAMPLE, "-o", page)

    assert status == 0
    assert err == (
        f"postmortem-editor: warning: {page}: the flowchart picture is not in the page: "
        "no Graphviz renderer is available\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["incident.html"]
    assert "<img" not in page.read_text(encoding="utf-8")
