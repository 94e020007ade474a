-- Reference data: the catalog and the directory.
CREATE TABLE sectors (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE agencies (id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, sectors TEXT NOT NULL DEFAULT '[]');
CREATE TABLE units (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, former_district TEXT, folded TEXT NOT NULL);
CREATE TABLE branches (id TEXT PRIMARY KEY, number INTEGER NOT NULL, name TEXT NOT NULL, address TEXT, demo INTEGER NOT NULL);
CREATE TABLE points (
  id TEXT PRIMARY KEY, branch_id TEXT NOT NULL REFERENCES branches(id), kind TEXT NOT NULL, name TEXT NOT NULL,
  address TEXT NOT NULL, unit_code TEXT, lat REAL NOT NULL, lng REAL NOT NULL, hours TEXT NOT NULL, sectors TEXT NOT NULL,
  phone TEXT, counters INTEGER NOT NULL, demo INTEGER NOT NULL
);
CREATE INDEX points_branch ON points(branch_id);
CREATE TABLE procedures (
  code TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, sector_id TEXT NOT NULL REFERENCES sectors(id),
  level TEXT NOT NULL, agency_id TEXT NOT NULL REFERENCES agencies(id), online_level TEXT NOT NULL,
  applicant_types TEXT NOT NULL, working_days INTEGER, processing_text TEXT NOT NULL, fee_vnd INTEGER NOT NULL,
  detail TEXT NOT NULL, rank INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX procedures_sector ON procedures(sector_id);

-- Keys and limits.
CREATE TABLE api_keys (key TEXT PRIMARY KEY, mode TEXT NOT NULL, origins TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE idempotency (
  api_key TEXT NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
  status INTEGER, headers TEXT, body TEXT, created_at INTEGER NOT NULL,
  PRIMARY KEY (api_key, idem_key)
);

-- Dossiers and what hangs on them.
CREATE TABLE day_sequences (kind TEXT NOT NULL, day TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (kind, day));
CREATE TABLE dossiers (
  code TEXT PRIMARY KEY, procedure_code TEXT NOT NULL, status INTEGER NOT NULL, channel INTEGER NOT NULL,
  applicant TEXT NOT NULL, data TEXT NOT NULL, documents TEXT NOT NULL, delivery TEXT NOT NULL,
  reception_point_id TEXT NOT NULL, form_revision INTEGER NOT NULL, tracking_pin TEXT NOT NULL, phone_last4 TEXT,
  citizen_sub TEXT, api_key TEXT, submitted_at INTEGER NOT NULL, accepted_at INTEGER, due_date TEXT,
  original_due_date TEXT, finished_at INTEGER, returned_at INTEGER, fees TEXT NOT NULL, paid_vnd INTEGER NOT NULL DEFAULT 0,
  pending_action TEXT, script TEXT NOT NULL, next_step_at INTEGER, demo INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL
);
CREATE INDEX dossiers_citizen ON dossiers(citizen_sub, submitted_at);
CREATE INDEX dossiers_next_step ON dossiers(next_step_at);
CREATE TABLE dossier_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, dossier_code TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,
  status INTEGER NOT NULL, actor TEXT NOT NULL, note TEXT, document_id TEXT, due_date TEXT
);
CREATE INDEX dossier_events_code ON dossier_events(dossier_code, id);
CREATE TABLE issued_documents (
  id TEXT PRIMARY KEY, dossier_code TEXT NOT NULL, kind TEXT NOT NULL, form_number TEXT, title TEXT NOT NULL,
  issued_at INTEGER NOT NULL, issued_by TEXT NOT NULL, reason TEXT, new_due_date TEXT
);
CREATE INDEX issued_documents_code ON issued_documents(dossier_code);
CREATE TABLE uploads (
  id TEXT PRIMARY KEY, api_key TEXT NOT NULL, draft_id TEXT NOT NULL, purpose TEXT NOT NULL, procedure_code TEXT,
  slot_id TEXT, file_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
  storage_name TEXT NOT NULL, status TEXT NOT NULL, attached INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE tokens (
  token TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, scope TEXT, expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE verifications (
  id TEXT PRIMARY KEY, phone TEXT NOT NULL, procedure_code TEXT NOT NULL, code TEXT NOT NULL,
  attempts_left INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL
);
CREATE TABLE auth_codes (
  code TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL,
  subject TEXT NOT NULL, expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE payments (
  id TEXT PRIMARY KEY, dossier_code TEXT NOT NULL, status TEXT NOT NULL, amount INTEGER NOT NULL, items TEXT NOT NULL,
  return_url TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, paid_at INTEGER
);
CREATE TABLE ratings (
  id TEXT PRIMARY KEY, target_kind TEXT NOT NULL, dossier_code TEXT UNIQUE, point_id TEXT, counter INTEGER,
  level TEXT NOT NULL, criteria TEXT NOT NULL, score INTEGER, comment TEXT, rated_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL, demo INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE feedback (
  code TEXT PRIMARY KEY, pin TEXT NOT NULL, phone_last4 TEXT NOT NULL, topic TEXT NOT NULL, title TEXT NOT NULL,
  content TEXT NOT NULL, dossier_code TEXT, contact TEXT NOT NULL, attachments TEXT NOT NULL, status TEXT NOT NULL,
  submitted_at INTEGER NOT NULL, answer_due_date TEXT NOT NULL, answer TEXT
);
