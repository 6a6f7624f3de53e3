-- Online submissions fetched from the national portal (issue 15 item 3): one row per submission the portal listed
-- for a commune, written in the transaction that imported it (dossier_code set: the dossier waits at the counter) or
-- refused it (reason set: shown to the administrator on /admin/national-link; nothing else is kept of it).
-- portal_code is the portal's dossier code (MaHoSo) and is unique: fetching a submission twice imports it once. The
-- outbox answers the portal about an imported dossier under portal_code.
create table national_submission
(
  id             bigint generated always as identity primary key,
  portal_code    text        not null unique,
  madonvi        text        not null,
  agency_code    varchar(5)  not null,
  sequence       bigint      not null,
  procedure_code text,
  submitted_at   text,
  fetched_at     timestamptz not null,
  dossier_code   text unique,
  refused_reason text,
  check ((dossier_code is null) <> (refused_reason is null))
);
create index national_submission_refused on national_submission (fetched_at) where refused_reason is not null;

-- Per agency code on the portal, the order number (SoThuTu) of the last submission fetched: the next listing asks
-- for those after it. Moved in the transaction of each submission imported or refused.
create table national_submission_cursor
(
  madonvi       text primary key,
  last_sequence bigint not null
);
