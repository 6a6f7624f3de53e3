-- What happened to dossiers, one row per event, written by the reporting module's listener on the dossier module's
-- events (delivered through Spring Modulith's event publication registry, at least once): the key makes a delivery
-- that is repeated after a crash or a restart count once. The leadership dashboard's "today" counters read it.
create table dossier_activity
(
  dossier_code text        not null,
  kind         text        not null,
  at           timestamptz not null,
  agency_code  text        not null,
  day          date        not null,
  late         boolean     not null default false,
  primary key (dossier_code, kind, at)
);
create index dossier_activity_by_agency_day on dossier_activity (agency_code, day);
