-- Fusion catches up with newly arrived signals by arrival order (seq) per situation.
create index signal_situation_seq on signal (situation_id, seq);

-- The last level Tocsin recorded for each situation: a change is detected (and acted on: journal,
-- alerts) exactly once, under this row's lock, whichever instance sees it first.
create table situation_risk (
    situation_id  text primary key references situation (id),
    level         text not null,
    score         double precision not null,
    as_of         date not null,
    last_seq      bigint not null,
    changed_at    timestamptz not null
);
