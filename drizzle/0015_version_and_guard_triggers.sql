CREATE TRIGGER `distributions_version_on_reshape` AFTER UPDATE OF `rrule`, `starts_on`, `until`, `opens`, `closes`, `slot_minutes`, `per_slot` ON `distributions`
-- Every change to a field that shapes a distribution's slots bumps its version, whichever
-- writer makes it; a plan made from one version is refused by the guard below once it differs.
WHEN NEW.`rrule` IS NOT OLD.`rrule` OR NEW.`starts_on` IS NOT OLD.`starts_on` OR NEW.`until` IS NOT OLD.`until`
  OR NEW.`opens` IS NOT OLD.`opens` OR NEW.`closes` IS NOT OLD.`closes`
  OR NEW.`slot_minutes` IS NOT OLD.`slot_minutes` OR NEW.`per_slot` IS NOT OLD.`per_slot`
BEGIN
  UPDATE `distributions` SET `version` = OLD.`version` + 1 WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_version` BEFORE INSERT ON `capacity_guards`
-- A write planned from a read (issuing tickets, re-seating them after a change) inserts guard
-- rows in its own atomic unit; RAISE works only inside a trigger, so these BEFORE INSERT
-- triggers abort the whole unit with 'plan_stale' when what the plan read no longer holds.
WHEN NEW.`version` IS NOT NULL
  AND NEW.`version` IS NOT (SELECT `version` FROM `distributions` WHERE `id` = NEW.`distribution_id`)
BEGIN
  SELECT RAISE(ABORT, 'plan_stale');
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_tickets` BEFORE INSERT ON `capacity_guards`
-- `expected_tickets`: JSON [[id, status, slot_start], ...], the live tickets of the distribution
-- from `tickets_from` on as the plan read them.
WHEN NEW.`expected_tickets` IS NOT NULL AND (
  (SELECT count(*) FROM `tickets`
   WHERE `distribution_id` = NEW.`distribution_id` AND `date` >= NEW.`tickets_from` AND `status` <> 'cancelled')
  <> json_array_length(NEW.`expected_tickets`)
  OR (SELECT count(*) FROM json_each(NEW.`expected_tickets`) AS e
      JOIN `tickets` AS t ON t.`id` = json_extract(e.`value`, '$[0]')
       AND t.`distribution_id` = NEW.`distribution_id` AND t.`date` >= NEW.`tickets_from`
       AND t.`status` = json_extract(e.`value`, '$[1]') AND t.`slot_start` = json_extract(e.`value`, '$[2]'))
  <> json_array_length(NEW.`expected_tickets`)
)
BEGIN
  SELECT RAISE(ABORT, 'plan_stale');
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_seats` BEFORE INSERT ON `capacity_guards`
-- `seats_from`: no slot from that date on holds more live tickets than `per_slot` while any of
-- them is still booked (picked-up and no-show tickets cannot move, so a slot they alone
-- overfill is allowed).
WHEN NEW.`seats_from` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `tickets`
  WHERE `distribution_id` = NEW.`distribution_id` AND `date` >= NEW.`seats_from` AND `status` <> 'cancelled'
  GROUP BY `slot_start`
  HAVING count(*) > (SELECT `per_slot` FROM `distributions` WHERE `id` = NEW.`distribution_id`) AND sum(`status` = 'booked') > 0
)
BEGIN
  SELECT RAISE(ABORT, 'plan_stale');
END;
--> statement-breakpoint
CREATE TRIGGER `capacity_guard_passed` AFTER INSERT ON `capacity_guards`
-- A guard that passed leaves no row: the table stays empty.
BEGIN
  DELETE FROM `capacity_guards` WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE VIEW `seat_requests` AS
-- Tickets are issued by inserting here, one row a seat, each with the distribution version its
-- plan was made from: RAISE works only inside a trigger and a trigger sees only the row, so the
-- version has to travel in a row, and the view holds none (nor does a ticket keep it).
SELECT `code`, `distribution_id`, `date`, `slot_start`, `slot_end`, `note`, `issued_at`, 0 AS `planned_version`
FROM `tickets` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `seat_requests_take` INSTEAD OF INSERT ON `seat_requests`
-- A plan from another version of the slots fails the whole statement with 'plan_stale'; a seat
-- that passes becomes a booked ticket, under the capacity and closed-day triggers of tickets.
BEGIN
  SELECT RAISE(ABORT, 'plan_stale')
  WHERE NEW.`planned_version` IS NOT (SELECT `version` FROM `distributions` WHERE `id` = NEW.`distribution_id`);
  INSERT INTO `tickets` (`code`, `distribution_id`, `date`, `slot_start`, `slot_end`, `status`, `note`, `issued_at`, `updated_at`)
  VALUES (NEW.`code`, NEW.`distribution_id`, NEW.`date`, NEW.`slot_start`, NEW.`slot_end`, 'booked', NEW.`note`, NEW.`issued_at`, NEW.`issued_at`);
END;
