-- Issue 15 remainder: a fee payment is a step of the dossier (FEE_PAID), so that the national portal hears that a
-- resolved dossier's fee was paid (status 6 -> 9). The constraint lists every name of vn.motcua.dossier.StepAction.
alter table dossier_step drop constraint dossier_step_action_check;
alter table dossier_step add constraint dossier_step_action_check check (action in (
    'SUBMITTED', 'RECEIVED', 'INCOMPLETE_AT_INTAKE', 'REFUSED_AT_INTAKE', 'ASSIGNED', 'PROPOSED_APPROVED',
    'PROPOSED_REFUSED', 'SENT_BACK', 'APPROVED', 'REFUSED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED',
    'SUPPLEMENT_LAPSED', 'EXTENDED', 'WITHDRAWAL_REQUESTED', 'STOPPED', 'RETURNED', 'TRANSFERRED_OUT',
    'TRANSFERRED_BACK', 'TRANSFERRED_BACK_LATE', 'RESULT_DIGITISED', 'COMPONENT_DIGITISED',
    'DUE_DATE_RECOMPUTED', 'FEE_PAID'));
