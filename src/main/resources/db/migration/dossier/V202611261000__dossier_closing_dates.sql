-- Dates the period report needs as plain columns: when a dossier was closed without a decision (stopped, or not
-- accepted at intake) and when it was extended with an apology. They are derived from the recorded steps by a trigger,
-- so every path that records a step (the counter, the workflow, the history import) keeps them right.
alter table dossier add column closed_at timestamptz;
alter table dossier add column extended_at timestamptz;

create function dossier_step_dates() returns trigger
    language plpgsql as
$$
begin
    if new.to_status in ('STOPPED', 'REFUSED_AT_INTAKE', 'INCOMPLETE_AT_INTAKE') then
        update dossier set closed_at = new.at where id = new.dossier_id;
    end if;
    if new.action = 'EXTENDED' then
        update dossier set extended_at = new.at where id = new.dossier_id and extended_at is null;
    end if;
    return new;
end
$$;

create trigger dossier_step_dates
    after insert on dossier_step
    for each row execute function dossier_step_dates();

create index dossier_resolved_idx on dossier (agency_code, resolved_on) where resolved_on is not null;
