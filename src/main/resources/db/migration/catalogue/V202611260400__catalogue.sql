-- The procedure catalogue (danh mục thủ tục hành chính), installation-wide: the province publishes it
-- (Quyết định công bố của Chủ tịch UBND tỉnh). A procedure is identified by its national code; each publication
-- is a version effective from a date. Dossiers hold the id of the version they were received under.

-- pg_trgm ships with PostgreSQL's contrib (also in the embedded binaries) and is a trusted extension, so the
-- database owner can create it. Search matches a folded (no diacritics, đ → d, lower case) copy of the name.
create extension if not exists pg_trgm;

create table catalogue_procedure (
    code                varchar(8) primary key check (code ~ '^[0-9]\.[0-9]{6}$'),
    abolished_on        date,
    abolition_decision  text,
    created_at          timestamptz not null default now()
);

create table catalogue_version (
    id                        bigint generated always as identity primary key,
    code                      varchar(8) not null references catalogue_procedure (code),
    name                      text       not null,
    field                     text       not null,
    implementing_level        text       not null,
    implementing_agency       text       not null,
    service_level             text       not null check (service_level in ('FULL_ONLINE', 'PARTIAL_ONLINE', 'IN_PERSON')),
    time_amount               int        not null check (time_amount >= 0),
    time_unit                 text       not null check (time_unit in ('WORKING_DAYS', 'CALENDAR_DAYS')),
    cut_off                   time,
    supplement_policy         text       not null default 'RESTART' check (supplement_policy in ('RESTART', 'PAUSE')),
    result                    text,
    legal_basis               text,
    publishing_decision       text,
    publishing_decision_date  date,
    effective_from            date       not null,
    -- the effective date of the next version of the same code (kept by the application), so that "in force on D"
    -- is effective_from <= D < valid_to without looking at the other versions
    valid_to                  date,
    search_name               text       not null,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    unique (code, effective_from)
);

create index catalogue_version_search_trgm on catalogue_version using gin (search_name gin_trgm_ops);
create index catalogue_version_field_idx on catalogue_version (field);
create index catalogue_version_code_prefix_idx on catalogue_version (code varchar_pattern_ops);

-- Phí (FEE) and lệ phí (CHARGE), in VND.
create table catalogue_fee (
    version_id   bigint not null references catalogue_version (id) on delete cascade,
    position     int    not null,
    kind         text   not null check (kind in ('FEE', 'CHARGE')),
    description  text   not null,
    amount_vnd   bigint not null check (amount_vnd >= 0),
    primary key (version_id, position)
);

-- Exemptions (miễn phí, lệ phí) with their legal basis; channel null = whatever the channel.
create table catalogue_fee_exemption (
    version_id      bigint not null references catalogue_version (id) on delete cascade,
    position        int    not null,
    description     text   not null,
    legal_basis     text   not null,
    channel         text   check (channel in ('ONLINE', 'DIRECT', 'POSTAL')),
    effective_from  date,
    effective_to    date,
    primary key (version_id, position)
);

-- Thành phần hồ sơ.
create table catalogue_document (
    version_id     bigint  not null references catalogue_version (id) on delete cascade,
    position       int     not null,
    name           text    not null,
    original       boolean not null,
    copies         int     not null check (copies >= 1),
    form_template  text,
    mandatory      boolean not null,
    primary key (version_id, position)
);

-- Quy trình nội bộ: the steps, adding up to the time limit.
create table catalogue_step (
    version_id    bigint not null references catalogue_version (id) on delete cascade,
    step_order    int    not null,
    unit          text   not null,
    role          text   not null check (role in ('RECEIVING_OFFICER', 'SPECIALIST', 'LEADER', 'ADMINISTRATOR')),
    working_days  int    not null check (working_days >= 0),
    description   text   not null,
    primary key (version_id, step_order)
);
