-- slot_loads holds the number of live (not cancelled) tickets of each slot. These AFTER triggers
-- change it in the same statement as the ticket row, so it is exact for every writer (two Node
-- processes, D1 batches, retention, cascades); the capacity triggers then read one row by key
-- instead of counting the slot's tickets, which made issuing cost O(tickets of the day).
INSERT INTO `slot_loads` (`distribution_id`, `slot_start`, `taken`)
SELECT `distribution_id`, `slot_start`, count(*) FROM `tickets` WHERE `status` <> 'cancelled' GROUP BY `distribution_id`, `slot_start`;
--> statement-breakpoint
CREATE TRIGGER `tickets_load_on_insert` AFTER INSERT ON `tickets`
WHEN NEW.`status` <> 'cancelled'
BEGIN
  INSERT INTO `slot_loads` (`distribution_id`, `slot_start`, `taken`) VALUES (NEW.`distribution_id`, NEW.`slot_start`, 1)
  ON CONFLICT (`distribution_id`, `slot_start`) DO UPDATE SET `taken` = `taken` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_load_on_delete` AFTER DELETE ON `tickets`
WHEN OLD.`status` <> 'cancelled'
BEGIN
  UPDATE `slot_loads` SET `taken` = `taken` - 1 WHERE `distribution_id` = OLD.`distribution_id` AND `slot_start` = OLD.`slot_start`;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_load_on_update` AFTER UPDATE OF `distribution_id`, `slot_start`, `status` ON `tickets`
WHEN (OLD.`status` <> 'cancelled') <> (NEW.`status` <> 'cancelled')
  OR OLD.`slot_start` <> NEW.`slot_start` OR OLD.`distribution_id` <> NEW.`distribution_id`
BEGIN
  UPDATE `slot_loads` SET `taken` = `taken` - 1
  WHERE OLD.`status` <> 'cancelled' AND `distribution_id` = OLD.`distribution_id` AND `slot_start` = OLD.`slot_start`;
  INSERT INTO `slot_loads` (`distribution_id`, `slot_start`, `taken`)
  SELECT NEW.`distribution_id`, NEW.`slot_start`, 1 WHERE NEW.`status` <> 'cancelled'
  ON CONFLICT (`distribution_id`, `slot_start`) DO UPDATE SET `taken` = `taken` + 1;
END;
--> statement-breakpoint
-- The capacity checks of 0001, now by key. BEFORE triggers see the loads as they stand before
-- this row (earlier rows of the same statement included), as the counts did.
DROP TRIGGER `tickets_capacity_on_insert`;
--> statement-breakpoint
CREATE TRIGGER `tickets_capacity_on_insert` BEFORE INSERT ON `tickets`
WHEN NEW.`status` <> 'cancelled' AND coalesce((
  SELECT `taken` FROM `slot_loads` WHERE `distribution_id` = NEW.`distribution_id` AND `slot_start` = NEW.`slot_start`
), 0) >= (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`)
BEGIN
  SELECT RAISE(ABORT, 'slot_full');
END;
--> statement-breakpoint
DROP TRIGGER `tickets_capacity_on_update`;
--> statement-breakpoint
-- The ticket itself is never in the new slot's load here: it was cancelled or in another slot.
CREATE TRIGGER `tickets_capacity_on_update` BEFORE UPDATE OF `slot_start`, `status` ON `tickets`
WHEN NEW.`status` <> 'cancelled' AND (OLD.`status` = 'cancelled' OR OLD.`slot_start` <> NEW.`slot_start`) AND coalesce((
  SELECT `taken` FROM `slot_loads` WHERE `distribution_id` = NEW.`distribution_id` AND `slot_start` = NEW.`slot_start`
), 0) >= (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`)
BEGIN
  SELECT RAISE(ABORT, 'slot_full');
END;
