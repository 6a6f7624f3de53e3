-- Issue 16 item 4: the channels the applicant chose online for messages about the dossier (comma-separated names of
-- MessageChannel; empty: none; null: no choice made, the intake's default applies).
alter table submission_draft add column message_channels text;
