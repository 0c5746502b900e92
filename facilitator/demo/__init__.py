"""The demo series a newcomer sees on first start: a real agenda, a fictional roster, notes,
themes and a framework, so every screen has something true-to-life to show."""
