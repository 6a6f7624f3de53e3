-- Whether a dossier has a stored component scan and a stored result file, as plain columns of the dossier row, so the
-- period report (digitised dossiers, indicator 4.2) reads them without joining the documents. A trigger keeps them
-- right on every change of dossier_document.
alter table dossier add column component_stored boolean not null default false;
alter table dossier add column result_stored boolean not null default false;

create function dossier_file_flags() returns trigger
    language plpgsql as
$$
declare
    target bigint := coalesce(new.dossier_id, old.dossier_id);
begin
    update dossier d set
        component_stored = exists (select 1 from dossier_document g where g.dossier_id = target
                                   and g.kind = 'COMPONENT' and g.stored_document_id is not null),
        result_stored = exists (select 1 from dossier_document g where g.dossier_id = target
                                and g.kind = 'RESULT' and g.stored_document_id is not null)
    where d.id = target;
    return null;
end
$$;

create trigger dossier_file_flags
    after insert or update or delete on dossier_document
    for each row execute function dossier_file_flags();

update dossier d set
    component_stored = exists (select 1 from dossier_document g where g.dossier_id = d.id
                               and g.kind = 'COMPONENT' and g.stored_document_id is not null),
    result_stored = exists (select 1 from dossier_document g where g.dossier_id = d.id
                            and g.kind = 'RESULT' and g.stored_document_id is not null);

create index dossier_supplement_outstanding_idx on dossier_supplement (requested_at, received_at);
