"""``python -m newsparse``: the same command as the ``newsparse`` script."""
from .cli import main

if __name__ == "__main__":
    main()
