"""Planning a series: its sessions and agendas, the templates they start from, who each
session is for, and what it needs besides an agenda."""
