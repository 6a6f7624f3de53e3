-- Issue 17 items 3-5 (documents module): the signing certificate registry, the signature and seal images, the
-- signatures waiting for a remote signer's approval, and the log of every signature check.

-- Each officer's and each agency's signing certificates (Nghị định 30/2020/NĐ-CP Phụ lục I; Nghị định 68/2024/NĐ-CP).
create table signing_certificate (
    id                uuid        primary key,
    agency_code       varchar(5)  not null,
    holder            text,                   -- the officer's user name; null: the agency's (organisational) certificate
    holder_name       text        not null,
    device            text        not null check (device in ('PKCS12', 'PKCS11', 'REMOTE')),
    key_ref           text        not null,   -- .p12 path | PKCS#11 library#slot | remote signer id | 'cau-hinh' (MOTCUA_SIGNING_*)
    subject           text        not null,
    issuer            text        not null,
    serial            text        not null,
    not_before        timestamptz not null,
    not_after         timestamptz not null,
    certificate       bytea       not null,   -- DER
    users             text        not null default '',  -- other user names allowed to use it, space-separated
    revoked_at        timestamptz,
    revocation_reason text,
    registered_at     timestamptz not null,
    registered_by     text        not null
);

create index signing_certificate_agency_idx on signing_certificate (agency_code, holder);

-- The officer's signature image (blue) or the agency's seal (red), transparent PNG, uploaded by the administrator.
create table signing_image (
    agency_code varchar(5)  not null,
    holder      text        not null default '',  -- '' the agency's seal; else the officer's user name
    png         bytea       not null,
    uploaded_at timestamptz not null,
    uploaded_by text        not null,
    primary key (agency_code, holder)
);

-- A signature asked of a remote signing service, waiting for the signer's approval on the phone; what both steps of
-- the signing need is kept (the PDF as it is signed, the image, the time, the chain) so it completes after a restart.
create table pending_signature (
    id                 uuid        primary key,
    agency_code        varchar(5)  not null,
    source_document_id uuid        not null,
    file_name          text        not null,
    certificate_id     uuid,
    role               text        not null,
    signer_id          text        not null,
    transaction_id     text        not null,
    spec_pdf           bytea       not null,
    spec_image         bytea,
    signed_at          timestamptz not null,
    chain              text        not null,  -- base64 DER, signing certificate first, space-separated
    reason             text,
    location           text,
    status             text        not null check (status in ('PENDING', 'SIGNED', 'REFUSED', 'EXPIRED', 'FAILED')),
    message            text,
    signed_document_id uuid,
    requested_by       text        not null,
    requested_at       timestamptz not null,
    finished_at        timestamptz,
    paper_code         uuid                   -- the verification code printed on the paper, if any
);

create index pending_signature_agency_idx on pending_signature (agency_code, status, requested_at desc);

-- Every signature check (the public page, a QR code, an officer): counted for the report. Nothing of the file is kept.
create table signature_check (
    id         bigserial   primary key,
    checked_at timestamptz not null,
    checked_by text        not null,
    source     text        not null check (source in ('UPLOAD', 'QR')),
    sha256     char(64)    not null,
    outcome    text        not null,
    signers    text        not null,
    document_id uuid
);

create index signature_check_at_idx on signature_check (checked_at);

-- The verification code printed as a QR code on a signed paper: it opens the check of the stored signed file.
create table signed_paper (
    code               uuid        primary key,
    stored_document_id uuid        not null,
    signed_at          timestamptz not null
);
