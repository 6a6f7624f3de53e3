-- The installation's secret for the tokens in the QR codes printed on dossier forms (see DossierLinks).
create table dossier_link_secret (
    id     int primary key check (id = 1),
    secret text not null
);
