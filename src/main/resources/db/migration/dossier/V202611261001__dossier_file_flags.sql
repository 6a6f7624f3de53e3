-- Whether a dossier has a stored component scan and a stored result file, as plain columns of the dossier row, so the
-- period report (digitised dossiers, indicator 4.2) reads them without joining the documents. Statement-level
-- triggers keep them right on every change of dossier_document, once per statement (bulk imports stay fast).
alter table dossier add column component_stored boolean not null default false;
alter table dossier add column result_stored boolean not null default false;

create function dossier_file_flags_refresh(ids bigint[]) returns void
    language sql as
$$
update dossier d set
    component_stored = coalesce(f.component, false),
    result_stored = coalesce(f.result, false)
from (select t.id,
             bool_or(g.kind = 'COMPONENT' and g.stored_document_id is not null) as component,
             bool_or(g.kind = 'RESULT' and g.stored_document_id is not null) as result
      from unnest(ids) as t(id) left join dossier_document g on g.dossier_id = t.id
      group by t.id) f
where d.id = f.id
  and (d.component_stored is distinct from coalesce(f.component, false)
       or d.result_stored is distinct from coalesce(f.result, false));
$$;

create function dossier_file_flags_inserted() returns trigger
    language plpgsql as
$$
begin
    perform dossier_file_flags_refresh(array(select distinct dossier_id from inserted));
    return null;
end
$$;

create function dossier_file_flags_deleted() returns trigger
    language plpgsql as
$$
begin
    perform dossier_file_flags_refresh(array(select distinct dossier_id from deleted));
    return null;
end
$$;

create function dossier_file_flags_updated() returns trigger
    language plpgsql as
$$
begin
    perform dossier_file_flags_refresh(array(select dossier_id from inserted union select dossier_id from deleted));
    return null;
end
$$;

create trigger dossier_file_flags_insert after insert on dossier_document
    referencing new table as inserted for each statement execute function dossier_file_flags_inserted();
create trigger dossier_file_flags_delete after delete on dossier_document
    referencing old table as deleted for each statement execute function dossier_file_flags_deleted();
create trigger dossier_file_flags_update after update on dossier_document
    referencing new table as inserted old table as deleted for each statement execute function dossier_file_flags_updated();

update dossier d set
    component_stored = exists (select 1 from dossier_document g where g.dossier_id = d.id
                               and g.kind = 'COMPONENT' and g.stored_document_id is not null),
    result_stored = exists (select 1 from dossier_document g where g.dossier_id = d.id
                            and g.kind = 'RESULT' and g.stored_document_id is not null);

create index dossier_supplement_outstanding_idx on dossier_supplement (requested_at, received_at);
