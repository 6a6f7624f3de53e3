-- The audit log: append-only. Nobody, not even the application, can change or remove an entry.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    agency_code varchar(5),
    action      text        not null,
    target      text,
    before_value text,
    after_value  text,
    remote_address text
);

create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_actor_idx on audit_entry (actor, at desc);
create index audit_entry_agency_idx on audit_entry (agency_code, at desc);

create function audit_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
