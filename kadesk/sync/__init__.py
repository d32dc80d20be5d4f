"""Sync by file: the package format and its checks, pure Python (no ORM, no SQL).

services/sync.py drives export and import; store/snapshot.py reads rows and
store/merge.py writes them. This package only turns rows into a package file
and a package file back into checked rows.
"""
