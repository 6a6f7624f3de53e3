-- The API's reconciliation list (GET /api/v1/dossiers?agency&from&to) reads an agency's dossiers by the day they were
-- handed in, newest last.
create index dossier_submitted_idx on dossier (agency_code, submitted_at);
