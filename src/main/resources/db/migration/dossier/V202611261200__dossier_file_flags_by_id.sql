-- The file flags of a dossier (V202611261001) are kept by statement-level triggers. Their first version joined the
-- changed ids with dossier_document and grouped them; its plan followed the table statistics, and on a young database
-- (before autovacuum had analysed the growing tables) it scanned whole tables on every intake. The triggers now reach
-- each changed dossier by its primary key, and an insert only ever turns a flag on, so it no longer reads the
-- dossier's other documents; a dossier inserted with its flags already right is not written again.
create or replace function dossier_file_flags_refresh(ids bigint[]) returns void
    language plpgsql as
$$
begin
    update dossier d set
        component_stored = f.component,
        result_stored = f.result
    from (select x.id,
                 exists (select 1 from dossier_document g
                         where g.dossier_id = x.id and g.kind = 'COMPONENT' and g.stored_document_id is not null) as component,
                 exists (select 1 from dossier_document g
                         where g.dossier_id = x.id and g.kind = 'RESULT' and g.stored_document_id is not null) as result
          from dossier x where x.id = any (ids)) f
    where d.id = f.id
      and (d.component_stored <> f.component or d.result_stored <> f.result);
end
$$;

create or replace function dossier_file_flags_inserted() returns trigger
    language plpgsql as
$$
begin
    update dossier set component_stored = true
    where id = any (array(select dossier_id from inserted where kind = 'COMPONENT' and stored_document_id is not null))
      and not component_stored;
    update dossier set result_stored = true
    where id = any (array(select dossier_id from inserted where kind = 'RESULT' and stored_document_id is not null))
      and not result_stored;
    return null;
end
$$;
