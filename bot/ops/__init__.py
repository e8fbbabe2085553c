"""Running factbot: settings, start-up, the runner, the ops port, metrics and logs."""
