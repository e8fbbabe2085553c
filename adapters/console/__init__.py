"""The console adapter: a conversation on the terminal, for local use."""
