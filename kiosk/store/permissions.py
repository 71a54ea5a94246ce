"""Who may do what. An action names its actor: a member of staff (checked against the database,
so a deactivated one is refused) or a bare role, "guide" or "admin" (the terminal acts as admin).
No Qt."""

from __future__ import annotations

from typing import Union

import sqlite_utils

from kiosk.i18n import N_, _
from kiosk.store.errors import PermissionDenied
from kiosk.store.model import STAFF_ROLES, Staff

Actor = Union[Staff, str]

GUIDE, ADMIN = "guide", "admin"

#: Actions and the roles allowed them. A guide runs visits; only an admin deletes or manages staff.
ALLOWED = {
    "create": {GUIDE, ADMIN},
    "edit": {GUIDE, ADMIN},
    "confirm": {GUIDE, ADMIN},
    "cancel": {GUIDE, ADMIN},
    "check_in": {GUIDE, ADMIN},
    "complete": {GUIDE, ADMIN},
    "no_show": {GUIDE, ADMIN},
    "assign": {GUIDE, ADMIN},
    "import": {ADMIN},
    "export": {ADMIN},  # the roster of an export holds personal data
    "delete": {ADMIN},
    "manage_staff": {ADMIN},
}
_REFUSALS = {
    "delete": N_("Only an administrator can delete a visit. A guide can cancel it."),
    "import": N_("Only an administrator can import the visit log."),
    "export": N_("Only an administrator can export the visit log."),
    "manage_staff": N_("Only an administrator can manage staff."),
}


def authorize(db: sqlite_utils.Database, actor: Actor, action: str) -> int | None:
    """The acting staff member's id (None for a bare role), or PermissionDenied."""
    if isinstance(actor, Staff):
        row = db.execute("SELECT role, active FROM staff WHERE id = ?", [actor.id]).fetchone()
        if row is None or not row[1]:
            raise PermissionDenied(_("This staff account is no longer active."))
        role, staff_id = row[0], actor.id
    elif actor in STAFF_ROLES:
        role, staff_id = actor, None
    else:
        raise PermissionDenied(_("Sign in as a member of staff first."))
    if role not in ALLOWED[action]:
        raise PermissionDenied(_(_REFUSALS.get(action, N_("Your role does not allow this."))))
    return staff_id
