CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	`changes` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`,`id`);--> statement-breakpoint
CREATE TABLE `customer_labels` (
	`customer_id` integer NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`customer_id`, `label`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_labels_label` ON `customer_labels` (`label`,`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text,
	`email` text NOT NULL,
	`telegram_chat_id` text,
	`address` text,
	`gender` text NOT NULL,
	`newsletter` integer DEFAULT false NOT NULL,
	`country` text NOT NULL,
	`timezone` text,
	`phone` text,
	`phone_extension` text,
	`phone_national` text,
	`discount` integer DEFAULT 0 NOT NULL,
	`exchange_monitor_id` integer,
	`affiliate_profit_share` integer NOT NULL,
	`birth_date` text,
	`status` text DEFAULT 'approval_pending' NOT NULL,
	`status_reason` text,
	`verified_email` integer DEFAULT false NOT NULL,
	`verified_phone` integer DEFAULT false NOT NULL,
	`verified_document` integer DEFAULT false NOT NULL,
	`verified_selfie` integer DEFAULT false NOT NULL,
	`verified_address` integer DEFAULT false NOT NULL,
	`verification_progress` integer DEFAULT 0 NOT NULL,
	`document_number` text,
	`reference_id` text,
	`company_name` text,
	`street` text,
	`city` text,
	`state` text,
	`postal_code` text,
	`billing` text,
	`shipping` text,
	`custom_fields` text DEFAULT '[]' NOT NULL,
	`metadata` text DEFAULT '[]' NOT NULL,
	`sort_name` text GENERATED ALWAYS AS (lower(coalesce(last_name, '') || ' ' || first_name)) VIRTUAL NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`exchange_monitor_id`) REFERENCES `exchange_monitors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_email` ON `customers` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `customers_reference_id` ON `customers` (`reference_id`) WHERE reference_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_document_number` ON `customers` (`document_number`) WHERE document_number IS NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_sort_name` ON `customers` (`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `customers_created_at` ON `customers` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `customers_country` ON `customers` (`country`,`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `customers_progress` ON `customers` (`verification_progress`,`id`);--> statement-breakpoint
CREATE INDEX `customers_monitor` ON `customers` (`exchange_monitor_id`) WHERE exchange_monitor_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `exchange_monitors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`url` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_monitors_name` ON `exchange_monitors` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `label_counts` (
	`label` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL
);
