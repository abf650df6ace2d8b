CREATE TABLE `capacity_guards` (
	`id` integer PRIMARY KEY NOT NULL,
	`distribution_id` integer NOT NULL,
	`version` integer,
	`tickets_from` text,
	`expected_tickets` text,
	`seats_from` text
);
--> statement-breakpoint
ALTER TABLE `distributions` ADD `version` integer DEFAULT 0 NOT NULL;