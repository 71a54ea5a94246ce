"""Demos plug in through :mod:`kiosk.demos.registry`; each lives in its own folder."""
