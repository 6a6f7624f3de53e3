-- What each registered signing certificate's CA answered when last asked ("Kiểm tra với CA", issue 17): OCSP or CRL,
-- kept beside the administrator's own mark (signing_certificate.revoked_at). Nghị định 23/2025/NĐ-CP Art. 3.3.
create table signing_certificate_ca_check (
    certificate_id uuid        primary key references signing_certificate (id),
    checked_at     timestamptz not null,
    state          text        not null check (state in ('GOOD', 'REVOKED', 'UNKNOWN', 'UNREACHABLE', 'NOT_PUBLISHED')),
    revoked_at     timestamptz,
    reason         text,
    source         text        check (source in ('OCSP', 'CRL'))
);
