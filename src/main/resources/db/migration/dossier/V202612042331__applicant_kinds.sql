-- Who may apply (issue 13 item 4; NĐ 118/2025 Art. 15, TT 03/2025 Mẫu 01): the applicant's kind, sent to the
-- national sync as LoaiDoiTuong (CITIZEN 1, ORGANISATION 2), the identifier it is known by (a citizen's 12-digit
-- ID, a foreigner's passport, an organisation's tax code), an organisation's legal representative, and on what
-- ground a representative submits (a written authorisation, or by law). Existing dossiers are citizens with an ID.
alter table dossier
    add column applicant_kind text not null default 'CITIZEN'
        check (applicant_kind in ('CITIZEN', 'ORGANISATION')),
    add column applicant_identifier text not null default 'CITIZEN_ID'
        check (applicant_identifier in ('CITIZEN_ID', 'PASSPORT', 'TAX_CODE')),
    add column legal_representative text,
    add column representative_basis text
        check (representative_basis in ('AUTHORISATION', 'LAW'));
