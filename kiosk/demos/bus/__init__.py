"""The autonomous-bus demo."""
