"""The kiosk's own SQLite database, through sqlite-utils. No Qt here.

Nothing is imported here: the command line reads the vocabulary of ``kiosk.store.model`` (the
statuses, roles and types) without loading sqlite-utils, which the kiosk needs only once a
screen reads the visit log.
"""
