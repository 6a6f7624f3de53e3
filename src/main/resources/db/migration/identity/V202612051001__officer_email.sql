-- An officer's e-mail address (optional): the daily digest of what is due and the notices of dossiers assigned to
-- them or waiting for their decision are e-mailed there when an SMTP server is configured (issue 16 item 5).
alter table officer add column email text;
