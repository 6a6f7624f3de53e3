-- Provinces and communes after the 2025 reform; an installation activates the communes it serves.
create table province (
    code varchar(2) primary key,
    name text not null
);

create table agency (
    code          varchar(5) primary key,
    name          text       not null,
    kind          text       not null check (kind in ('COMMUNE', 'WARD', 'SPECIAL_ZONE')),
    province_code varchar(2) not null references province (code),
    active        boolean    not null default false
);

create index agency_province_idx on agency (province_code);
create index agency_active_idx on agency (code) where active;
