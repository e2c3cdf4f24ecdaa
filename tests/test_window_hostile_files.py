"""File › Open, Open Recent and the command line's FILE on files that are not post-mortems: a dialog each."""

from __future__ import annotations

import sys

import pytest

from app.model import PostMortem
from tests.test_cli_hostile_files import HOSTILE
from tests.test_window_fixtures import Answers, make_window, sample_document

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev need POSIX"),
]


@pytest.mark.parametrize("case", list(HOSTILE))
def test_opening_a_hostile_file_shows_one_dialog_and_keeps_the_document(qtbot, tmp_path, monkeypatch, case):
    make, fragment = HOSTILE[case]
    source = make(tmp_path)
    window = make_window(qtbot, tmp_path, sample_document())
    answers = Answers(window, monkeypatch, open_path=source)

    with qtbot.waitSignal(window.files.open_finished) as ended:
        assert window.files.open_dialog()  # started: the file is read on the runner's thread
    assert ended.args == [False]

    assert len(answers.errors) == 1
    assert answers.errors[0].startswith(f"{source.name}: ") and fragment in answers.errors[0]
    assert len(answers.errors[0]) < 400
    assert window.document.model == sample_document()


def test_a_recent_file_that_became_a_loop_of_links_is_reported_and_dropped(qtbot, tmp_path, monkeypatch):
    from tests.test_window_files import write_sample

    target = write_sample(tmp_path / "outage.json")
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(target)
    target.unlink()
    target.symlink_to(target)
    answers = Answers(window, monkeypatch)

    assert not window.files.open_now(target)  # as Open Recent and `postmortem-editor outage.json` do

    assert answers.errors == ["outage.json: is a loop of symbolic links"]
    assert window.document.model == sample_document()


def test_window_started_on_a_loop_of_links_opens_empty_with_a_dialog(qtbot, tmp_path, monkeypatch):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    window = make_window(qtbot, tmp_path)
    answers = Answers(window, monkeypatch)

    assert not window.files.open_now(loop, ask=False)

    assert answers.errors == ["loop.json: is a loop of symbolic links"]
    assert window.document.model == PostMortem()
