"""The disaster-response demo: floods, fires, missing persons and crowds, with 119 and 112."""
