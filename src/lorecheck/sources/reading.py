"""Bytes to text: BOM-aware decoding that never guesses silently.

Decisions (see README, "Robustness"): UTF-8 with or without BOM, UTF-16 and
UTF-32 only with a BOM; invalid bytes are a `source-error` naming the byte
offset and the editor's line and column, never a silent replacement (a date
read through mojibake would be a wrong fact); NUL bytes mean binary, which
is an informational `source-error` and the file is skipped.
"""
from __future__ import annotations

import codecs
import os
import stat

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# far above any real lore document, low enough that a mistaken path cannot exhaust memory
MAX_FILE_BYTES = 256 * 1024 * 1024


class SourceError(Exception):
    """A file that cannot be read as a document; becomes a `source-error` diagnostic."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 severity: str = "error"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.severity = severity


def read_bytes(path: str) -> bytes:
    """A regular file's bytes; FIFOs, devices and oversized files are refused, not read.

    Reading a FIFO blocks forever and /dev/zero never ends: a path given by
    mistake must cost the user one diagnostic, not the run.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("cannot read file: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file (pipe, socket or device), skipped", severity="info")
        if info.st_size > MAX_FILE_BYTES:
            raise SourceError(f"file too large ({info.st_size} bytes, limit {MAX_FILE_BYTES}), skipped")
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}") from None
    finally:
        if fd >= 0:
            os.close(fd)


def _position(text_before: str) -> tuple[int, int]:
    """1-based (line, column) just after `text_before`, lines counted as editors count them."""
    breaks = text_before.count("\n") + text_before.count("\r") - text_before.count("\r\n")
    last = max(text_before.rfind("\n"), text_before.rfind("\r"))
    return breaks + 1, len(text_before) - (last + 1) + 1


def _invalid(data: bytes, encoding: str, skip: int, exc: UnicodeDecodeError) -> SourceError:
    offset = exc.start + skip
    # everything before the bad byte decoded fine, so its line/column are exact
    before = data[skip:offset].decode(encoding, errors="replace")
    line, column = _position(before)
    return SourceError(f"invalid {encoding.upper()} at byte {offset} "
                       f"(line {line}, column {column}); not read, fix or re-save the file",
                       line=line, column=column)


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (BOM optional) or UTF-16/32 with a BOM.

    Binary data (NUL bytes without a UTF-16/32 BOM) and invalid bytes raise
    SourceError with the byte offset, so nothing is ever read as mojibake.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _invalid(data, encoding, len(bom), exc) from None
            if "\x00" in text:
                raise SourceError("binary file (NUL characters), skipped", severity="info")
            return text
    if b"\x00" in data:
        raise SourceError("binary file (NUL bytes), skipped", severity="info")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid(data, "utf-8", 0, exc) from None
