"""Use cases over the store. They own transactions, validate, and return plain records."""
