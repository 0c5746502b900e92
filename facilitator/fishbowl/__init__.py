"""The fishbowl: its inner circle of seats and speakers, what the agenda asks of it, and what
the facilitator does during it."""
