-- Satisfaction ratings (one per dossier, Decision 766 indicator 5.4) and feedback / petitions (phản ánh, kiến nghị)
-- with their own working-day deadlines.
create table satisfaction_rating (
    dossier_code        text        primary key,
    agency_code         varchar(5)  not null,
    procedure_code      text        not null,
    overall             smallint    not null check (overall between 1 and 5),
    time_taken          text        not null check (time_taken in ('EARLIER', 'ON_TIME', 'LATER')),
    visits              smallint    not null check (visits between 1 and 3),
    staff_attitude      smallint    not null check (staff_attitude between 1 and 5),
    information_clarity smallint    not null check (information_clarity between 1 and 5),
    comment             text,
    channel             text        not null check (channel in ('RECEIPT_LINK', 'COUNTER_TABLET')),
    rated_at            timestamptz not null
);

create index satisfaction_rating_agency_idx on satisfaction_rating (agency_code, rated_at);

create table petition (
    id                  bigint generated always as identity primary key,
    code                text        not null unique,
    agency_code         varchar(5)  not null,
    subject             text        not null check (subject in ('PROCEDURE_RULE', 'OFFICER_CONDUCT', 'OTHER')),
    dossier_code        text,
    title               text        not null,
    content             text        not null,
    petitioner_name     text        not null,
    petitioner_contact  text,
    status              text        not null,
    kind                text check (kind in ('FEEDBACK', 'PROPOSAL')),
    assignee            text,
    received_at         timestamptz not null,
    received_on         date        not null,
    refuse_by           date        not null,
    more_info_by        date        not null,
    answer_by           date        not null,
    information_request text,
    refusal_reason      text,
    answer              text,
    answered_on         date,
    published           boolean     not null default false,
    petitioner_rating   text check (petitioner_rating in ('SATISFIED', 'NOT_SATISFIED')),
    reopened            boolean     not null default false,
    version             int         not null default 0
);

create index petition_agency_status_idx on petition (agency_code, status);

create table petition_step (
    id          bigint generated always as identity primary key,
    petition_id bigint      not null references petition (id) on delete cascade,
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    note        text
);

create index petition_step_petition_idx on petition_step (petition_id, id);

-- The deadlines in working days (766: refuse within 2, ask for more information within 5, answer within 15);
-- the administrator may change them (a province may set 10 for the answer).
create table petition_deadline_setting (
    id               int primary key check (id = 1),
    refuse_within    int not null check (refuse_within > 0),
    more_info_within int not null check (more_info_within > 0),
    answer_within    int not null check (answer_within > 0)
);

insert into petition_deadline_setting (id, refuse_within, more_info_within, answer_within) values (1, 2, 5, 15);
