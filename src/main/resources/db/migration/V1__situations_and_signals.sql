-- Tocsin's first schema: situations under watch and the signals received about them.
-- Every row keeps two times: when its content happened (occurred_on + date_precision) and when
-- Tocsin learned it (recorded_at). Signals are immutable once accepted.

create table situation (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    name        text not null,
    country     text check (country ~ '^[A-Z]{2}$'),
    area        text,
    watch_from  date,
    watch_to    date,
    -- the situation file (mission, mandate, bodies, actors) as given, for later capabilities
    details     jsonb not null default '{}'::jsonb,
    created_at  timestamptz not null,
    created_by  text not null,
    check (watch_to is null or watch_from is null or watch_to >= watch_from)
);

create table source (
    id                  text primary key,
    name                text not null,
    source_type         text not null,
    default_reliability char(1) check (default_reliability between 'A' and 'F'),
    created_at          timestamptz not null
);

create table signal (
    situation_id    text not null references situation (id),
    id              text not null,
    -- derived from (situation_id, id): the same record has the same resource id in every store
    uid             uuid not null,
    kind            text not null,
    source          text not null,
    source_id       text not null,
    source_type     text not null,
    reliability     char(1) not null check (reliability between 'A' and 'F'),
    credibility     smallint not null check (credibility between 1 and 6),
    location        text,
    lat             double precision check (lat between -90 and 90),
    lon             double precision check (lon between -180 and 180),
    country         text,
    occurred_on     date not null,
    date_precision  text not null,
    occurred_until  date,
    -- the first day the record can have been known (end of its month for month precision)
    known_on        date not null,
    summary         text not null,
    indicators      text[] not null,
    tags            text[] not null,
    mitigating      boolean not null,
    recipients      text[] not null,
    fatalities      integer check (fatalities >= 0),
    ref             text,
    marking         text,
    relays          text[] not null,
    implicates      text[] not null,
    action          text,
    requested_by    text,
    deadline        text,
    responds_to     text,
    outcome         text,
    ground          text,
    label           text not null,
    critical        boolean not null,
    attributes      jsonb not null,
    recorded_at     timestamptz not null,
    submitted_by    text not null,
    channel         text not null,
    content_hash    text not null,
    -- arrival order, for consumers that process signals incrementally
    seq             bigint generated always as identity,
    primary key (situation_id, id)
);

create unique index signal_uid on signal (uid);
create index signal_situation_known on signal (situation_id, known_on);
