"""Fixtures for the import tests: a fresh database a test owns, and file makers."""

from __future__ import annotations

from tests.services.conftest import empty_template, fixed_app  # noqa: F401  (fixtures)
