"""Fact packs: YAML loading and validation, reloading on change, coverage of a source."""
