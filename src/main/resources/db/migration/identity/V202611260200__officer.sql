-- Officers (cán bộ) and their roles per agency. Passwords are stored only as salted hashes.
create table officer (
    id                 bigint generated always as identity primary key,
    username           text        not null,
    full_name          text        not null,
    password_hash      text        not null,
    active             boolean     not null default true,
    installation_admin boolean     not null default false,
    failed_attempts    int         not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz not null default now()
);

create unique index officer_username_uq on officer (lower(username));

create table officer_role (
    officer_id  bigint     not null references officer (id) on delete cascade,
    agency_code varchar(5) not null,
    role        text       not null check (role in ('RECEIVING_OFFICER', 'SPECIALIST', 'LEADER', 'ADMINISTRATOR')),
    primary key (officer_id, agency_code, role)
);

create index officer_role_agency_idx on officer_role (agency_code);
