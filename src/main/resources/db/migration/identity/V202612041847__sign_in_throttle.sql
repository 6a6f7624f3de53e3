-- Sign-in throttling replaces the account lock-out (which let anyone lock a real officer out with five wrong
-- passwords). Failed sign-ins are remembered by (user name as typed, client address); the delays grow from them.
alter table officer drop column failed_attempts;
alter table officer drop column locked_until;

-- Raised whenever the account's rights change (deactivation, password reset or change, roles): a session signed in
-- with an older stamp ends at its next request.
alter table officer add column security_stamp bigint not null default 0;

create table sign_in_failure (
    id       bigint generated always as identity primary key,
    at       timestamptz not null,
    username text        not null,  -- lower-cased as typed (known or not), at most 100 characters
    address  text        not null
);

create index sign_in_failure_address_idx on sign_in_failure (address, at);
create index sign_in_failure_username_idx on sign_in_failure (username, at);
create index sign_in_failure_at_idx on sign_in_failure (at);

-- Addresses an officer has signed in from: they are spared the per-account delay during a distributed attack.
create table sign_in_familiar_address (
    username     text        not null,
    address      text        not null,
    last_success timestamptz not null,
    primary key (username, address)
);
