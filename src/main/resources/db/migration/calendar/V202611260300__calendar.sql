-- The working-day calendar (legal-rules.md §1). Installation-wide: one national calendar; a province's own
-- arrangements are entered as edits. A year without a calendar_year row is provisional and computed from the
-- Labor Code rules; the first edit of such a year stores its provisional days here, and confirming clears the flag.
create table calendar_year (
    year         int         primary key check (year between 1900 and 2100),
    provisional  boolean     not null,
    confirmed_by text,
    confirmed_at timestamptz
);

-- Listed days only: days off (HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF) and make-up weekend days. Unlisted
-- days follow the week (Monday–Friday work). One row per date, so a day can never be both a holiday and a make-up day.
create table calendar_day (
    day          date primary key,
    year         int  not null references calendar_year (year),
    type         text not null check (type in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF', 'MAKEUP_WORKDAY')),
    name         text not null,
    legal_source text,
    check (year = extract(year from day)),
    check (type <> 'MAKEUP_WORKDAY' or extract(isodow from day) in (6, 7))
);

create index calendar_day_year_idx on calendar_day (year);

-- Per-agency receipt cut-off and office closing time; agencies without a row use 15:00 / 17:00.
create table calendar_office_hours (
    agency_code  varchar(5) primary key,
    cut_off      time not null,
    closing_time time not null,
    check (cut_off <= closing_time)
);
