"""The Slack adapter (slack-bolt): events and commands in, Block Kit out."""
