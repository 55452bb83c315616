"""``python -m pureog`` runs the command line."""

import sys

from pureog.cli import main

sys.exit(main())
