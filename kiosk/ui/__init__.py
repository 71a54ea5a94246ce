"""The Qt skin: shell, screens, widgets, theme. Everything below kiosk.ui may import Qt."""
