"""Lets `python -m tutor` behave exactly like the `tutor` console script."""

import sys

from tutor.terminal.cli import main

if __name__ == "__main__":
    sys.exit(main())
