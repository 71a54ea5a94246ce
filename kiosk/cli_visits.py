"""``kiosk visits ...``, ``kiosk stats`` and ``kiosk report``: the visit log from a terminal.

The terminal acts as an administrator (whoever runs it has the database file anyway). Exit
codes: 0 done, 2 bad input (the message on stderr, in the terminal's language), 1 the database
could not be opened or written.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, time, timedelta

from kiosk.cli_common import run_guarded, whole_number
from kiosk.i18n import N_, _, ngettext
from kiosk.store.vocabulary import STATUSES

ACTOR = "admin"
_ADD_FIELDS = {"organization", "organization_id", "organization_type", "country", "countries", "headcount",
               "start", "end", "languages", "arranged_by", "status", "notes", "room", "client_token"}


#: The fields a refusal names, as the user reads them; the key the JSON spells them by follows.
FIELD_LABELS = {
    "organization": N_("Delegation (lead organization)"), "organization_id": N_("Delegation (lead organization)"),
    "organization_type": N_("Type of the new organization"), "country": N_("Country"),
    "countries": N_("Countries and people expected"), "headcount": N_("Number of people"),
    "start": N_("Starts"), "end": N_("Ends"), "languages": N_("Languages needed"),
    "arranged_by": N_("Arranged by"), "arranged_by_type": N_("Type of the arranging organization"),
    "status": N_("Status"), "notes": N_("Notes"), "room": N_("Room"), "client_token": N_("Request token"),
    "file": N_("File"), "json": N_("The JSON object"),
    "format": N_("Format"), "encoding": N_("Encoding"), "lang": N_("Language"), "guide": N_("Guide"),
    "period": N_("Period"),
}
#: Where the user wrote a field that is not a JSON key (None: the file named on the command line).
_WRITTEN_AS = {"json": "--json", "file": None, "format": "--format", "encoding": "--encoding", "lang": "--lang",
               "guide": "--guide", "period": "--period"}
#: The export's fields named as its options ("--from: ..."), not as the visit form's.
_EXPORT_OPTIONS = {"start": "--from", "end": "--to", "status": "--status"}


def add_parser(sub, common) -> None:
    visits = sub.add_parser("visits", help=_("delegation visits: add, list, show, cancel, import-csv, export, recap, purge"),
                            description=_("Delegation visits: add, list, show, cancel, import-csv, export, recap, purge."))
    common(visits, suppress=True)
    cmds = visits.add_subparsers(dest="visits_command", required=True, metavar=_("COMMAND"))

    add = cmds.add_parser("add", help=_("add a visit described by a JSON object; prints it as JSON"))
    add.add_argument("--json", dest="data", required=True, metavar=_("OBJECT"),
                     help=_("e.g. {example} (- reads it from standard input)").format(
                         example='\'{"organization": "Lima Metropolitan Municipality", "country": "PE", '
                                 '"start": "2026-12-03T10:00", "end": "2026-12-03T11:30", "headcount": 5}\''
                     ).replace("%", "%%"))
    listing = cmds.add_parser("list", help=_("visits in start order (default: from today on)"))
    listing.add_argument("--from", dest="start", metavar=_("DATE"), help=_("first day (YYYY-MM-DD) or time"))
    listing.add_argument("--to", dest="end", metavar=_("DATE"), help=_("last day (included) or time (excluded)"))
    listing.add_argument("--status", action="append", metavar=_("STATUS"), choices=STATUSES,
                         help=_("requested, confirmed, checked_in, completed, cancelled or no_show (repeatable)"))
    listing.add_argument("--limit", type=whole_number, default=None, metavar=_("N"),
                         help=_("show at most this many visits"))
    show = cmds.add_parser("show", help=_("one visit, with its staff and any clash"))
    show.add_argument("id", type=whole_number, metavar=_("NUMBER"), help=_("the visit's number"))
    cancel = cmds.add_parser("cancel", help=_("cancel a visit"))
    cancel.add_argument("id", type=whole_number, metavar=_("NUMBER"), help=_("the visit's number"))
    csv_import = cmds.add_parser("import-csv", help=_("import a visit log (date, organization, country, headcount)"))
    csv_import.add_argument("file", metavar=_("FILE"), help=_("the CSV file"))
    recap = cmds.add_parser("recap", help=_("write a visit's take-home recap as a PDF"),
                            description=_("Write the take-home recap of a visit as a PDF, in the delegation's "
                                          "language (its first language, unless --lang names another)."))
    recap.add_argument("id", type=whole_number, metavar=_("NUMBER"), help=_("the visit's number"))
    recap.add_argument("--lang", metavar=_("CODE"), help=_("the recap's language, e.g. es, ko, ar"))
    recap.add_argument("-o", "--output", metavar=_("FILE"),
                       help=_("the PDF to write (default: recaps/recap-<number>-<language>.pdf in the data folder)"))
    purge = cmds.add_parser("purge", help=_("erase the personal data of rosters past their retention period"),
                            description=_("Erase the names, titles and contacts of visit rosters whose retention "
                                          "period is over (settings: roster_retention_days, "
                                          "contact_consent_days). The figures do not change."))
    purge.add_argument("--dry-run", action="store_true",
                       help=_("only list what would be erased (visit, day, how many people); change nothing"))
    export = cmds.add_parser("export", help=_("write the visits of a period to a CSV, XLSX or iCalendar file"),
                             description=_("Write the visits of a period to a CSV, XLSX or iCalendar file; the "
                                           "export is recorded in the audit trail."))
    export.add_argument("--format", required=True, choices=("csv", "xlsx", "ics"), help=_("the kind of file"))
    export.add_argument("--from", dest="start", metavar=_("DATE"), help=_("first day (YYYY-MM-DD)"))
    export.add_argument("--to", dest="end", metavar=_("DATE"), help=_("last day (YYYY-MM-DD, included)"))
    export.add_argument("--status", action="append", metavar=_("STATUS"), choices=STATUSES,
                        help=_("requested, confirmed, checked_in, completed, cancelled or no_show (repeatable)"))
    export.add_argument("--lang", metavar=_("CODE"), help=_("the language of the headers, e.g. ko, en, es (default: ko)"))
    export.add_argument("--guide", metavar=_("NAME"), help=_("only the visits this member of staff is assigned to"))
    export.add_argument("--encoding", choices=("utf-8", "cp949"), default="utf-8",
                        help=_("CSV only: utf-8 (with a BOM, for Excel) or cp949 (older Korean Excel)"))
    export.add_argument("-o", "--output", required=True, metavar=_("FILE"), help=_("the file to write"))
    for p in (listing, show, cancel, csv_import, purge):
        p.add_argument("--json", action="store_true", help=_("print JSON"))
    for p in (add, listing, show, cancel, csv_import, export, recap, purge):
        common(p, suppress=True)

    stats = sub.add_parser("stats", help=_("the published figures: visits, visitors, institutions, countries"),
                           description=_("The published figures: visits, visitors, institutions, countries."))
    stats.add_argument("--json", action="store_true", help=_("print one JSON object"))
    common(stats, suppress=True)

    report = sub.add_parser("report", help=_("write the statistics report of a month, a year or years as a PDF"),
                            description=_("Write the center's statistics report as a PDF: the published figures, "
                                          "visits by month, the countries, the arranging organizations, the demos "
                                          "shown and the delegations' answers. In Korean unless --lang names "
                                          "another language."))
    report.add_argument("--period", required=True, metavar=_("PERIOD"),
                        help=_("a month (2026-11), a year (2026) or a range of years (2009-2026)"))
    report.add_argument("--lang", metavar=_("CODE"), help=_("the report's language (default: ko), e.g. en, ar"))
    report.add_argument("-o", "--output", metavar=_("FILE"),
                        help=_("the PDF to write (default: reports/report-<period>-<language>.pdf in the data folder)"))
    common(report, suppress=True)


def run(args) -> int:
    return run_guarded(lambda: _run(args), args, refusal=_print_refusal,
                       cannot=_("The kiosk database cannot be written: {reason}"))


def _run(args) -> int:
    from kiosk.app import prepare
    from kiosk.store.db import open_database

    paths, settings = prepare(args.config, args.data_dir, console=False)
    db = open_database(paths.database)
    try:
        tz = settings.get("center_timezone")
        if args.command == "stats":
            return _stats(db, args)
        if args.command == "report":
            return _report(db, paths, settings, args)
        if args.visits_command == "recap":
            return _recap(db, paths, settings, args)
        if args.visits_command == "purge":
            return _purge(db, settings, args)
        if args.visits_command == "export":
            return _export(db, tz, settings, args)
        return _COMMANDS[args.visits_command](db, tz, args)
    finally:
        db.close()


def _field(key: str) -> str:
    """A field as the user reads it: "Ends (end)"; an option ("--from") or a key of the user's
    own invention is shown as given."""
    if key in FIELD_LABELS:
        written = _WRITTEN_AS.get(key, key)
        return _("{name} ({key})").format(name=_(FIELD_LABELS[key]), key=written) if written else _(FIELD_LABELS[key])
    return key


def _print_refusal(exc) -> None:
    from kiosk.store.csv_import import ImportRefused

    if isinstance(exc, ImportRefused):
        for problem in exc.problems:
            print(problem.message(), file=sys.stderr)
        print(exc.message, file=sys.stderr)
    elif getattr(exc, "field", None):
        print(_("{field}: {message}").format(field=_field(exc.field), message=exc.message), file=sys.stderr)
    else:
        print(exc.message, file=sys.stderr)


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False))


# ---------------------------------------------------------------- add

def _add(db, tz, args) -> int:
    from kiosk.store.visits import VisitRepository

    data = _load_object(sys.stdin.read() if args.data == "-" else args.data)
    repo = VisitRepository(db, tz)
    form, status, token = _form(data, repo.tz)
    _print_json(repo.create_visit(ACTOR, form, status=status, client_token=token).to_json())
    return 0


def _load_object(text: str) -> dict:
    from kiosk.store.errors import ValidationError

    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValidationError("json", _("Not valid JSON (line {line}, column {column}).").format(
            line=getattr(exc, "lineno", 1), column=getattr(exc, "colno", 1))) from None
    if not isinstance(data, dict):
        raise ValidationError("json", _("Give one JSON object, e.g. {example}.").format(example='{"country": "PE"}'))
    unknown = sorted(set(data) - _ADD_FIELDS)
    if unknown:
        raise ValidationError(unknown[0], _("Unknown field. The fields are: {fields}.").format(
            fields=", ".join(sorted(_ADD_FIELDS))))
    return data


def _form(data: dict, tz):
    from kiosk.store import times
    from kiosk.store.errors import ValidationError
    from kiosk.store.model import VisitForm

    def when(field):
        value = data.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(field, _("Enter a date and a time, e.g. 2026-12-03T10:00."))
        try:
            return times.parse_input(value, tz)
        except ValueError:
            raise ValidationError(field, _("Not a date and time: {value}. Write e.g. 2026-12-03T10:00.")
                                  .format(value=value)) from None

    countries = data.get("countries")
    headcount = data.get("headcount")
    country = data.get("country")
    if countries is None:
        if country is None:
            raise ValidationError("country", _("Enter the delegation's country, or its countries with their headcounts."))
        if headcount is None:
            raise ValidationError("headcount", _("Enter how many people are expected."))
        countries = {country: headcount} if isinstance(country, str) else {str(country): headcount}
    elif not isinstance(countries, dict) or not countries:
        raise ValidationError("countries", _("Give the countries with their headcounts, e.g. {example}.")
                              .format(example='{"PE": 3, "CO": 2}'))
    elif headcount is not None and headcount != sum(v for v in countries.values() if isinstance(v, int)):
        raise ValidationError("headcount", _("The countries add up to {sum}, not {headcount}.").format(
            sum=sum(v for v in countries.values() if isinstance(v, int)), headcount=headcount))
    organization = data.get("organization_id", data.get("organization"))
    languages = data.get("languages") or []
    if not isinstance(languages, (str, list)):
        raise ValidationError("languages", _("Give the languages as a list, e.g. {example}.").format(example='["es", "en"]'))
    form = VisitForm(
        organization=organization if organization is not None else "", start=when("start"), end=when("end"),
        countries=countries, arranged_by=data.get("arranged_by"),
        languages=tuple(languages) if isinstance(languages, list) else languages,
        room=data.get("room"), notes=data.get("notes"), organization_country=country if isinstance(country, str) else None,
        organization_type=data.get("organization_type"))
    return form, data.get("status", "requested"), data.get("client_token")


# ---------------------------------------------------------------- list, show, cancel

def _day_or_time(text: str, field: str, tz, end: bool) -> datetime:
    from kiosk.store import times
    from kiosk.store.errors import ValidationError

    try:
        value = times.parse_input(text, tz)
    except ValueError:
        raise ValidationError(field, _("Not a date: {value}. Write e.g. 2026-12-03.").format(value=text)) from None
    if end and len(text.strip()) == 10:
        value += timedelta(days=1)  # --to 2026-12-31 includes that day
    return value


def _list(db, tz, args) -> int:
    from kiosk.store.schedule import Schedule

    schedule = Schedule(db, tz)
    start = _day_or_time(args.start, "--from", schedule.tz, False) if args.start else None
    end = _day_or_time(args.end, "--to", schedule.tz, True) if args.end else None
    if start is None and end is None:
        start = datetime.combine(datetime.now(schedule.tz).date(), time(0), schedule.tz)
    shown, key, first = 0, None, True
    if args.json:
        print("[", end="")
    while args.limit is None or shown < args.limit:
        size = 500 if args.limit is None else min(500, args.limit - shown)
        page = schedule.page(after=key, limit=size, statuses=args.status, start=start, end=end, newest_first=False)
        for row in page.rows:
            if args.json:
                print(("" if first else ",\n") + json.dumps(row.to_json(), ensure_ascii=False), end="")
            else:
                print(_row_line(row))
            first = False
        shown += len(page.rows)
        if page.next_key is None:
            break
        key = page.next_key
    if args.json:
        print("]")
    elif first:
        print(_("No visits."))
    return 0


def _row_line(row) -> str:
    from kiosk.store.model import STATUS_LABELS

    return "{id:>6}  {start:%Y-%m-%d %H:%M}–{end:%H:%M}  {status:<11}  {n:>4}  {org}".format(
        id=row.id, start=row.start, end=row.end, status=_(STATUS_LABELS[row.status]), n=row.headcount,
        org=row.organization_name)


def _show(db, tz, args) -> int:
    from kiosk.store.schedule import Schedule
    from kiosk.store.staff import StaffRepository
    from kiosk.store.visits import VisitRepository

    visit = VisitRepository(db, tz).get(args.id)
    staff = StaffRepository(db).assignments(visit.id)
    warnings = [c.message() for c in Schedule(db, tz).conflicts(visit.id)]
    if args.json:
        out = visit.to_json()
        out["assignments"] = [{"staff_id": a.staff_id, "name": a.staff_name, "role": a.role, "language": a.language}
                              for a in staff]
        out["warnings"] = warnings
        _print_json(out)
        return 0
    _print_visit(visit)
    from kiosk.store.model import ASSIGNMENT_ROLE_LABELS

    for a in staff:
        print("  " + _("{role}: {name}").format(role=_(ASSIGNMENT_ROLE_LABELS[a.role]), name=a.staff_name))
    for warning in warnings:
        print("  " + _("warning: {message}").format(message=warning))
    return 0


def _print_visit(visit) -> None:
    from kiosk.i18n import format_number
    from kiosk.store.countries import country_name
    from kiosk.store.model import STATUS_LABELS

    print("#{id}  {start:%Y-%m-%d %H:%M}–{end:%H:%M}  {status}".format(
        id=visit.id, start=visit.start, end=visit.end, status=_(STATUS_LABELS[visit.status])))
    print(f"  {visit.organization.name} ({country_name(visit.organization.country)})")
    by_country = ", ".join(f"{country_name(c.country)} {format_number(c.people)}" for c in visit.countries)
    print("  " + _("{n} people: {countries}").format(n=format_number(visit.headcount), countries=by_country))
    if visit.arranged_by:
        print("  " + _("arranged by {name}").format(name=visit.arranged_by.name))
    if visit.languages:
        print("  " + _("languages: {languages}").format(languages=", ".join(visit.languages)))
    if visit.room:
        print("  " + _("room: {room}").format(room=visit.room))
    if visit.notes:
        print("  " + visit.notes)


def _cancel(db, tz, args) -> int:
    from kiosk.store.visits import VisitRepository

    visit = VisitRepository(db, tz).cancel_visit(ACTOR, args.id)
    if args.json:
        _print_json(visit.to_json())
    else:
        print(_("Visit {id} is cancelled.").format(id=visit.id))
    return 0


def _import_csv(db, tz, args) -> int:
    from kiosk.store.csv_import import import_visits_csv

    result = import_visits_csv(db, args.file, ACTOR, tz)
    if args.json:
        out = {"rows": result.rows, "imported": result.imported, "already_there": result.already_there}
        if result.not_completed is not None:  # the file has a status column
            out["not_completed"] = result.not_completed
        _print_json(out)
    else:
        print(_("Imported {imported} visits from {rows} rows ({already} were already there).").format(
            imported=result.imported, rows=result.rows, already=result.already_there))
        if result.not_completed:
            print(ngettext("{n} row was not a completed visit and was left out.",
                           "{n} rows were not completed visits and were left out.",
                           result.not_completed).format(n=result.not_completed))
    return 0


# ---------------------------------------------------------------- export

def _export(db, tz, settings, args) -> int:
    from datetime import date
    from pathlib import Path

    from kiosk import i18n
    from kiosk.settings import DEFAULT_CENTER_NAME
    from kiosk.store import times
    from kiosk.store.errors import ValidationError
    from kiosk.store.exports import ExportRequest, export_visits

    def day(text, field):
        if text is None:
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise ValidationError(_EXPORT_OPTIONS[field], _("Not a date: {value}. Write e.g. 2026-12-03.")
                                  .format(value=text)) from None

    request = ExportRequest(
        format=args.format, start=day(args.start, "start"), end=day(args.end, "end"),
        statuses=tuple(dict.fromkeys(args.status)) if args.status else None, lang=args.lang or "ko",
        guide=args.guide, encoding="cp949" if args.encoding == "cp949" else "utf-8-sig")
    target = Path(args.output).expanduser()
    progress = _progress_line() if sys.stderr.isatty() else None
    center = settings.get("center_name") or i18n.translate_in(request.lang, DEFAULT_CENTER_NAME)
    try:
        result = export_visits(db, request, target, ACTOR, times.zone(tz), center, progress=progress)
    except ValidationError as exc:
        if exc.field in _EXPORT_OPTIONS:
            raise ValidationError(_EXPORT_OPTIONS[exc.field], exc.message) from None
        raise
    finally:
        if progress is not None:
            progress.done()
    print(_("Exported {n} visits to {file}.").format(n=result.rows, file=result.path))
    return 0


class _progress_line:
    """"Exporting 12,000 of 1,000,000 visits…" on one line of a terminal, rewritten in place."""

    def __init__(self):
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        from kiosk.i18n import format_number

        if total >= 10_000:
            print("\r" + _("Exporting {done} of {total} visits…").format(
                done=format_number(done), total=format_number(total)), end="", file=sys.stderr, flush=True)
            self.shown = True

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)


# ---------------------------------------------------------------- recap

def _recap(db, paths, settings, args) -> int:
    """The take-home recap as a PDF: Qt draws it (fonts, the demos' stills), offscreen when
    there is no display."""
    from pathlib import Path

    from kiosk.ui.recap import ensure_application, library_for, write_recap

    target = Path(args.output).expanduser() if args.output else None
    ensure_application(settings.get("theme"), paths.cache_dir)
    library = library_for(paths)
    try:
        written, lang = write_recap(db, settings, args.id, target, library, paths, lang=args.lang)
    finally:
        library.close()
    print(_("Recap of visit {id} ({language}) saved: {file}").format(id=args.id, language=lang, file=written))
    return 0


# ---------------------------------------------------------------- report

def _report(db, paths, settings, args) -> int:
    """The statistics report as a PDF, painted by Qt offscreen when there is no display. The
    period and the language are checked before Qt starts."""
    from pathlib import Path

    from kiosk.store.report import parse_period
    from kiosk.ui.report import report_language, write_report

    period = parse_period(args.period)
    lang = report_language(args.lang)
    target = Path(args.output).expanduser() if args.output else None
    from kiosk.ui.recap import ensure_application

    ensure_application(settings.get("theme"), paths.cache_dir)
    written, pages = write_report(db, settings, period, lang, target, ACTOR, paths)
    print(ngettext("Report of {period} ({language}, {n} page) saved: {file}",
                   "Report of {period} ({language}, {n} pages) saved: {file}", pages).format(
        period=period.key, language=lang, n=pages, file=written))
    return 0


# ---------------------------------------------------------------- purge

def _purge(db, settings, args) -> int:
    """What the kiosk erases at start-up and once a day, now; the dry run lists it by visit."""
    from collections import Counter

    from kiosk.i18n import format_number, ngettext
    from kiosk.store.retention import ALL, purge_due

    result = purge_due(db, settings, ACTOR, dry_run=args.dry_run)
    last_day = result.last_day.isoformat()
    per_visit = Counter((i.visit_id, i.visit_date.isoformat(), i.scope) for i in result.items)
    if args.json:
        _print_json({"dry_run": args.dry_run, "visitors": result.visitors, "contacts_only": result.contacts,
                     "visits_up_to": last_day,
                     "visits": [{"visit": v, "date": d, "scope": scope, "people": n}
                                for (v, d, scope), n in sorted(per_visit.items(), key=lambda x: (x[0][1], x[0][0]))]})
        return 0
    if args.dry_run:
        for (visit_id, day, scope), n in sorted(per_visit.items(), key=lambda x: (x[0][1], x[0][0])):
            line = (ngettext("#{id}  {date}  {n} person", "#{id}  {date}  {n} people", n) if scope == ALL else
                    ngettext("#{id}  {date}  {n} contact only", "#{id}  {date}  {n} contacts only", n))
            print(line.format(id=visit_id, date=day, n=format_number(n)))
        print(ngettext("{n} visitor's personal data would be erased (visits up to {date}).",
                       "{n} visitors' personal data would be erased (visits up to {date}).",
                       result.visitors).format(n=format_number(result.visitors), date=last_day))
    else:
        print(ngettext("{n} visitor's personal data erased (visits up to {date}).",
                       "{n} visitors' personal data erased (visits up to {date}).",
                       result.visitors).format(n=format_number(result.visitors), date=last_day))
    if result.contacts:
        print((ngettext("{n} more person's contact would be erased: their consent to invitations has lapsed.",
                        "{n} more people's contacts would be erased: their consent to invitations has lapsed.",
                        result.contacts) if args.dry_run else
               ngettext("{n} more person's contact erased: their consent to invitations has lapsed.",
                        "{n} more people's contacts erased: their consent to invitations has lapsed.",
                        result.contacts)).format(n=format_number(result.contacts)))
    return 0


# ---------------------------------------------------------------- stats

def _stats(db, args) -> int:
    from kiosk.i18n import format_number as num
    from kiosk.store.countries import country_name
    from kiosk.store.stats import stats

    figures = stats(db)
    if args.json:
        _print_json(figures)
        return 0
    print(_("Visits: {n}").format(n=num(figures["visits"])))
    print(_("Visitors: {n}").format(n=num(figures["people"])))
    print(_("From Korea: {people} people from {institutions} institutions").format(
        people=num(figures["domestic"]["people"]), institutions=num(figures["domestic"]["institutions"])))
    print(_("From abroad: {people} people from {countries} countries").format(
        people=num(figures["foreign"]["people"]), countries=num(figures["foreign"]["countries"])))
    if figures["by_year"]:
        print(_("Since {year}").format(year=min(figures["by_year"])))
    top = [(c, n) for c, n in figures["by_country"].items() if c != "KR"][:5]
    if top:
        print(_("Most visitors from abroad: {countries}").format(
            countries=", ".join(f"{country_name(c)} {num(n)}" for c, n in top)))
    return 0


_COMMANDS = {"add": _add, "list": _list, "show": _show, "cancel": _cancel, "import-csv": _import_csv}
