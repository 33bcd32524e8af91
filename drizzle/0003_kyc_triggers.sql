-- The verification queue: one row per customer with a pending check, oldest request first.
CREATE TRIGGER kyc_queue_after_insert AFTER INSERT ON kyc_checks WHEN NEW.state = 'pending' BEGIN
  INSERT INTO kyc_queue (customer_id, oldest_requested_at) VALUES (NEW.customer_id, NEW.requested_at)
  ON CONFLICT (customer_id) DO UPDATE SET oldest_requested_at = min(oldest_requested_at, excluded.oldest_requested_at);
END;
--> statement-breakpoint
CREATE TRIGGER kyc_queue_after_update AFTER UPDATE OF state, requested_at ON kyc_checks BEGIN
  DELETE FROM kyc_queue WHERE customer_id = NEW.customer_id;
  INSERT INTO kyc_queue (customer_id, oldest_requested_at)
    SELECT customer_id, min(requested_at) FROM kyc_checks
    WHERE customer_id = NEW.customer_id AND state = 'pending' GROUP BY customer_id;
END;
--> statement-breakpoint
CREATE TRIGGER kyc_queue_after_delete AFTER DELETE ON kyc_checks WHEN OLD.state = 'pending' BEGIN
  DELETE FROM kyc_queue WHERE customer_id = OLD.customer_id;
  INSERT INTO kyc_queue (customer_id, oldest_requested_at)
    SELECT customer_id, min(requested_at) FROM kyc_checks
    WHERE customer_id = OLD.customer_id AND state = 'pending' GROUP BY customer_id;
END;
--> statement-breakpoint
-- The decision log is append-only; a changed entry would also break its hash chain.
CREATE TRIGGER kyc_decisions_no_update BEFORE UPDATE ON kyc_decisions BEGIN
  SELECT RAISE(ABORT, 'The KYC decision log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER kyc_decisions_no_delete BEFORE DELETE ON kyc_decisions BEGIN
  SELECT RAISE(ABORT, 'The KYC decision log is append-only');
END;
--> statement-breakpoint
-- Existing customers: flags set by hand before KYC review become approved checks; email and
-- phone not yet verified wait for review, as for a new customer.
INSERT INTO kyc_checks (customer_id, "check", state, requested_at, decided_at, decided_by)
  SELECT id, 'email', 'approved', NULL, updated_at, 'before KYC review' FROM customers WHERE verified_email = 1
  UNION ALL SELECT id, 'phone', 'approved', NULL, updated_at, 'before KYC review' FROM customers WHERE verified_phone = 1
  UNION ALL SELECT id, 'document', 'approved', NULL, updated_at, 'before KYC review' FROM customers WHERE verified_document = 1
  UNION ALL SELECT id, 'selfie', 'approved', NULL, updated_at, 'before KYC review' FROM customers WHERE verified_selfie = 1
  UNION ALL SELECT id, 'address', 'approved', NULL, updated_at, 'before KYC review' FROM customers WHERE verified_address = 1
  UNION ALL SELECT id, 'email', 'pending', created_at, NULL, NULL FROM customers WHERE verified_email = 0
  UNION ALL SELECT id, 'phone', 'pending', created_at, NULL, NULL FROM customers WHERE verified_phone = 0 AND phone IS NOT NULL;
