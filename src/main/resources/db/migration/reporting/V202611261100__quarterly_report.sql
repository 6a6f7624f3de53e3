-- The quarterly administrative-reform report (báo cáo CCHC) of an agency for a period: drafts written by officers,
-- then made final by a leader. A final version is immutable; re-issuing creates the next version.
create table quarterly_report (
    id               bigint generated always as identity primary key,
    agency_code      varchar(5)  not null,
    period_from      date        not null,
    period_to        date        not null,
    version          int         not null,
    status           text        not null check (status in ('DRAFT', 'FINAL')),
    number           text,
    signer_name      text,
    signer_title     text,
    narrative        jsonb       not null default '{}'::jsonb,
    pdf_document_id  uuid,
    docx_document_id uuid,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    finalized_at     timestamptz,
    finalized_by     text,
    unique (agency_code, period_from, period_to, version)
);

create index quarterly_report_agency_idx on quarterly_report (agency_code, period_to desc);

create function quarterly_report_final_is_immutable() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'FINAL' then
        raise exception 'quarterly report % version % is final and cannot be changed', old.id, old.version;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger quarterly_report_final_immutable
    before update or delete on quarterly_report
    for each row execute function quarterly_report_final_is_immutable();
