"""Bytes to text: BOM-aware decoding that never guesses silently."""
from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class SourceError(Exception):
    """A file that cannot be read as a document; becomes a `source-error` diagnostic."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 severity: str = "error"):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.severity = severity


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (BOM optional) or UTF-16/32 with a BOM.

    Binary data (NUL bytes without a UTF-16/32 BOM) and invalid UTF-8 raise
    SourceError with the byte offset, so nothing is ever read as mojibake.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"invalid {encoding} at byte {exc.start + len(bom)}") from None
    if b"\x00" in data[:8192]:
        raise SourceError("binary file (NUL bytes), skipped", severity="info")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(f"invalid UTF-8 at byte {exc.start}", line=line) from None
