CREATE TABLE `document_views` (
	`document_id` integer NOT NULL,
	`viewer` text NOT NULL,
	`viewed_at` text NOT NULL,
	PRIMARY KEY(`document_id`, `viewer`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`slot` text NOT NULL,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_at` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`current` integer NOT NULL,
	`deleted_at` text,
	`deleted_by` text,
	`delete_reason` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_version` ON `documents` (`customer_id`,`slot`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_current` ON `documents` (`customer_id`,`slot`) WHERE current = 1;--> statement-breakpoint
CREATE INDEX `documents_sha256` ON `documents` (`sha256`,`customer_id`);--> statement-breakpoint
CREATE TABLE `kyc_checks` (
	`customer_id` integer NOT NULL,
	`check` text NOT NULL,
	`state` text NOT NULL,
	`requested_at` text,
	`decided_at` text,
	`decided_by` text,
	`reason` text,
	`note` text,
	PRIMARY KEY(`customer_id`, `check`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kyc_checks_pending` ON `kyc_checks` (`check`,`requested_at`,`customer_id`) WHERE state = 'pending';--> statement-breakpoint
CREATE TABLE `kyc_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`reviewer` text NOT NULL,
	`customer_id` integer NOT NULL,
	`check` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text,
	`note` text,
	`file_sha256` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kyc_decisions_customer` ON `kyc_decisions` (`customer_id`,`id`);--> statement-breakpoint
CREATE TABLE `kyc_queue` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`oldest_requested_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kyc_queue_order` ON `kyc_queue` (`oldest_requested_at`,`customer_id`);--> statement-breakpoint
CREATE TABLE `kyc_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
