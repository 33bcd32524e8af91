-- A review is about a completed exchange of the same customer, whatever wrote it (the desk, an import, the seed).
CREATE TRIGGER reviews_exchange_completed BEFORE INSERT ON reviews
WHEN NEW.exchange_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM exchanges WHERE id = NEW.exchange_id AND customer_id = NEW.customer_id AND status = 'completed'
) BEGIN
  SELECT RAISE(ABORT, 'A review is about a completed exchange of the same customer');
END;
--> statement-breakpoint
CREATE TRIGGER reviews_what_was_written BEFORE UPDATE ON reviews
WHEN NEW.customer_id IS NOT OLD.customer_id OR NEW.exchange_id IS NOT OLD.exchange_id OR NEW.rating IS NOT OLD.rating
  OR NEW.text IS NOT OLD.text OR NEW.source IS NOT OLD.source OR NEW.created_at IS NOT OLD.created_at BEGIN
  SELECT RAISE(ABORT, 'A review stays as its author wrote it: only its moderation changes');
END;
--> statement-breakpoint
-- review_tallies: how many reviews have each status and rating, for the overview.
CREATE TRIGGER reviews_tally_insert AFTER INSERT ON reviews BEGIN
  INSERT INTO review_tallies (status, rating, count) VALUES (NEW.status, NEW.rating, 1)
    ON CONFLICT (status, rating) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER reviews_tally_update AFTER UPDATE OF status ON reviews WHEN NEW.status IS NOT OLD.status BEGIN
  UPDATE review_tallies SET count = count - 1 WHERE status = OLD.status AND rating = OLD.rating;
  INSERT INTO review_tallies (status, rating, count) VALUES (NEW.status, NEW.rating, 1)
    ON CONFLICT (status, rating) DO UPDATE SET count = count + 1;
END;
--> statement-breakpoint
CREATE TRIGGER reviews_tally_delete AFTER DELETE ON reviews BEGIN
  UPDATE review_tallies SET count = count - 1 WHERE status = OLD.status AND rating = OLD.rating;
END;
--> statement-breakpoint
-- A ticket's thread is what was said: a message is never edited or taken back.
CREATE TRIGGER ticket_messages_no_update BEFORE UPDATE ON ticket_messages BEGIN
  SELECT RAISE(ABORT, 'A ticket''s thread is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER ticket_messages_no_delete BEFORE DELETE ON ticket_messages BEGIN
  SELECT RAISE(ABORT, 'A ticket''s thread is append-only');
END;
--> statement-breakpoint
-- An ended session stays ended.
CREATE TRIGGER customer_sessions_stay_ended BEFORE UPDATE ON customer_sessions
WHEN OLD.ended_at IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'An ended session stays ended');
END;
