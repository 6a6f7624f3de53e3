-- Liên thông (issue 13 item 12; NĐ 61/2018 Art. 19.5-19.7, NĐ 118/2025 Art. 18): each hand-off of a dossier to
-- another agency, in the order the one-stop set on the transfer slip, with that agency's share of the time limit
-- and its answer when it came back. The dossier itself stays one row of the receiving agency.
create table dossier_transfer (
    dossier_id         bigint      not null references dossier (id) on delete cascade,
    position           int         not null,
    agency             text        not null,
    share_working_days int         not null check (share_working_days > 0),
    share_due_date     date        not null,
    sent_at            timestamptz not null,
    sent_by            text        not null,
    returned_at        timestamptz,
    returned_by        text,
    answer             text,
    primary key (dossier_id, position)
);
