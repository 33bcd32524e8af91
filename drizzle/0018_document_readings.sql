CREATE TABLE `document_readings` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`read_by` text NOT NULL,
	`sealed` blob,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
