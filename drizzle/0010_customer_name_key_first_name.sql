-- The name sort key becomes the name as the list shows it, first name first ("ada lovelace", not
-- "lovelace ada"), so "Name ↑" reads in order down the column and a customer without a last name
-- sorts by first name instead of before everyone. The keys of existing customers are written again
-- by this migration's data step (fillNameKeys, src/main/db/migrations/data-steps.ts), which the
-- migrator runs right after these statements, in the same transaction. The indexes on the key are
-- dropped first and built again by 0011: at a million customers, rewriting every key with them in
-- place took 3.5 times as long as building them afresh.
DROP INDEX `customers_sort_name`;--> statement-breakpoint
DROP INDEX `customers_country`;--> statement-breakpoint
DROP INDEX `customers_status`;