"""The local SQLite store: engine, models, migrations, queries. The only package that writes SQL."""
