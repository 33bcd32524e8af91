-- The ledger is append-only: a wrong entry is undone by a reversal, never edited or deleted.
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN
  SELECT RAISE(ABORT, 'The balance ledger is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_edit BEFORE UPDATE ON ledger_entries
WHEN NEW.id IS NOT OLD.id OR NEW.customer_id IS NOT OLD.customer_id OR NEW.kind IS NOT OLD.kind
  OR NEW.amount IS NOT OLD.amount OR NEW.currency IS NOT OLD.currency OR NEW.source IS NOT OLD.source
  OR NEW.source_id IS NOT OLD.source_id OR NEW.reverses_id IS NOT OLD.reverses_id OR NEW.reason IS NOT OLD.reason
  OR NEW.actor IS NOT OLD.actor OR NEW.created_at IS NOT OLD.created_at BEGIN
  SELECT RAISE(ABORT, 'The balance ledger is append-only: only a status may move forward');
END;
--> statement-breakpoint
-- ledgerTransitions (src/shared/ledger/kinds.ts): pending -> confirmed | cancelled, confirmed -> paid | cancelled.
CREATE TRIGGER ledger_entries_status_forward BEFORE UPDATE OF status ON ledger_entries
WHEN NEW.status IS NOT OLD.status AND NOT (
  (OLD.status = 'pending' AND NEW.status IN ('confirmed', 'cancelled'))
  OR (OLD.status = 'confirmed' AND NEW.status IN ('paid', 'cancelled'))
) BEGIN
  SELECT RAISE(ABORT, 'A ledger entry''s status only moves forward');
END;
--> statement-breakpoint
-- The balance (confirmed and paid amounts) never goes below zero, whatever wrote the entry.
CREATE TRIGGER ledger_entries_balance_after_insert AFTER INSERT ON ledger_entries
WHEN NEW.amount < 0 AND NEW.status IN ('confirmed', 'paid') AND (
  SELECT total(amount) FROM ledger_entries WHERE customer_id = NEW.customer_id AND status IN ('confirmed', 'paid')
) < 0 BEGIN
  SELECT RAISE(ABORT, 'The balance would go below zero');
END;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_balance_after_update AFTER UPDATE OF status ON ledger_entries
WHEN (
  SELECT total(amount) FROM ledger_entries WHERE customer_id = NEW.customer_id AND status IN ('confirmed', 'paid')
) < 0 BEGIN
  SELECT RAISE(ABORT, 'The balance would go below zero');
END;
--> statement-breakpoint
CREATE TRIGGER exchange_status_history_no_update BEFORE UPDATE ON exchange_status_history BEGIN
  SELECT RAISE(ABORT, 'An exchange''s status history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER exchange_status_history_no_delete BEFORE DELETE ON exchange_status_history BEGIN
  SELECT RAISE(ABORT, 'An exchange''s status history is append-only');
END;
