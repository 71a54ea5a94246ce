"""The replay player shared by every demo: map, timeline, event list, charts, story mode."""
