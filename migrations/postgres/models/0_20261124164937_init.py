from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "chat_states" (
    "chat_id" BIGINT NOT NULL PRIMARY KEY,
    "flow" VARCHAR(32),
    "step" VARCHAR(32),
    "data" JSONB NOT NULL,
    "pending_confirm" VARCHAR(32),
    "version" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "reminded_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "chat_states"."pending_confirm" IS 'an action awaiting confirmation';
CREATE TABLE IF NOT EXISTS "processed_updates" (
    "update_id" BIGINT NOT NULL PRIMARY KEY,
    "status" VARCHAR(12) NOT NULL,
    "owner" VARCHAR(64) NOT NULL,
    "claimed_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "processed_updates"."owner" IS 'the process that claimed it';
CREATE TABLE IF NOT EXISTS "enterprises" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "credit_code" VARCHAR(18) UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_enterprises_divisio_2aecb5" ON "enterprises" ("division_code");
CREATE TABLE IF NOT EXISTS "users" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "tg_id" BIGINT NOT NULL UNIQUE,
    "language" VARCHAR(8),
    "tg_language_code" VARCHAR(16),
    "roles" JSONB NOT NULL,
    "division_code" VARCHAR(6),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" INT REFERENCES "enterprises" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "users"."language" IS 'chosen by the user; null means follow Telegram';
COMMENT ON COLUMN "users"."division_code" IS 'jurisdiction of an inspector';
CREATE TABLE IF NOT EXISTS "training_institutions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "credit_code" VARCHAR(18) UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_training_in_divisio_cf736b" ON "training_institutions" ("division_code");
CREATE TABLE IF NOT EXISTS "exam_sites" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMPTZ NOT NULL,
    "institution_id" INT REFERENCES "training_institutions" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_exam_sites_divisio_6c8001" ON "exam_sites" ("division_code");
CREATE TABLE IF NOT EXISTS "certificates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cert_no" VARCHAR(40) NOT NULL UNIQUE,
    "cert_type" VARCHAR(24) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "sex" VARCHAR(4),
    "id_number" VARCHAR(18) NOT NULL,
    "category" VARCHAR(64),
    "item" VARCHAR(64),
    "first_issued" DATE,
    "valid_from" DATE,
    "valid_to" DATE,
    "review_due" DATE,
    "issuer" VARCHAR(128),
    "issuer_division" VARCHAR(6),
    "status" VARCHAR(12) NOT NULL,
    "status_reason" VARCHAR(300),
    "row_hash" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_certificate_id_numb_131454" ON "certificates" ("id_number");
CREATE INDEX IF NOT EXISTS "idx_certificate_issuer__efcd81" ON "certificates" ("issuer_division");
COMMENT ON COLUMN "certificates"."row_hash" IS 'detects a changed import row';
CREATE TABLE IF NOT EXISTS "certificate_reviews" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "reviewed_on" DATE NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "next_due" DATE,
    "certificate_id" INT NOT NULL REFERENCES "certificates" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "certificate_reviews" IS 'One 复审 (re-examination) record of a certificate.';
CREATE TABLE IF NOT EXISTS "audit_head" (
    "id" INT NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL,
    "hash" VARCHAR(64) NOT NULL
);
COMMENT ON TABLE "audit_head" IS 'The end of the audit chain; locked while an event is appended so the chain never forks.';
CREATE TABLE IF NOT EXISTS "cases" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "category" VARCHAR(48),
    "division_code" VARCHAR(6) NOT NULL,
    "city_code" VARCHAR(6),
    "province_code" VARCHAR(6),
    "priority" SMALLINT NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "assignee" VARCHAR(64),
    "subject_key" VARCHAR(128),
    "due_at" TIMESTAMPTZ,
    "clock" VARCHAR(24),
    "clock_started_at" TIMESTAMPTZ,
    "warned_level" SMALLINT NOT NULL,
    "extended" BOOL NOT NULL,
    "overdue" BOOL NOT NULL,
    "escalated_from" VARCHAR(6),
    "details" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "cluster_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_cases_kind_7ded71" ON "cases" ("kind");
CREATE INDEX IF NOT EXISTS "idx_cases_divisio_04398e" ON "cases" ("division_code");
CREATE INDEX IF NOT EXISTS "idx_cases_status_6f59f9" ON "cases" ("status");
CREATE INDEX IF NOT EXISTS "idx_cases_subject_144489" ON "cases" ("subject_key");
CREATE INDEX IF NOT EXISTS "idx_cases_due_at_d52a13" ON "cases" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_overdue_268689" ON "cases" ("overdue");
CREATE INDEX IF NOT EXISTS "idx_cases_divisio_bc5dcb" ON "cases" ("division_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_city_co_09a22d" ON "cases" ("city_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_provinc_ae44a2" ON "cases" ("province_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_status_97dc44" ON "cases" ("status", "due_at");
COMMENT ON COLUMN "cases"."city_code" IS 'the city level above division_code';
COMMENT ON COLUMN "cases"."province_code" IS 'the province of division_code';
COMMENT ON COLUMN "cases"."priority" IS '1 = most urgent';
COMMENT ON COLUMN "cases"."assignee" IS 'a back-office username';
COMMENT ON COLUMN "cases"."subject_key" IS 'for duplicate clusters';
COMMENT ON COLUMN "cases"."clock" IS 'which legal clock due_at belongs to';
COMMENT ON COLUMN "cases"."warned_level" IS 'highest warning given on this clock: 0, 70, 90';
COMMENT ON COLUMN "cases"."extended" IS 'the verification clock was extended once';
CREATE TABLE IF NOT EXISTS "case_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL UNIQUE,
    "at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "case_events" IS 'One change to a case. Rows are only ever inserted; each carries the hash of the one before it, in';
CREATE TABLE IF NOT EXISTS "case_messages" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "visibility" VARCHAR(12) NOT NULL,
    "author" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "delivered_at" TIMESTAMPTZ,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "case_messages"."visibility" IS 'public | internal | reporter';
COMMENT ON TABLE "case_messages" IS 'Replies to the reporter, the reporter''s own messages and internal notes, apart by `visibility`.';
CREATE TABLE IF NOT EXISTS "tips" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "receipt_code" VARCHAR(12) NOT NULL UNIQUE,
    "idempotency_key" VARCHAR(80) UNIQUE,
    "password_hash" VARCHAR(200) NOT NULL,
    "channel" VARCHAR(12) NOT NULL,
    "subject_type" VARCHAR(24) NOT NULL,
    "violation" VARCHAR(48) NOT NULL,
    "subject_name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18),
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "occurred_on" VARCHAR(40),
    "description" TEXT NOT NULL,
    "anonymous" BOOL NOT NULL,
    "reporter_sealed" TEXT,
    "reporter_index" VARCHAR(64),
    "language" VARCHAR(8) NOT NULL,
    "reward_claimed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_tips_reporte_7b0efd" ON "tips" ("reporter_index");
COMMENT ON COLUMN "tips"."idempotency_key" IS 'one tip per draft';
COMMENT ON COLUMN "tips"."channel" IS 'telegram | web | phone';
CREATE TABLE IF NOT EXISTS "notices" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "holders" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "enterprise_id" INT NOT NULL REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    "posted_by_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "inspections" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject_type" VARCHAR(24) NOT NULL,
    "subject_name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18),
    "division_code" VARCHAR(6),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "findings" JSONB NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "inspector_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "attachments" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "sha256" VARCHAR(64) NOT NULL,
    "size" BIGINT NOT NULL,
    "mime_type" VARCHAR(100),
    "kind" VARCHAR(16) NOT NULL,
    "file_name" VARCHAR(200),
    "redacted_sha256" VARCHAR(64),
    "received_at" TIMESTAMPTZ NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "inspection_id" INT REFERENCES "inspections" ("id") ON DELETE SET NULL,
    "tip_id" BIGINT REFERENCES "tips" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_attachments_sha256_5f87fc" ON "attachments" ("sha256");
COMMENT ON COLUMN "attachments"."kind" IS 'photo | document | voice';
COMMENT ON COLUMN "attachments"."redacted_sha256" IS 'the EXIF-free copy shown to staff';
CREATE TABLE IF NOT EXISTS "invite_codes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "role" VARCHAR(16) NOT NULL,
    "division_code" VARCHAR(6),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" INT REFERENCES "enterprises" ("id") ON DELETE SET NULL,
    "used_by_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "api_clients" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "division_code" VARCHAR(6) NOT NULL,
    "can_file" BOOL NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100),
    "password_hash" VARCHAR(200) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "division_code" VARCHAR(6) NOT NULL,
    "tg_id" BIGINT UNIQUE,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "staff_users"."division_code" IS 'sees this jurisdiction and everything under it';
COMMENT ON COLUMN "staff_users"."tg_id" IS 'linked Telegram account for the queue commands';
CREATE TABLE IF NOT EXISTS "web_sessions" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "csrf_token" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "staff_users" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "web_sessions"."id" IS 'SHA-256 of the cookie value';
CREATE TABLE IF NOT EXISTS "leases" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "owner" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "outbox" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "chat_sealed" TEXT,
    "chat_id" BIGINT,
    "text_key" VARCHAR(64) NOT NULL,
    "params" JSONB NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "dedup_key" VARCHAR(120) UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_outbox_sent_at_7dc9f3" ON "outbox" ("sent_at");
COMMENT ON COLUMN "outbox"."text_key" IS 'what kind of message: status, reply, reminder, ...';
COMMENT ON TABLE "outbox" IS 'A message for a Telegram chat, written by whoever decides it (back office, scheduler) and sent by a';
CREATE TABLE IF NOT EXISTS "reward_rules" (
    "division_code" VARCHAR(6) NOT NULL PRIMARY KEY,
    "rate" DECIMAL(5,4) NOT NULL,
    "minimum" INT NOT NULL,
    "maximum" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtz2zbW/isYfdl0xvXEsnPpdt+dcRyn9a5jd2zn3cy2OyxEQhJqilAB0Iq76X9fgO"
    "L9ZoIiJYjGh6YWiUOCz8Hl3PHf0YI4yGWHnxiio7+C/448uEDij8z1AzCCy2VyVV7gcOIG"
    "DX3RIrgCJ4xTaHNxcQpdhsQlBzGb4iXHxBNXPd915UVii4bYmyWXfA//7iOLkxni86AjP/"
    "9HXMaeg74gFv1c3ltTjFwn00/syHcH1y3+uAyuvcOzC49/CNrKF04sm7j+wkvaLx/5nHgx"
    "Afa4vDpDHqKQI/kGTn35BbKD4ZdGH7XubNJk3csUjYOm0Hd56osnVnJtZFlX13fW7fmdZY"
    "0UMLKJJ/EVXWUBADPZhW+/G4+Pj9+MXx6/fvvq5M2bV29fvhVtg/4Wb735c92ZBK31owLM"
    "Ln64uLqTHSKCiWvWygt/BjSQwzVVwIwEfT6zVBkQkzzNgwhxwwRBk4DuQm/mQ/HqAu5nc0"
    "jLUU/T5IAXH9QA+BDWGPeoSQJ8MunbIz+y54QhD0wegVgIgFxbvg8eAxYIegxMieuSFbhD"
    "LppRuBg149ICfrFc5M34XPx8W4P//5/enP14evPi7TdZHlyFN8byTpYZYjhH2Aq4HSWmlN"
    "FqzJzm0yID+NHrBogfva6EXN7KYk6Ji1gR6H/cXl+VAx0T5NB1sM3BV+Bi1mrtaQLz6G9T"
    "37MlgmDiY5djjx3K9/191BP4NWBLgOSTF4z97qZBfvHx9HMe/7PL63cBZITxGQ2eEjzgXY"
    "4ZDn7ATPRRefQXCDUe+qPffIqZHC6SkWQKoAcEJ5fI5oS2WYWazInqKVGYETZFEiIL8iIH"
    "3os7HC9QOReylPn5EZIeRn/0NUv6XIzEBzrXnvsYDpYa4O8uPp7f3p1+/CkzSd6f3p3LO+"
    "Pg6mPuaoFL8UPAvy7ufgTyJ/j39dV5fi7F7e7+PZJ9gj4nlkdWFnRSYkx0NUItw3V/6bTk"
    "epbScF0XrkcYpdge9j7hOvI4okuxHKFS2btS8C7QtRLAdRM11hL4+Ojkzcnb49cnseAdX6"
    "mTt9eytdQtp/el+k2CWRHoD4QiPPP+iR4DvC9Ev6Bnl+1koS59nnnYfuH8ZzSaoqtJFylc"
    "xXp5cZAJGMTHIx4AIXoBrj5dXo4CzCfQvl9B6lgV4HuEY7tM0HsXEn745w1yYfAplaBfBQ"
    "8ZDuCZpSAUQcSjN0TpIn7QHq71DaF6wBwxS6iUZQYLJazkk85CoXUgo0rORzImqXmYmaHF"
    "W4vxIn8FekKRdcJ3yzeFgAkVgN9yGCwBBQNjcvOgzspoi2YWk+12aGsMOqFq70oRGYtXR2"
    "bHqStEowIXqlXNqL3GGmZL48rxuIEieTyu1CTlrawqyThaqmAbtTfYPo2tHNAqdquovR5m"
    "K/nawZitlshzRH/kVjjFdKEy4ktINR78I+gBuOYkXEEsODkDYc9jQWf3M+MBURZ2pqE6m6"
    "LoZl9tAv/LfrfVjdRYYxlqBvVwLUMULSSobdieI+2A75pt7fvL5rXdt2Ckqrag9KnL/USJ"
    "jZjQoT8F68SoRKPLNzmo0+uWUWNrvfDsULtbd0BZv8uQGQ2vIw1Pqvp+iVGrTg+JKFoJY+"
    "2k5HD4Sjy3opIcNRG8jqoFr6OC4EVW3jrCqynOMcH2YG4h9MrokZA5gM8hB7YLxb7lAMxb"
    "uWtPmvhrT6odticFj+26P208thnKAUpo+75Vp9k8xR5m81Z8zpEakUw3PmsikqXciiXSWN"
    "bpWC2IJY47zYJ5n0sk74a6f7UoZVPkYK4cnpUj68TCtVucs5JUkzjQo+pA0KNCJGjwfwWA"
    "o/Y6y1EtwR2/fNkAXdGqEt7g3p4FGu5uMHccTSj2PbE1KmlfKRKNbeFtHUGNhvNxzXA+Lg"
    "5nE7JZjf5+mmirQjYV5MSUXj6dYjvMrGofqxKlb+3X7GsU0LPd6DDdpohKzNNmEJlwJ1V9"
    "7Atc3OJy23h876BWFxOtLIZ3ag03qlgPqphREYyKYFQEoyIYFcGoCJUuAyw+FHNfIqKW4F"
    "MkNBk+T2b4pEArQq2c4nMn+y2+5iL71P1CvGmuT3G8KSf79CmHl/GiRCSvYFm1dM5DAiv1"
    "/UZQH5agbnwmxmdiFCKjEBmFyChEe7KYDEshauUzydpN25u801ba/ZqDu8nvRZTjKbarMn"
    "xTt2sFaztpaOTpgcnTgrVifivJ0glJN9KeRoL0SZO98aR6azwp7owSrQAgVYgjoiGK1E2i"
    "tsfVUdvjQtS20Vd6DIln6IsKtmHz4YnOTYCtxrUAK3Ysz19M1LI8MkR9jd4hWTKk1DIj9F"
    "Fp/U3RDG8Yd79ACJFcKVE/am+wfRrbKaaMW5gxv6w+klSuq7JUsnR1qvX+oV6DstSM80UM"
    "oCvWzSklJaO0GsEslcGPl6gJT6HHy/SEZ4UdRQ8YrSzHL5FPq9HLUj1n/IIVTE1EiimGt7"
    "8cjRsJSOMaCWlcEJHWgFmRa0Ed6wypcUjUOyT2JIM+WL9HWxrUXSfPrxGzKIJMbTwXCIe3"
    "hPTiAKJkZc0hm6tgnabRGGbxkyObMwCBPYfeTNYqWCwJ5YCuixfuXkcw7rdq6IflfjO1xI"
    "bM9QijfC2xVk7XtQqxocc15SO8CZ63h4Nh177XELh6D2yCbiM/rJXi7pPu2NG1h8Av/qvv"
    "Xjri3wk8Ai8o+lY65bEX8P8bQJFNqBMcoAJSrznM728bPsq4f/Vy/65HkdgJyqTkp6wTMd"
    "mG5glN14vG9h0m364i98YUA/Q+dl+B1kNfuKr5LE3znI1n6R1DaQEtEm6vlq/m62lNzoqd"
    "jajaMGclF5+1Z1A3TVYpjrRMssrZ6e3Z6fvzXeWqnPoO5j8KZaJMfEtu1optUDaz5lG7J6"
    "W1uzkCyAskKFktMSCXpgfsfQ9cYt8jB6zm2EXyrDv0gDwOMAPi9UjWCQaMBFRBe+CJ+xRM"
    "Cb1nRVGux/foJufpH4bWs6DH0O8limBN9dyQYDAV3Ld8FLCqLXQjO6huS38f5k4FE0ivaj"
    "0sr+YYXK/dBWy4jQqOPxcThBLvkRCIpclPkPw8sjF/fKLJkpIHLCSUJ5oVryqt7eZM+G7X"
    "oOo94F58vMqaFLUfYJRh5ydfmyjDQrBsk0CFk+o4hZNCmMKOcya1HtFdH1ud3h0aj+c0kc"
    "YDOqhBLzsLXKG2uABOyAMChUGyYxYUdt+mbCgQ6s6KqMNSEdWPC5hQMVSKDLhdQNetlFzS"
    "dNvToY4V0T8C/wcWhHHgU9GdpgcwrIWZ4/Gb17H4In/UCSy3H08vL4tako6hULtbw7vPiu"
    "KYu0prR0wwQD20l7gnyBieeUgJ5DSNzmszBFJn/nZd8Bb4DNEoa273EU/Mn/yGbG7dIyWR"
    "O0emb6jqaEoocPylGxjGge36jIdFh7UIGQ5V/QL09XFHCdVWDk3Z5lK+vxFGxcAyW1r/lS"
    "T/iEDn5Ww1x/ZciPwz6IKgw2A9HMEEucSbMbDOVdn9rh10Tp6pTlvGdJbQm0OKdJ5wK0g9"
    "wapAHVXVNPK02npsRnM8myOhbMgey8OOZ/gBeYB4gM8xW0/J4KFvxH/fvdy6MoK+8MCzWW"
    "KiJsRF0CvHP02Ww34i6PoCP76iqGw/ILr2tstzp9fL4AoyEH2FYIfdUMSrs09fX19m5t67"
    "i5y1+urTx3fnQuoIJp1otC7LXuJII6LDpcE/tUxJUfXGk4J00YIlXax2HYIt+gbdIDK8PF"
    "e2WgIoUmosCuhhY3UQh9gtsX784/b6qkJ+TkjyGzq2OfgKXMx6W+5Hf5v63vq8+omPXY49"
    "dihf+/fR9se8hCgz5iOcX3w8/Zxnwdnl9bv8ri0f8M5k0Qw8n8Jk0TxHrldl0WR1rMCgon"
    "yoeJZuQGXctxCbUBc4u4a1yAv1oNkwEGe/mNA4WDYz/JSruieAu9i7F0tXHJS0QYbYoADP"
    "isMy6LUDeM4f0F5GyzcCaYEYg7MuRtHH9ZOGChTHyw1BusPLgc40yDm054vNp9tp/KCBIr"
    "Xd0xX3ESGhly6RHR/+0R6li/hBA0Kq7+Do9V5XESEdb4T1YdJWsvE2y21e1+UAnMiUY/GA"
    "Q3BDVgxAigAR6gsIslPEuEDSI/I9QGKJEO0oxYgFSSwy+j5KgyHieRM0FXInwPxAUOWtof"
    "2/8RePeFFmjbRkAui6wVsYePErQ7//+s2BTL+BgKKFuO/IQiRgIpS1e5bKyYEMMJ8i0Rnx"
    "FxS/XSE5BhbeXnKxTRx3l7rSAdA1l+fZMCAtnaiahgZrEtpfE1DR8ie2FaJUWDAmGGB0XP"
    "chWjAWnRTw3aSGoN4Ad18YYS0zqPiPEoqN3Ed6yrpb8xPBaampshr2mMCg3h71JUUPyiUG"
    "M0QDXFS6X7V3m7is0VEwPVRplKqtssMpIRpSBZYdu5tCn8V2fE26saCxsykZehlP042QvG"
    "8uzu52VZMl7SuoMDSlXAlPmJrS7ounjU03aOkGJpx18ROKZB1YRA8yv/7CAFl5IHoygJ4D"
    "BMoyfcIFHuGIHQC4hJSDySP4Vea7TbCL+eOvxRItW3ifMQNpvIYd1JiBEkaq7NdZKp1Fot"
    "HSn7jYFgJyPJi/xmM+P1OaJcI0yoNRKDMOfQGfmgkhptAZem1EpglxSkb3HfpSscJE7QcB"
    "bp2t7fzzXb2GFZvaLq+vfoia59UuE/847Ei4JvGPQizCD9Ix1CafL0drsox0tncb/dPonz"
    "qwYFP9c8clQWUUVonaGQZnVaubUfyXPqdnG11tW7oaRTYSfVeu5ZOnG5yVtXudDDtosSQc"
    "efajanWIEtJOstj6wHskQ4TEkgKWiAKHwmnT6j0Z+N82KYnytroiyttCQZQlZGxFxBqr7K"
    "rJEw5Ch8vVCmhUgmZcU4JmXCxBI0PRvLK88Zp6DQnJFk+U42IHn1G4GCmO9IgOfAUrNBH/"
    "LkWPW9Wh6eGgubCgTICfAgfydEMc7J0XxnjAJInZbW7wJJWBvkOAufs6m9HYjKo9qY7piG"
    "6AYPezgFMkDwhQLreZJRtevv1Ro7pVNWWrdKsgqzXaHVc3gI5DEVOq7ZgiGR68vVQflBsb"
    "98uG8geXwArNPk2Uw3kqqfYP6Rpg319/end5Dn66OT+7uL0Iw9Jiq2xwU15KiqLcnJ9e5l"
    "Em3qwFzGkqg3MDnIlt+5RWHEZXvWzkyIa3dJw0WTlOqheOk8K6ke5WAelq72qObBDy3bad"
    "rNAj3uOClFU9rq1olaHbYp2xyFS1tzWtoogRiyHollV3qx7vJaRDWF22PeRjGIPvVTN/5y"
    "n1rdirTcyMC72ZHwY/NgU6TbNFi+Afc+vsStEc2BLnJrpktSpZ0CQpChyJtgvxolXoROkD"
    "TPyE1vETJj7qGcZH7SRqRrNZ/AyDZjTjwKYxM2rVwUw5nl2VUEkBVhJjlIWz5sThLP9MxN"
    "Hzizhiczh+9VrJfRdTDO9opR4OoMF/lBUlr6vCElKYMFrFQZ5aBoV0rBxqkSEagv0m5yVt"
    "5Fg6qnEsHRUdS7odFdtNPtmccAK+AoGwL/dG8ecDwU2PO+j7BNkpdpFyyEWGaHhju5dwC4"
    "ocIQsJbVx9iywh1Rj04LyP888XH76dUoSATZaPgM1lqrCYBkJNmk7bjPzut9IgyPmhpRUt"
    "Q2osK/tkWTHRCyZ6YTg4GzvhrrSCpOBvKf7VBoc83YBYMD46eXPy9vj1SYx8fKUO8CK4HC"
    "+VR3VCMyBEjfF71yt3B8bv3MjuANFB1eTPA5pM5AZ44ky59A1hHWLt9Ty6hf1H2WPTpyci"
    "PCOgxAuRnB5Q7YFIHVOgj/fhubgeNtz8q50Kc+I64SnkWWSra5+mSPQ4slC+bzBHFi4pEf"
    "AslDiSpjEs6ZwlJkqoenkari3LaP+70v6RLA64pLgC/0rwC3RD8st2pv7LaSKWpMmj8uDO"
    "U5oR3pEpIBm4HehZ55mH7dlgb6poFaZ6eTmp0nHfAcafGNLHKdg5uPl53sBSYIxZPUdy9m"
    "kXSFlmSmwDWbtNtX0gd0ifsRHsmYRQE3hoKuJsryKOKdViSrXoALYp1bJNtDsu1WLicEwc"
    "znBwnorPEq9XMomnaYxJvHOTuFDkaDuTeJbSmMT3yiTuEtbOD5ImNCnxWqfEG7fHboMeCV"
    "WGP085JL/Hbi3zMbLbMxrrxgfF2Kd4ED5tkTdGY5P+rwPkvab/X3gPQrM5k5aLUuN6fPeg"
    "3rgu2wUGEGNdH5Z1XdnyONSDQ46blPI/ri7lf1wo5U+Jq3Y2S9h+gLbz7rObjTl3a+Zc9G"
    "WJhYrXQvHOUg7Q2jIk1dtvZ1zxjWllP/gbRQOXhSDVehpTVAPcmrovP2ACtquhH651erdh"
    "w5qtm11HDQebTIuY4SzdgJB9rhHDmnGjm4Dh8qDWcOxuz/S7p9hm57hWoa2nS3zm4qram/"
    "HNg9rSm0ts2UE7Y3oblulNNcay29hKjUxvvVQc5OQeecqHxmapBod098rOju1w2ik4fRri"
    "bOhZskBjiQxcd9JPmswc9NP8oB+xy+IHVbATIgN1c6iNyaR6RRmWyaSgVe5GMr+V1UoDva"
    "hEMk9u1krmQcVTS6gf1Ejmw5LMJU9VpfM0jZEbG8iNbOnCR+VEszzd8Ly3vWhDS8jYiohV"
    "U1UhKhAOUEzvpyq4if4YbPTHluAeMYQY4HPMwG8+xUymDsmkHug5AD0gKroumAB88VIKcL"
    "CL71hD5TP12q6zLr0zfeyZIxd798gBd8hFMwoXANo28T0OpoQCWRJfvNqX5fAXQtx0WEM2"
    "7CTIfwqxK5Qll8ywVxKKW8mkAt32Yvxfai1DptMxbTFILDEusKuqxOZpTSCNzoE0xi5k7E"
    "K7n1HP1y6UygNGjEUVf9onlfwLTW7XD9rDYbCTrJIUYiXmsyye1fazFZpYaQ7qY0Cr1h9K"
    "RVWN7Duj2x9Pvx2/eg3INBBNbULuMQIP0PVbHUvWleGnJgGF0akVuF1V+JCl0lmJ08biZv"
    "bS57KXmuSNTUVYnbjcNHmjPHG/LjR2iAn7G+nzNSGvfugO3DAUM+Na3DOEFQIy67Pwd+Py"
    "vUQyU79EXl3fqBVVXdlkh0KqCRXcmjxKVl7ZTK/GOiYwUmgDKdTII4OVRzQJ7bn2+YR8KV"
    "vowzu1Kz1J2jy10o9OwQIxJnoReIJg4iCy55AfgBXFnCMPTB7Bak6kww44yMbiIQBz8EJ+"
    "rVDTp9gWj2b2HDm+i+g3gXePydPEBR3M6+zbeOcv3oRwsKTEFm86BHfSjCAeDjATbaCLHP"
    "Fo8QrxvAmS5SSZPP4ZAoqWhHJED0eb7XXK5aeGFdS0FY9gjTlGcNpas7nIhjv0paoEW5Zs"
    "CFE5dcvx+ee7zEpcKGoZr8aX11c/RM3zlS5z9hkJoXLpu4TIZDe29YpzMayte6SUF5+m0V"
    "nwG63k0n0vHipNwuHe8Vcg9FTuswO5aLuP8n8L+Vp6AA4PD3dpJ05HrIldTe0cuphCj5K7"
    "8rWDKbnrQm/mi6GjMkfSNNubI6M/5tbZVV+4Z4d9kyr11UXqCzXqjYm+Gvfhmuil4N2mlH"
    "VCtpV4oW3KwnvC3WbhQkIhWyzLKl9WSnVpEhNplxfXHKG1LlXltQxRJ+qJRlbRo3GjlIFx"
    "TcrAOAhg18SEc4PkM258t9Ren7p7UGfKoUE7i4qGOzTd6xaqrtGw7ST4vNqUIVEp2VSRjR"
    "fQrUjCCEnyG+qa5jCk3UPxqQbp9+dnFx9PL1+8OjjJxWNGPDgpJLcIbREv/IXClpaiMO7m"
    "kk1NTAxVRBMKg2hZzbCl01KZylIaZUpjcTsOddVAajlFFNvzMoklvFMrrcCkjTZxsM/F59"
    "JbIvkDolEcdFOxL0Wis125pcg3fvWqSartq1fVqbbyXq5Qi5hUCgiHzQeIbi+p4+KNPKxS"
    "19QSnyLZvil+N1J0Z0b3nW5mf/4PzGBwYQ=="
)
