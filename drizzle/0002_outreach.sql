CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`site_id` integer,
	`place` text DEFAULT '' NOT NULL,
	`rrule` text NOT NULL,
	`starts_on` text NOT NULL,
	`until` text,
	`start_time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`timezone` text DEFAULT 'Europe/Oslo' NOT NULL,
	`cohorts` integer NOT NULL,
	`cohort_size` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activities_slug_unique` ON `activities` (`slug`);--> statement-breakpoint
CREATE TABLE `activity_cancellations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_cancellations_activity_date` ON `activity_cancellations` (`activity_id`,`date`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`membership_id` integer NOT NULL,
	`date` text NOT NULL,
	`present` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_key` ON `attendance` (`membership_id`,`date`);--> statement-breakpoint
CREATE INDEX `attendance_date` ON `attendance` (`date`);--> statement-breakpoint
CREATE TABLE `bike_stop_cancellations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stop_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`stop_id`) REFERENCES `bike_stops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bike_stop_cancellations_stop_date` ON `bike_stop_cancellations` (`stop_id`,`date`);--> statement-breakpoint
CREATE TABLE `bike_stop_tallies` (
	`stop_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`count` integer NOT NULL,
	FOREIGN KEY (`stop_id`) REFERENCES `bike_stops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bike_stop_tallies_key` ON `bike_stop_tallies` (`stop_id`,`date`,`kind`);--> statement-breakpoint
CREATE TABLE `bike_stop_updates` (
	`stop_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text,
	`message` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`stop_id`) REFERENCES `bike_stops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bike_stop_updates_stop_date` ON `bike_stop_updates` (`stop_id`,`date`);--> statement-breakpoint
CREATE TABLE `bike_stops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`place` text NOT NULL,
	`lat` real,
	`lon` real,
	`rrule` text NOT NULL,
	`starts_on` text NOT NULL,
	`until` text,
	`start_time` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`timezone` text DEFAULT 'Europe/Oslo' NOT NULL,
	`offers` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bike_stops_slug_unique` ON `bike_stops` (`slug`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`activity_id` integer NOT NULL,
	`cohort` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`note` text,
	`notice` text,
	`joined_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_code_unique` ON `memberships` (`code`);--> statement-breakpoint
CREATE INDEX `memberships_cohort` ON `memberships` (`activity_id`,`status`,`cohort`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` integer,
	`text_nb` text NOT NULL,
	`text_en` text,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notices_dates` ON `notices` (`to_date`,`from_date`);--> statement-breakpoint
CREATE TABLE `session_skips` (
	`membership_id` integer NOT NULL,
	`date` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_skips_key` ON `session_skips` (`membership_id`,`date`);