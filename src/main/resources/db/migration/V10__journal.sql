-- The tamper-evident journal (M6): who received, viewed, decided and escalated what, and when.
-- Each entry's hash covers its content and the hash of the entry before it (see JournalEntry);
-- checkpoints sign an entry's hash with the installation's Ed25519 key (see Checkpoint).
-- Both tables are append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE, for every
-- role including the owner. An owner can lift the guard on purpose (docs/security.md shows how, for
-- the tamper demonstration); the hash chain and the signed checkpoints are what make such an edit
-- show afterwards.

create table journal (
    seq          bigint primary key check (seq > 0),
    type         text not null check (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null,
    actor        text not null,
    situation    text,
    subject      text not null,
    details      jsonb not null check (jsonb_typeof(details) = 'object'),
    prev_hash    text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash         text not null check (hash ~ '^[0-9a-f]{64}$')
);

-- a situation's timeline and the "who knew" report read by situation in journal order
create index journal_situation_seq on journal (situation, seq);

create table journal_checkpoint (
    seq        bigint primary key references journal (seq),
    hash       text not null check (hash ~ '^[0-9a-f]{64}$'),
    signed_at  timestamptz not null,
    key_id     text not null,
    signature  text not null
);

create function journal_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the % table is append-only: % is refused', tg_table_name, tg_op
        using errcode = 'integrity_constraint_violation',
              hint = 'journal entries and checkpoints are never changed or removed; see docs/security.md';
end
$$;

create trigger journal_append_only before update or delete on journal
    for each row execute function journal_refuse_change();
create trigger journal_no_truncate before truncate on journal
    for each statement execute function journal_refuse_change();
create trigger journal_checkpoint_append_only before update or delete on journal_checkpoint
    for each row execute function journal_refuse_change();
create trigger journal_checkpoint_no_truncate before truncate on journal_checkpoint
    for each statement execute function journal_refuse_change();

-- Defence in depth against a bug in an appender: an entry must continue the chain (next seq,
-- previous hash, recorded no earlier than the previous entry). Whether its hash is right is for the
-- verifier to say; the database cannot recompute the canonical encoding.
create function journal_check_link() returns trigger language plpgsql volatile as $$
declare
    prev journal%rowtype;
begin
    if new.seq = 1 then
        if new.prev_hash <> repeat('0', 64) then
            raise exception 'journal entry 1 must follow the genesis hash' using errcode = 'integrity_constraint_violation';
        end if;
        return new;
    end if;
    select * into prev from journal where seq = new.seq - 1;
    if not found then
        raise exception 'journal entry % does not follow an existing entry', new.seq using errcode = 'integrity_constraint_violation';
    end if;
    if new.prev_hash <> prev.hash then
        raise exception 'journal entry % does not link to entry %', new.seq, prev.seq using errcode = 'integrity_constraint_violation';
    end if;
    if new.recorded_at < prev.recorded_at then
        raise exception 'journal entry % is recorded before entry %', new.seq, prev.seq using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;

create trigger journal_continues_chain before insert on journal
    for each row execute function journal_check_link();
