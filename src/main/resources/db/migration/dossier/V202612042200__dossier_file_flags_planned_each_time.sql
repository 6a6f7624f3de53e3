-- The file-flag triggers (V202611261200) reach each changed dossier by its primary key, but PL/pgSQL plans a static
-- statement once per connection and keeps that plan: planned on a young database, when the dossier table was a page or
-- two and not yet analysed, "id = any (array(...))" became a sequential scan, and every later intake on that pooled
-- connection read the whole dossier table twice (issue 12's intake regression: 330 dossiers/s fell to 110/s, and the
-- longer the run the worse). The statements on dossier are now planned at each execution (EXECUTE ... USING), with
-- the ids known and the table's real size, so they use the primary key however the statistics stand.
create or replace function dossier_file_flags_refresh(ids bigint[]) returns void
    language plpgsql as
$$
begin
    execute $sql$
        update dossier d set
            component_stored = f.component,
            result_stored = f.result
        from (select x.id,
                     exists (select 1 from dossier_document g
                             where g.dossier_id = x.id and g.kind = 'COMPONENT' and g.stored_document_id is not null) as component,
                     exists (select 1 from dossier_document g
                             where g.dossier_id = x.id and g.kind = 'RESULT' and g.stored_document_id is not null) as result
              from dossier x where x.id = any ($1)) f
        where d.id = f.id
          and (d.component_stored <> f.component or d.result_stored <> f.result)
        $sql$ using ids;
end
$$;

create or replace function dossier_file_flags_inserted() returns trigger
    language plpgsql as
$$
declare
    components bigint[];
    results bigint[];
begin
    select array_agg(distinct dossier_id) filter (where kind = 'COMPONENT'),
           array_agg(distinct dossier_id) filter (where kind = 'RESULT')
    into components, results
    from inserted where stored_document_id is not null;
    if components is not null then
        execute 'update dossier set component_stored = true where id = any ($1) and not component_stored' using components;
    end if;
    if results is not null then
        execute 'update dossier set result_stored = true where id = any ($1) and not result_stored' using results;
    end if;
    return null;
end
$$;
