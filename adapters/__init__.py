"""Platform adapters: turn platform events into claims and replies into platform messages."""
