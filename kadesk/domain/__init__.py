"""The vocabulary of key account management: enums, records, validation, errors.

Pure Python: nothing here imports Qt or SQLAlchemy.
"""
