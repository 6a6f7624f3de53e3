-- Who signs the notices an agency issues, per paper (Nghị định 30/2020/NĐ-CP Art. 13 and Phụ lục I: TM., KT., TL., Q.).
-- APOLOGY (Mẫu 04) is issued by the resolving agency, headed by its chairman (CHỦ TỊCH); STOP_NOTICE (Mẫu 05) by the
-- commune's public administrative service centre, headed by its director (GIÁM ĐỐC).
create table notice_signing (
    agency_code     varchar(5) not null,
    paper           text       not null check (paper in ('APOLOGY', 'STOP_NOTICE')),
    authority       text       not null check (authority in ('HEAD', 'TM', 'KT', 'TL', 'Q')),
    signer_username text,
    primary key (agency_code, paper)
);

-- The agency's registers of outgoing notices (Nghị định 30/2020 Art. 15: numbers start at 01 on 1 January and end
-- on 31 December), one row per agency, register and year; the next number is taken with one atomic upsert.
create table notice_register (
    agency_code varchar(5) not null,
    register    text       not null,
    year        int        not null,
    last_number int        not null,
    primary key (agency_code, register, year)
);
