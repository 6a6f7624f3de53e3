-- The number and date a notice of a dossier (Mẫu 04, Mẫu 05) was given from the agency's register: kept so that
-- every later print carries the same number.
create table dossier_notice (
    dossier_id bigint not null references dossier (id) on delete cascade,
    form       text   not null,
    number     text   not null,
    dated      date   not null,
    primary key (dossier_id, form)
);
