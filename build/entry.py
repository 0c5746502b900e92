"""The bundle's start-up script: the same ``facilitator`` command as a pip install."""

from facilitator.cli import main

if __name__ == "__main__":
    main()
