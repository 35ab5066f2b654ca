-- Protection capacity (M8): each situation's force, versioned, and the changes that reduce protection,
-- each with the impact assessment that was in front of the deciders. Both tables are append-only: a
-- force is changed by adding a version (an import or an edit, with who, when and why), never by
-- rewriting one; a change is recorded once with its assessment. The triggers refuse UPDATE, DELETE and
-- TRUNCATE.

create table force_version (
    situation   text not null references situation (id),
    version     integer not null check (version > 0),
    -- the force file (../shared/cases/FORMAT.md "Force file") as this version has it
    document    jsonb not null check (jsonb_typeof(document) = 'object'),
    -- SHA-256 of the document's compact JSON as submitted, quoted by the journal
    digest      text not null check (digest ~ '^[0-9a-f]{64}$'),
    origin      text not null check (origin in ('imported', 'edited')),
    reason      text not null,
    created_by  text not null,
    created_at  timestamptz not null,
    primary key (situation, version)
);

create table protection_change (
    id              bigint generated always as identity primary key,
    situation       text not null,
    kind            text not null check (kind in ('withdrawal', 'site_left', 'force_cut')),
    contingent      text,
    site            text,
    target_strength bigint check (target_strength >= 0),
    form            text not null check (form in ('proposed', 'ordered', 'decided')),
    effective_on    date not null,
    force_version   integer not null,
    proposed_by     text not null,
    -- when it was proposed or ordered, and when Tocsin recorded it
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    rationale       text not null,
    -- the impact assessment attached when it was recorded (wire form and text)
    impact          jsonb not null check (jsonb_typeof(impact) = 'object'),
    impact_text     text not null,
    foreign key (situation, force_version) references force_version (situation, version),
    check ((kind = 'withdrawal') = (contingent is not null)),
    check ((kind = 'site_left') = (site is not null)),
    check ((kind = 'force_cut') = (target_strength is not null))
);
create index protection_change_situation on protection_change (situation, id desc);

create function protection_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the % table is append-only: % is refused', tg_table_name, tg_op
        using errcode = 'integrity_constraint_violation',
              hint = 'a force changes by a new version; a recorded change stays as it was recorded';
end
$$;

create trigger force_version_append_only before update or delete on force_version
    for each row execute function protection_refuse_change();
create trigger force_version_no_truncate before truncate on force_version
    for each statement execute function protection_refuse_change();
create trigger protection_change_append_only before update or delete on protection_change
    for each row execute function protection_refuse_change();
create trigger protection_change_no_truncate before truncate on protection_change
    for each statement execute function protection_refuse_change();
