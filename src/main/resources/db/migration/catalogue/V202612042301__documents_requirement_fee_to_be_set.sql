-- Issue 13 items 3 and 13. A required document is mandatory, conditional (with the case that makes it needed) or only
-- shown (xuất trình); each version says where its document list comes from; a charge may be "to be set by the
-- province" (no amount yet, never a false 0); an exemption may apply only when a condition holds (khai tử đúng hạn).
alter table catalogue_document add column requirement text;
update catalogue_document set requirement = case when mandatory then 'MANDATORY' else 'CONDITIONAL' end;
alter table catalogue_document alter column requirement set not null;
alter table catalogue_document add constraint catalogue_document_requirement
    check (requirement in ('MANDATORY', 'CONDITIONAL', 'SHOWN'));
alter table catalogue_document add column condition_text text;

alter table catalogue_version add column documents_source text;

alter table catalogue_fee add column to_be_set boolean not null default false;
alter table catalogue_fee add constraint catalogue_fee_to_be_set check (not to_be_set or amount_vnd = 0);

alter table catalogue_fee_exemption add column condition_text text;
