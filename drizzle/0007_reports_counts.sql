CREATE TABLE `attendance_counts` (
	`activity_id` integer NOT NULL,
	`date` text NOT NULL,
	`cohort` integer NOT NULL,
	`enrolled` integer,
	`attended` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_counts_key` ON `attendance_counts` (`activity_id`,`date`,`cohort`);--> statement-breakpoint
ALTER TABLE `daily_counts` ADD `capacity` integer;