-- Notices to officers in the app (issue 16 item 5): a dossier assigned to a specialist, a dossier awaiting a leader's
-- decision, a warning three working hours before a due time. One row per officer, dossier, kind and occasion (the
-- step's number for the first two, the due instant for the warning): an event told twice makes one notice.
create table officer_notice (
    id           bigint generated always as identity primary key,
    username     text        not null,
    agency_code  varchar(5)  not null,
    dossier_code text        not null,
    kind         text        not null check (kind in ('ASSIGNED', 'AWAITING_DECISION', 'DUE_SOON')),
    occasion     text        not null,
    created_at   timestamptz not null,
    read_at      timestamptz,
    mail_to      text,        -- the officer's address when the notice was made, if they had one
    mailed_at    timestamptz,
    mail_tries   int         not null default 0
);

create unique index officer_notice_once_uq on officer_notice (username, dossier_code, kind, occasion);
create index officer_notice_unread_idx on officer_notice (username, created_at) where read_at is null;
create index officer_notice_to_mail_idx on officer_notice (id) where mail_to is not null and mailed_at is null;

-- The daily digest e-mailed to an officer: at most one per officer and day.
create table officer_digest (
    username text        not null,
    day      date        not null,
    sent_at  timestamptz not null,
    dossiers int         not null,
    primary key (username, day)
);
