-- Issue 14 item 1: a step's action is one of the names of the enum vn.motcua.dossier.StepAction, shared by the code,
-- the pages and this column. A new action needs its value here (a new migration): StepActionConstraintTests fails when
-- the enum and this constraint disagree.
alter table dossier_step add constraint dossier_step_action_check check (action in (
    'SUBMITTED', 'RECEIVED', 'INCOMPLETE_AT_INTAKE', 'REFUSED_AT_INTAKE', 'ASSIGNED', 'PROPOSED_APPROVED',
    'PROPOSED_REFUSED', 'SENT_BACK', 'APPROVED', 'REFUSED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED',
    'SUPPLEMENT_LAPSED', 'EXTENDED', 'WITHDRAWAL_REQUESTED', 'STOPPED', 'RETURNED', 'TRANSFERRED_OUT',
    'TRANSFERRED_BACK', 'TRANSFERRED_BACK_LATE', 'RESULT_DIGITISED', 'COMPONENT_DIGITISED',
    'DUE_DATE_RECOMPUTED'));
