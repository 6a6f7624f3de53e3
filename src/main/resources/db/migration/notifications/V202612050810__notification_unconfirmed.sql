-- Issue 16 item 5: an SMS the gateway accepted but whose delivery receipt never came within
-- motcua.notifications.receipt-wait (default 24 h) is UNCONFIRMED instead of SENDING for ever. A receipt that comes
-- later still applies.
alter table notification drop constraint notification_status_check;
alter table notification add constraint notification_status_check
    check (status in ('CREATED', 'SENDING', 'DELIVERED', 'FAILED', 'WITHHELD', 'UNCONFIRMED'));
-- the administrator's page (issue 16 item 1): volumes per channel and status over a period, failed messages per agency
create index notification_agency_created on notification (agency_code, created_at);
create index notification_failed on notification (agency_code, changed_at) where status in ('FAILED', 'UNCONFIRMED');
create index notification_contact_email on notification_contact (lower(email));
