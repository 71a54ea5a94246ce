import pytest

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


def test_the_lock_doubles_with_each_wrong_try_up_to_a_quarter_of_an_hour():
    now = [0.0]
    guard = pin.PinGuard(lambda: "", clock=lambda: now[0])
    locks = []
    for _ in range(12):
        assert guard.record(None) is False
        locks.append(guard.seconds_locked())
        now[0] += guard.seconds_locked()
    assert locks == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
    assert guard.tries_left() == 0


def test_tries_left_counts_down_from_five():
    guard = pin.PinGuard(lambda: "", clock=lambda: 0.0)
    left = []
    for _ in range(6):
        left.append(guard.tries_left())
        guard.record(None)
    assert left == [5, 4, 3, 2, 1, 0]


def test_a_lock_ends_at_its_second_and_not_before():
    now = [100.0]
    stored = pin.hash_pin("4821")
    guard = pin.PinGuard(lambda: stored, clock=lambda: now[0])
    for _ in range(5):
        guard.record(None)
    now[0] += 29.5
    assert guard.seconds_locked() == 1 and not guard.check("4821")
    now[0] += 0.5
    assert guard.seconds_locked() == 0 and guard.check("4821") and guard.who == "admin"


def test_a_right_pin_starts_the_count_again():
    guard = pin.PinGuard(lambda: "", clock=lambda: 0.0)
    for _ in range(4):
        guard.record(None)
    assert guard.record("someone") and guard.tries_left() == 5
    for _ in range(4):
        guard.record(None)
    assert guard.seconds_locked() == 0


def test_a_pin_checked_on_a_worker_does_not_sign_in_while_the_pad_is_locked():
    now = [0.0]
    guard = pin.PinGuard(lambda: "", clock=lambda: now[0])
    for _ in range(5):
        guard.record(None)
    failures = guard.failures
    assert guard.record("admin") is False and guard.who is None
    assert guard.failures == failures  # not counted either
    now[0] += 30
    assert guard.record("admin") is True and guard.who == "admin"


def test_who_has_pin_names_the_center_a_member_or_nobody():
    center = pin.hash_pin("9090")
    holders = [("Kim", pin.hash_pin("2468")), ("Lee", pin.hash_pin("1357")), ("Park", "")]
    assert pin.who_has_pin("9090", center, holders) == pin.ADMIN == "admin"
    assert pin.who_has_pin("1357", center, holders) == "Lee"
    assert pin.who_has_pin("0000", center, holders) is None
    assert pin.who_has_pin("0000", "", []) is None
    assert pin.who_has_pin("12", center, holders) is None  # not a PIN at all


def test_a_pin_two_people_have_signs_nobody_in_and_is_no_wrong_try():
    center = pin.hash_pin("9090")
    holders = [("Kim", pin.hash_pin("2468")), ("Lee", pin.hash_pin("2468")), ("Park", pin.hash_pin("9090"))]
    with pytest.raises(pin.SharedPin) as shared:
        pin.who_has_pin("2468", center, holders)
    assert shared.value.members == ("Kim", "Lee") and not shared.value.center
    with pytest.raises(pin.SharedPin) as shared:
        pin.who_has_pin("9090", center, holders)
    assert shared.value.members == ("Park",) and shared.value.center

    guard = pin.PinGuard(lambda: center, clock=lambda: 0.0, holders=lambda: holders)
    assert not guard.check("2468") and guard.who is None and guard.shared.members == ("Kim", "Lee")
    assert guard.failures == 0
    assert not guard.check("1111") and guard.shared is None and guard.failures == 1


def test_the_guard_asking_others_no_longer_lets_a_members_pin_act_as_the_centers():
    center = pin.hash_pin("9090")
    members = {"9090": "Park", "2468": "Kim"}
    guard = pin.PinGuard(lambda: center, clock=lambda: 0.0, others=members.get)
    assert not guard.check("9090") and guard.who is None and guard.shared.center
    assert guard.check("2468") and guard.who == "Kim"
    members.pop("9090")
    assert guard.check("9090") and guard.who == "admin"


def test_a_hash_of_another_scheme_never_verifies():
    stored = pin.hash_pin("4821")
    other = "plain" + stored[len("scrypt"):]
    assert not pin.verify_pin("4821", other)
    assert not pin.verify_pin("4821", stored.replace("$", "$x", 1))  # a cost that is not a number


def test_a_hash_keeps_a_16_byte_salt_and_a_32_byte_digest():
    import base64

    scheme, n, r, p, salt, digest = pin.hash_pin("4821").split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", pin.N, pin.R, pin.P)
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    with pytest.raises(ValueError) as refused:
        pin.hash_pin("12")
    assert str(refused.value) == "a PIN is 4 to 8 digits"


def test_the_shared_pin_message_says_what_to_do_and_not_whose():
    assert str(pin.SharedPin(("Kim",), True)) == (
        "This PIN belongs to more than one person, so it signs nobody in. "
        "An administrator can give each person their own PIN.")


def test_a_pin_checked_on_a_worker_in_the_last_second_of_a_lock_does_not_sign_in():
    now = [0.0]
    guard = pin.PinGuard(lambda: "", clock=lambda: now[0])
    for _ in range(5):
        guard.record(None)
    now[0] += 29.5
    assert guard.seconds_locked() == 1
    assert guard.record("admin") is False and guard.who is None


def test_the_guard_with_holders_signs_in_the_center_and_the_members():
    center = pin.hash_pin("9090")
    holders = [("Kim", pin.hash_pin("2468"))]
    guard = pin.PinGuard(lambda: center, clock=lambda: 0.0, holders=lambda: holders)
    assert guard.check("9090") and guard.who == "admin"
    assert guard.check("2468") and guard.who == "Kim"
    assert not guard.check("1111") and guard.who is None and guard.failures == 1


def test_the_pad_asks_for_a_first_pin_until_the_center_has_one():
    stored = [""]
    guard = pin.PinGuard(lambda: stored[0])
    assert not guard.has_pin()
    stored[0] = pin.hash_pin("9090")
    assert guard.has_pin()
