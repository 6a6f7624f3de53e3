-- Fee payments recorded at the counter (method, receipt number, amount, date), the official forms issued for a
-- dossier (kept in the document store), and the index behind the officers' inbox (agency, status, promised date).
create table dossier_payment (
    id             bigint generated always as identity primary key,
    dossier_id     bigint      not null references dossier (id) on delete cascade,
    method         text        not null check (method in ('CASH', 'BANK_TRANSFER', 'ONLINE')),
    receipt_number text        not null,
    amount_vnd     bigint      not null check (amount_vnd > 0),
    paid_on        date        not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);

create index dossier_payment_dossier_idx on dossier_payment (dossier_id);

create table dossier_form (
    id                 bigint generated always as identity primary key,
    dossier_id         bigint      not null references dossier (id) on delete cascade,
    form               text        not null,
    stored_document_id uuid        not null,
    issued_at          timestamptz not null,
    issued_by          text        not null
);

create index dossier_form_dossier_idx on dossier_form (dossier_id, form, id);

create index dossier_inbox_idx on dossier (agency_code, status, (coalesce(extended_due_date, due_date)));
