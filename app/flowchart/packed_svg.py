"""A chart's SVG kept compressed: a 1,400-node chain's 1.6 MB is 0.24 MB so.

It is packed as it is written (``SvgPacker``, fed by Graphviz's output a pipe's
read at a time) and read back in pieces (``PackedSvg.chunks``), so the whole
text need never be held at once by anything that can work on it piece by
piece: only what needs it whole unpacks it (``unpacked``).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass

CHUNK_BYTES = 16 * 1024
"""Unpacked bytes handed out at a time by ``PackedSvg.chunks``."""
PACKED_STEP = 8 * 1024
"""Packed bytes unpacked at a time by ``PackedSvg.chunks``."""


@dataclass(frozen=True)
class PackedSvg:
    """An SVG kept compressed, with its length (so that unpacking it allocates it once, at its size)."""

    packed: bytes
    size: int

    @classmethod
    def of(cls, svg: bytes) -> PackedSvg:
        return cls(zlib.compress(svg, 1), len(svg))

    def unpacked(self) -> bytes:
        # At its size: left to grow, zlib's output buffer took 5.3 MB in steps (its last one 4 MB)
        # and a copy on top for a 1.6 MB SVG, a peak the window's memory kept the mark of.
        return zlib.decompress(self.packed, bufsize=max(1, self.size))

    def head(self, length: int = 4096) -> bytes:
        """The first ``length`` bytes, unpacked alone (the ``<svg>`` tag, with the picture's size)."""
        return zlib.decompressobj().decompress(self.packed, length)

    def chunks(self, size: int = CHUNK_BYTES) -> Iterator[bytes]:
        """The SVG unpacked a piece of at most ``size`` bytes at a time, in order."""
        unpacker = zlib.decompressobj()
        packed = memoryview(self.packed)
        for start in range(0, len(packed), PACKED_STEP):
            # A step of the input at a time: what does not fit in ``size`` is kept by zlib as a copy.
            rest: bytes | memoryview = packed[start : start + PACKED_STEP]
            while rest:
                chunk = unpacker.decompress(rest, size)
                rest = unpacker.unconsumed_tail
                if chunk:
                    yield chunk
        last = unpacker.flush()
        if last:
            yield last


class SvgPacker:
    """Packs an SVG as it arrives, a piece at a time, without holding it whole."""

    def __init__(self) -> None:
        self._packer = zlib.compressobj(1)
        self._parts: list[bytes] = []
        self._size = 0

    def add(self, data: bytes) -> None:
        self._size += len(data)
        part = self._packer.compress(data)
        if part:
            self._parts.append(part)

    def finish(self) -> PackedSvg:
        self._parts.append(self._packer.flush())
        packed = b"".join(self._parts)
        self._parts = []
        return PackedSvg(packed, self._size)
