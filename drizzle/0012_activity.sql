CREATE TABLE `exchange_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`exchange_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exchange_status_history_exchange` ON `exchange_status_history` (`exchange_id`,`id`);--> statement-breakpoint
CREATE TABLE `exchanges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`customer_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`sent_currency` text NOT NULL,
	`sent_amount` text NOT NULL,
	`received_currency` text NOT NULL,
	`received_amount` text NOT NULL,
	`rate` text NOT NULL,
	`fee_amount` text NOT NULL,
	`profit_currency` text NOT NULL,
	`profit_amount` text NOT NULL,
	`profit_base_rate` text NOT NULL,
	`receiving_account` text NOT NULL,
	`status` text NOT NULL,
	`status_changed_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchanges_reference` ON `exchanges` (`reference`);--> statement-breakpoint
CREATE INDEX `exchanges_customer` ON `exchanges` (`customer_id`,`created_at`,`id`,`status`);--> statement-breakpoint
CREATE INDEX `exchanges_created_at` ON `exchanges` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `exchanges_status` ON `exchanges` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`source_id` integer,
	`reverses_id` integer,
	`reason` text,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`status_changed_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entries_amount_nonzero" CHECK("ledger_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_balance` ON `ledger_entries` (`customer_id`,`status`,`amount`);--> statement-breakpoint
CREATE INDEX `ledger_entries_customer` ON `ledger_entries` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `ledger_entries_source` ON `ledger_entries` (`source`,`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_reverses` ON `ledger_entries` (`reverses_id`) WHERE reverses_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `referrals` (
	`referred_id` integer PRIMARY KEY NOT NULL,
	`referrer_id` integer NOT NULL,
	`joined_at` text NOT NULL,
	FOREIGN KEY (`referred_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referrer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referrals_not_self" CHECK("referrals"."referred_id" <> "referrals"."referrer_id")
);
--> statement-breakpoint
CREATE INDEX `referrals_referrer` ON `referrals` (`referrer_id`,`joined_at`,`referred_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `withdrawals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`method` text NOT NULL,
	`destination` text NOT NULL,
	`status` text NOT NULL,
	`requested_at` text NOT NULL,
	`decided_at` text,
	`decided_by` text,
	`payout_reference` text,
	`decline_reason` text,
	`ledger_entry_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "withdrawals_amount_positive" CHECK("withdrawals"."amount" > 0)
);
--> statement-breakpoint
CREATE INDEX `withdrawals_status` ON `withdrawals` (`status`,`requested_at`,`id`);--> statement-breakpoint
CREATE INDEX `withdrawals_customer` ON `withdrawals` (`customer_id`,`requested_at`,`id`);