"""One PIN, one person: members' own PINs and the center's staff PIN never coincide, a PIN two
people share (set before this rule) signs nobody in and is listed for the administrators."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk import i18n
from kiosk.core import pin as pins
from kiosk.store.errors import ValidationError
from kiosk.store.staff import StaffRepository


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch):
    # hashes made here are cheaper to check; verify_pin reads the cost from each stored hash
    monkeypatch.setattr(pins, "N", 2**10)


class Center:
    """The center's staff PIN as the settings hold it."""

    def __init__(self, pin: str | None = None):
        self.hash = pins.hash_pin(pin) if pin else ""

    def __call__(self) -> str:
        return self.hash


@pytest.fixture
def center():
    return Center("9090")


@pytest.fixture
def staff(db, center):
    return StaffRepository(db, center_pin_hash=center)


def legacy_pin(db, member, pin):
    """A PIN saved before PINs had to differ (the store now refuses to make such a clash)."""
    db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", [pins.hash_pin(pin), member.id])


def in_use(refused) -> bool:
    return refused.value.field == "pin" and "already in use" in refused.value.message


# ---------------------------------------------------------------- setting PINs


def test_a_pin_another_member_has_is_refused_without_saying_whose(staff):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    lee = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"], pin="1357")
    with pytest.raises(ValidationError) as refused:
        staff.set_pin("admin", lee.id, "2468")
    assert in_use(refused) and "Kim" not in refused.value.message
    # nothing changed: each still signs in with their own PIN
    assert staff.who_has_pin("1357") == staff.get(lee.id)
    assert staff.who_has_pin("2468") == staff.get(kim.id)


def test_a_guide_cannot_take_the_centers_pin_as_their_own(staff):
    guide = staff.add_staff("admin", "Choi Yuna", "guide", ["fr"], pin="1111")
    with pytest.raises(ValidationError) as refused:
        staff.set_pin(guide, guide.id, "9090")
    assert in_use(refused) and "center" not in refused.value.message.lower()
    assert staff.who_has_pin("9090") == "admin"
    assert staff.who_has_pin("1111") == staff.get(guide.id)


def test_a_new_member_with_a_pin_in_use_is_not_added(staff, db):
    staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    for taken in ("2468", "9090"):
        with pytest.raises(ValidationError) as refused:
            staff.add_staff("admin", "Park Ji-ho", "admin", ["ko"], pin=taken)
        assert in_use(refused)
    assert [m.name for m in staff.list_staff(include_inactive=True)] == ["Kim Min-ji"]


def test_a_member_who_left_keeps_their_pin_from_being_reused(staff):
    gone = staff.add_staff("admin", "Nguyen Thi Lan", "guide", ["vi"], pin="5555")
    staff.set_active("admin", gone.id, False)
    assert staff.who_has_pin("5555") is None  # a deactivated member signs nobody in
    newcomer = staff.add_staff("admin", "Ahmed Hassan", "guide", ["ar"])
    with pytest.raises(ValidationError) as refused:
        staff.set_pin("admin", newcomer.id, "5555")
    assert in_use(refused)
    # brought back, they sign in with it, and nobody else does
    staff.set_active("admin", gone.id, True)
    assert staff.who_has_pin("5555").name == "Nguyen Thi Lan"


def test_setting_ones_own_pin_again_and_a_free_pin_are_accepted(staff):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    staff.set_pin(kim, kim.id, "2468")
    staff.set_pin(kim, kim.id, "8642")
    assert staff.who_has_pin("8642") == staff.get(kim.id)
    assert staff.who_has_pin("2468") is None


def test_without_a_center_pin_any_free_pin_is_a_members(db):
    staff = StaffRepository(db)  # no center PIN set yet
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="9090")
    assert staff.who_has_pin("9090") == staff.get(kim.id)


def test_the_refusal_is_in_the_users_language(staff):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    lee = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"])
    i18n.set_language("ko")
    with pytest.raises(ValidationError) as refused:
        staff.set_pin("admin", lee.id, "2468")
    assert refused.value.message == i18n._("This PIN is already in use. Choose another one.")
    assert "already in use" not in refused.value.message and "비밀번호" in refused.value.message
    assert staff.who_has_pin("2468") == staff.get(kim.id)


def test_a_new_center_pin_a_member_has_is_refused(staff, center):
    staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    with pytest.raises(ValidationError) as refused:
        staff.hash_center_pin("2468")
    assert in_use(refused)
    with pytest.raises(ValidationError) as refused:
        staff.hash_center_pin("24")
    assert refused.value.field == "pin" and "4 to 8 digits" in refused.value.message
    # the center's current PIN may be set again, and any free one
    assert pins.verify_pin("9090", staff.hash_center_pin("9090"))
    center.hash = staff.hash_center_pin("7777")
    assert pins.verify_pin("7777", center.hash)
    assert staff.who_has_pin("7777") == "admin" and staff.who_has_pin("9090") is None


# ---------------------------------------------------------------- clashes from before the rule


def test_two_guides_sharing_a_pin_sign_in_as_nobody_and_are_listed(staff, db):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"])
    lee = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"])
    legacy_pin(db, kim, "4321")
    legacy_pin(db, lee, "4321")
    assert staff.pin_clashes() == []  # salted hashes: unknown until the PIN is typed
    with pytest.raises(pins.SharedPin) as shared:
        staff.who_has_pin("4321")
    assert {m.name for m in shared.value.members} == {"Kim Min-ji", "Lee Seo-yeon"} and not shared.value.center
    assert "Kim" not in shared.value.message and "more than one person" in shared.value.message
    [clash] = staff.pin_clashes()
    assert [m.name for m in clash.members] == ["Kim Min-ji", "Lee Seo-yeon"] and not clash.with_center
    # one of them gets a new PIN: the other signs in with the old one again, and the clash is gone
    staff.set_pin("admin", lee.id, "1212")
    assert staff.pin_clashes() == []
    assert staff.who_has_pin("4321") == staff.get(kim.id)
    assert staff.who_has_pin("1212") == staff.get(lee.id)


def test_a_guide_sharing_the_centers_pin_no_longer_signs_in_as_administrator(staff, db, center):
    guide = staff.add_staff("admin", "Park Min-jun", "guide", ["fr"])
    legacy_pin(db, guide, "9090")
    with pytest.raises(pins.SharedPin) as shared:
        staff.who_has_pin("9090")
    assert shared.value.center and [m.id for m in shared.value.members] == [guide.id]
    [clash] = staff.pin_clashes()
    assert clash.with_center and [m.name for m in clash.members] == ["Park Min-jun"]
    # a new center PIN ends the clash: the guide signs in as the guide
    center.hash = staff.hash_center_pin("3030")
    assert staff.pin_clashes() == []
    assert staff.who_has_pin("9090") == staff.get(guide.id)
    assert staff.who_has_pin("3030") == "admin"


def test_a_clash_of_three_stays_until_only_one_has_the_pin(staff, db):
    members = [staff.add_staff("admin", name, "guide", ["ko"]) for name in ("Ahn", "Baek", "Cho")]
    for member in members:
        legacy_pin(db, member, "6060")
    with pytest.raises(pins.SharedPin):
        staff.who_has_pin("6060")
    staff.set_pin("admin", members[0].id, "1001")
    [clash] = staff.pin_clashes()
    assert [m.name for m in clash.members] == ["Baek", "Cho"]
    staff.set_pin("admin", members[1].id, "1002")
    assert staff.pin_clashes() == []
    assert staff.who_has_pin("6060").name == "Cho"


def test_a_clash_found_by_two_pins_typed_is_one_group(staff, db):
    ahn, baek, cho = (staff.add_staff("admin", name, "guide", ["ko"]) for name in ("Ahn", "Baek", "Cho"))
    legacy_pin(db, ahn, "6060")
    legacy_pin(db, baek, "6060")
    staff.note_shared_pin(pins.SharedPin((staff.get(ahn.id), staff.get(baek.id))))
    staff.note_shared_pin(pins.SharedPin((staff.get(baek.id),), center=True))
    staff.note_shared_pin(pins.SharedPin((staff.get(cho.id),)))  # one person alone is no clash
    [clash] = staff.pin_clashes()
    assert [m.name for m in clash.members] == ["Ahn", "Baek"] and clash.with_center


def test_two_separate_clashes_are_listed_apart(staff, db):
    ahn, baek, cho, dan = (staff.add_staff("admin", n, "guide", ["ko"]) for n in ("Ahn", "Baek", "Cho", "Dan"))
    for member, pin in ((ahn, "1111"), (baek, "1111"), (cho, "2222"), (dan, "2222")):
        legacy_pin(db, member, pin)
    for pin in ("1111", "2222"):
        with pytest.raises(pins.SharedPin):
            staff.who_has_pin(pin)
    assert [[m.name for m in c.members] for c in staff.pin_clashes()] == [["Ahn", "Baek"], ["Cho", "Dan"]]


def test_setting_a_pin_two_others_share_is_refused_and_brings_their_clash_to_light(staff, db):
    ahn, baek, cho = (staff.add_staff("admin", name, "guide", ["ko"]) for name in ("Ahn", "Baek", "Cho"))
    legacy_pin(db, ahn, "7070")
    legacy_pin(db, baek, "7070")
    with pytest.raises(ValidationError) as refused:
        staff.set_pin("admin", cho.id, "7070")
    assert in_use(refused)
    [clash] = staff.pin_clashes()
    assert [m.name for m in clash.members] == ["Ahn", "Baek"]


def test_only_an_administrator_sets_another_members_pin(staff):
    from kiosk.store.errors import PermissionDenied

    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    lee = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"], pin="1357")
    with pytest.raises(PermissionDenied):
        staff.set_pin(kim, lee.id, "8080")
    assert staff.who_has_pin("1357") == staff.get(lee.id)


# ---------------------------------------------------------------- the check on a worker


def test_the_check_runs_on_workers_and_the_guard_counts_it_afterwards(staff, center):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"], pin="2468")
    now = [0.0]
    guard = pins.PinGuard(center, clock=lambda: now[0])
    holders = staff.pin_holders()  # read on the database's thread
    typed = ["2468", "9090", "0000", "2468", "1357", "9090"]
    with ThreadPoolExecutor(max_workers=3) as pool:
        found = list(pool.map(lambda p: pins.who_has_pin(p, center(), holders), typed))
    assert found == [staff.get(kim.id), "admin", None, staff.get(kim.id), None, "admin"]
    assert guard.record(found[2]) is False and guard.tries_left() == pins.FREE_TRIES - 1
    assert guard.record(found[0]) is True and guard.who == staff.get(kim.id) and guard.failures == 0


def test_a_clash_is_listed_with_when_it_was_first_found(staff, db):
    from datetime import datetime, timezone

    ahn, baek = (staff.add_staff("admin", name, "guide", ["ko"]) for name in ("Ahn", "Baek"))
    legacy_pin(db, ahn, "6060")
    legacy_pin(db, baek, "6060")
    with pytest.raises(pins.SharedPin):
        staff.who_has_pin("6060")
    db.execute("UPDATE pin_clashes SET found_utc = '2026-01-02T03:04:05+00:00' WHERE staff_id = ?", [baek.id])
    [clash] = staff.pin_clashes()
    assert clash.found_utc == "2026-01-02T03:04:05+00:00"  # the earliest of its people's
    assert datetime.fromisoformat(clash.found_utc) < datetime.now(timezone.utc)


def test_two_clashes_found_to_share_one_pin_become_one(staff, db):
    ahn, baek, cho, dan = (staff.add_staff("admin", n, "guide", ["ko"]) for n in ("Ahn", "Baek", "Cho", "Dan"))
    get = staff.get
    staff.note_shared_pin(pins.SharedPin((get(ahn.id), get(baek.id))))
    staff.note_shared_pin(pins.SharedPin((get(cho.id), get(dan.id))))
    assert len(staff.pin_clashes()) == 2
    staff.note_shared_pin(pins.SharedPin((get(baek.id), get(cho.id))))
    assert [[m.name for m in c.members] for c in staff.pin_clashes()] == [["Ahn", "Baek", "Cho", "Dan"]]


def test_a_pin_that_is_not_4_to_8_digits_is_refused_before_anything_else(staff):
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko"])
    for bad in ("123", "123456789", "12a4", 1234):
        with pytest.raises(ValidationError) as refused:
            staff.set_pin("admin", kim.id, bad)
        assert refused.value.field == "pin" and refused.value.message == "A PIN has 4 to 8 digits."


def test_saving_a_member_is_all_or_nothing(db, center):
    """The staff members form in one action: an edit whose new PIN is refused changes neither
    the name nor whether the member is active."""
    repo = StaffRepository(db, center)
    repo.add_staff("admin", "Kim Ji-woo", "guide", ("en",), pin="1357")
    other = repo.save_member("admin", None, "Lee Seo-yeon", "guide", ("es",), pin="2468")
    with pytest.raises(ValidationError):
        repo.save_member("admin", other.id, "Lee Seo-yeon (Busan)", "admin", ("es", "en"), active=False, pin="1357")
    kept = repo.get(other.id)
    assert (kept.name, kept.role, kept.active, kept.languages) == ("Lee Seo-yeon", "guide", True, ("es",))
    assert repo.sign_in(other.id, "2468") == kept
    saved = repo.save_member("admin", other.id, "Lee Seo-yeon (Busan)", "guide", ("es", "en"), active=True, pin="8642")
    assert saved.name == "Lee Seo-yeon (Busan)" and repo.sign_in(other.id, "8642") == saved
