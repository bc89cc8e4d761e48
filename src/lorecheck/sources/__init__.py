"""Sources: turn a file into a `Document` of blocks with exact spans.

One module per input format; each exposes `parse(path, text) -> Document`.
The format is chosen by extension, then by sniffing; unknown text is read as
plain text. Sources never look at facts or rules.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Document
from .reading import SourceError, decode, read_bytes

EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".wiki": "wikitext",
    ".wikitext": "wikitext",
    ".mediawiki": "wikitext",
}

_WIKITEXT_SNIFF = re.compile(r"^\s*(\{\{|==[^=\n]+==\s*$|\[\[Category:)", re.M)
_FRONT_MATTER_SNIFF = re.compile(r"\A\ufeff?---\s*\n")


def normalise_key(raw: str) -> str:
    """A field name (front matter, template parameter) as the pipeline spells it: `Birth Date` -> birth_date."""
    return re.sub(r"[\s\-]+", "_", raw.strip().lower())


def detect_format(path: str, text: str) -> str:
    fmt = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt:
        return fmt
    head = text[:4000]
    if _FRONT_MATTER_SNIFF.match(head):
        return "markdown"
    if _WIKITEXT_SNIFF.search(head):
        return "wikitext"
    return "text"


def parse_text(path: str, text: str, fmt: str | None = None) -> Document:
    """Parse already-decoded text in the given (or detected) format."""
    fmt = fmt or detect_format(path, text)
    if fmt == "markdown":
        from . import markdown as module
    elif fmt == "wikitext":
        from . import wikitext as module
    else:
        from . import plaintext as module
    return module.parse(path, text)


def read_document(path: str, data: bytes | None = None) -> Document:
    """Read and parse one file. Raises SourceError for unreadable or binary input."""
    if data is None:
        data = read_bytes(path)
    text = decode(data)
    return parse_text(path, text)


__all__ = ["SourceError", "decode", "detect_format", "parse_text", "read_document", "EXTENSIONS"]
