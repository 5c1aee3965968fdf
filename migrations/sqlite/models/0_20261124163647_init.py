from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "chat_states" (
    "chat_id" BIGINT NOT NULL PRIMARY KEY,
    "flow" VARCHAR(32),
    "step" VARCHAR(32),
    "data" JSON NOT NULL,
    "pending_confirm" VARCHAR(32) /* an action awaiting confirmation */,
    "version" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "reminded_at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "processed_updates" (
    "update_id" BIGINT NOT NULL PRIMARY KEY,
    "status" VARCHAR(12) NOT NULL,
    "owner" VARCHAR(64) NOT NULL /* the process that claimed it */,
    "claimed_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS "enterprises" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "credit_code" VARCHAR(18) UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_enterprises_divisio_2aecb5" ON "enterprises" ("division_code");
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tg_id" BIGINT NOT NULL UNIQUE,
    "language" VARCHAR(8) /* chosen by the user; null means follow Telegram */,
    "tg_language_code" VARCHAR(16),
    "roles" JSON NOT NULL,
    "division_code" VARCHAR(6) /* jurisdiction of an inspector */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "enterprise_id" INT REFERENCES "enterprises" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "training_institutions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "credit_code" VARCHAR(18) UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_training_in_divisio_cf736b" ON "training_institutions" ("division_code");
CREATE TABLE IF NOT EXISTS "exam_sites" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "created_at" TIMESTAMP NOT NULL,
    "institution_id" INT REFERENCES "training_institutions" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_exam_sites_divisio_6c8001" ON "exam_sites" ("division_code");
CREATE TABLE IF NOT EXISTS "certificates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "row_hash" VARCHAR(64) /* detects a changed import row */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_certificate_id_numb_131454" ON "certificates" ("id_number");
CREATE INDEX IF NOT EXISTS "idx_certificate_issuer__efcd81" ON "certificates" ("issuer_division");
CREATE TABLE IF NOT EXISTS "certificate_reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reviewed_on" DATE NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "next_due" DATE,
    "certificate_id" INT NOT NULL REFERENCES "certificates" ("id") ON DELETE CASCADE
) /* One 复审 (re-examination) record of a certificate. */;
CREATE TABLE IF NOT EXISTS "audit_head" (
    "id" INT NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL,
    "hash" VARCHAR(64) NOT NULL
) /* The end of the audit chain; locked while an event is appended so the chain never forks. */;
CREATE TABLE IF NOT EXISTS "cases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "category" VARCHAR(48),
    "division_code" VARCHAR(6) NOT NULL,
    "priority" SMALLINT NOT NULL /* 1 = most urgent */,
    "status" VARCHAR(24) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "assignee" VARCHAR(64) /* a back-office username */,
    "subject_key" VARCHAR(128) /* for duplicate clusters */,
    "due_at" TIMESTAMP,
    "clock" VARCHAR(24) /* which legal clock due_at belongs to */,
    "clock_started_at" TIMESTAMP,
    "warned_level" SMALLINT NOT NULL /* highest warning given on this clock: 0, 70, 90 */,
    "extended" INT NOT NULL /* the verification clock was extended once */,
    "overdue" INT NOT NULL,
    "escalated_from" VARCHAR(6),
    "details" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "cluster_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_cases_kind_7ded71" ON "cases" ("kind");
CREATE INDEX IF NOT EXISTS "idx_cases_divisio_04398e" ON "cases" ("division_code");
CREATE INDEX IF NOT EXISTS "idx_cases_status_6f59f9" ON "cases" ("status");
CREATE INDEX IF NOT EXISTS "idx_cases_subject_144489" ON "cases" ("subject_key");
CREATE INDEX IF NOT EXISTS "idx_cases_due_at_d52a13" ON "cases" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_overdue_268689" ON "cases" ("overdue");
CREATE TABLE IF NOT EXISTS "case_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "seq" BIGINT NOT NULL UNIQUE,
    "at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "before" JSON,
    "after" JSON,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE RESTRICT
) /* One change to a case. Rows are only ever inserted; each carries the hash of the one before it, in */;
CREATE TABLE IF NOT EXISTS "case_messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "visibility" VARCHAR(12) NOT NULL /* public | internal | reporter */,
    "author" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "delivered_at" TIMESTAMP,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE
) /* Replies to the reporter, the reporter's own messages and internal notes, apart by `visibility`. */;
CREATE TABLE IF NOT EXISTS "tips" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_code" VARCHAR(12) NOT NULL UNIQUE,
    "idempotency_key" VARCHAR(80) UNIQUE /* one tip per draft */,
    "password_hash" VARCHAR(200) NOT NULL,
    "channel" VARCHAR(12) NOT NULL /* telegram | web | phone */,
    "subject_type" VARCHAR(24) NOT NULL,
    "violation" VARCHAR(48) NOT NULL,
    "subject_name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18),
    "division_code" VARCHAR(6),
    "address" VARCHAR(300),
    "latitude" REAL,
    "longitude" REAL,
    "occurred_on" VARCHAR(40),
    "description" TEXT NOT NULL,
    "anonymous" INT NOT NULL,
    "reporter_sealed" TEXT,
    "reporter_index" VARCHAR(64),
    "language" VARCHAR(8) NOT NULL,
    "reward_claimed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_tips_reporte_7b0efd" ON "tips" ("reporter_index");
CREATE TABLE IF NOT EXISTS "notices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "holders" JSON NOT NULL,
    "problems" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "enterprise_id" INT NOT NULL REFERENCES "enterprises" ("id") ON DELETE CASCADE,
    "posted_by_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "inspections" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject_type" VARCHAR(24) NOT NULL,
    "subject_name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18),
    "division_code" VARCHAR(6),
    "latitude" REAL,
    "longitude" REAL,
    "findings" JSON NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "closed_at" TIMESTAMP,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "inspector_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "attachments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "size" BIGINT NOT NULL,
    "mime_type" VARCHAR(100),
    "kind" VARCHAR(16) NOT NULL /* photo | document | voice */,
    "file_name" VARCHAR(200),
    "redacted_sha256" VARCHAR(64) /* the EXIF-free copy shown to staff */,
    "received_at" TIMESTAMP NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL,
    "inspection_id" INT REFERENCES "inspections" ("id") ON DELETE SET NULL,
    "tip_id" BIGINT REFERENCES "tips" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_attachments_sha256_5f87fc" ON "attachments" ("sha256");
CREATE TABLE IF NOT EXISTS "invite_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "role" VARCHAR(16) NOT NULL,
    "division_code" VARCHAR(6),
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "enterprise_id" INT REFERENCES "enterprises" ("id") ON DELETE SET NULL,
    "used_by_id" BIGINT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "api_clients" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "division_code" VARCHAR(6) NOT NULL,
    "can_file" INT NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100),
    "password_hash" VARCHAR(200) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "division_code" VARCHAR(6) NOT NULL /* sees this jurisdiction and everything under it */,
    "tg_id" BIGINT UNIQUE /* linked Telegram account for the queue commands */,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "web_sessions" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY /* SHA-256 of the cookie value */,
    "csrf_token" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "staff_users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "leases" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "owner" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "outbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "chat_sealed" TEXT,
    "chat_id" BIGINT,
    "text_key" VARCHAR(64) NOT NULL /* what kind of message: status, reply, reminder, ... */,
    "params" JSON NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "dedup_key" VARCHAR(120) UNIQUE
) /* A message for a Telegram chat, written by whoever decides it (back office, scheduler) and sent by a */;
CREATE INDEX IF NOT EXISTS "idx_outbox_sent_at_7dc9f3" ON "outbox" ("sent_at");
CREATE TABLE IF NOT EXISTS "reward_rules" (
    "division_code" VARCHAR(6) NOT NULL PRIMARY KEY,
    "rate" VARCHAR(40) NOT NULL,
    "minimum" INT NOT NULL,
    "maximum" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW1z4zaS/isofblJleMay54ZZ3N3VR6PJ/Gux07ZntvUXq4YiIQkxBTBAKBlZ5P/fg"
    "DF9zcTFCVBND5sdkyiSeppvHQ/3Wj8e7QgDnLZ4VeG6Ohv4N8jDy6Q+Efu+gEYQd9Pr8oL"
    "HE7csGEgWoRX4IRxCm0uLk6hy5C45CBmU+xzTDxx1QtcV14ktmiIvVl6KfDw7wGyOJkhPg"
    "8/5H//T1zGnoOeEIv/9B+sKUauk/tO7Mh3h9ct/uyH1z7i2aXHP4dt5Qsnlk3cYOGl7f1n"
    "PideIoA9Lq/OkIco5Ei+gdNA/gL5gdEvjX/U6mPTJquvzMg4aAoDl2d+8cRKr40s6/rm3r"
    "q7uLeskQJGNvEkvuJTWQjATH7Ct9+Nx8fHH8Zvj9+fvjv58OHd6dtT0Tb83vKtD3+tPiZF"
    "a/WoELPLHy6v7+UHEaHElWrlhb9CGcjhSipURoo+n1mqCkhEXtZBjLhRgpBJQXehNwugeH"
    "UJ9/M5pNWoZ2UKwIsf1AL4CNYE97hJCnw66LsjP7LnhCEPTJ6BmAiAnFu+Dx8DFgh6DEyJ"
    "65IluEcumlG4GLXT0gI+WS7yZnwu/jxtwP9/zm7Pfzy7fXP6TV4H19GNsbyTV4bozjG2Am"
    "5HSSlVshorp/2wyAF+9L4F4kfvayGXt/KYU+IiVgb673c319VAJwIFdB1sc/AncDHrNPe0"
    "gXn0n9PAsyWCYBJgl2OPHcr3/fdoQ+A3gC0Bkk9eMPa7mwX5zZezn4v4n1/dfAwhI4zPaP"
    "iU8AEfC8pw8CNm4huVe39JUOOuP/otoJjJ7iIVSaYAekBo0kc2J7TLLNRmTNQPidKIsCmS"
    "EFmQlzXwSdzheIGqtZCXLI6PSPQw/semRskmJyPxA50bz32OOksD8PeXXy7u7s++/JQbJJ"
    "/O7i/knXF49blwtaSl5CHgn5f3PwL5J/jXzfVFcSwl7e7/NZLfBANOLI8sLehkzJj4aoxa"
    "TuuB73TUel7SaF0XrccYZdQefX2qdeRxRH0xHaFK27vW8C7JdTLAdTM1Vhb4+Ojkw8np8f"
    "uTxPBOrjTZ2yvbWvqW04dK/ybFrAz0Z0IRnnn/QM8h3pfiu6BnV61kkS99kXvYfuH8V9yb"
    "4qvpJ1K4TPzycicTMIgfj3gIhPgKcP316moUYj6B9sMSUseqAd8jHNtVht7HSPDzP26RC8"
    "OfUgv6dfiQ4QCemwoiE0Q8ek2ULpMH7eFc3xKqR8wRs4RLWUVYKGEln3QeGa0D6VVyPJIx"
    "yYzD3Agt31qMF8Ur0BOOrBO9W74pAky4APyOw3AKKBGM6c2DJpbRFs0sJtvtkGsMP0KV78"
    "oIGcarJ9px6grTqKSFelczbq+xh9mRXDket3Akj8e1nqS8lXclGUe+CrZxe4Pty9jKDq3C"
    "W8Xt9aCt5GsHQ1v5yHPE98ilcIrpQqXHV4hq3PlH0ANwpUm4hFhocgaiL08Mnd2PjEdEWf"
    "QxLd3ZjEQ/62ob+N9udlldy401zFA7qIfLDFG0kKB2UXtBtAe9a7a076+aV7xviaSqZ1A2"
    "6cv9RImNmPChv4bzxKjCoys2OWjy6/y4sbWaeHbo3a0+QNm/y4kZD68nD0+6+kEFqdXkh8"
    "QSnYyxblZy1H0lnltxSY7aGF5H9YbXUcnwIktvleHVFudEYHswdzB6ZfZIpBzA55AD24Vi"
    "3XIA5p3CtSdt4rUn9QHbk1LEdvU9XSK2OckBWmj7vlRn1TzFHmbzTnouiBqTTDc9a2KSZc"
    "KKFdZYPuhYb4ilgTvNknlfSybvmr5/vSllU+RgrpyeVRDrheHaLc55S6pNHuhRfSLoUSkT"
    "NPx/BYDj9jrbUR3BHb992wJd0aoW3vDeniUa7q4z95xNKNY9sTQqeV8ZEY258K6BoFbd+b"
    "ihOx+Xu7NJ2axHfz8p2rqUTQU7MeOXT6fYjnZWdc9Vibdv7dfoa5XQs93sMN2GiErO03oQ"
    "mXQnVX/sCS7ucDU3ntw7aPTFRCuL4Z2y4cYV24ArZlwE4yIYF8G4CMZFMC5CbcgAix+KeS"
    "ARUdvgUxY0O3xe3OGTAa0MtfIWn3v53eLXXOaful+It93rU+5vypt9NmmHV+miwiSvUVm9"
    "dc4jASvz+42hPixD3cRMTMzEOETGITIOkXGI9mQyGZZD1ClmkudNu1PeWZZ2v8bgbvb3Is"
    "rxFNt1O3wztxsNazttaOzpgdnTQrVifCvZ0qlIP9aeRob0SZu18aR+aTwpr4wSrRAgVYhj"
    "oSGa1G2ytsf1WdvjUta28Vc2mBLP0JMKtlHz4ZnObYCtx7UEK3YsL1hM1HZ55IQ21XuHxG"
    "RIq2VG6LPS/JuRGV437n+CECa50kb9uL3B9mVsp5gybmHGgqr6SNK5rtulkpdrcq33D/UG"
    "lKVnXCxiAF0xb04pqeil9QjmpQx+vMJNeAk9XuUnvCrsKHrEaGk5QYV9Wo9eXuo14xfOYG"
    "omUiIxvPXlaNzKQBo3WEjjkom0AsyKQwvqWOdETUCiOSCxJzvow/l7tKVO3ffm+RViFkWQ"
    "qfXnkuDwppCNBIAoWVpzyOYqWGdlNIZZ/MmRzRmAwJ5DbyZrFSx8Qjmgq+KFu/cRTPitHv"
    "phhd9MLbEhaz3GqFhLrFPQdeVCrBlxzcQIb8Pn7WFn2HXsNQKuOQKbotsqDmtltPtiOHZ0"
    "4yHwS/Duu7eO+O8EHoE3FH0rg/LYC/X/DaDIJtQJD1ABmdccFte3NR9lwr96hX9XvUisBF"
    "VW8kvsRCK2Jj2h6XzRmt9h8u0qdm8iMcDoY/8VaD30xFXps6zMaybPsiuG0gRaFtxeLV/N"
    "59OGPSt2PqNqzT0rhfysPYO67WaVck/LbVY5P7s7P/t0sau9KmeBg/mPwpmoMt/Sm41mG5"
    "TNrHnc7kVr7X6OAPJCC0pWSwzFJfWAve+BS+wH5IDlHLtInnWHHpHHAWZAvB7JOsGAkVAq"
    "bA88cZ+CKaEPrGzKbfA9utl5+qehbdjQY+j3CkewoXpuJDCYCu5bPgpYlQtdiwfVberfBN"
    "2pQIFs1K2H1dUcw+uNq4ANtavgaI5j73f410+/D+LHq0wHcfsBJvj1fui0SfAr5am2yRE4"
    "qU8ROCllCOx4u6LWPbrn9ACfYkIxr+jOdwvourUTdlZue1bbsRrEoyPwX2BBGAcBFZ/Ttu"
    "T7ag4/Hn94n8za8o+mefruy9nVVdku0zH5Ynddt/99GBxzV2mCSAQGaPluJNMCMoZnHlIC"
    "OSuj8XI3gkBa6d+uSmyCgCEa79PZfY4FCya/IZtbD0jJ0iiI6ZscN5oSCpzAd0MqDthuwH"
    "hU5lSLJEVHOD7qmQ6p1FaOadjmVL6/OQ3lVBZb8o1KBnwsoPN0tpxjew5cNIMuCD8YrLoj"
    "mCCXeDMGVtnxu1+1w4+TpzjTjllkFfLmWBSdB9wSUk+oykWPyFX1NIqy2nLEozmezZFwNu"
    "QXy+NVZ/gReYB4gM8xWw3J8KEfxP++e7t1ZwQ98TCWUsHMEeIi6FXjnxUrYD8RcpsCP7mi"
    "eNrXI6Kr+J486XY1DS4hA/GvEOqwW5p4TbTczc1Vbux9vCyQdNdfv3y8EFZHOOhEo1Uh6A"
    "rqnogPrkw3aFRKRmpjOilZFx1U0sds1yPY4tugG+aiVu/Oq7cAypIamwJ6UEsO4hC7FexH"
    "w0HnqYg56zzX5/s469zk7dcPhP3M4DZ5+69R63V5+3kfKyRUlI8xzssNqHD0FkKyTal6K1"
    "jLulBP04tC//ulhNbpebnup1xHOgXcxd6DmLqSNIg19qQMCvC8OSzT7HqA5+IR7WV+biuQ"
    "FogxOOujF31ZPWmoQHHsrwnSPfYHOtIg59CeL9YfbmfJgwaK1HbPc9tHhIRf6iM7OW6gO0"
    "qXyYMGhNSm0zFXa11NTmayEDYnZlrpwttuN+WqEgDgRG5yFA84BLdkyQCkCBDhvoAwH170"
    "CyQjIt8DJKYI0Y5SjFiYNi/zfePEeyKeN0FTYXcCzA+EVJEN3fwbf/GIF+fySyYTQNcN38"
    "LAm18Z+v3Xbw5kwj8EFC3EfUeWPgAT4aw9sMwuAMgACygSHyP+BcXfrrAcQ4Z3I7s/Tfpq"
    "n77SAdB198CrUUDWOlGlhgZLCe0vBVRm/sSyQpRKmSUCA8yO6z9FCyamkwK+61Qt0xvg/r"
    "dir2wGlfhRKrFW+EhPW3drcSI4raQq62FPBAzq3VH3KXpULmqWExrgpNL/rL3brZIaHT6x"
    "gbpw0rVVDjilQkOq+bDjcFMUs9hOrEk3FbQONqVdLxdpuhWW9+3l+f2uqkBkYwU1RFMmlP"
    "AC1ZQNX7xMNt0i3w0pnFW5BYpk5UlED3J//QcDZOmB+MkAeg4QKMvtEy7wCEfsAEAfUg4m"
    "z+BXuSNvgl3Mn38tF4XYwvsMDaTxHHbQQAOlilRZr/NSOptEIz+YuNgWBnLSmf9M+nxxpL"
    "TbCNNqH4xCYWMYCPjUKIREQmfotTGZJsSp6N336KlmhonbDwLcJq7t4uf7Zg8rodqubq5/"
    "iJsX3S6T/zjsTLg2+Y/CLMKPMjDUZT9fQdbsMtKZ7zb+p/E/dVDBuv7njosQyiysCrczSs"
    "6qdzfj/C9Tcer1+WoU2Uh8u3LBnqLc4FjW/n0y7KCFTzjy7GfV6hAVor3sYtsE3iOZIiSm"
    "FOAjChwKp22r9+TgP21TEuW0viLKaakgig8ZWxIxxyqHaoqCg/DhCrUCWpWgGTeUoBmXS9"
    "DIVDSvat94Q72GVGSLZ1hxsYLPKFyMFHt6LAf+BEs0Ef/1xRd3qkOzgaOtooIyIX4KGijK"
    "DbGz914Y4xGTNGe3PeFJahN9hwBz/+UF476peop7UW6AYG9mAqdIliRXtQ0LYsPbb9//6e"
    "M7LpypNdo9VzeAjkMRU6rtmBEZHrwbqT4oFzYeVHXlzy6BNZ59VqiA81RK7R/SDcB+uvn6"
    "8eoC/HR7cX55dxmlpSWsbHhTXkqLotxenF0VUSberAPMWSmDcwuciW0HlNYcf1U/bRTEhj"
    "d1nLSZOU7qJ46T0ryR/awS0vXR1YLYIOy7bQdZoUe85wWpqnrcWNEqJ7fFOmMxVbW3Na3i"
    "jBGLIehWVXer7+8VokOYXbbd5RMYw9+rRn8XJfWt2KtNzowLvVkQJT+2BTors0VG8I+5dX"
    "6tSAd2xLmNL1nvSpY8SYrCQKLtQrzolDpR+QCTP6F1/oTJj3qF+VE7yZrRbBS/wqQZzTSw"
    "bs6MWnUwU45nVyVUMoBV5Bjl4Ww44zSvP5Nx9Poyjtgcjt+9VwrfJRLDO1ppAwfQ4D+qip"
    "I3VWGJJEwarWInz0yDwjpWTrXICQ2BvylESVsFlo4aAktH5cCSbidk9rOfbE44AX8CgXAg"
    "10bxz0eC2x53sOmDM6fYRcopFzmh4fXtjaRbUOQIW0h44+pLZIWoxqCH531c/Hz5+dspRQ"
    "jYxH8GbC63CothINyk6bRLz+9/KQ2TnB87smg5UcOs7BOzYrIXTPbCcHA2POGuvIK04G8l"
    "/vWEQ1FuQCoYH518ODk9fn+SIJ9caQK8DC7HvnKvTmUGhKghv3c9c/dAfhd6dg+IDqomfx"
    "HQdCC3wBPnyqWvCesQa68X0S2tP8oRm01GIqIzAiqiEOnpAfURiMwxBfpEH15L6GHNxb8+"
    "qDAnrhOdQp5Htr72aUZEjyML5fsGc2ShT4mAZ6GkkayMUUnvKjFZQvXT03C5LOP978r7R7"
    "I4oE9xDf614JfkhhSX7c39l8NETEmTZ+XOXZQ0PbwnKiDtuD34WRe5h+1ZZ2/raJWGenU5"
    "qcp+3wPGXxnSJyjYO7jFcd6CKTBk1oYzOTfJC2SYmQpuIM/b1PMDhUP6DEewZxZCQ+KhqY"
    "izvYo4plSLKdWiA9imVMs20e65VIvJwzF5OMPBeSp+lni9EiWelTGUeO+UuHDkaDdKPC9p"
    "KPG9osRdwrrFQbKCZku81lviTdhjt0mPhCrDX5QcUtxjt8x8guz2SGPd9KCY+5R0wpcZeU"
    "Mam+3/OkC+0e3/l96j8GzOJXNRSa4ndw+ayXXZLiRADLs+LHZdmXkc6sEhx21K+R/Xl/I/"
    "LpXyp8RVO5slaj9A7rz/3c2Gzt0anYuefCxcvA6Od15ygGzLkFzvoBu5EhhqZT/0G2cDV6"
    "UgNUYaM1IDXJr6Lz9gErbroR8uO73btGHN5s2+s4bDRaZDznBebkDIvtaMYc200U/CcHVS"
    "a9R3t0f97im2+TGuVWrrmY/PXVxXezO5edBYetPHlh22M9TbsKg31RzLfnMrNaLeNlJxkJ"
    "MH5CkfGpuXGhzS/Ts7O+bhtHNwNknE2dCzZIHGChu46aSfrJg56Kf9QT9ilcWPqmCnQgbq"
    "9lAbyqR+RhkWZVLyKndjmd/JaqWhX1Rhmac3Gy3zsOKpJdwPaizzYVnmUqeq1nlWxtiNLe"
    "xG5rvwWXmjWVFueNHbjXhDPmRsScSsqeoQlQQHaKZvpiq4yf4YbPbHluAeMYQY4HPMwG8B"
    "xUxuHZKbeqDnAPSIqPh0oQQQiJdSgMNVfMceKp+p13ad9Rmd2cSaOXKx94AccI9cNKNwAa"
    "Btk8DjYEookCXxxasDWQ5/IcxNh7VUw06S/KcQu8JZcskMexWpuLVKKsltL8f/rdY2ZHY7"
    "pi06iSX6BXZVndiirEmk0TmRxvBChhfa/Yh6vbxQZh8wYiyu+NN9U8k/0eRu9aA97AY72V"
    "WSQayCPsvjWc+fLdHEympQHwKt3n+oNFU14ndGdz+efTt+9x6QaWia2oQ8YAQeoRt0Opas"
    "L+KnYQMKo1MrDLuq6CEvpbMTpw3jZtbS17KWms0b65qwOmm57eaN6o37TamxQ9ywv5Y/35"
    "DyGkThwDVTMXOhxT1DWCEhs3kX/m5CvldI7tSvsFdXNxpNVVc22aGRalIFt2aPkqVXNdLr"
    "sU4EjBXawgo19shg7RFNUntuAj4hT1UTfXSncaYnaZuXZvrRGVggxsRXhJEgmAaI7DnkB2"
    "BJMefIA5NnsJwTGbADDrKxeAjAHLyRv1a46VNsi0cze46cwEX0mzC6x+Rp4kIOFn32bbzz"
    "F29COPApscWbDsG9pBHEwwFmog10kSMeLV4hnjdBspwkk8c/Q0CRTyhH9HC03lqnXH5qWE"
    "lNW4kINtAxQtPWSs1lNdyjp7oSbHmxIWTlNE3HFz/f52biUlHLZDa+urn+IW5erHRZ4Gck"
    "hMql71Ihs7uxa1Sci25tPSClffFZGZ0Nv9FSTt0P4qGSEo7Wjr8B4afygB3ISdt9lv+3kK"
    "+lB+Dw8HCXPHE2Y02samrn0CUSepTcla8dTMldF3qzQHQdlTGSldneGBn9MbfOrzeFe77b"
    "t6lSX1+kvlSj3lD09bgPl6KXhneXUtap2FbyhbZpC++JdtulCwmHbOFXVb6steqyIibTrm"
    "iuOcJr9VXttZxQL+6JRqzo0bjVloFxw5aBcZjArgmFc4vkM24Dt5Kvz9w9aKJyaNjOoqLh"
    "Dql73VLVNeq2vSSf11MZEpWKRRXZeAHdmk0YkUhxQV3JHEaye2g+NSD96eL88svZ1Zt3By"
    "eFfMxYByelzS3CW8SLYKGwpGUkTLi5YlETA0MV0VTCIFpVM8x3OjpTeUnjTGlsbieprhpY"
    "LWeIYnteZbFEdxqtFZi20SYP9rXEXDa2kfwR0TgPuq3ZlxHRmVfuaPKN371rs9X23bv6rb"
    "byXqFQixhUCghHzQeI7ka2jos38qhKXVsmPiOyfSp+N1Z0b6T7Thezv/4fj0NI8Q=="
)
