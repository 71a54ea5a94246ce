"""Organizations that lead or arrange visits: cities, ministries, agencies, companies,
universities, international bodies and intermediaries (WeGO, NIA, KOICA). No Qt."""

from __future__ import annotations

import re
import unicodedata

import sqlite_utils

from kiosk.i18n import _
from kiosk.store.countries import HOME
from kiosk.store.times import utc_now
from kiosk.store.errors import NotFound, ValidationError
from kiosk.store.model import ORGANIZATION_TYPES, Organization
from kiosk.store.permissions import Actor, authorize
from kiosk.store.validate import clean_country

MAX_NAME = 200
_COLUMNS = "id, name, country, type, name_ko, name_en"


def name_key(name: str) -> str:
    """Names that differ only in case or spacing are the same organization."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def organization_from_row(row) -> Organization:
    return Organization(id=row[0], name=row[1], country=row[2], type=row[3], name_ko=row[4], name_en=row[5])


def clean_name(name, field: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(field, _("Enter the organization's name."))
    name = re.sub(r"\s+", " ", name).strip()
    if len(name) > MAX_NAME:
        raise ValidationError(field, _("An organization's name has at most {n} characters.").format(n=MAX_NAME))
    return name


class OrganizationRepository:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, org_id: int) -> Organization:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM organizations WHERE id = ?", [org_id]).fetchone()
        if row is None:
            raise NotFound(_("There is no organization number {id}.").format(id=org_id))
        return organization_from_row(row)

    def find(self, name: str) -> Organization | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM organizations WHERE name_key = ?", [name_key(name)]).fetchone()
        return organization_from_row(row) if row else None

    def search(self, text: str = "", country: str | None = None, limit: int = 50) -> list[Organization]:
        """Organizations whose name (as written, in Korean or in English) contains ``text``."""
        where, params = ["1"], []
        if text.strip():
            like = "%" + text.strip().replace("%", "").replace("_", "") + "%"
            where.append("(name LIKE ? OR name_ko LIKE ? OR name_en LIKE ?)")
            params += [like, like, like]
        if country:
            where.append("country = ?")
            params.append(country)
        sql = f"SELECT {_COLUMNS} FROM organizations WHERE {' AND '.join(where)} ORDER BY name_key LIMIT ?"
        return [organization_from_row(r) for r in self.db.execute(sql, params + [limit])]

    def create(self, actor: Actor, name: str, country: str, type: str = "other",
               name_ko: str | None = None, name_en: str | None = None) -> Organization:
        authorize(self.db, actor, "create")
        with self.db.atomic():
            return self._insert(clean_name(name, "name"), clean_country(country, "country"),
                                self._type(type), name_ko, name_en)

    def edit(self, actor: Actor, org_id: int, name: str, country: str, type: str,
             name_ko: str | None = None, name_en: str | None = None) -> Organization:
        authorize(self.db, actor, "edit")
        name, code, type = clean_name(name, "name"), clean_country(country, "country"), self._type(type)
        with self.db.atomic():
            self.get(org_id)
            other = self.find(name)
            if other and other.id != org_id:
                raise ValidationError("name", _("Another organization already has this name."))
            self.db.execute(
                "UPDATE organizations SET name = ?, name_key = ?, country = ?, type = ?, name_ko = ?, name_en = ?"
                " WHERE id = ?", [name, name_key(name), code, type, name_ko, name_en, org_id])
            return self.get(org_id)

    # -- used inside a visit's transaction

    def resolve(self, ref: int | str, field: str, country: str | None, type: str = "other") -> Organization:
        """An id must exist; a name is found, or created in ``country`` (Korea when None)."""
        if isinstance(ref, bool) or not isinstance(ref, (int, str)):
            raise ValidationError(field, _("Choose an organization."))
        if isinstance(ref, int):
            try:
                return self.get(ref)
            except NotFound as exc:
                raise ValidationError(field, exc.message) from None
        name = clean_name(ref, field)
        found = self.find(name)
        if found is not None:
            return found
        try:
            kind = self._type(type)
        except ValidationError as exc:
            raise ValidationError(f"{field}_type", exc.message) from None
        return self._insert(name, country or HOME, kind, None, None)

    def _insert(self, name: str, country: str, type: str, name_ko, name_en) -> Organization:
        if self.find(name):
            raise ValidationError("name", _("Another organization already has this name."))
        cursor = self.db.execute(
            "INSERT INTO organizations (name, name_key, country, type, name_ko, name_en, created_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", [name, name_key(name), country, type, name_ko, name_en, utc_now()])
        return Organization(cursor.lastrowid, name, country, type, name_ko, name_en)

    @staticmethod
    def _type(value: str | None) -> str:
        value = value or "other"
        if value not in ORGANIZATION_TYPES:
            raise ValidationError("type", _("Unknown kind of organization: {value}.").format(value=value))
        return value
