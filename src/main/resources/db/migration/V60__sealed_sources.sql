-- Sealed sources (M5): a registry of sources whose identity and contact details are encrypted at
-- rest (envelopes in source_sealed), their handlers, reliability record and protection requests.
-- No table here holds a sealed value in clear: only ids, pseudonyms, grades, statuses, deadlines,
-- person ids and ciphertexts.

-- V1 created a placeholder `source` table with a plaintext `name` column, which a sealed registry
-- must not have. Nothing ever wrote to it; should a store hold rows, stop rather than drop names.
do $$
begin
    if exists (select 1 from source) then
        raise exception 'table source holds rows from before sealed sources (V60): seal or remove them before upgrading';
    end if;
end $$;
drop table source;

create table source (
    id                  text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    -- random, shown instead of the identity; never changes (trigger below)
    pseudonym           text not null unique check (pseudonym ~ '^SRC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    source_type         text not null,
    default_reliability char(1) not null check (default_reliability between 'A' and 'F'),
    registered_by       text not null,
    registered_at       timestamptz not null
);

create function source_keep_id_and_pseudonym() returns trigger language plpgsql as $$
begin
    if new.id <> old.id or new.pseudonym <> old.pseudonym then
        raise exception 'a source''s id and pseudonym never change';
    end if;
    return new;
end $$;
create trigger source_keep_id_and_pseudonym before update on source
    for each row execute function source_keep_id_and_pseudonym();

-- One envelope per sealed record: the record encrypted under its own data key, the data key
-- wrapped by the sources keyset (key_id: the Tink id of the wrapping key). ref names the record,
-- e.g. source/<id> or source/<id>/protection/<uuid>, and is the associated data of both
-- encryptions: an envelope copied to another row does not decrypt.
create table source_sealed (
    ref         text primary key,
    source_id   text not null references source (id),
    ciphertext  bytea not null,
    wrapped_key bytea not null,
    key_id      bigint not null check (key_id between 0 and 4294967295),
    sealed_at   timestamptz not null
);
create index source_sealed_key on source_sealed (key_id);

create table source_handler (
    seq         bigint generated always as identity primary key,
    source_id   text not null references source (id),
    person      text not null,
    assigned_by text not null,
    assigned_at timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz,
    check ((revoked_by is null) = (revoked_at is null))
);
create unique index source_handler_active on source_handler (source_id, person) where revoked_at is null;

create table source_grade_change (
    seq         bigint generated always as identity primary key,
    source_id   text not null references source (id),
    from_grade  char(1) check (from_grade between 'A' and 'F'),
    to_grade    char(1) not null check (to_grade between 'A' and 'F'),
    changed_by  text not null,
    changed_at  timestamptz not null,
    rationale   text not null
);
create index source_grade_change_source on source_grade_change (source_id, seq);

-- Later confirmation or refutation of a source's reports; the latest per report counts.
create table source_report_outcome (
    seq          bigint generated always as identity primary key,
    source_id    text not null references source (id),
    situation_id text not null,
    signal_id    text not null,
    outcome      text not null check (outcome in ('confirmed', 'refuted')),
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    rationale    text not null
);
create index source_report_outcome_source on source_report_outcome (source_id, situation_id, signal_id, seq);

-- The reliability record counts a source's signals by credibility.
create index if not exists signal_source_id on signal (source_id);

create table source_protection_request (
    id           uuid primary key,
    source_id    text not null references source (id),
    deadline     timestamptz not null,
    owner        text not null,
    status       text not null check (status in ('open', 'in_progress', 'done', 'failed')),
    requested_by text not null,
    requested_at timestamptz not null,
    updated_at   timestamptz not null
);
create index source_protection_pending on source_protection_request (deadline) where status in ('open', 'in_progress');
create index source_protection_source on source_protection_request (source_id, deadline);

create table source_protection_update (
    request_id  uuid not null references source_protection_request (id),
    seq         int not null,
    from_status text not null,
    to_status   text not null,
    by_person   text not null,
    at          timestamptz not null,
    primary key (request_id, seq)
);
