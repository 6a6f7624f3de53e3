-- Online (or assisted) submissions in progress: what the citizen has entered so far, kept on the server so that a
-- dropped connection loses nothing. Keyed by a random id (in the URL); the personal fields are cleared once the
-- dossier is submitted, only the dossier code and the chosen way of receiving the result stay.
create table submission_draft (
    id                       uuid        primary key,
    agency_code              varchar(5)  not null,
    procedure_code           text        not null,
    assisted                 boolean     not null default false,
    started_by               text,
    applicant_name           text,
    applicant_id_number      text,
    applicant_phone          text,
    applicant_address        text,
    applicant_email          text,
    has_representative       boolean,
    representative_name      text,
    representative_id_number text,
    representative_phone     text,
    authorisation_paper      text,
    receive_method           text check (receive_method in ('COUNTER', 'POST', 'ONLINE')),
    submission_token         uuid        not null unique,
    dossier_code             text,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);

create index submission_draft_dossier_idx on submission_draft (dossier_code) where dossier_code is not null;

create table submission_draft_file (
    draft_id     uuid  not null references submission_draft (id) on delete cascade,
    position     int   not null,
    file_name    text  not null,
    content_type text  not null,
    content      bytea not null,
    primary key (draft_id, position)
);
