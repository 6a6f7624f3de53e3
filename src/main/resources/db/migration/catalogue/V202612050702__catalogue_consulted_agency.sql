-- Liên thông as catalogue data (issue 13 item 12; NĐ 61/2018 Art. 19.5, NĐ 118/2025 Art. 18): the agencies a
-- procedure version consults, in order, each with its share of the time limit in working days (e.g. NĐ 297/2025,
-- khai sinh – thường trú – BHYT: 16 working days = 3 + 3 + 10). The one-stop's transfer slip proposes them.
create table catalogue_consulted_agency (
    version_id          bigint not null references catalogue_version (id) on delete cascade,
    position            int    not null,
    agency              text   not null,
    share_working_days  int    not null check (share_working_days > 0),
    primary key (version_id, position)
);
