-- The online form keeps who applies as the counter does (issue 13 item 4): the identifier (citizen ID, passport,
-- tax code), an organisation's legal representative, and the representative's ground (AUTHORISATION or LAW).
alter table submission_draft
    add column applicant_identifier text,
    add column legal_representative text,
    add column representative_basis text;
