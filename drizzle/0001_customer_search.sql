-- Search as you type over name, company, email, phone, reference ID and document number.
-- A contentless FTS5 index (the text lives in `customers`), kept in step by triggers so every
-- writer (forms, imports, seeding) updates it in the same transaction.
CREATE VIRTUAL TABLE `customer_search` USING fts5(
	name, email, phone, reference_id, document_number,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `customers_search_insert` AFTER INSERT ON `customers` BEGIN
	INSERT INTO customer_search (rowid, name, email, phone, reference_id, document_number)
	VALUES (
		new.id,
		new.first_name || ' ' || coalesce(new.last_name, '') || ' ' || coalesce(new.company_name, ''),
		new.email,
		coalesce(substr(new.phone, 2) || ' ' || new.phone_national, ''),
		coalesce(new.reference_id, ''),
		coalesce(new.document_number, '')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_search_update` AFTER UPDATE OF
	first_name, last_name, company_name, email, phone, phone_national, reference_id, document_number
	ON `customers` BEGIN
	DELETE FROM customer_search WHERE rowid = old.id;
	INSERT INTO customer_search (rowid, name, email, phone, reference_id, document_number)
	VALUES (
		new.id,
		new.first_name || ' ' || coalesce(new.last_name, '') || ' ' || coalesce(new.company_name, ''),
		new.email,
		coalesce(substr(new.phone, 2) || ' ' || new.phone_national, ''),
		coalesce(new.reference_id, ''),
		coalesce(new.document_number, '')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_search_delete` AFTER DELETE ON `customers` BEGIN
	DELETE FROM customer_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `customer_labels_count_insert` AFTER INSERT ON `customer_labels` BEGIN
	INSERT INTO label_counts (label, count) VALUES (new.label, 1)
	ON CONFLICT (label) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `customer_labels_count_delete` AFTER DELETE ON `customer_labels` BEGIN
	UPDATE label_counts SET count = count - 1 WHERE label = old.label;
	DELETE FROM label_counts WHERE label = old.label AND count <= 0;
END;
