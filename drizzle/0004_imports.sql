CREATE TABLE `import_presets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_presets_name` ON `import_presets` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`file_size` integer NOT NULL,
	`mode` text NOT NULL,
	`on_invalid` text NOT NULL,
	`state` text NOT NULL,
	`rows` integer NOT NULL,
	`created` integer NOT NULL,
	`updated` integer NOT NULL,
	`skipped` integer NOT NULL,
	`error_count` integer NOT NULL,
	`error_report` text,
	`message` text,
	`mapping` text NOT NULL,
	`actor` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL
);
