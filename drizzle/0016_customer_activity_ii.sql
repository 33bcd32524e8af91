CREATE TABLE `review_tallies` (
	`status` text NOT NULL,
	`rating` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`status`, `rating`)
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`exchange_id` integer,
	`rating` integer NOT NULL,
	`text` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`moderated_at` text,
	`moderated_by` text,
	`moderation_reason` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reviews_rating_range" CHECK("reviews"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_exchange` ON `reviews` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `reviews_status` ON `reviews` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_customer` ON `reviews` (`customer_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_rating` ON `reviews` (`rating`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_created_at` ON `reviews` (`created_at`);--> statement-breakpoint
CREATE TABLE `reserve_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`currency` text NOT NULL,
	`amount` text NOT NULL,
	`note` text,
	`status` text NOT NULL,
	`requested_at` text NOT NULL,
	`answered_at` text,
	`answered_by` text,
	`answer` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reserve_requests_status` ON `reserve_requests` (`status`,`requested_at`,`id`);--> statement-breakpoint
CREATE INDEX `reserve_requests_customer` ON `reserve_requests` (`customer_id`,`requested_at`,`id`);--> statement-breakpoint
CREATE TABLE `ticket_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_messages_ticket` ON `ticket_messages` (`ticket_id`,`id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`customer_id` integer NOT NULL,
	`subject` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`last_message_at` text NOT NULL,
	`waiting_since` text,
	`closed_at` text,
	`closed_by` text,
	`close_reason` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_reference` ON `tickets` (`reference`);--> statement-breakpoint
CREATE INDEX `tickets_waiting` ON `tickets` (`status`,`waiting_since`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_status` ON `tickets` (`status`,`last_message_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_customer` ON `tickets` (`customer_id`,`last_message_at`,`id`);--> statement-breakpoint
CREATE TABLE `customer_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`device` text NOT NULL,
	`ip_address` text NOT NULL,
	`place` text,
	`signed_in_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ended_at` text,
	`ended_by` text,
	`end_reason` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_sessions_customer` ON `customer_sessions` (`customer_id`,`last_seen_at`,`id`);--> statement-breakpoint
CREATE INDEX `customer_sessions_active` ON `customer_sessions` (`customer_id`) WHERE "customer_sessions"."ended_at" IS NULL;