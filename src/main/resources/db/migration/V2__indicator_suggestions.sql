-- Indicator codes suggested from a signal's text. Only an analyst's confirmation (who, when) makes a
-- suggestion count in fusion; a rejection is kept too, so the same suggestion is not asked twice.
create table indicator_suggestion (
    signal_uid     uuid not null references signal (uid),
    situation_id   text not null,
    code           text not null,
    confidence     double precision not null check (confidence > 0 and confidence <= 1),
    span_start     integer not null,
    span_end       integer not null,
    evidence       text not null,
    rule_id        text not null,
    suggested_at   timestamptz not null,
    status         text not null default 'suggested' check (status in ('suggested', 'confirmed', 'rejected')),
    decided_by     text,
    decided_at     timestamptz,
    primary key (signal_uid, code),
    check ((status = 'suggested') = (decided_by is null))
);

create index indicator_suggestion_confirmed on indicator_suggestion (situation_id) where status = 'confirmed';
