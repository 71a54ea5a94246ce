"""Showcase kiosk for smart-city integrated operations centers."""

__version__ = "0.1.0"
APP_ID = "smartcity-kiosk"
APP_AUTHOR = "SmartCityKiosk"
