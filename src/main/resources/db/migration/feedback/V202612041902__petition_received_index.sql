-- The petition desk counts a contact's petitions of the last day and looks for exact repeats of the last 30 days.
create index petition_received_idx on petition (received_at);
