"""``python -m conformance.paintgen``: see :mod:`conformance.paintgen.driver`."""

import sys

from conformance.paintgen.driver import main

sys.exit(main())
