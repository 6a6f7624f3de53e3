-- The commune's documents registers (công tác văn thư, Nghị định 30/2020/NĐ-CP): incoming documents (văn bản đến,
-- Art. 20-24) and outgoing documents (văn bản đi, Art. 14-19) with their steps, and the registers' counters.

create extension if not exists pg_trgm;

-- Numbers come from agency's notice_register (one row per agency, register and year, Art. 15.1, 22.2): 'UBND' the
-- common series of the People's Committee (shared with the one-stop's Mẫu 04), 'UBND-QPPL' legal normative documents,
-- 'DEN' the incoming register.

create table incoming_document (
    id               bigint generated always as identity primary key,
    agency_code      varchar(5)  not null,
    year             int         not null,
    incoming_number  int         not null,
    received_at      timestamptz not null,
    received_on      date        not null,
    medium           text        not null check (medium in ('PAPER', 'ELECTRONIC')),
    sender           text        not null,
    number_symbol    text        not null,
    document_date    date        not null,
    document_type    text        not null,
    summary          text        not null,
    urgency          text        not null check (urgency in ('NORMAL', 'URGENT', 'VERY_URGENT', 'FLASH')),
    stored_pdf       uuid,
    status           text        not null check (status in ('AWAITING_DIRECTION', 'IN_HANDLING', 'DONE')),
    leader           text,
    direction        text,
    handler          text,
    supporting       text,
    due_on           date,
    done_on          date,
    result           text,
    from_outgoing    bigint,
    search_text      text        not null,
    version          int         not null default 0,
    unique (agency_code, year, incoming_number)
);

create index incoming_document_search_trgm on incoming_document using gin (search_text gin_trgm_ops);
create index incoming_document_received_idx on incoming_document (agency_code, received_on);

create table incoming_document_step (
    id          bigint generated always as identity primary key,
    document_id bigint      not null references incoming_document (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text
);

create index incoming_document_step_document_idx on incoming_document_step (document_id);

create table outgoing_document (
    id               bigint generated always as identity primary key,
    agency_code      varchar(5)  not null,
    register         text        not null check (register in ('ADMINISTRATIVE', 'NORMATIVE')),
    document_type    text        not null,
    drafting_unit    text,
    title            text        not null,
    body             text        not null,
    authority        text        not null check (authority in ('HEAD', 'TM', 'KT', 'TL', 'Q')),
    signer           text        not null,
    signer_position  text        not null,
    internal_recipients text     not null default '',
    external_recipients text     not null default '',
    kept_copies      text        not null,
    status           text        not null check (status in ('DRAFT', 'IN_REVIEW', 'AWAITING_APPROVAL', 'APPROVED',
                                                            'SIGNED', 'NUMBERED', 'ISSUED')),
    drafter          text        not null,
    created_at       timestamptz not null,
    signed_pdf       uuid,
    issued_pdf       uuid,
    year             int,
    number           int,
    number_symbol    text,
    issued_on        date,
    exchange_status  text,
    search_text      text        not null,
    version          int         not null default 0,
    unique (agency_code, register, year, number)
);

create index outgoing_document_search_trgm on outgoing_document using gin (search_text gin_trgm_ops);
create index outgoing_document_issued_idx on outgoing_document (agency_code, issued_on);

create table outgoing_document_step (
    id          bigint generated always as identity primary key,
    document_id bigint      not null references outgoing_document (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    note        text
);

create index outgoing_document_step_document_idx on outgoing_document_step (document_id);
