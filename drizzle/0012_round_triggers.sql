-- A reorder is planned from a read of the round's order; on D1 (no interactive transactions) and
-- with a second Node process the order can change in between. Every change to the order bumps the
-- round's version by one; a reorder's atomic unit sets it to the version it read plus one, which
-- this trigger refuses (rolling the whole unit back) when someone changed the order meanwhile.
CREATE TRIGGER `delivery_round_version_guard` BEFORE UPDATE OF `version` ON `delivery_rounds`
WHEN NEW.`version` <> OLD.`version` + 1
BEGIN
  SELECT RAISE(ABORT, 'round_changed');
END;
--> statement-breakpoint
-- A stop's code is looked up at /t/CODE like a ticket's or a place's: one code, one thing. The
-- messages read as the unique violation they stand for, so the callers' retry with a fresh code
-- covers them.
CREATE TRIGGER `round_stop_code_is_free` BEFORE INSERT ON `round_stops`
WHEN EXISTS (SELECT 1 FROM `tickets` WHERE `code` = NEW.`code`) OR EXISTS (SELECT 1 FROM `memberships` WHERE `code` = NEW.`code`)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: round_stops.code');
END;
--> statement-breakpoint
CREATE TRIGGER `ticket_code_is_not_a_stop` BEFORE INSERT ON `tickets`
WHEN EXISTS (SELECT 1 FROM `round_stops` WHERE `code` = NEW.`code`)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: tickets.code');
END;
