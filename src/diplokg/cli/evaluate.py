"""Placeholder: this command is being built (see the issues). Replace this module."""

COMMANDS: list = []
