-- Structured determinations (M7): recorded determinations, "determination due" items and the
-- obligations a determination opens. The domain documents are kept as JSON beside the columns that
-- queries need (docs/determination.md).

-- A determination is never changed or removed: a correction is a new row that supersedes it.
create table determination (
    id                  bigint generated always as identity primary key,
    situation           text not null references situation (id),
    type                text not null,
    version             integer not null check (version >= 1),
    supersedes          bigint references determination (id),
    -- computed from the findings when recorded (a cache for queries; the findings are the record)
    conclusion          text not null check (conclusion in ('established', 'not_established', 'indeterminate', 'insufficient_information')),
    standard            text not null,
    author              text not null,
    occurred_at         timestamptz not null,
    recorded_at         timestamptz not null,
    catalogue_version   text not null,
    content_hash        text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    doc                 jsonb not null check (jsonb_typeof(doc) = 'object'),
    check ((supersedes is null) = (version = 1))
);
create index determination_situation on determination (situation, type, id);
-- a determination is superseded at most once: versions form a line, never a tree
create unique index determination_superseded_once on determination (supersedes) where supersedes is not null;

create function determination_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'determinations are never changed or removed: % is refused; record a superseding determination', tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;
create trigger determination_append_only before update or delete on determination
    for each row execute function determination_refuse_change();
create trigger determination_no_truncate before truncate on determination
    for each statement execute function determination_refuse_change();

-- "Determination due": open until any determination of the type is recorded for the situation.
create table determination_due (
    id          bigint generated always as identity primary key,
    situation   text not null references situation (id),
    type        text not null,
    rule        text not null,
    as_of       date not null,
    opened_at   timestamptz not null,
    deadline    timestamptz not null check (deadline >= opened_at),
    doc         jsonb not null check (jsonb_typeof(doc) = 'object'),
    closed_by   bigint references determination (id),
    closed_at   timestamptz,
    check ((closed_by is null) = (closed_at is null))
);
create unique index determination_due_one_open on determination_due (situation, type) where closed_by is null;
create index determination_due_situation on determination_due (situation, id desc);
-- the escalation hook: open items by deadline
create index determination_due_deadline on determination_due (deadline) where closed_by is null;

-- Obligations opened by determinations (duty to prevent, to punish, options, R2P commitments).
create table obligation_item (
    id          bigint generated always as identity primary key,
    situation   text not null references situation (id),
    obligation  text not null,
    status      text not null check (status in ('open', 'in_progress', 'discharged', 'declined')),
    active      boolean not null,
    owner       text not null,
    due_at      timestamptz not null,
    opened_at   timestamptz not null,
    updated_at  timestamptz not null,
    doc         jsonb not null check (jsonb_typeof(doc) = 'object'),
    check (active = (status in ('open', 'in_progress')))
);
create unique index obligation_item_one_active on obligation_item (situation, obligation) where active;
create index obligation_item_situation on obligation_item (situation, id);
