"""Data in and out of kadesk as files other programs open: spreadsheets, vCards,
calendars. Readers (table_reader, xlsx_reader, vcard_reader) turn a file into a
table of cells; fields, cells and rows map and parse them; writers (table_writer,
vcard_writer, calendar) turn plain values into files. Pure Python (no Qt, no
database): services/imports.py and services/exports.py do the database part.
"""
