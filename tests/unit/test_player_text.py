from kiosk import i18n
from kiosk.ui.player.text import clock_text, pick


def test_pick_prefers_the_visitors_language_then_korean_then_english():
    names = {"ko": "안산호수공원", "en": "Ansan Lake Park", "es-US": "Parque del lago"}
    assert pick(names, "es") == ("Parque del lago", False)
    assert pick(names, "fr") == ("안산호수공원", True)
    assert pick({"en-US": "Alert"}, "ar") == ("Alert", True)
    assert pick({"und": "Autorité"}, "ko") == ("Autorité", True)
    assert pick({"zh": "安山湖公园", "zh-TW": "安山湖公園"}, "zh_Hans") == ("安山湖公园", False)
    assert pick({}, "en") == ("", False)


def test_clock_text_uses_the_pack_time_zone_and_the_visitors_language():
    i18n.load_catalogs()
    i18n.set_language("ko")
    # 2026-05-13 05:12:05 UTC is 14:12:05 in Seoul
    text = clock_text(1_778_649_125_000, "Asia/Seoul")
    assert "14:12:05" in text and "5월 13일" in text
