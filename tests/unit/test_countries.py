"""Countries as staff write them, and their names in every interface language from CLDR."""

import pytest
from babel import Locale

from kiosk.store.countries import codes, countries, country_name, resolve_country


@pytest.mark.parametrize("text, code", [
    ("KR", "KR"), ("kr", "KR"), (" pe ", "PE"),
    ("South Korea", "KR"), ("south  korea", "KR"), ("Korea", "KR"), ("Republic of Korea", "KR"),
    ("대한민국", "KR"), ("한국", "KR"), ("대한 민국", "KR"),
    ("United States", "US"), ("USA", "US"), ("미국", "US"),
    ("Peru", "PE"), ("페루", "PE"), ("Viet Nam", "VN"), ("Vietnam", "VN"), ("베트남", "VN"),
    ("Côte d’Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Myanmar", "MM"), ("Burma", "MM"),
    ("Bosnia and Herzegovina", "BA"), ("Saint Lucia", "LC"), ("North Korea", "KP"), ("북한", "KP"),
    ("Hong Kong", "HK"), ("United Kingdom", "GB"), ("영국", "GB"),
])
def test_codes_and_names_in_english_or_korean(text, code):
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Narnia", "Congo", "EU", "ZZ", "001", "Europe", None])
def test_unknown_ambiguous_and_regions_are_refused(text):
    assert resolve_country(text) is None


def test_the_picker_lists_countries_only():
    listed = codes()
    assert {"KR", "PE", "XK"} <= listed
    assert not listed & {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "001", "150"}
    assert 240 < len(listed) < 260
    picker = countries("en")
    assert len(picker) == len(listed)
    assert picker[0] == ("AF", "Afghanistan") and ("AX", "Åland Islands") == picker[1]


@pytest.mark.parametrize("lang", ["ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"])
def test_names_in_every_interface_language_come_from_cldr(lang):
    cldr = Locale.parse(lang).territories
    assert country_name("PE", lang) == cldr["PE"]
    assert all(name == cldr[code] for code, name in countries(lang))


def test_names_in_arabic_and_simplified_chinese():
    assert country_name("KR", "ar") == "كوريا الجنوبية"
    assert country_name("PE", "zh_Hans") == "秘鲁"
    assert country_name("KR", "ko") == "대한민국"
    assert [name for code, name in countries("ko")][:2] == ["가나", "가봉"]


def test_the_current_interface_language_is_the_default():
    from kiosk import i18n

    i18n.set_language("fr")
    assert country_name("DE") == "Allemagne"
