-- A form posted twice (a double click, a page sent again after a slow answer) registers one document: each
-- registration and each new draft carries the one-time token of the form it was made from.
alter table incoming_document add column form_token uuid;
create unique index incoming_document_form_token on incoming_document (form_token) where form_token is not null;
alter table outgoing_document add column form_token uuid;
create unique index outgoing_document_form_token on outgoing_document (form_token) where form_token is not null;
