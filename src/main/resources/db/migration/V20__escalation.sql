-- Escalation (M2–M5): a directory of people, groups and positions; alerts and their durable
-- deadlines; deliveries with receipts and disclosure holds; requests for action; briefings; the
-- history of all of these; and the notification outbox the sender reads.

create table person (
    id          text primary key,
    name        text not null,
    email       text,
    webhook     text,
    -- the actor (situation file's actors) the person represents, e.g. government-of-rwanda
    represents  text,
    created_at  timestamptz not null default now()
);

create table person_group (
    id          text primary key,
    name        text not null,
    -- the situation whose file created it (a deciding body), or null
    situation   text references situation (id),
    created_at  timestamptz not null default now()
);

create table group_member (
    group_id    text not null references person_group (id),
    person_id   text not null references person (id),
    position    integer not null,
    primary key (group_id, person_id)
);

create table position_holding (
    id          bigint generated always as identity primary key,
    situation   text not null references situation (id),
    position    text not null,
    person_id   text not null references person (id),
    held_from   timestamptz not null,
    held_until  timestamptz,
    check (held_until is null or held_until > held_from)
);
create index position_holding_lookup on position_holding (situation, position);

create table escalation_policy (
    situation   text primary key references situation (id),
    policy      jsonb not null,
    set_by      text not null,
    set_at      timestamptz not null
);

-- An alert is kept as its domain document (lifecycle state, assessments, decisions, appeals) plus
-- the columns queries need.
create table alert (
    id          bigint generated always as identity primary key,
    situation   text not null references situation (id),
    kind        text not null,
    state       text not null,
    level       integer not null,
    doc         jsonb not null,
    raised_at   timestamptz not null,
    updated_at  timestamptz not null
);
create index alert_situation on alert (situation, id desc);

-- Durable deadlines: each fires once. A worker claims a due one with FOR UPDATE SKIP LOCKED, applies
-- it and sets fired_at in the same short transaction.
create table escalation_deadline (
    id          bigint generated always as identity primary key,
    alert_id    bigint not null references alert (id),
    kind        text not null check (kind in ('acknowledge', 'decide', 'renotify')),
    level       integer not null,
    due_at      timestamptz not null,
    created_at  timestamptz not null default now(),
    fired_at    timestamptz,
    fired_by    text,
    -- what firing did: climb, overdue, renotify, or stale (no longer applied)
    outcome     text
);
create index escalation_deadline_due on escalation_deadline (due_at) where fired_at is null;
create index escalation_deadline_alert on escalation_deadline (alert_id);

create table delivery (
    id                  bigint generated always as identity primary key,
    subject             text not null,
    situation           text not null references situation (id),
    recipient           text not null,
    status              text not null check (status in ('delivered', 'held', 'released')),
    reason              text,
    created_at          timestamptz not null,
    delivered_at        timestamptz,
    conflict_actor      text,
    warning             text,
    overridden_by       text,
    override_rationale  text,
    overridden_at       timestamptz,
    opened_at           timestamptz,
    acknowledged_at     timestamptz,
    check (status <> 'released' or (overridden_by is not null and override_rationale is not null))
);
create index delivery_subject on delivery (subject, id);
create index delivery_held on delivery (situation) where status = 'held';

create table action_request (
    id          bigint generated always as identity primary key,
    situation   text not null references situation (id),
    -- the signal that carried it, if it came in a signal
    signal_id   text,
    status      text not null,
    doc         jsonb not null,
    recorded_at timestamptz not null,
    unique (situation, signal_id)
);

create table briefing (
    id           bigint generated always as identity primary key,
    situation    text not null references situation (id),
    group_id     text not null references person_group (id),
    doc          jsonb not null,
    delivered_at timestamptz not null
);

-- The history of alerts, requests, deliveries and briefings (also appended to the journal).
create table escalation_event (
    id           uuid primary key,
    seq          bigint generated always as identity,
    type         text not null,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null,
    actor        text not null,
    situation    text,
    subject      text not null,
    details      jsonb not null
);
create index escalation_event_subject on escalation_event (subject, seq);
create index escalation_event_situation on escalation_event (situation, seq);

-- Written in the same transaction as the change a notification reports; a sender delivers each row
-- at least once (idempotency_key lets receivers drop repeats) and records the attempt.
create table notification_outbox (
    id               bigint generated always as identity primary key,
    channel          text not null check (channel in ('email', 'webhook')),
    recipient        text not null,
    address          text not null,
    subject          text not null,
    body             text not null,
    payload          jsonb not null,
    idempotency_key  text not null unique,
    situation        text,
    created_at       timestamptz not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz,
    last_error       text
);
create index notification_outbox_pending on notification_outbox (next_attempt_at) where sent_at is null;
