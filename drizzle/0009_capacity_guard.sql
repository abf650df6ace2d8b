-- A change that re-seats tickets (lower perSlot, shorter hours, a closed day) plans from a read
-- made before its write; on D1 (no interactive transactions) and with a second Node process the
-- tickets can change in between. The change's atomic unit therefore inserts guard rows, and these
-- BEFORE INSERT triggers abort the whole unit (RAISE works only inside a trigger) when:
--  * `expected` is given (JSON [[id, status, slot_start], ...], the live tickets of the
--    distribution from `from_date` on as the plan read them) and the tickets differ from it, or
--    the distribution's slot-shaping fields differ from `basis` (JSON [rrule, starts_on, until,
--    opens, closes, slot_minutes, per_slot], the row the plan was made from: two changes at once
--    each plan from the row as they read it);
--  * `expected` is null and a slot from `from_date` on holds more live tickets than `per_slot`
--    while any of them is still booked (picked-up and no-show tickets cannot move, so a slot
--    they alone overfill is allowed).
-- The table stays empty: a row that passed is deleted straight after.
CREATE TABLE `capacity_guards` (
	`id` integer PRIMARY KEY,
	`distribution_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`expected` text,
	`basis` text
);
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_plan` BEFORE INSERT ON `capacity_guards`
WHEN NEW.`expected` IS NOT NULL AND (
  (SELECT count(*) FROM `tickets`
   WHERE `distribution_id` = NEW.`distribution_id` AND `date` >= NEW.`from_date` AND `status` <> 'cancelled')
  <> json_array_length(NEW.`expected`)
  OR (SELECT count(*) FROM json_each(NEW.`expected`) AS e
      JOIN `tickets` AS t ON t.`id` = json_extract(e.`value`, '$[0]')
       AND t.`distribution_id` = NEW.`distribution_id` AND t.`date` >= NEW.`from_date`
       AND t.`status` = json_extract(e.`value`, '$[1]') AND t.`slot_start` = json_extract(e.`value`, '$[2]'))
  <> json_array_length(NEW.`expected`)
  OR NOT EXISTS (SELECT 1 FROM `distributions` AS d WHERE d.`id` = NEW.`distribution_id`
      AND d.`rrule` = json_extract(NEW.`basis`, '$[0]') AND d.`starts_on` = json_extract(NEW.`basis`, '$[1]')
      AND d.`until` IS json_extract(NEW.`basis`, '$[2]') AND d.`opens` = json_extract(NEW.`basis`, '$[3]')
      AND d.`closes` = json_extract(NEW.`basis`, '$[4]') AND d.`slot_minutes` = json_extract(NEW.`basis`, '$[5]')
      AND d.`per_slot` = json_extract(NEW.`basis`, '$[6]'))
)
BEGIN
  SELECT RAISE(ABORT, 'plan_stale');
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_seats` BEFORE INSERT ON `capacity_guards`
WHEN NEW.`expected` IS NULL AND EXISTS (
  SELECT 1 FROM `tickets`
  WHERE `distribution_id` = NEW.`distribution_id` AND `date` >= NEW.`from_date` AND `status` <> 'cancelled'
  GROUP BY `slot_start`
  HAVING count(*) > (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`) AND sum(`status` = 'booked') > 0
)
BEGIN
  SELECT RAISE(ABORT, 'plan_stale');
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_passed` AFTER INSERT ON `capacity_guards`
BEGIN
  DELETE FROM `capacity_guards` WHERE `id` = NEW.`id`;
END;
