"""The Graphviz ``dot`` program, run as a subprocess with a time limit and a clean environment.

The ``graphviz`` package's own ``pipe`` has no timeout, so the program is run
here; the package still reports its version. It writes SVG and PNG.
"""

from __future__ import annotations

import os
import re
import selectors
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from functools import cache

from app.flowchart.packed_svg import PackedSvg, SvgPacker
from app.flowchart.renderer import (
    DEFAULT_TIMEOUT,
    INSTALL_HINT,
    POLL_INTERVAL,
    NoRendererError,
    RenderCancelledError,
    Renderer,
    RenderError,
    RenderTimeoutError,
)

READ_BYTES = 64 * 1024
"""Read from ``dot``'s output at a time (a pipe's whole buffer on Linux)."""
MAX_ERROR_BYTES = 64 * 1024
"""Of ``dot``'s error text, kept for its message: a hostile chart's warnings could run to megabytes."""


def _sandbox_environment() -> dict[str, str]:
    """The environment for ``dot``: with SERVER_NAME set Graphviz refuses to load image files.

    The DOT we generate never names a file; this is a second lock on the same door.
    """
    environment = dict(os.environ)
    environment["SERVER_NAME"] = "postmortem-editor"
    environment.pop("GV_FILE_PATH", None)
    return environment


class DotProgram(Renderer):
    name = "dot"
    formats = ("svg", "png")

    def __init__(self, executable: str | None = None) -> None:
        self._executable = executable

    @property
    def executable(self) -> str | None:
        return self._executable or shutil.which("dot")

    def available(self) -> bool:
        return self.executable is not None

    def version(self) -> str:
        return _dot_version(self.executable or "dot")

    def describe(self) -> str:
        return f"Graphviz {self.version()}, the installed dot program ({self.executable})"

    def _start(self, source: str, fmt: str, dpi: float) -> subprocess.Popen[bytes]:
        """``dot`` started on ``source``, which a thread of its own writes to it."""
        executable = self.executable
        if executable is None:
            raise NoRendererError(INSTALL_HINT)
        if fmt not in self.formats:
            raise RenderError(f"the dot program cannot write {fmt}")
        command = [executable, f"-T{fmt}"]
        if fmt == "png":
            command.append(f"-Gdpi={dpi:g}")
        read_end, write_end = os.pipe()
        try:
            process = subprocess.Popen(
                command,
                stdin=read_end,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_sandbox_environment(),
            )
        except OSError as error:
            os.close(write_end)
            raise RenderError(f"cannot run Graphviz: {error.strerror or error}") from None
        finally:
            os.close(read_end)  # dot has its own copy
        _feed(write_end, source.encode("utf-8"))
        return process

    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        dpi: float = 96.0,
        cancel: threading.Event | None = None,
    ) -> bytes:
        parts: list[bytes] = []
        self._run(source, fmt, dpi, timeout, cancel, parts.append)
        return b"".join(parts)

    def render_packed(
        self, source: str, *, timeout: float = DEFAULT_TIMEOUT, cancel: threading.Event | None = None
    ) -> PackedSvg:
        # Packed a pipe's read at a time: a 1,400-node chain's 1.6 MB of SVG was read into
        # 32 KB pieces, joined into a copy, then packed, 3.2 MB at once in the preview's thread.
        packer = SvgPacker()
        self._run(source, "svg", 96.0, timeout, cancel, packer.add)
        return packer.finish()

    def _run(
        self,
        source: str,
        fmt: str,
        dpi: float,
        timeout: float,
        cancel: threading.Event | None,
        take: Callable[[bytes], None],
    ) -> None:
        """Run ``dot`` on ``source``, handing its output to ``take`` as it comes; raise if it fails."""
        process = self._start(source, fmt, dpi)
        wrote = [False]

        def taken(data: bytes) -> None:
            wrote[0] = True
            take(data)

        stderr = _collect(process, timeout, cancel, taken)
        if process.returncode != 0 or not wrote[0]:
            raise RenderError(_first_error_line(stderr.decode("utf-8", "replace")))


def _collect(
    process: subprocess.Popen[bytes], timeout: float, cancel: threading.Event | None, take: Callable[[bytes], None]
) -> bytes:
    """Hand ``dot``'s output to ``take`` as it comes and return its error text; a time limit or a cancel kills it.

    Checked in short steps, so either takes effect promptly.
    """
    deadline = time.monotonic() + timeout
    with process:
        if os.name == "nt":  # no ``select`` on pipes: the output comes whole
            stdout, stderr = _communicate(process, deadline, timeout, cancel)
            if stdout:
                take(stdout)
            return stderr
        errors = bytearray()
        with selectors.DefaultSelector() as selector:
            for stream in (process.stdout, process.stderr):
                selector.register(stream, selectors.EVENT_READ)
            while selector.get_map():
                for key, _events in selector.select(max(0.0, min(POLL_INTERVAL, deadline - time.monotonic()))):
                    data = os.read(key.fd, READ_BYTES)
                    if not data:
                        selector.unregister(key.fileobj)
                    elif key.fileobj is process.stdout:
                        take(data)
                    elif len(errors) < MAX_ERROR_BYTES:
                        errors += data
                _check(process, deadline, timeout, cancel)
        while True:  # the output is closed: the exit status follows
            try:
                process.wait(max(0.0, min(POLL_INTERVAL, deadline - time.monotonic())))
                return bytes(errors)
            except subprocess.TimeoutExpired:
                _check(process, deadline, timeout, cancel)


def _communicate(
    process: subprocess.Popen[bytes], deadline: float, timeout: float, cancel: threading.Event | None
) -> tuple[bytes, bytes]:
    while True:
        step = max(0.0, min(POLL_INTERVAL, deadline - time.monotonic()))
        try:
            return process.communicate(timeout=step)
        except subprocess.TimeoutExpired:
            _check(process, deadline, timeout, cancel)


def _check(process: subprocess.Popen[bytes], deadline: float, timeout: float, cancel: threading.Event | None) -> None:
    """Kill ``dot`` and raise when its render is no longer wanted or its time is up."""
    if cancel is not None and cancel.is_set():
        process.kill()
        raise RenderCancelledError("the render was no longer needed")
    if time.monotonic() >= deadline:
        process.kill()
        raise RenderTimeoutError(f"Graphviz took longer than {timeout:g} s and was stopped")


def _feed(pipe: int, data: bytes) -> None:
    """Write ``data`` to ``dot``'s standard input from a thread of its own, then close it.

    Not through ``communicate``: given the input with a timeout, it writes what
    the pipe takes before the first timeout, and a retry (which may not pass
    the input again) never writes the rest, so ``dot`` waited for the end of a
    large chart's text until the time limit (a 1,400-node chain: 360 KB).
    """

    def write() -> None:
        try:
            rest = memoryview(data)
            while rest:
                rest = rest[os.write(pipe, rest) :]
        except OSError:
            pass  # dot was stopped (a time limit, a cancel) or ended early: the rest has no reader.
        finally:
            os.close(pipe)

    threading.Thread(target=write, name="dot input", daemon=True).start()


@cache
def _dot_version(executable: str) -> str:
    try:
        import graphviz

        return ".".join(str(part) for part in graphviz.version())
    except Exception:  # The package could not run or parse `dot -V`; ask the program directly.
        try:
            output = subprocess.run([executable, "-V"], capture_output=True, timeout=10, check=False).stderr
        except (OSError, subprocess.TimeoutExpired):
            return "unknown version"
        match = re.search(rb"version\s+([0-9][0-9.]*)", output)
        return match.group(1).decode() if match else "unknown version"


def _first_error_line(stderr: str) -> str:
    for line in stderr.splitlines():
        line = line.strip()
        if line and not line.lower().startswith("warning"):
            return f"Graphviz failed: {line.removeprefix('Error: ')}"
    return "Graphviz failed without a message"
