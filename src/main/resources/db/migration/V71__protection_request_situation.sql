-- A protection request may name the situation it belongs to (the informant of the Rwanda mission):
-- then, once overdue, it raises an alert that climbs that situation's escalation ladder like any
-- other (M5: "protection requests are tracked obligations whose deadlines escalate like alerts").
-- overdue_alert records the alert raised, so a request raises one alert, not one per poll.
alter table source_protection_request add column situation text references situation (id);
alter table source_protection_request add column overdue_alert bigint references alert (id);
