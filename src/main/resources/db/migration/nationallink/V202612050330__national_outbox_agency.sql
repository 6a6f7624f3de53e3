-- Issue 15 remainder: each outbox row names its dossier's commune, written with the row, so that the administrator's
-- page scopes the queue without reading the dossier module's tables. The rows queued before are given their
-- dossier's commune once, here.
alter table national_outbox add column agency_code text;
update national_outbox o set agency_code = d.agency_code from dossier d where d.code = o.dossier_code;
update national_outbox set agency_code = '' where agency_code is null;
alter table national_outbox alter column agency_code set not null;
create index national_outbox_agency on national_outbox (agency_code) where delivered_at is null;
