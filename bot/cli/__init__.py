"""The `factbot` command line, one module per command group."""
