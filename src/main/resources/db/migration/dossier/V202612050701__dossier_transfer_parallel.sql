-- Liên thông, continued (issue 13 item 12; NĐ 61/2018 Art. 19.5-19.7, NĐ 118/2025 Art. 18).
-- An electronic dossier goes to every agency of the group at once: transfers sent together share a batch, and one of
-- them presides (lead). An agency that is another commune of this installation is kept by its code, so that its
-- officers see the dossier in their inbox and record the answer themselves; an outside body has no code.
alter table dossier_transfer add column batch int;
update dossier_transfer set batch = position;
alter table dossier_transfer alter column batch set not null;
alter table dossier_transfer add column lead boolean not null default true;
alter table dossier_transfer alter column lead set default false;
alter table dossier_transfer add column agency_code text;

-- What is still out, by the agency it waits at and by the end of its share (the inbox's lists).
create index dossier_transfer_open_idx on dossier_transfer (agency_code, share_due_date) where returned_at is null;
create index dossier_transfer_open_due_idx on dossier_transfer (share_due_date) where returned_at is null;

-- The transfer slip (Phiếu chuyển xử lý) is kept per transfer, like the other forms.
alter table dossier_form add column transfer_position int;
