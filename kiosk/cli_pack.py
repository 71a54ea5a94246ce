"""``kiosk pack ...``: import recordings, check and describe packs, make the sample packs."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from kiosk.core import utc
from kiosk.cli_common import number, run_guarded, whole_number
from kiosk.i18n import N_, _, format_number


def add_parser(sub, common) -> None:
    pack = sub.add_parser("pack", help=_("recorded-data packs: import, validate, info, make-samples"),
                          description=_("Recorded-data packs: import, validate, info, make-samples."))
    common(pack, suppress=True)
    cmds = pack.add_subparsers(dest="pack_command", required=True, metavar=_("COMMAND"))

    gtfs = cmds.add_parser("import-gtfs", help=_("GTFS static feed (+ GTFS-Realtime or CSV positions)"))
    gtfs.add_argument("feed", metavar=_("FEED"), help=_("feed folder or .zip"))
    gtfs.add_argument("--positions", nargs="*", default=[], metavar=_("FILE"),
                      help=_("GTFS-Realtime FeedMessage dumps or CSV (t, vehicle_id, lat, lon, bearing, speed, ...)"))
    gtfs.add_argument("--service-date", metavar=_("DATE"),
                      help=_("the day to replay when positions are synthesised (YYYY-MM-DD)"))

    cap = cmds.add_parser("import-cap", help=_("CAP 1.2 / 1.1 alerts (+ incident lifecycle log)"))
    cap.add_argument("sources", nargs="+", metavar=_("FILE_OR_FOLDER"), help=_("CAP XML files, or folders of them"))
    cap.add_argument("--lifecycle", metavar=_("FILE"),
                     help=_("JSON lines: t, incident_id, phase, agency, unit, lat, lon"))

    mot = cmds.add_parser("import-mot", help=_("MOTChallenge tracks of one camera"))
    mot.add_argument("gt_txt", metavar="GT_TXT", help=_("the MOTChallenge text file (gt.txt or results)"))
    mot.add_argument("--camera", required=True, metavar=_("ID"), help=_("the camera's id in the pack"))
    mot.add_argument("--fps", type=number, default=10.0, metavar=_("N"), help=_("frames per second (default: 10)"))
    mot.add_argument("--start", metavar=_("ISO_TIME"), help=_("time of frame 1, with its offset"))
    mot.add_argument("--size", metavar=_("WxH"), help=_("frame size in pixels, to normalise the boxes"))

    for p in (gtfs, cap, mot):
        p.add_argument("-o", "--output", required=True, metavar=_("OUT"), help=_("the pack file to write"))
        p.add_argument("--id", dest="pack_id", metavar=_("ID"), help=_("pack id (default: from the file name)"))
        common(p, suppress=True)

    validate = cmds.add_parser("validate", help=_("check a pack's format version and checksum"))
    validate.add_argument("file", metavar=_("PACK"), help=_("the pack file"))
    info = cmds.add_parser("info", help=_("time range, languages, counts"))
    info.add_argument("file", metavar=_("PACK"), help=_("the pack file"))
    info.add_argument("--json", action="store_true", help=_("print JSON"))
    samples = cmds.add_parser("make-samples", help=_("write the sample packs (deterministic)"))
    samples.add_argument("-o", "--output", default=None, metavar=_("FOLDER"),
                         help=_("folder (default: the shipped data/)"))
    samples.add_argument("--seed", type=whole_number, default=None, metavar=_("N"),
                         help=_("random seed (default: the one the shipped packs were made with)"))
    for p in (validate, info, samples):
        common(p, suppress=True)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(_("warning: {message}").format(message=warning), file=sys.stderr)


def run(args) -> int:
    """Exit codes: 0 done, 2 refused (a missing, damaged or foreign file, bad input), 1 the output
    could not be written (the message says why: the disk is full, permission denied, ...)."""
    return run_guarded(lambda: _run(args), args)


def _parse_time(text: str | None) -> datetime | None:
    from kiosk.core.importers import ImportFailed

    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ImportFailed("--start", _("not a date and time: {value}").format(value=text))
    if value.tzinfo is None:
        raise ImportFailed("--start", _("the time needs its offset, e.g. +09:00"))
    return value


def _run(args) -> int:
    from kiosk.core.pack_reader import Pack

    command = args.pack_command
    if command == "import-gtfs":
        from datetime import date

        from kiosk.core.importers.gtfs import import_gtfs

        day = None
        if args.service_date:
            try:
                day = date.fromisoformat(args.service_date)
            except ValueError:
                from kiosk.core.importers import ImportFailed

                raise ImportFailed("--service-date", _("not a date: {value}").format(value=args.service_date))
        path, warnings = import_gtfs(args.feed, args.output, args.positions, pack_id=args.pack_id, service_date=day)
    elif command == "import-cap":
        from kiosk.core.importers.cap import import_cap

        path, warnings = import_cap(args.sources, args.output, lifecycle=args.lifecycle, pack_id=args.pack_id)
    elif command == "import-mot":
        from kiosk.core.importers.mot import import_mot

        width = height = None
        if args.size:
            try:
                width, height = (int(v) for v in args.size.lower().split("x"))
            except ValueError:
                from kiosk.core.importers import ImportFailed

                raise ImportFailed("--size", _("the frame size must look like 1920x1080"))
        path, warnings = import_mot(args.gt_txt, args.output, camera=args.camera, fps=args.fps,
                                    start=_parse_time(args.start), pack_id=args.pack_id, width=width, height=height)
    elif command == "make-samples":
        from kiosk import paths
        from kiosk.core.samples import make_samples

        out = Path(args.output) if args.output else paths.samples_dir()
        written = make_samples(out) if args.seed is None else make_samples(out, seed=args.seed)
        for path in written:
            print(_("Wrote {file}").format(file=path))
        return 0
    elif command == "validate":
        with Pack.open(args.file) as pack:
            info = pack.info()
        print(_("{file}: valid (format {version}, checksum verified)").format(
            file=Path(args.file).name, version=info["format"]))
        return 0
    else:
        # info describes a damaged pack too, and says whether its checksum holds
        import sqlite3

        from kiosk.core.pack import content_checksum
        from kiosk.core.pack_reader import not_a_pack

        with Pack.open(args.file, verify=False) as pack:
            try:
                info = pack.info()
                info["checksum_ok"] = content_checksum(pack.conn) == pack.manifest.checksum
            except (sqlite3.DatabaseError, ValueError, TypeError, KeyError) as exc:
                raise not_a_pack(Path(args.file), _("its content cannot be read")) from exc
        if args.json:
            print(json.dumps(info, ensure_ascii=False))
        else:
            _print_info(info)
        return 0
    _warn(warnings)
    with Pack.open(path) as pack:
        counts = pack.info()["counts"]
    print(_("Wrote {file}: {events} events, {points} positions, {detections} detections").format(
        file=path, events=counts["events"], points=counts["track_points"], detections=counts["detections"]))
    return 0


#: The names of a pack's counts (``kiosk pack info``); the JSON keeps the keys.
COUNT_LABELS = {
    "features": N_("map features"), "events": N_("events"), "phases": N_("incident phases"),
    "objects": N_("vehicles and objects"), "track_points": N_("positions"), "sensors": N_("sensors"),
    "series_points": N_("sensor readings"), "cameras": N_("cameras"), "detections": N_("detections"),
    "schedule_rows": N_("timetable rows"),
}
GTFS_LABELS = {
    "agencies": N_("agencies"), "stops": N_("stops"), "routes": N_("routes"), "trips": N_("trips"),
    "stop_times": N_("stop times"), "shapes": N_("shapes"),
}
KIND_LABELS = {"bus": N_("buses"), "disaster": N_("disaster response"), "cctv": N_("cameras"),
               "mixed": N_("mixed")}


def _print_info(info: dict) -> None:
    from datetime import timezone

    start = utc.stamp(datetime.fromtimestamp(info["t_start"] / 1000, timezone.utc))
    end = utc.stamp(datetime.fromtimestamp(info["t_end"] / 1000, timezone.utc))
    kind = _(KIND_LABELS[info["kind"]]) if info["kind"] in KIND_LABELS else info["kind"]
    print(f"{info['id']} ({kind}), {start} .. {end}, {info['timezone']}")
    print(_("pack format {version}").format(version=info["format"]))
    print(_("languages: {languages}").format(languages=", ".join(info["languages"]) or "-"))
    print(_("guide's notes: {languages}").format(languages=", ".join(info["notes_languages"]) or "-"))
    print(_("checksum holds") if info["checksum_ok"] else _("the checksum does not hold: the pack is damaged"))
    for key, value in info["counts"].items():
        print("  " + _("{name}: {n}").format(name=_(COUNT_LABELS[key]) if key in COUNT_LABELS else key,
                                              n=format_number(value)))
    for key, value in info.get("gtfs", {}).items():
        name = _(GTFS_LABELS[key]) if key in GTFS_LABELS else key
        print("  " + _("GTFS {name}: {n}").format(name=name, n=format_number(value)))
