"""``python -m conformance.formgen``: see :mod:`conformance.formgen.driver`."""

import sys

from conformance.formgen.driver import main

sys.exit(main())
