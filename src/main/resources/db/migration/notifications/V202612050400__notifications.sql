-- Messages to applicants (issue 16): the templates, each applicant's choice of channels, the messages and their
-- delivery history. Owned by the notifications module (docs/notifications.md).

-- One row per version of a template; the newest version of a kind is the one used. Version 1 comes from the
-- bundles (messages/notifications.properties) at the first start.
create table notification_template (
    kind            text        not null,
    version         int         not null,
    body            text        not null,
    zns_template_id text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    primary key (kind, version)
);

-- How the applicant of a dossier wants to be told: channels among the contacts given at intake. stopped_at: the
-- citizen stopped every message from the status page.
create table notification_contact (
    dossier_code text primary key,
    agency_code  text        not null,
    phone        text,
    email        text,
    channels     text[]      not null,
    chosen_at    timestamptz not null,
    stopped_at   timestamptz
);
create index notification_contact_phone on notification_contact (phone);

-- One message per event and dossier (event_key unique: a repeated event adds nothing). channel: the channel being
-- tried (null until one is); channel_since: when trying it began (retries last motcua.notifications.retry-for on
-- one channel); claimed_until: a sender holds the message while handing it to a gateway; gateway_id: the gateway's
-- message id once it accepted it (the message's id is the reference the gateway deduplicates on).
create table notification (
    id               uuid primary key,
    event_key        text        not null unique,
    dossier_code     text        not null,
    agency_code      text        not null,
    kind             text        not null,
    template_version int         not null,
    params           jsonb       not null,
    body             text        not null,
    status           text        not null check (status in ('CREATED', 'SENDING', 'DELIVERED', 'FAILED', 'WITHHELD')),
    channel          text,
    recipient        text,
    gateway_id       text,
    attempts         int         not null default 0,
    created_at       timestamptz not null,
    changed_at       timestamptz not null,
    channel_since    timestamptz,
    next_attempt_at  timestamptz not null,
    claimed_until    timestamptz,
    last_error       text
);
create index notification_dossier on notification (dossier_code);
create index notification_due on notification (next_attempt_at) where status in ('CREATED', 'SENDING');
create index notification_gateway on notification (gateway_id) where gateway_id is not null;
create index notification_created on notification (created_at);

-- Every change of a message's status, with the channel and what happened.
create table notification_event (
    id              bigserial primary key,
    notification_id uuid        not null references notification (id),
    at              timestamptz not null,
    status          text        not null,
    channel         text,
    detail          text
);
create index notification_event_message on notification_event (notification_id);
