-- Each commune's agency code on the national portal (madonvi, issue 15 item 1), set by an administrator on
-- /admin/national-link. A commune without a row uses the installation's MOTCUA_DVCQG_MADONVI, else its own code.
create table national_agency_code
(
  agency_code varchar(5) primary key,
  madonvi     text        not null check (length(madonvi) between 1 and 50),
  updated_at  timestamptz not null,
  updated_by  text        not null
);
