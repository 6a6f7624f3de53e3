-- Revoked QR links (see DossierLinks): the dossier's link generation goes up by one each time an officer revokes its
-- printed link, and every token of an earlier generation is refused from then on. No row: generation 0.
create table dossier_link_revocation (
    dossier_code text        primary key references dossier (code),
    generation   int         not null check (generation > 0),
    revoked_at   timestamptz not null,
    revoked_by   text        not null
);
