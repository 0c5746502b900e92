"""``python -m facilitator`` runs the same command as the installed ``facilitator`` script."""

from facilitator.cli import main

main()
