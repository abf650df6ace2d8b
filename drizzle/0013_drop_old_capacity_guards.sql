-- The guards of 0009 compared six slot-shaping fields as JSON; distributions now carry one
-- `version` instead, and capacity_guards is declared in the drizzle schema. The table always
-- stays empty (a guard row is deleted as soon as it passes), so it is dropped and made anew.
DROP TRIGGER `capacity_guard_plan`;
--> statement-breakpoint
DROP TRIGGER `capacity_guard_seats`;
--> statement-breakpoint
DROP TRIGGER `capacity_guard_passed`;
--> statement-breakpoint
DROP TABLE `capacity_guards`;
