"""``python -m conformance.svggen``: see :mod:`conformance.svggen.driver`."""

import sys

from conformance.svggen.driver import main

sys.exit(main())
