"""lorecheck: a linter for fictional worlds."""

__version__ = "0.1.0"
