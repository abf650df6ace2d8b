CREATE TABLE `delivery_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` integer NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`starts` text NOT NULL,
	`minutes_per_stop` integer DEFAULT 15 NOT NULL,
	`break_after_stop` integer,
	`break_minutes` integer DEFAULT 0 NOT NULL,
	`delay_minutes` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `delivery_rounds_day` ON `delivery_rounds` (`site_id`,`date`);--> statement-breakpoint
CREATE TABLE `round_counts` (
	`site_id` integer NOT NULL,
	`date` text NOT NULL,
	`rounds` integer DEFAULT 0 NOT NULL,
	`stops` integer DEFAULT 0 NOT NULL,
	`delivered` integer DEFAULT 0 NOT NULL,
	`not_home` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_counts_key` ON `round_counts` (`site_id`,`date`);--> statement-breakpoint
CREATE TABLE `round_stops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`bring` text,
	`code` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `delivery_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_stops_code_unique` ON `round_stops` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `round_stops_position` ON `round_stops` (`round_id`,`position`);