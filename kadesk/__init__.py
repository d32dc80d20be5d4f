"""kadesk: a desktop client for key account managers (大客户经理)."""

__version__ = "0.1.0"
