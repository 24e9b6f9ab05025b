"""Annotated news archive generator: raw news pages in, a cross-linked, searchable site out."""
