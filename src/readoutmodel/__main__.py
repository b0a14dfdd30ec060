"""``python -m readoutmodel``: the same as the ``readoutmodel`` command."""

from readoutmodel.cli import main

if __name__ == "__main__":  # worker processes import this module too; only the parent runs
    raise SystemExit(main())
