"""``python -m ykcheck``: the same as the ``ykcheck`` command."""

from ._cli import main

main()
