"""Datasette metadata for the visit log: what each table and column holds, in English and Korean,
and the views staff use as canned queries. No Qt, and no Datasette: the kiosk only writes the
file (``kiosk db metadata -o metadata.json``); ``datasette kiosk.sqlite -m metadata.json``
then browses the log with its links.

The descriptions are the schema's documentation for the people who read the file itself (the
center's staff and its data office), so both languages stand side by side rather than one
chosen through the interface language. ``tests/unit/test_metadata.py`` checks that every table
and column of a migrated database is described here and nothing else is.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

# table -> ((English, Korean), {column: (English, Korean)})
TABLES: dict[str, tuple[tuple[str, str], dict[str, tuple[str, str]]]] = {
    "visits": (
        ("Delegation visits: one row per visit, scheduled or held", "방문단 방문: 예정되었거나 진행된 방문 한 건당 한 행"),
        {
            "id": ("The visit's number", "방문 번호"),
            "status": ("requested, confirmed, checked_in, completed, cancelled or no_show",
                       "요청, 확정, 도착, 완료, 취소, 불참 중 하나"),
            "scheduled_start": ("Scheduled start, center's local time with offset", "예정 시작 (센터 현지 시각, 시차 포함)"),
            "scheduled_end": ("Scheduled end, center's local time with offset", "예정 종료 (센터 현지 시각, 시차 포함)"),
            "scheduled_start_utc": ("Scheduled start in UTC (sorts as text)", "예정 시작 (UTC)"),
            "scheduled_end_utc": ("Scheduled end in UTC", "예정 종료 (UTC)"),
            "actual_start": ("When the delegation checked in (local time)", "실제 도착 시각 (현지)"),
            "actual_end": ("When the visit was completed (local time)", "실제 종료 시각 (현지)"),
            "actual_start_utc": ("Check-in time in UTC", "실제 도착 시각 (UTC)"),
            "actual_end_utc": ("Completion time in UTC", "실제 종료 시각 (UTC)"),
            "lead_organization_id": ("The organization leading the delegation", "방문단 대표 기관"),
            "arranged_by_id": ("The organization that arranged the visit (WeGO, NIA, KOICA...)",
                               "방문을 주선한 기관 (WeGO, NIA, KOICA 등)"),
            "expected_headcount": ("People expected", "예정 인원"),
            "actual_headcount": ("People who came (taken at check-in)", "실제 방문 인원 (도착 시 집계)"),
            "languages": ("Languages the delegation needs (JSON list of codes)", "필요 언어 (코드 목록, JSON)"),
            "room": ("Room booked", "예약한 회의실"),
            "notes": ("Staff notes", "직원 메모"),
            "ical_uid": ("Calendar identifier (iCalendar UID)", "일정 식별자 (iCalendar UID)"),
            "ical_sequence": ("Calendar revision, raised by each change of time, room or status",
                              "일정 변경 차수 (시간·장소·상태 변경 시 증가)"),
            "client_token": ("Token of the form that created it (a double submit makes no duplicate)",
                             "등록 양식 토큰 (중복 저장 방지)"),
            "created_by": ("Member of staff who created it", "등록한 직원"),
            "updated_by": ("Member of staff who changed it last", "마지막으로 수정한 직원"),
            "created_utc": ("Created (UTC)", "등록 시각 (UTC)"),
            "updated_utc": ("Last changed (UTC)", "최종 수정 시각 (UTC)"),
        },
    ),
    "visit_countries": (
        ("People of a visit per country: expected and actual", "방문별 국가별 인원: 예정과 실제"),
        {
            "visit_id": ("The visit", "방문"),
            "country": ("Country (ISO 3166 code; KR is a domestic delegation)", "국가 (ISO 3166 코드, KR은 국내)"),
            "expected": ("People expected from this country", "이 국가의 예정 인원"),
            "actual": ("People who came from this country", "이 국가의 실제 인원"),
        },
    ),
    "organizations": (
        ("Organizations that lead or arrange visits", "방문을 이끌거나 주선하는 기관"),
        {
            "id": ("The organization's number", "기관 번호"),
            "name": ("Name as staff wrote it", "직원이 입력한 기관명"),
            "name_key": ("Name folded for matching (no case, spaces or punctuation)", "비교용 기관명 (대소문자·공백·기호 제거)"),
            "name_ko": ("Name in Korean", "한국어 기관명"),
            "name_en": ("Name in English", "영어 기관명"),
            "type": ("city, ministry, agency, company, university, international_body, intermediary or other",
                     "지방자치단체, 중앙부처, 공공기관, 기업, 대학, 국제기구, 주선기관, 기타"),
            "country": ("Country (ISO 3166 code)", "국가 (ISO 3166 코드)"),
            "created_utc": ("Created (UTC)", "등록 시각 (UTC)"),
        },
    ),
    "staff": (
        ("Members of staff: guides and administrators", "직원: 안내 직원와 관리자"),
        {
            "id": ("The member's number", "직원 번호"),
            "name": ("Name", "이름"),
            "role": ("guide or admin", "안내 직원 또는 관리자"),
            "languages": ("Languages they guide in (JSON list of codes)", "안내 가능 언어 (코드 목록, JSON)"),
            "pin_hash": ("Salted hash of their own PIN (never the PIN)", "개인 PIN의 솔트 해시 (PIN 자체가 아님)"),
            "email": ("E-mail address, for the calendar invitations of their visits", "이메일 주소 (배정된 방문의 일정 초대용)"),
            "active": ("1 while they may sign in", "로그인 가능하면 1"),
            "created_utc": ("Created (UTC)", "등록 시각 (UTC)"),
        },
    ),
    "assignments": (
        ("Guides and interpreters assigned to visits", "방문별 안내 직원·통역사 배정"),
        {
            "id": ("The assignment's number", "배정 번호"),
            "visit_id": ("The visit", "방문"),
            "staff_id": ("The member of staff", "직원"),
            "role": ("guide or interpreter", "안내 직원 또는 통역사"),
            "language": ("Language they work in for this visit", "이 방문에서 사용하는 언어"),
            "created_utc": ("Assigned (UTC)", "배정 시각 (UTC)"),
        },
    ),
    "visitors": (
        ("The roster: named members of a delegation (personal data, kept for the retention period)",
         "방문자 명단: 방문단의 개인 (개인정보, 보유 기간 동안만 보관)"),
        {
            "id": ("The person's number", "명단 번호"),
            "visit_id": ("The visit", "방문"),
            "name": ("Name (empty once erased at the end of its retention period)", "이름 (보유 기간이 끝나 파기되면 비어 있음)"),
            "title": ("Title or position", "직위"),
            "organization_id": ("Their organization", "소속 기관"),
            "country": ("Country (ISO 3166 code)", "국가 (ISO 3166 코드)"),
            "contact": ("E-mail or telephone", "이메일 또는 전화번호"),
            "consent_photos": ("1 when they agreed to photos", "사진 촬영 동의 시 1"),
            "consent_contact": ("1 when they agreed to be contacted about future events", "향후 행사 안내 연락 동의 시 1"),
            "created_utc": ("Entered (UTC)", "입력 시각 (UTC)"),
            "purged_utc": ("When the personal data was erased (UTC)", "개인정보 파기 시각 (UTC)"),
            "consent_id": ("The consent given when the person was entered", "입력 당시 받은 동의"),
        },
    ),
    "consents": (
        ("Consents to the collection of personal data (PIPA Art. 15 and 22): the text's version, language, "
         "time, who entered it, and which consents were given",
         "개인정보 수집·이용 동의 기록 (개인정보 보호법 제15조·제22조): 동의서 판, 언어, 시각, 입력자, 동의 항목"),
        {
            "id": ("The record's number", "동의 기록 번호"),
            "visit_id": ("The visit", "방문"),
            "visitor_id": ("The person on the roster (empty once removed from it)", "명단의 해당 인물 (명단에서 삭제되면 비어 있음)"),
            "text_version": ("Version of the consent text shown", "제시한 동의서 판"),
            "language": ("Language the text was shown in", "동의서를 제시한 언어"),
            "given_utc": ("When the consent was given (UTC)", "동의 시각 (UTC)"),
            "entered_by": ("Member of staff who entered it", "입력한 직원"),
            "entered_role": ("Their role: guide or admin", "입력자 역할: 안내 직원 또는 관리자"),
            "required": ("1: agreed to the collection and use (required)", "1: 수집·이용에 동의 (필수)"),
            "photos": ("1: agreed to photos (optional)", "1: 사진 촬영 동의 (선택)"),
            "contact": ("1: agreed to invitations to future events (optional)", "1: 향후 행사 안내 동의 (선택)"),
            "under_14": ("1: the person is under 14", "1: 만 14세 미만"),
            "guardian": ("1: a guardian agreed", "1: 법정대리인 동의"),
            "contact_until_utc": ("When the consent to invitations lapses (UTC)", "행사 안내 동의 만료 시각 (UTC)"),
        },
    ),
    "demos_shown": (
        ("Demos watched at the kiosk, with the visit and tour stop they belonged to",
         "키오스크에서 시연한 데모 (해당 방문과 투어 코스 포함)"),
        {
            "id": ("The showing's number", "시연 번호"),
            "visit_id": ("The visit checked in at the time (empty: a walk-in visitor)", "당시 도착한 방문 (비어 있으면 일반 관람객)"),
            "demo_id": ("The demo (disaster, cctv, bus)", "데모 (재난, CCTV, 버스)"),
            "pack_id": ("The recorded-data pack it played", "재생한 기록 데이터 팩"),
            "started_utc": ("Started (UTC)", "시작 시각 (UTC)"),
            "seconds": ("How long it was watched, in seconds", "시청 시간 (초)"),
            "stop_id": ("The tour stop it was shown at", "시연한 투어 코스"),
        },
    ),
    "tour_stops": (
        ("A visit's tour: its ordered stops", "방문별 투어: 순서대로 놓인 코스"),
        {
            "id": ("The stop's number", "코스 번호"),
            "visit_id": ("The visit", "방문"),
            "position": ("Order in the tour, from 0", "투어 내 순서 (0부터)"),
            "demo_id": ("The demo shown at this stop", "이 코스에서 보여 줄 데모"),
            "chapter": ("The story chapter of the demo's pack, when the stop is one chapter", "한 장(章)만 보여 줄 때 데모 팩의 장 번호"),
            "minutes": ("Minutes planned", "계획 시간 (분)"),
            "notes": ("The guide's notes per language (JSON)", "언어별 안내 직원 메모 (JSON)"),
        },
    ),
    "feedback": (
        ("Delegations' answers to the closing question", "방문단의 마지막 질문 응답"),
        {
            "id": ("The answer's number", "응답 번호"),
            "visit_id": ("The visit", "방문"),
            "rating": ("One of four faces: 1 unhappy to 4 delighted", "네 가지 표정 중 하나: 1 불만족 ~ 4 매우 만족"),
            "comment": ("Comment written", "남긴 의견"),
            "created_utc": ("Answered (UTC)", "응답 시각 (UTC)"),
        },
    ),
    "visitor_sessions": (
        ("Sessions at the screen: from touch to start until the idle reset", "화면 이용 세션: 시작 터치부터 자동 초기화까지"),
        {
            "id": ("The session's number", "세션 번호"),
            "started_utc": ("Started (UTC)", "시작 시각 (UTC)"),
            "ended_utc": ("Ended (UTC)", "종료 시각 (UTC)"),
            "language": ("Language at the start", "시작 언어"),
            "languages_used": ("Languages used (JSON list)", "사용한 언어 (JSON 목록)"),
            "end_reason": ("Why it ended (idle, staff...)", "종료 사유 (대기 시간 초과, 직원 등)"),
        },
    ),
    "visit_stats_year": (
        ("Published figures per year, kept by triggers: completed visits and their people",
         "연도별 공표 통계 (트리거로 유지): 완료된 방문과 인원"),
        {
            "year": ("Year of the scheduled start (center's local time)", "예정 시작 연도 (현지 시각)"),
            "visits": ("Completed visits", "완료된 방문 수"),
            "people": ("People (actual headcount, else expected)", "인원 (실제 인원, 없으면 예정 인원)"),
        },
    ),
    "visit_stats_country_year": (
        ("Published figures per country and year", "국가별·연도별 공표 통계"),
        {
            "country": ("Country (ISO 3166 code)", "국가 (ISO 3166 코드)"),
            "year": ("Year", "연도"),
            "visits": ("Completed visits with people from this country", "이 국가 인원이 있었던 완료 방문 수"),
            "people": ("People from this country", "이 국가의 인원"),
        },
    ),
    "visit_stats_organization": (
        ("Completed visits per lead organization (Korean institutions are counted from here)",
         "대표 기관별 완료 방문 수 (국내 기관 수는 여기서 집계)"),
        {
            "organization_id": ("The lead organization", "대표 기관"),
            "visits": ("Completed visits it led", "대표로 이끈 완료 방문 수"),
        },
    ),
    "pin_clashes": (
        ("Members of staff found sharing one PIN (that PIN signs nobody in until changed)",
         "같은 PIN을 쓰는 것으로 확인된 직원 (변경 전까지 해당 PIN으로 로그인 불가)"),
        {
            "staff_id": ("The member of staff", "직원"),
            "clash": ("Members of one clash share this number", "같은 충돌에 속한 직원은 같은 번호"),
            "with_center": ("1 when the PIN is also the center's staff PIN", "센터 공용 PIN과 같으면 1"),
            "found_utc": ("Found (UTC)", "발견 시각 (UTC)"),
        },
    ),
    "audit_log": (
        ("Audit trail: each export, report, purge and deletion (never the personal data itself)",
         "감사 기록: 내보내기, 보고서, 파기, 삭제 내역 (개인정보 자체는 기록하지 않음)"),
        {
            "id": ("The entry's number", "기록 번호"),
            "at_utc": ("When (UTC)", "일시 (UTC)"),
            "staff_id": ("Member of staff who did it (empty: the center's PIN or a terminal)", "수행한 직원 (비어 있으면 공용 PIN 또는 터미널)"),
            "role": ("Their role: guide or admin", "역할: 안내 직원 또는 관리자"),
            "action": ("export, report, purge or delete", "내보내기, 보고서, 파기, 삭제"),
            "details": ("What: format, period, row count (JSON)", "내용: 형식, 기간, 건수 (JSON)"),
        },
    ),
}

#: Tables the browser need not list (they are the kiosk's own bookkeeping).
HIDDEN = ("_sqlite_migrations",)
#: A foreign key's link shows this column of the row it points to.
LABELS = {"organizations": "name", "staff": "name"}
#: Newest first where a log is read that way.
SORT_DESC = {"visits": "scheduled_start_utc", "demos_shown": "started_utc", "audit_log": "id",
             "feedback": "created_utc", "visitor_sessions": "started_utc"}

_VISIT_COLUMNS = """v.id AS visit, v.status, substr(v.scheduled_start, 1, 16) AS starts,
       o.name AS organization, o.country AS organization_country,
       (SELECT group_concat(c.country || ' ' || coalesce(c.actual, c.expected, 0), '; ')
        FROM visit_countries c WHERE c.visit_id = v.id) AS people_by_country,
       coalesce(v.actual_headcount, v.expected_headcount) AS people, v.room"""

# name -> (English title, Korean title, English description, Korean description, SQL)
QUERIES: dict[str, tuple[str, str, str, str, str]] = {
    "upcoming_visits": (
        "Upcoming visits", "예정된 방문",
        "Visits from today on, in start order, with their guides", "오늘 이후의 방문 (시작 순, 배정 안내 직원 포함)",
        f"""SELECT {_VISIT_COLUMNS},
       (SELECT group_concat(s.name, ', ') FROM assignments a JOIN staff s ON s.id = a.staff_id
        WHERE a.visit_id = v.id AND a.role = 'guide') AS guides
FROM visits v JOIN organizations o ON o.id = v.lead_organization_id
WHERE v.scheduled_start_utc >= strftime('%Y-%m-%dT00:00:00Z', 'now', '-1 day')
  AND v.status IN ('requested', 'confirmed', 'checked_in')
ORDER BY v.scheduled_start_utc LIMIT 500"""),
    "visits_in_month": (
        "Visits in a month", "월별 방문",
        "Every visit whose scheduled start falls in the month given as 2026-11",
        "예정 시작일이 입력한 달(예: 2026-11)에 속하는 모든 방문",
        f"""SELECT {_VISIT_COLUMNS}
FROM visits v JOIN organizations o ON o.id = v.lead_organization_id
WHERE v.scheduled_start_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', :month || '-01', '-1 day')
  AND v.scheduled_start_utc < strftime('%Y-%m-%dT%H:%M:%SZ', :month || '-01', '+1 month', '+1 day')
  AND substr(v.scheduled_start, 1, 7) = :month
ORDER BY v.scheduled_start_utc"""),
    "figures_by_year": (
        "Published figures by year", "연도별 공표 통계",
        "Completed visits and their people per year, as the About screen counts them",
        "연도별 완료 방문 수와 인원 (소개 화면과 같은 기준)",
        "SELECT year, visits, people FROM visit_stats_year WHERE visits > 0 ORDER BY year"),
    "people_by_country": (
        "People by country", "국가별 인원",
        "People of completed visits per country, all years", "전체 연도의 국가별 완료 방문 인원",
        "SELECT country, sum(visits) AS visits, sum(people) AS people FROM visit_stats_country_year"
        " GROUP BY country HAVING people > 0 ORDER BY people DESC, country"),
    "visits_of_a_guide": (
        "Visits of a guide", "안내 직원별 방문",
        "The visits a member of staff (name as written) was assigned to, newest first",
        "입력한 이름의 직원이 배정된 방문 (최신순)",
        f"""SELECT {_VISIT_COLUMNS}, a.role AS assigned_as
FROM assignments a JOIN staff s ON s.id = a.staff_id JOIN visits v ON v.id = a.visit_id
JOIN organizations o ON o.id = v.lead_organization_id
WHERE s.name = :guide COLLATE NOCASE
ORDER BY v.scheduled_start_utc DESC LIMIT 1000"""),
    "demos_shown_most": (
        "Demos shown most", "가장 많이 시연한 데모",
        "Showings and minutes per demo, at visits and to walk-in visitors",
        "데모별 시연 횟수와 시간 (방문단과 일반 관람객)",
        "SELECT demo_id AS demo, count(*) AS showings, round(sum(seconds) / 60.0, 1) AS minutes,"
        " sum(visit_id IS NOT NULL) AS at_visits FROM demos_shown GROUP BY demo_id ORDER BY showings DESC"),
    "latest_audit": (
        "Audit trail", "감사 기록",
        "The latest exports, reports, purges and deletions, with who did them",
        "최근의 내보내기, 보고서, 파기, 삭제와 수행자",
        "SELECT a.at_utc, a.action, a.role, s.name AS staff, a.details FROM audit_log a"
        " LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id DESC LIMIT 200"),
}


def _both(pair: tuple[str, str]) -> str:
    return f"{pair[0]} / {pair[1]}"


def metadata(database_name: str = "kiosk", center_name: str = "") -> dict:
    """The metadata object for a database Datasette names ``database_name`` (the file's stem)."""
    tables = {}
    for table, (description, columns) in TABLES.items():
        entry: dict = {"description": _both(description), "columns": {c: _both(d) for c, d in columns.items()}}
        if table in LABELS:
            entry["label_column"] = LABELS[table]
        if table in SORT_DESC:
            entry["sort_desc"] = SORT_DESC[table]
        tables[table] = entry
    for table in HIDDEN:
        tables[table] = {"hidden": True}
    queries = {name: {"title": f"{en} / {ko}", "description": f"{den} / {dko}", "sql": sql}
               for name, (en, ko, den, dko, sql) in QUERIES.items()}
    title = "Visit log / 방문 기록"
    return {
        "title": f"{center_name}: {title}" if center_name else title,
        "description": ("Delegation visits to the smart-city operations center, their people by country, "
                        "the tours and the published figures / 스마트시티 통합운영센터 방문단 방문, 국가별 인원, "
                        "투어와 공표 통계"),
        "databases": {database_name: {"tables": tables, "queries": queries}},
    }


def described_tables(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The tables of ``db`` and their columns, as the metadata must describe them."""
    return {t: [c.name for c in db[t].columns] for t in db.table_names() if t not in HIDDEN}


def database_name(path: Path) -> str:
    """The name Datasette gives the database in ``path``: the file's stem."""
    return Path(path).stem
