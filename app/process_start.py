"""Process settings made before the heavy imports: pydantic's plugins, the collector, import order, malloc's heaps.

``configure_process`` runs first for every command; ``prepare_editor_start``
only before the window (``widgets.application.resume_collector`` ends what it
starts). Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import os
import sys
import types

# What the window needs from app/ (and, through it, pydantic) before it is
# shown. tests/test_startup.py checks that no app/ module the window's start
# uses is first imported after Qt.
WINDOW_START_MODULES = (
    "app.model",
    "app.encoding_repair",
    "app.formats.files",
    "app.formats.json_format",
    "app.formats.json_long_strings",  # opening a JSON file
    "app.free_memory",
    "app.validation",
    "app.glance",
    "app.recovery_store",
    "app.list_moves",
    "app.timefmt",
)

MALLOC_ARENAS = 2
"""Heaps glibc's malloc keeps for the editor's threads (its own default: eight per core)."""
_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h

_PLUGIN_LOADER = "pydantic.plugin._loader"
_PLUGINS_OFF = ("__all__", "1", "true")  # the values pydantic itself reads as "no plugins at all"


def configure_process() -> None:
    """Process settings that must be made before pydantic is imported (the models are built then)."""
    # pydantic looks for plugins in the entry points of every installed
    # distribution when it builds the first model: 2-3 ms of each start here,
    # more in a large environment, for plugins this application never uses.
    # A value the user set (to run a plugin after all) is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in _PLUGINS_OFF:
        _skip_plugin_loader()


def _skip_plugin_loader() -> None:
    """Stand in for pydantic's plugin loader while plugins are off.

    Even with every plugin disabled, building the first model imports the
    loader, and it imports ``importlib.metadata`` (with ``email``, ``zipfile``,
    ``csv``...) only to be asked for no plugins: 10 to 15 ms of every start.
    The stand-in answers what the loader answers then, no plugins. pydantic
    imports it as ``from ._loader import get_plugins`` when it builds a model
    (tests/test_startup.py builds one in a fresh process with it).
    """
    if _PLUGIN_LOADER in sys.modules:
        return
    loader = types.ModuleType(_PLUGIN_LOADER, "pydantic's plugin loader while PYDANTIC_DISABLE_PLUGINS turns them off")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[_PLUGIN_LOADER] = loader


def prepare_editor_start() -> None:
    """Pause the garbage collector until the window is up and import the window's Qt-free modules.

    Start-up creates objects that live as long as the window (modules,
    classes, the document) and no garbage cycles, so the collector's passes
    over them find nothing. The one that mattered was the full pass while a
    10,000-event document loads: 45 ms of the start (3 ms with a small one).
    ``widgets.application.resume_collector`` turns it back on.

    The modules are imported here, before Qt: once PySide6 is imported every
    later import goes through its import hook, which runs each ``import``
    statement through Python code and asks of each new module whether it uses
    PySide (looking for ``__feature__`` switches; ``widgets.pyside_source_scan``
    answers without reading). pydantic and the model imported behind that hook
    took 3.5 % more instructions of the whole start.
    """
    gc.disable()
    limit_malloc_arenas()
    for name in WINDOW_START_MODULES:
        importlib.import_module(name)


def limit_malloc_arenas() -> None:
    """Have glibc's malloc share ``MALLOC_ARENAS`` heaps between the editor's threads (before any starts).

    Each thread that allocates gets a heap of its own by default, and a heap
    keeps the memory its thread freed for that thread: the chart's worker
    parsing a big chart piece by piece, the preview's converting Markdown, each
    grew one to its own peak. A 1,400-node chart took 3 MB more at the peak,
    10,000 events 4.5 MB, an empty document none. A value the user set in
    ``MALLOC_ARENA_MAX`` wins; elsewhere than glibc this does nothing.
    """
    if "MALLOC_ARENA_MAX" in os.environ or not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
