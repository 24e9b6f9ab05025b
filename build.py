"""The door into the archive: `python build.py [build|serve|clean|entities] ...`.

All the work is in the `archive` package; see `python build.py --help`.
"""

import sys

from archive.cli import main

if __name__ == "__main__":
    sys.exit(main())
