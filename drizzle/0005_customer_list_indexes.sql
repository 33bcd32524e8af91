DROP INDEX `customers_sort_name`;--> statement-breakpoint
DROP INDEX `customers_created_at`;--> statement-breakpoint
DROP INDEX `customers_country`;--> statement-breakpoint
DROP INDEX `customers_status`;--> statement-breakpoint
DROP INDEX `customers_progress`;--> statement-breakpoint
CREATE INDEX `customers_sort_name` ON `customers` (`sort_name`,`id`,`status`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_created_at` ON `customers` (`created_at`,`id`,`status`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_country` ON `customers` (`country`,`sort_name`,`id`,`status`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,`sort_name`,`id`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_progress` ON `customers` (`verification_progress`,`id`,`status`,`country`);