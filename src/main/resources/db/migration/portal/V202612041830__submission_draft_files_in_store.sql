-- The files of online drafts go to the document store (files on disk, streamed, size-checked while read) instead of
-- a bytea column read whole into memory. Rows from before keep their content until submitted or deleted as abandoned.
alter table submission_draft_file add column stored_document_id uuid;
alter table submission_draft_file alter column content drop not null;
alter table submission_draft_file add constraint submission_draft_file_has_content
    check (stored_document_id is not null or content is not null);

-- Abandoned drafts (never submitted) are found by their last change.
create index submission_draft_abandoned_idx on submission_draft (updated_at) where dossier_code is null;
