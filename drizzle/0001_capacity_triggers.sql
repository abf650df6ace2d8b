-- Capacity lives in the database so that it holds for every writer: two Node processes on one
-- file, several Worker isolates on D1, a batch half-way through. A seat is taken by any ticket
-- that is not cancelled; RAISE(ABORT) fails the statement and with it the whole transaction/batch.
CREATE TRIGGER `tickets_capacity_on_insert` BEFORE INSERT ON `tickets`
WHEN NEW.`status` <> 'cancelled' AND (
  SELECT count(*) FROM `tickets`
  WHERE `distribution_id` = NEW.`distribution_id` AND `slot_start` = NEW.`slot_start` AND `status` <> 'cancelled'
) >= (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`)
BEGIN
  SELECT RAISE(ABORT, 'slot_full');
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_capacity_on_update` BEFORE UPDATE OF `slot_start`, `status` ON `tickets`
WHEN NEW.`status` <> 'cancelled' AND (OLD.`status` = 'cancelled' OR OLD.`slot_start` <> NEW.`slot_start`) AND (
  SELECT count(*) FROM `tickets`
  WHERE `distribution_id` = NEW.`distribution_id` AND `slot_start` = NEW.`slot_start` AND `status` <> 'cancelled' AND `id` <> NEW.`id`
) >= (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`)
BEGIN
  SELECT RAISE(ABORT, 'slot_full');
END;
--> statement-breakpoint
-- A closed day takes no new tickets, even from a request that planned before the closure landed.
CREATE TRIGGER `tickets_closed_day_on_insert` BEFORE INSERT ON `tickets`
WHEN EXISTS (SELECT 1 FROM `closures` WHERE `distribution_id` = NEW.`distribution_id` AND `date` = NEW.`date`)
BEGIN
  SELECT RAISE(ABORT, 'day_closed');
END;
