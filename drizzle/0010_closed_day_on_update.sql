-- A closed day takes no live ticket, whichever way one would arrive: the insert trigger guards
-- new tickets; this one guards a cancelled ticket given back its seat and a ticket moved to
-- another date, so a closure made between a staff member's read and their write still holds.
CREATE TRIGGER `tickets_closed_day_on_update` BEFORE UPDATE OF `distribution_id`, `date`, `status` ON `tickets`
WHEN NEW.`status` <> 'cancelled'
  AND (OLD.`status` = 'cancelled' OR OLD.`date` <> NEW.`date` OR OLD.`distribution_id` <> NEW.`distribution_id`)
  AND EXISTS (SELECT 1 FROM `closures` WHERE `distribution_id` = NEW.`distribution_id` AND `date` = NEW.`date`)
BEGIN
  SELECT RAISE(ABORT, 'day_closed');
END;
