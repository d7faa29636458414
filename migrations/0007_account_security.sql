-- Account security (等保 2.0 basics): lockout after wrong passwords, the last sign-in shown at sign-in,
-- password age for an optional expiry. One row per account, written on its first password check or change;
-- an account without a row has no failures, no lock, and its password dates from the account's creation.
CREATE TABLE account_security (
  user_id              TEXT PRIMARY KEY REFERENCES users (id),
  failed_attempts      INTEGER NOT NULL DEFAULT 0,   -- wrong passwords in a row (reset by a right one or an unlock)
  locked_until         TEXT,                         -- ISO time; locked while in the future
  last_sign_in_at      TEXT,                         -- the last successful sign-in
  failed_since_sign_in INTEGER NOT NULL DEFAULT 0,   -- wrong passwords since that sign-in, shown at the next one
  password_changed_at  TEXT
);

-- A session opened with an expired password may only change it (and sign out).
ALTER TABLE sessions ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
