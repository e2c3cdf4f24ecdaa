"""PySide's import hook keeps no module's source, reads none until a feature is selected, then answers as PySide does.

The editor imports some 400 modules after Qt; PySide's hook read each one's
source through ``linecache``, which kept it all (about 3.7 MB) for the life of
the window, and reading them at all cost 160 file reads of the start for an
answer that counts only once a module selects a feature, which the editor
never does. ``widgets.pyside_source_scan`` answers without reading until then,
and without that cache after.
"""

from __future__ import annotations

import importlib
import inspect
import linecache
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import widgets  # noqa: F401  (the editor's package puts the hook's question in place)
from widgets import pyside_source_scan
from widgets.pyside_source_scan import uses_pyside

feature = pytest.importorskip("shibokensupport.feature")


def _import_from(folder: Path, name: str, source: str):
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        return __import__(name)  # as an import statement does: through the hook (importlib.import_module is not)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def _pyside_answer(module) -> bool:
    """What PySide's own ``_mod_uses_pyside`` answers (inspect.getsource, through linecache)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_a_module_imported_after_qt_leaves_no_source_in_the_line_cache(tmp_path: Path):
    module = _import_from(tmp_path, "imported_after_qt", "from PySide6.QtCore import QObject\nVALUE = 1\n")

    assert module.VALUE == 1
    assert module.__file__ not in linecache.cache


def test_a_module_imported_after_qt_is_answered_without_reading_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    read: list[str] = []
    monkeypatch.setattr(pyside_source_scan, "_file_contains", lambda path, mark: read.append(path) or False)

    module = _import_from(tmp_path, "unread_module", "from PySide6.QtCore import QObject\nVALUE = 2\n")

    assert module.VALUE == 2
    assert read == []  # no file opened while no feature is selected (the editor selects none)
    assert feature.pyside_feature_dict[module.__name__] == 0  # what every module has while no feature is selected


def test_once_a_feature_is_selected_modules_are_told_apart_as_pyside_does(tmp_path: Path):
    # In a process of its own: a feature selection changes how PySide resolves names for the whole process.
    sources = {
        "uses_qt_before": "import PySide6.QtCore\n",
        "plain_before": "VALUE = 'PySide' + '6'\n",
        "selects": "from __feature__ import snake_case\n",
        "uses_qt_after": "import PySide6.QtCore\n",
        "plain_after": "VALUE = 2\n",
    }
    for name, source in sources.items():
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    script = textwrap.dedent(
        """
        import widgets
        import uses_qt_before, plain_before, selects, uses_qt_after, plain_after
        from shibokensupport.feature import pyside_feature_dict as answers
        names = ("uses_qt_before", "plain_before", "uses_qt_after", "plain_after")
        print(*(answers[name] for name in names))
        """
    )

    result = _run_in_its_own_process(tmp_path, script)

    # 0: feature selections switch for the module; -1: the module is ignored in switching.
    assert result.stdout.split() == ["0", "-1", "0", "-1"], result.stderr


def _run_in_its_own_process(folder: Path, script: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parent.parent
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=folder,
        env={"PYTHONPATH": f"{folder}:{root}", "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6\n",
        "x = 1\n",
        "# coding: latin-1\ns = 'é PySide6'\n",
        "# coding: latin-1\ns = 'é'\n",
        "\ufeffname = 'PySide6'\n",
        "",
    ],
)
def test_the_answer_is_pysides_for_sources_on_disk(tmp_path: Path, source: str):
    path = tmp_path / "sample.py"
    encoding = "latin-1" if "latin-1" in source else "utf-8"
    path.write_bytes(source.encode(encoding))
    module = type(sys)("sample")
    module.__file__ = str(path)

    assert uses_pyside(module) is _pyside_answer(module)


def test_a_mark_cut_by_the_end_of_a_piece_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pyside_source_scan, "PIECE", 8)
    for start in range(12):
        path = tmp_path / f"cut{start}.py"
        path.write_bytes(b"#" * start + b"PySide6" + b"\n")
        module = type(sys)(f"cut{start}")
        module.__file__ = str(path)
        assert uses_pyside(module), start
    path.write_bytes(b"# PySide 6\n")
    assert not uses_pyside(module)


def test_modules_without_a_source_file_are_answered_as_pyside_does(tmp_path: Path):
    archive = tmp_path / "modules.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped_user.py", "import PySide6\n")
        zipped.writestr("zipped_plain.py", "x = 1\n")
    sys.path.insert(0, str(archive))
    try:
        zipped_modules = [importlib.import_module("zipped_user"), importlib.import_module("zipped_plain")]
    finally:
        sys.path.remove(str(archive))
        for name in ("zipped_user", "zipped_plain"):
            sys.modules.pop(name, None)
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "no such file.py")
    namespace = type(sys)("namespace")
    namespace.__file__ = None
    import _sqlite3  # an extension module: a shared library, no source

    for module in [*zipped_modules, sys, _sqlite3, gone, namespace]:
        assert uses_pyside(module) is _pyside_answer(module), module
    assert [uses_pyside(module) for module in zipped_modules] == [True, False]


def test_installing_twice_keeps_the_unread_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert pyside_source_scan.install() is True  # the package installed it already
    read: list[str] = []
    monkeypatch.setattr(pyside_source_scan, "_file_contains", lambda path, mark: read.append(path) or False)

    _import_from(tmp_path, "after_second_install", "import PySide6\n")

    assert read == []


def test_installing_does_nothing_when_pyside_has_no_such_hook(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delattr(feature, "_mod_uses_pyside")

    assert pyside_source_scan.install() is False
    assert not hasattr(feature, "_mod_uses_pyside")


def test_a_module_selecting_snake_case_still_gets_it(tmp_path: Path):
    # In a process of its own: a feature selection changes how PySide resolves names for the whole process.
    (tmp_path / "snake.py").write_text(
        textwrap.dedent(
            """
            from __feature__ import snake_case
            from PySide6.QtCore import QObject

            def named(text):
                item = QObject()
                item.set_object_name(text)
                return item.object_name()
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "camel.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QObject

            def named(text):
                item = QObject()
                item.setObjectName(text)
                return item.objectName()
            """
        ),
        encoding="utf-8",
    )
    script = textwrap.dedent(
        """
        import linecache, sys
        import widgets
        import snake, camel
        print(snake.named("a"), camel.named("b"), snake.__file__ in linecache.cache)
        """
    )
    result = _run_in_its_own_process(tmp_path, script)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["a", "b", "False"]
