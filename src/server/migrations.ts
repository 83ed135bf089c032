/**
 * The database's schema, one step per version (`PRAGMA user_version`). Append; never edit a step that has
 * shipped. Each runs in a transaction with its version bump.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE submissions (
     id INTEGER PRIMARY KEY,
     receipt TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     lang TEXT NOT NULL,
     title TEXT NOT NULL,
     body TEXT NOT NULL,
     kind TEXT NOT NULL,
     lng REAL NOT NULL,
     lat REAL NOT NULL,
     building INTEGER,
     stairwell TEXT,
     photo TEXT,
     photo_sha256 TEXT,
     contact TEXT,
     status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'published', 'rejected', 'archived')),
     reason TEXT,
     landmark_id TEXT UNIQUE,
     publish_error TEXT
   );
   CREATE INDEX submissions_status ON submissions (status, created_at);
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     submission_id INTEGER,
     detail TEXT
   );
   CREATE TABLE admin (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     password_hash TEXT NOT NULL,
     set_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );`,
  // 2: people, not a password. The shared password becomes the `admin` account; sessions belong to a person
  // (old sessions are dropped: everyone signs in again). `name_key` is the name folded for comparison
  // (NFKC, lower case; see src/schemas/moderator.ts), so `Admin` and `admin` cannot both exist.
  `CREATE TABLE moderators (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL UNIQUE,
     password_hash TEXT NOT NULL,
     admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
     must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
     created_at TEXT NOT NULL,
     password_set_at TEXT NOT NULL,
     last_sign_in_at TEXT
   );
   INSERT INTO moderators (name, name_key, password_hash, admin, must_change_password, created_at, password_set_at)
     SELECT 'admin', 'admin', password_hash, 1, 0, set_at, set_at FROM admin WHERE id = 1;
   DROP TABLE admin;
   DROP TABLE sessions;
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     moderator_id INTEGER NOT NULL REFERENCES moderators (id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL,
     client TEXT
   );
   CREATE INDEX sessions_moderator ON sessions (moderator_id);`,
  // 3: publishing goes through the content store: a story can need attention (its files failed the checks) or be
  // taken off the site again; the commit that put it in the store is kept, so "published" means "in a live build".
  `CREATE TABLE submissions_v2 (
     id INTEGER PRIMARY KEY,
     receipt TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     lang TEXT NOT NULL,
     title TEXT NOT NULL,
     body TEXT NOT NULL,
     kind TEXT NOT NULL,
     lng REAL NOT NULL,
     lat REAL NOT NULL,
     building INTEGER,
     stairwell TEXT,
     photo TEXT,
     photo_sha256 TEXT,
     contact TEXT,
     status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'published', 'needs-attention', 'rejected', 'archived', 'unpublished')),
     reason TEXT,
     landmark_id TEXT UNIQUE,
     publish_error TEXT,
     store_commit TEXT,
     attention TEXT,
     decided_by TEXT
   );
   INSERT INTO submissions_v2 (id, receipt, created_at, updated_at, lang, title, body, kind, lng, lat, building, stairwell, photo, photo_sha256, contact, status, reason, landmark_id, publish_error) SELECT id, receipt, created_at, updated_at, lang, title, body, kind, lng, lat, building, stairwell, photo, photo_sha256, contact, status, reason, landmark_id, publish_error FROM submissions;
   DROP TABLE submissions;
   ALTER TABLE submissions_v2 RENAME TO submissions;
   CREATE INDEX submissions_status ON submissions (status, created_at);`,
  // 4: a resident can add a photo to an existing landmark: `photo_for` is that landmark's id (NULL for a story).
  // `landmark_id` stays the landmark a story became, so its uniqueness still holds.
  `ALTER TABLE submissions ADD COLUMN photo_for TEXT;`,
];
