-- The name sort key becomes a stored column, folded to plain letters by the app (SQLite cannot
-- fold accents), so "Ávila" sorts beside "Avila" rather than after "Zimmer". The keys of existing
-- customers are filled by this migration's data step (src/main/db/migrations/0007_customer_name_key.ts),
-- which the migrator runs right after these statements, in the same transaction.
DROP INDEX `customers_sort_name`;--> statement-breakpoint
DROP INDEX `customers_country`;--> statement-breakpoint
DROP INDEX `customers_status`;--> statement-breakpoint
ALTER TABLE `customers` DROP COLUMN `sort_name`;--> statement-breakpoint
ALTER TABLE `customers` ADD `name_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_sort_name` ON `customers` (`name_key`,`id`,`status`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_country` ON `customers` (`country`,`name_key`,`id`,`status`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,`name_key`,`id`,`country`,`verification_progress`);
