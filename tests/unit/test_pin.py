from kiosk.core import pin


def test_hash_verifies_only_the_right_pin():
    stored = pin.hash_pin("4821")
    assert pin.verify_pin("4821", stored)
    assert not pin.verify_pin("4822", stored)
    assert "4821" not in stored


def test_same_pin_hashes_differently_each_time():
    assert pin.hash_pin("4821") != pin.hash_pin("4821")


def test_malformed_hash_never_verifies():
    assert not pin.verify_pin("4821", "")
    assert not pin.verify_pin("4821", "md5$abc")


def test_five_wrong_tries_lock_with_growing_delay():
    now = [1000.0]
    stored = pin.hash_pin("4821")
    guard = pin.PinGuard(lambda: stored, clock=lambda: now[0])
    for _ in range(4):
        assert not guard.check("0000")
        assert guard.seconds_locked() == 0
    assert not guard.check("0000")
    first = guard.seconds_locked()
    assert first == pin.BASE_LOCK_S
    # While locked even the right PIN is refused.
    assert not guard.check("4821")
    now[0] += first
    assert not guard.check("0000")
    assert guard.seconds_locked() == 2 * pin.BASE_LOCK_S
    now[0] += 2 * pin.BASE_LOCK_S
    assert guard.check("4821")
    assert guard.failures == 0


def test_pin_rules():
    assert pin.valid_pin("1234") and pin.valid_pin("12345678")
    assert not pin.valid_pin("123") and not pin.valid_pin("123456789") and not pin.valid_pin("12a4")
    assert not pin.valid_pin("١٢٣٤")  # Arabic-Indic digits are not accepted silently
