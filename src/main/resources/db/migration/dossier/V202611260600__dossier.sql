-- Dossiers (hồ sơ) and what belongs to them: documents, supplement cycles, the recorded steps, the daily code sequence.
create table dossier (
    id                     bigint generated always as identity primary key,
    code                   text        not null unique,
    agency_code            varchar(5)  not null,
    procedure_code         text        not null,
    procedure_version_id   bigint,
    procedure_name         text        not null,
    time_limit_amount      int         not null,
    time_limit_unit        text        not null,
    supplement_policy      text        not null,
    cut_off                time,
    channel                text        not null check (channel in ('ONLINE', 'DIRECT', 'POSTAL')),
    assisted               boolean     not null default false,
    status                 text        not null,
    applicant_name         text        not null,
    applicant_id_number    text,
    applicant_phone        text,
    applicant_address      text,
    applicant_email        text,
    representative_name    text,
    representative_id_number text,
    representative_phone   text,
    authorisation_paper    text,
    submitted_at           timestamptz not null,
    received_at            timestamptz,
    start_date             date,
    due_date               date,
    due_at                 timestamptz,
    extended_due_date      date,
    extension_reason       text,
    specialist             text,
    proposal               text,
    decision               text check (decision in ('APPROVED', 'REFUSED')),
    decision_reason        text,
    resolved_on            date,
    return_method          text,
    closing_reason         text,
    fee_due                bigint      not null default 0,
    version                int         not null default 0,
    submission_token       uuid unique,
    updated_at             timestamptz not null default now()
);

create index dossier_agency_status_idx on dossier (agency_code, status);
create index dossier_open_due_idx on dossier (agency_code, due_date)
    where status in ('RECEIVED', 'IN_REVIEW', 'AWAITING_DECISION', 'AWAITING_SUPPLEMENT');
create index dossier_specialist_idx on dossier (specialist) where specialist is not null;
create index dossier_received_idx on dossier (agency_code, received_at);

create table dossier_document (
    dossier_id         bigint  not null references dossier (id) on delete cascade,
    position           int     not null,
    kind               text    not null check (kind in ('COMPONENT', 'RESULT')),
    name               text    not null,
    original           boolean not null,
    copies             int     not null,
    stored_document_id uuid,
    primary key (dossier_id, position)
);

create table dossier_supplement (
    dossier_id             bigint      not null references dossier (id) on delete cascade,
    cycle                  int         not null,
    requested_at           timestamptz not null,
    missing                text        not null,
    reason                 text,
    remaining_working_days int         not null,
    received_at            timestamptz,
    primary key (dossier_id, cycle)
);

create table dossier_step (
    id         bigint generated always as identity primary key,
    dossier_id bigint      not null references dossier (id) on delete cascade,
    at         timestamptz not null,
    actor      text        not null,
    action     text        not null,
    from_status text,
    to_status  text,
    handed_to  text,
    note       text
);

create index dossier_step_dossier_idx on dossier_step (dossier_id, id);

-- The daily sequence behind dossier codes <agency>-YYMMDD-NNNN: one row per agency and day, incremented in the
-- intake transaction (so a rolled-back intake leaves no gap).
create table dossier_code_sequence (
    agency_code varchar(5) not null,
    day         date       not null,
    last_number int        not null,
    primary key (agency_code, day)
);
