-- Issue 17 (documents module): a paper waiting for a personal signature is cancelled when a newer paper replaces it
-- (a new Mẫu 02 for the same dossier, a re-issued paper); the reason is its message.
alter table paper_signature drop constraint paper_signature_status_check;
alter table paper_signature add constraint paper_signature_status_check
    check (status in ('WAITING', 'REMOTE_PENDING', 'SIGNED', 'REFUSED', 'CANCELLED'));
create index paper_signature_subject_idx on paper_signature (subject, title);
