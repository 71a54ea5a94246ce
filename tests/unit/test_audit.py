"""The audit trail: each deletion, export, report and purge, with who and what, never the
personal data itself."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.store import audit
from kiosk.store.errors import PermissionDenied
from kiosk.store.model import VisitForm
from kiosk.store.staff import StaffRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def _visit(db):
    form = VisitForm(organization="Lima Metropolitan Municipality", start=datetime(2026, 11, 3, 10, tzinfo=SEOUL),
                     end=datetime(2026, 11, 3, 11, tzinfo=SEOUL), countries={"PE": 4})
    return VisitRepository(db, SEOUL).create_visit("guide", form)


def test_a_deleted_visit_leaves_an_entry_naming_who_and_which_visit(db):
    admin = StaffRepository(db).add_staff("admin", "Kim Min-ji", "admin", ("ko", "en"))
    visit = _visit(db)
    VisitRepository(db, SEOUL).delete_visit(admin, visit.id)
    [entry] = audit.entries(db)
    assert entry.action == "delete" and entry.staff_id == admin.id and entry.staff_name == "Kim Min-ji"
    assert entry.role == "admin"
    assert entry.details == {"visit": visit.id, "status": "requested", "day": "2026-11-03"}
    assert "Lima" not in repr(entry)


def test_a_refused_deletion_leaves_no_entry(db):
    visit = _visit(db)
    with pytest.raises(PermissionDenied):
        VisitRepository(db, SEOUL).delete_visit("guide", visit.id)
    assert audit.entries(db) == []


def test_the_trail_refuses_personal_data_and_pages_back_newest_first(db):
    with pytest.raises(ValueError):
        audit.record(db, "admin", "export", format="csv", contact="someone@example.org")
    ids = [audit.record(db, "admin", "export", format="csv", rows=n) for n in range(5)]
    assert [e.details["rows"] for e in audit.entries(db, limit=2)] == [4, 3]
    assert [e.id for e in audit.entries(db, limit=10, before=ids[2])] == [ids[1], ids[0]]
    assert audit.entries(db, action="purge") == []
