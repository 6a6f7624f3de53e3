-- Issue 17 item 4 (documents module): a paper MotCua issued that waits for the personal signature of the officer or
-- leader named on its signature block ("văn bản chờ ký"). Their PIN is never stored: the signing happens when they
-- enter it on "Văn bản chờ tôi ký" (/ky-so), or, for a remote-signing certificate, when they approve on the phone.
create table paper_signature (
    id                   uuid        primary key,
    agency_code          varchar(5)  not null,
    subject              text        not null,   -- what the paper belongs to (the dossier code), for the audit
    title                text        not null,   -- the paper as people name it ("Mẫu 02 – 14908-261126-0007")
    document_id          uuid        not null,   -- the stored paper to sign (unsigned, or with the organisation's signature)
    signer               text        not null,   -- the user name named on the signature block
    signer_name          text        not null,
    certificate_id       uuid        not null,
    then_organisation    boolean     not null,   -- the organisation's signature (seal) after the personal one
    paper_code           uuid,                   -- the verification code of the signed paper (its public check)
    reason               text        not null,
    location             text,
    status               text        not null check (status in ('WAITING', 'REMOTE_PENDING', 'SIGNED', 'REFUSED')),
    pending_signature_id uuid,                   -- the remote signer's request, while it waits for the phone
    message              text,
    signed_document_id   uuid,
    requested_at         timestamptz not null,
    requested_by         text        not null,
    signed_at            timestamptz
);

create index paper_signature_signer_idx on paper_signature (signer, status);
create index paper_signature_document_idx on paper_signature (document_id);

-- A result attached by the one-stop, as kept (issue 17 item 4): its signatures checked when stored (VALID, INVALID,
-- NOT_SIGNED) or signed by the organisation's key on keeping (SIGNED_ON_KEEPING); the signers by name.
create table kept_signature (
    document_id uuid        primary key,
    outcome     text        not null check (outcome in ('VALID', 'INVALID', 'NOT_SIGNED', 'SIGNED_ON_KEEPING')),
    signers     text        not null default '',
    checked_at  timestamptz not null,
    checked_by  text        not null
);
