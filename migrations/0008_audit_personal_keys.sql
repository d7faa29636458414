-- Personal data (customers' names and phone numbers, …) is recorded in the audit trail only as a fingerprint:
-- HMAC-SHA256 of the value under a random key kept per record here, outside the hash chain. Erasing a
-- person's data (PIPL) deletes the key too: the fingerprints stay in the chain, which still verifies, but can
-- no longer be linked to the value by anyone.
CREATE TABLE audit_personal_keys (
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  key        TEXT NOT NULL,          -- 32 random bytes, base64
  created_at TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- The system log filters by person, action and time.
CREATE INDEX audit_log_actor ON audit_log (actor_id, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_at ON audit_log (at);
