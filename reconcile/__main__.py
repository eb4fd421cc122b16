"""`python -m reconcile` runs the same command line as `reconcile`."""

from .cli import entry

entry()
