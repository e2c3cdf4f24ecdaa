"""The Graphviz ``dot`` program, run as a subprocess with a time limit and a clean environment.

The ``graphviz`` package's own ``pipe`` has no timeout, so the program is run
here; the package still reports its version. It writes SVG and PNG.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from functools import cache

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

    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        dpi: float = 96.0,
        cancel: threading.Event | None = None,
    ) -> bytes:
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
        stdout, stderr = self._communicate(process, timeout, cancel)
        if process.returncode != 0 or not stdout:
            raise RenderError(_first_error_line(stderr.decode("utf-8", "replace")))
        return stdout

    @staticmethod
    def _communicate(
        process: subprocess.Popen[bytes], timeout: float, cancel: threading.Event | None
    ) -> tuple[bytes, bytes]:
        """Wait for ``dot`` in short steps, so a timeout or a cancel kills it promptly."""
        deadline = time.monotonic() + timeout
        with process:
            while True:
                step = max(0.0, min(POLL_INTERVAL, deadline - time.monotonic()))
                try:
                    return process.communicate(timeout=step)
                except subprocess.TimeoutExpired:
                    if cancel is not None and cancel.is_set():
                        process.kill()
                        process.communicate()
                        raise RenderCancelledError("the render was no longer needed") from None
                    if time.monotonic() >= deadline:
                        process.kill()
                        process.communicate()
                        raise RenderTimeoutError(f"Graphviz took longer than {timeout:g} s and was stopped") from None


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
