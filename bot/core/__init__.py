"""The pure core: text and facts in, verdicts out. No I/O, environment or sentences of its own."""
