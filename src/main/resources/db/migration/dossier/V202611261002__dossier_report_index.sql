-- The period report reads these columns of every dossier accepted up to the end of the period. A covering index
-- lets it scan narrow index entries (index-only, once vacuumed) instead of the wide dossier rows.
create index dossier_report_idx on dossier (agency_code, received_at)
    include (id, resolved_on, closed_at, due_date, channel, decision, extended_at, component_stored, result_stored)
    where received_at is not null;
