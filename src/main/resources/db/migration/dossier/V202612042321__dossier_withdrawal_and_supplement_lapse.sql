-- Issue 13 items 10 and 11.
-- Withdrawal by the applicant (NĐ 118/2025 Art. 21; TT 03/2025 Art. 7): the request (status WITHDRAWAL_REQUESTED,
-- national status 7) ends processing and the dossier counts as stopped from that day; the stop notice (STOPPED,
-- status 8) that follows keeps that closing date. So a dossier is closed at its FIRST closing step.
create or replace function dossier_step_dates() returns trigger
    language plpgsql as
$$
begin
    if new.to_status in ('WITHDRAWAL_REQUESTED', 'STOPPED', 'REFUSED_AT_INTAKE', 'INCOMPLETE_AT_INTAKE') then
        update dossier set closed_at = coalesce(closed_at, new.at) where id = new.dossier_id;
    end if;
    if new.action = 'EXTENDED' then
        update dossier set extended_at = new.at where id = new.dossier_id and extended_at is null;
    end if;
    return new;
end
$$;

-- Supplement after acceptance (NĐ 61/2018 Art. 19.4): no general lapse rule exists; where a procedure's sector law
-- sets a time to supplement, after which the dossier is returned, the request carries the day it lapses. The period
-- report reads it to count a lapsed dossier as resolved (refused) on that day even before the daily job closed it.
alter table dossier add column supplement_lapses_on date;

-- The per-procedure setting: working days after the day of the request within which the applicant must supplement.
create table supplement_lapse_rule (
    procedure_code text primary key,
    working_days   int  not null check (working_days > 0),
    legal_basis    text not null
);

-- The report's covering index gains the lapse day (it reads it for every dossier of the period).
drop index dossier_report_idx;
create index dossier_report_idx on dossier (agency_code, received_at)
    include (id, resolved_on, closed_at, due_date, channel, decision, extended_at, component_stored, result_stored,
             supplement_lapses_on)
    where received_at is not null;
