CREATE TABLE `import_changes` (
	`import_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`before` text,
	`version` integer NOT NULL,
	`audit_mark` integer NOT NULL,
	`undo_skipped` text,
	PRIMARY KEY(`import_id`, `customer_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_imports` (
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
	`finished_at` text,
	`committed_rows` integer DEFAULT 0 NOT NULL,
	`counts` text,
	`source` text,
	`expected_rows` integer,
	`pid` integer,
	`undo` text
);
--> statement-breakpoint
INSERT INTO `__new_imports`("id", "file_name", "file_hash", "file_size", "mode", "on_invalid", "state", "rows", "created", "updated", "skipped", "error_count", "error_report", "message", "mapping", "actor", "started_at", "finished_at") SELECT "id", "file_name", "file_hash", "file_size", "mode", "on_invalid", "state", "rows", "created", "updated", "skipped", "error_count", "error_report", "message", "mapping", "actor", "started_at", "finished_at" FROM `imports`;--> statement-breakpoint
DROP TABLE `imports`;--> statement-breakpoint
ALTER TABLE `__new_imports` RENAME TO `imports`;--> statement-breakpoint
PRAGMA foreign_keys=ON;