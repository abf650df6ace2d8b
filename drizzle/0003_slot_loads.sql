CREATE TABLE `slot_loads` (
	`distribution_id` integer NOT NULL,
	`slot_start` integer NOT NULL,
	`taken` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`distribution_id`, `slot_start`),
	FOREIGN KEY (`distribution_id`) REFERENCES `distributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `tickets_issued`;