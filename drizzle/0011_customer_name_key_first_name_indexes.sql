-- The indexes on the name key, built again over the keys migration 0010 wrote.
CREATE INDEX `customers_sort_name` ON `customers` (`name_key`,`id`,`status`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_country` ON `customers` (`country`,`name_key`,`id`,`status`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,`name_key`,`id`,`country`,`verification_progress`);