"""One module per screen of the shell."""
