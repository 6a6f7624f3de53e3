-- The national portal link's outbox (issue 15): one row per step of a dossier, written in the transaction that
-- recorded the step, holding the DongBoHoSoMC dossier and the CapNhatTienDoHoSoMC progress as they were at that step.
-- The sender delivers a dossier's rows in id order (the order its transactions committed), marks a row delivered
-- only on the portal's error_code "0"/"00", and parks a row the portal refused for its content with the portal's
-- reason. (dossier_code, step_number) is unique: a step is queued once.
create table national_outbox
(
  id              bigint generated always as identity primary key,
  dossier_code    text        not null,
  madonvi         text        not null,
  step_number     int         not null,
  national_status text        not null,
  dossier         jsonb       not null,
  progress        jsonb       not null,
  created_at      timestamptz not null,
  attempts        int         not null default 0,
  last_attempt_at timestamptz,
  last_error      text,
  delivered_at    timestamptz,
  parked_at       timestamptz,
  unique (dossier_code, step_number)
);
-- what is still to send, in order; the sender's "first undelivered row of its dossier" looks here
create index national_outbox_pending on national_outbox (dossier_code, id) where delivered_at is null;
create index national_outbox_queue on national_outbox (id) where delivered_at is null and parked_at is null;

-- What the portal has of each dossier: whether it was inserted (later syncs are updates, isUpdating "True") and the
-- last step it acknowledged, for the dossier page and the administrator.
create table national_dossier
(
  dossier_code    text primary key,
  inserted        boolean     not null default false,
  delivered_step  int,
  delivered_status text,
  delivered_at    timestamptz
);
