DROP INDEX `customers_sort_name`;--> statement-breakpoint
DROP INDEX `customers_country`;--> statement-breakpoint
DROP INDEX `customers_status`;--> statement-breakpoint
CREATE INDEX `customers_sort_name` ON `customers` (lower(coalesce(last_name, '') || ' ' || first_name),`id`,`status`,`country`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_country` ON `customers` (`country`,lower(coalesce(last_name, '') || ' ' || first_name),`id`,`status`,`verification_progress`);--> statement-breakpoint
CREATE INDEX `customers_status` ON `customers` (`status`,lower(coalesce(last_name, '') || ' ' || first_name),`id`,`country`,`verification_progress`);
