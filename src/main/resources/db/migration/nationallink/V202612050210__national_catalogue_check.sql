-- The catalogue compared with the national procedure database (issue 15 item 4): each run of the comparison (when, by
-- whom, how many procedures were in force, why it stopped if the portal became unavailable) and, for the last run,
-- one row per procedure compared with what LayThuTuc answered, so that the page shows the result without calling the
-- portal again. Rows are written one by one as the run goes: an outage keeps what was compared before it.
create table national_catalogue_run
(
  id             bigint generated always as identity primary key,
  started_at     timestamptz not null,
  run_by         text        not null,
  in_force       int         not null,
  finished_at    timestamptz,
  stopped_reason text
);

create table national_catalogue_check
(
  run_id              bigint      not null references national_catalogue_run (id) on delete cascade,
  code                text        not null,
  checked_at          timestamptz not null,
  -- MATCHES, DIFFERS (see the three flags), UNKNOWN (the national database has no such code), REFUSED (see reason)
  outcome             text        not null check (outcome in ('MATCHES', 'DIFFERS', 'UNKNOWN', 'REFUSED')),
  name_differs        boolean     not null default false,
  time_limit_differs  boolean     not null default false,
  fee_differs         boolean     not null default false,
  national_name       text,
  national_time_limit text,
  national_fee        text,
  our_name            text        not null,
  our_time_amount     int         not null,
  our_time_unit       text        not null,
  our_fee_vnd         bigint      not null,
  our_fee_to_be_set   boolean     not null,
  reason              text,
  primary key (run_id, code)
);
