"""``python -m pureog`` runs the command line."""

from pureog.cli import run

run()
