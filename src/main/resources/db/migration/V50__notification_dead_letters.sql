-- The notification sender (org.tocsin.notification): a row it gives up on stays in the outbox,
-- unsent, with last_error, and is marked here as a dead letter so that it is reported and counted
-- rather than retried for ever or silently dropped. An operator re-queues one by clearing dead_at,
-- resetting attempts and setting next_attempt_at (docs/notifications.md).
alter table notification_outbox add column dead_at timestamptz;

create index notification_outbox_dead on notification_outbox (dead_at) where dead_at is not null and sent_at is null;
