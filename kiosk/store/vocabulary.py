"""The words the visit log is made of, as stored: light enough for the command line's parser to
import at every start. No Qt, no database."""

STATUSES = ("requested", "confirmed", "checked_in", "completed", "cancelled", "no_show")
