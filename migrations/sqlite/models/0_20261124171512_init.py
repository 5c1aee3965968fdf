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
    "last_notice_at" TIMESTAMP /* when the job-holder notice was last posted */,
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
CREATE TABLE IF NOT EXISTS "job_holders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "post" VARCHAR(24) NOT NULL /* principal | safety_manager | special_worker */,
    "name" VARCHAR(64) NOT NULL,
    "cert_no" VARCHAR(40),
    "verified" INT NOT NULL /* found in the registry under this name */,
    "training_date" DATE,
    "exam_date" DATE,
    "added_at" TIMESTAMP NOT NULL,
    "removed_at" TIMESTAMP,
    "certificate_id" INT REFERENCES "certificates" ("id") ON DELETE SET NULL,
    "enterprise_id" INT NOT NULL REFERENCES "enterprises" ("id") ON DELETE CASCADE
) /* A person on an enterprise's job-holder list (principal leader, safety manager, special-operations */;
CREATE TABLE IF NOT EXISTS "certificate_changes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "source" VARCHAR(300),
    "line" INT,
    "changes" JSON NOT NULL,
    "certificate_id" INT NOT NULL REFERENCES "certificates" ("id") ON DELETE CASCADE
) /* A change an import made to a registry row: which fields, from what, to what, by whom, from where. */;
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
    "city_code" VARCHAR(6) /* the city level above division_code */,
    "province_code" VARCHAR(6) /* the province of division_code */,
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
CREATE INDEX IF NOT EXISTS "idx_cases_divisio_bc5dcb" ON "cases" ("division_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_city_co_09a22d" ON "cases" ("city_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_provinc_ae44a2" ON "cases" ("province_code", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_cases_status_97dc44" ON "cases" ("status", "due_at");
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
CREATE TABLE IF NOT EXISTS "reminders" (
    "key" VARCHAR(160) NOT NULL PRIMARY KEY,
    "fired_at" TIMESTAMP NOT NULL
) /* A reminder that has fired; the unique key makes each fire once, whichever process runs the job. */;
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
    "eJztXWtz2za6/isYfdlkxvHEsnNpu2dnHNdtvevYHds529n2DANRkISaIlgAtOJu+t8PwP"
    "vdhERKEI0PTS0SLwk+Ly7vHf8dLckUOezwE0N09C3478iFSyT+yF0/ACPoeelVeYHDiRM0"
    "9EWL4AqcME6hzcXFGXQYEpemiNkUexwTV1x1fceRF4ktGmJ3nl7yXfyHjyxO5ogvgo78+n"
    "/iMnan6Ati8U/v3pph5Exz/cRT+e7gusUfveDaBzy/cPkPQVv5wollE8dfuml775EviJsQ"
    "YJfLq3PkIgo5km/g1JdfIDsYfWn8UWFn0yZhLzM0UzSDvsMzXzyx0msjy7q6vrNuz+8sa6"
    "SAkU1cia/oKgsAmMsuvPpmPD4+fjd+ffz2/ZuTd+/evH/9XrQN+lu+9e6vsDMpWuGjAswu"
    "fry4upMdIoKJIWvlhb8CGshhSBUwI0Wfzy1VBiQkT/MgRtwwQdCkoDvQnftQvLqE+9kC0m"
    "rUszQF4MUHtQA+gjXBPW6SAp9O+vWRH9kLwpALJo9ALARAri3fBY8BSwRdBmbEccgK3CEH"
    "zSlcjtpxaQm/WA5y53whfr5vwP9/T2/Ofjq9efH+ZZ4HV9GNsbyTZ4YYzjG2Au6pElOqaD"
    "VmTvtpkQP86G0LxI/e1kIub+Uxp8RBrAz0P2+vr6qBTggK6E6xzcFX4GC21trTBubR32e+"
    "a0sEwcTHDscuO5Tv+8eoJ/AbwJYAyScvGfvDyYL84uPpL0X8zy6vPwSQEcbnNHhK8IAPBW"
    "ZM8QNmoo/Ko79EqPHQH/3uU8zkcJGMJDMAXSA46SGbE7rOKtRmTtRPidKMsCmSEFmQlznw"
    "vbjD8RJVcyFPWZwfEelh/Edfs6TPxUh84PTadR6jwdIA/N3Fx/Pbu9OPP+cmyfend+fyzj"
    "i4+li4WuJS8hDw74u7n4D8Cf5zfXVenEtJu7v/jGSfoM+J5ZKVBacZMSa+GqOW47rvTdfk"
    "ep7ScF0XrscYZdge9T7lOnI5op5YjlCl7F0reJfo1hLAdRM1Qgl8fHTy7uT98duTRPBOrj"
    "TJ26FsLXXL2X2lfpNiVgb6B0IRnrv/Qo8B3heiX9C1q3aySJc+zz1sv3D+Kx5N8dW0ixSu"
    "Er28PMgEDOLjEQ+AEL0AV58uL0cB5hNo368gnVo14LuEY7tK0PsQEf7wrxvkwOBTakG/Ch"
    "4yHMBzS0EkgohHb4jSRfKgPVzrW0L1gDlillApqwwWSljJJ51FQutARpWcj2RMMvMwN0PL"
    "t5bjZfEKdIUiO43eLd8UASZUAH7LYbAElAyM6c2DJiujLZpZTLbboa0x6ISqvStDZCxeHZ"
    "kdZ44QjUpcqFc14/Yaa5hrGleOxy0UyeNxrSYpb+VVScaRp4Jt3N5g+zS2ckCr2K3i9nqY"
    "reRrB2O28pA7Ff2RW+EM06XKiK8g1Xjwj6ALYMhJuIJYcHIOop4ngs7uZ8YDoizqTEt1Nk"
    "PRzb7aBv7X/W6rG6mxxjLUDurhWoYoWkpQ12F7gbQDvmu2te8vm0O7b8lIVW9B6VOX+5kS"
    "GzGhQ38K1olRhUZXbHLQpNd5cWMrXHh2qN2FHVDW73JkRsPrSMOTqr5fYdRq0kNiirWEsf"
    "Wk5Gj4Sjy3opIctRG8juoFr6OS4EVWbhjh1RbnhGB7MK8h9MrokYg5gC8gB7YDxb41BZiv"
    "5a49aeOvPal32J6UPLZhf9bx2OYoByih7ftWnWXzDLuYLdbic4HUiGS68VkTkSzjVqyQxv"
    "JOx3pBLHXcaRbM+1wieTfU/etFKZuiKebK4VkFsk4sXLvFOS9JtYkDPaoPBD0qRYIG/1cA"
    "OG6vsxy1Jrjj169boCta1cIb3NuzQMPdDeaOownFvie2RiXtK0OisS18XUdQq+F83DCcj8"
    "vD2YGMW2GIyxrCYZl6b+TD0WqB3CC8/3cyebUgzhRREH4KWEEG5KcBKZ+FgRrDlyNNIG+7"
    "Obmfhvu6QF4F7SFjrZnNxDShG0Z7xUl9WiwH3YZ5iSXFCpeUDTH6J5n8FDxnD2dKK6S2G1"
    "25lxBFMYObQWTCBVXtGV/g8hZX+5aSeweNtgzRymJ4p94kY8rowZRhVGyjYhsV26jYLVVs"
    "o0zVoz8sZaqQFMMx9yUiaglyZUKTIfdkhlwGtDLUyilyd7Lf4msu8k/dL8Tb5sqVx5tysl"
    "yfcniqAVcI4jn1uF4SL6jjT4rio1PgibYyx96VOfapV/JvLGsulKHv4IW44drYgw5wxGqG"
    "6AFgcIb4Iwi/Sf72kI2h84p4cvzEeXJZFvb/xt/cFaH3iL48ACvMF4Hl00aU4xm2xZgOfk"
    "d2HTCHDwjMCJUXl4fgBi3JA5qKHhLPQQBSBO6Rx6MHfabhbbFLfRYvJr+58lEL0VFCH2WR"
    "Avkz7Dd0p0HVAs8jYjwuxUeyl0BMxkd2ODJ6jnZ6jtwRVUTDuL3Oes4onTtfo1ljRbNGXg"
    "injRVOlXZ2/4JC1CZEa1wfojUuhWgZbbPP+DexAgoRTikiISUZngJ00kb/OalXf05K2s8D"
    "omKLqcx2JkRsX25tXk1CVoB5Iuj6GsrJFYUVZUZ8sa/h0JlI0VxsdWLjE9eQ3EAxA/GM3M"
    "iH+OH6+jKn+ny4KIQzX336+OH85sVRwBzRKDReVqTl8Ei8teLA+LJOWs2UEmGTSrp/U6EB"
    "falRFlAMzLuqCOaInjN6QpFeyySSpTMGkX0yiKRqgirP85R7E2HybCKQiwJVpFKqmb3KhM"
    "bsVd66d1t1S7vVcqhlt3QDuq0tsbnu1tnp7dnp9+ejugWjA5TP8k/br8WiLcrlpVIri22V"
    "9bzCdltjZK+34ibaR8ZibUIrhmVyNFkiJkvEhLCYEBYTwmJCWPZkMRmWxWatfIB8pOv6Qc"
    "rZuNr9moM7CVHOKjtVNU3zulBDVdO0oZGnByZPb9+/qRnAPbs3A7QCgFQhjomGKFKbIIh9"
    "CoJg6IsKtlHz4YnObYCtx7UEK55arr+cqNW1yhH1NXqHZMmQUsuc0Eel9TdDM7xh3P0CIU"
    "RypdLEcXuD7dPYzjBl3MKM+VUxUvWRJEW65xxM8gAdsW7OKKkYpfUI5qkMfrxCTXgKPV6l"
    "Jzwr7Ch6wGhlTX2lOLA81XPGL1jB1ESkhGJ4+8vRuJWANG6QkMYlESkEzIpdC+pY50iNQ6"
    "LZIbEnNYOD9Xu0pUHdakwrlAsOEbMogkxtPJcIh7eE9OIAomRlLSBbqGCdpdEYZvGTI5sz"
    "AIG9gO5cVmdeeoRyQMPjmnavIxj3Wz30w3K/mdNThsz1igjqxEmo7HTdSY0xzXa+Wrdrbv"
    "UMVvUNQco4U8+C5+3hrGmFVqiZdofWTfC8IaG1JZd+NMyaHfvpWGzl3rcyc6FNFYSwuSxI"
    "EIlESzhFgBMhKyWJjkJK+hasFthegPAjD4C0qYlLkB/ItuEfk0fxB1kmNxFFh0Xpajtv7D"
    "hGoelUnoGFKez4NJ41sgWNAKSVANRG7BVLElGyByYExtnfxtlPfGorxVKkFBpr8ToZSxzs"
    "VgBcu0nEzU2+YznfsVZ2rz+tOEOy/QOLd+NW6eVo4l1n8uqGf8/JprvMg9QN6o4SIZN809"
    "3kQZaV4GZdLtWU2+lyGU39aV3u2kXgN//NN6+n4t8JPAIvKHol4/axG+jyL4V6ZRMa1mfL"
    "FoYrK2mbPcpEiOsVIR6OIiTGeoUj7akAhoRswwgGTReg1iEgTL5dQaROKQaosxy3cfce17"
    "t7j0vuXhd94aoRNlma5xxfY8Q4I8YZMW4DMe7Un2L+E4J5WaR0s1Fsg7KZtYjbPSmt3S0Q"
    "QGGxXFlUMCCXpnHsfgccYt+jqbR/O4GdHD0glwPMZFldQSNuMRJW95XtgSvuU1nM956VRb"
    "ke36ObnKd/plrPgh5Df6g5LyKC7a36r/tFdiveixRv1XCpjUKldFv6+7BiK0RJ9KrWw+oj"
    "roPrjbuADbdxrPWv5RoiaYCpEIhlVJAg+XVkY/74RBOPkgcsJJQnmpWvGg+qlh7Ue/HxKm"
    "tS3H6AiYhtor6P6sO+j0px3yYRsZRP2yaX4aQ+leGklMmw47JKWo/ojtMYcrtD6/GcJdJ4"
    "QI8CvUV0FjhCbXEAnJAHBEqDZMcsKO2+bdlQItSdFXGHpSKqHxcwoWKolBlwu4SOUyu5ZO"
    "m2p0MdK6J/BP4HLAnjwKeiO7wl3qEwczx+9zYRX+SPJoHl9uPp5WVZS9IxW2p3a3j3hVM4"
    "5o7S2pEQDFAP7SXaBzKG5y5SAjlLo/PaDIHUmV+F54IBnyHa/iyT3gPZ/MnvyObWPVISuQ"
    "tk+mazjuQBbFPfc8Lz2WzHZzzK9dAiqzhS9UvQN0fkplRbOcdhm0v5nsTgViQhlYNwbWn9"
    "V5L8YwKdl7MwZ8BBc+iAoMMgHI5gghzizhkIy1nsftcOOmcJSYeumfZZQW/OTdF5wq0gdQ"
    "WrAnVUVdMo0mrrsRkt8HyBhLIheyw4C+b4AQVHngbnpAWjNnjoO/HfN6+3roygLzzwbFaY"
    "qJvOqsuSaX5WnVS2w6P17CBWL1oGV5CB+CsEO2ytjqsjosOVwT+NTMlQ9caTknSxBku6WO"
    "06BFv0DTpB8nh1Oa16CaBMqbEooIeNdYo4xI5SdkOGZPvZDaO/z3zXDtaNiY8djl12KF/7"
    "j9H2x3w/OQ+m0MYzzDg0hTaGxvUKkbtcFiI0qFQGxTZFJOTpBpS0t4XYhKbA2RDWMi/Ug2"
    "ZhqzP2NGNC62DZ3PBTPvgtl6V6L5auJCipMANUqn0MCvC8OCyDXjuA5/wB7WW0fCuQlogx"
    "uHmFHQHTx/BJQwWKY29DkO6wN9CZBjmH9mK5+XQ7TR40UKRcwrG96Wy7Ch4yUISEXuohOz"
    "kfdH2ULpIHDQipvoOjw72uJkI62Qibw6StdONtl9sc1Y0KCkXJBxyCG7JiAFIEiFBfQJCd"
    "IsYFkh6R7wASS4RoRylGLEhikdH3cRoMEc+boJmQOwHmB4KqaA3t/42/ucSNM2ukJRNAxw"
    "newsCLzwz98fnlgUy/kUWxluL+VNbEAhOhrN2zTE4OZID5FInOiL+g+O0IyTGw8JpKWNrr"
    "SgdA11yeZ8MAU3ps4F5XU2us1xAtmIhOCvhucsyA3gB3XxghlBlU/EcpxUbuIz1l3a35ie"
    "Cs0lRZD3tCYFBfH3WPogflUwhyRANcVLpftXebuKzRabE9HOQgVVtlh1NKNKQKLDt2N0U+"
    "i+34mnRjQWtnUzr0cp6mGyF531yc3e2stF7GV1BjaMq4Ep4wNWXdF08bm26Q5wQmnLD4CU"
    "WySjmiB7lff2OArFwQPxlAdwoEyjJ9wgEu4YgdAOhBymWR8s8y322CHcwfP5dLtGzhfcYM"
    "pPEadtBgBkoZqbJf56l0FolGnj9xsC0E5GQwf03GfHGmtEuEaZUHo3ASGfQFfGomhIRCZ+"
    "i1EZkmZFoxuu/Ql5oVJm4/CHCbbG3nv9w1a1iJqe3y+urHuHlR7TLxj8OOhGsT/yjEIvwg"
    "HUPr5PMVaE2Wkc72bqN/Gv1TBxZsqn/uuCSojMKqUDuj4Kx6dTOO/+q1/pvR1bTU1Siyke"
    "i7ci2fIt3grKzd62R4ipYe4ci1H1WrQ1SQdpLF1gfeIxkiJJYU4CEKphTO2lbvycH/vk1J"
    "lPf1FVHelwqieJCxFRFrrLKrpkg4CB2uUCugVQmacUMJmnG5BI0MRXOr8sYb6jWkJFs8dJ"
    "6LHXxO4XKkONJjOvAVrNBE/OuJHq9Vh6aHs+ijgjIBfgocKNINcbB3XhjjAZM0Zre9wZPU"
    "BvoOAebu62zGYzOu9qQ6pmO6AYLdzwJOkTwgQLncZp5sePn2R63qVjWUrdKtgqzWaHdc3Q"
    "BOpxQxpdqOGZLhwdvPWaNiY+N+1VD+wSGw7sTRDFEB55mk2j+kG4D9/vrTh8tz8PPN+dnF"
    "7UUUlpZYZYOb8lJaFOXm/PSyiDJx52vAnKUyOLfAmdi2T2nNYXT1y0aBbHhLx0mbleOkfu"
    "E4Ka0b2W6VkK73rhbIBiHfbdvJCl3iPi5JVdXjxopWObot1hmLTVV7W9MqjhixGIJOVXW3"
    "+vFeQTqE1WXbQz6BMfheNfN3kVLfir3axMw40J37UfBjW6CzNFu0CP65sM6uFM2Ba+LcRp"
    "esVyVLmiRFgSPRdiBerhU6UfkAEz+hdfyEiY96hvFRO4ma0WwWP8OgGc04sGnMjFp1MFOO"
    "Z1clVDKAVcQY5eFsOHE4zz8TcfT8Io7YAo7fvFVy3yUUwztaqYcDaPCfVUXJm6qwRBQmjF"
    "ZxkGeWQSEdK4da5IiGYL8peElbOZaOGhxLR2XHkm5HxXaTT7YgnICvQCDsy71R/PlAcNvj"
    "Dvo+QXaGHaQccpEjGt7Y7iXcgqKpkIWENq6+RVaQagx6cN7H+S8XP7yaUYSATbxHwBYyVV"
    "hMA6EmzWbrjPzut9IgyPlhTStajtRYVvbJsmKiF0z0wnBwNnbCXWkFacHfSvzrDQ5FugGx"
    "YHx08u7k/fHbkwT55EoT4GVwOfaUR3VKMyBEjfF71yt3B8bvwsjuANFB1eQvAppO5BZ44l"
    "y59A1hHWLt9SK6pf1H2WPTpyciOiOgwguRnh5Q74HIHFOgj/fhubgeNtz8650KC+JMo1PI"
    "88jW1z7NkOhxZKF832COLPQoEfAslTiSpTEs6ZwlJkqofnkari3LaP+70v6RLA7oUVyDfy"
    "34Jboh+WU7U//lNBFL0uRReXAXKc0I78gUkA7cDvSs89zD9mywt1W0SlO9upxU5bjvAONP"
    "DOnjFOwc3OI8b2EpMMasniM5+7QLZCwzFbaBvN2m3j5QOKTP2Aj2TEJoCDw0FXG2VxHHlG"
    "oxpVp0ANuUatkm2h2XajFxOCYOZzg4z8RnidcrmcSzNMYk3rlJXChydD2TeJ7SmMT3yiTu"
    "ELaeHyRLaFLitU6JN26P3QY9EqoMf5FySH6P3VrmE2S3ZzTWjQ+KsU/JIHzaIm+Mxib9Xw"
    "fIe03/v3AfhGZzJi0Xlcb15O5Bs3FdtgsMIMa6PizrurLlcagHhxy3KeV/XF/K/7hUyp8S"
    "R+1slqj9AG3n3Wc3G3Pu1sy56IuHhYq3huKdpxygtWVIqre/nnHFN6aV/eBvHA1cFYLU6G"
    "nMUA1wa+q+/IAJ2K6HfrjW6d2GDWu2bnYdNRxsMmvEDOfpBoTsc40Y1owb3QQMVwe1RmN3"
    "e6bfPcU2P8e1Cm099fCZg+tqbyY3DxpLb3rYsoN2xvQ2LNObaoxlt7GVGpneeqk4yMk9cp"
    "UPjc1TDQ7p7pWdHdvhtFNw+jTE2dC1ZIHGChm46aSfLJk56Kf9QT9il8UPqmCnRAbq9lAb"
    "k0n9ijIsk0lJq9yNZH4rq5UGelGFZJ7ebJTMg4qnllA/qJHMhyWZS56qSudZGiM3tpAbme"
    "fAR+VEsyLd8Ly3vWhDHmRsRcSqqaoQlQgHKKb3UxXcRH8MNvpjS3CPGEIM8AVm4HefYiZT"
    "h2RSD3SnAD0gKroumAB88VIKcLCL71hD5XP12q7zLr0zfeyZIwe792gK7pCD5hQuAbRt4r"
    "sczAgFsiS+eLUvy+Evhbg5ZS3ZsJMg/xnEjlCWHDLHbkUobi2TSnTbi/F/rbUMmU3HtMUg"
    "scS4wI6qElukNYE0OgfSGLuQsQvtfkY9X7tQJg8YMRZX/Fk/qeTfaHIbPmgPh8FOskoyiF"
    "WYz/J41tvPVmhiZTmojwGtXn+oFFU1su+Mbn86fTV+8xaQWSCa2oTcYwQeoOOvdSxZV4af"
    "hgQURmdW4HZV4UOeSmclThuLm9lLn8teapI3NhVhdeJy2+SN6sT9ptDYISbsb6TPN4S8+p"
    "E7cMNQzJxrcc8QVgjIbM7C343L9xLJTP0KeTW80SiqOrLJDoVUEyq4NXmUrNyqmV6PdUJg"
    "pNAWUqiRRwYrj2gS2nPt8wn5UrXQR3caV3qStnlqpR+dgiViTPQi8ATB1EFkLyA/ACuKOU"
    "cumDyC1YJIhx2YIhuLhwDMwQv5tUJNn2FbPJrZCzT1HURfBt49Jk8TF3SwqLNv452/uRPC"
    "gUeJLd50CO6kGUE8HGAm2kAHTcWjxSvE8yZIlpNk8vhnCCjyCOWIHo422+uUy08NK6hpKx"
    "7BBnOM4LQVsrnMhjv0pa4EW55sCFE5Tcvx+S93uZW4VNQyWY0vr69+jJsXK10W7DMSQuXS"
    "dymRyW5c1yvOxbC27pFSXnyWRmfBb7SSS/e9eKg0CUd7x7dA6KncZwdy0XYe5f+W8rX0AB"
    "weHu7STpyNWBO7mto5dAmFHiV35WsHU3LXge7cF0NHZY5kabY3R0Z/Lqyzq75wzw/7NlXq"
    "64vUl2rUGxN9Pe7DNdFLwXudUtYp2VbihbYpC+8Jd9uFCwmFbOlVVb6sleqyJCbSriiuTY"
    "XW6qnKazmiTtQTjayiR+NWKQPjhpSBcRDArokJ5yYSR0cVRpzk3kGTGScWaNvZ7EeniQQM"
    "uJSXF5CBGaZo+l0QRRHyHIjRA5bwHjGAoL0IGgDiSlPKaoHtRWBticwmgPouC2h/J5OSRL"
    "2N921ggVGcWp1qQTrNqretZtXbhln19vVT7oaA62vs/lk6I+7pIhBonvV6g+Qzbnyn0g+a"
    "ufvE2hr0hIqGO3SJ6pYCpNHC1UlST/2SJVGpWK6QjZfQqUlui0iKK1VIcxjR7uE61YD09+"
    "dnFx9PL1+8OTgpxLnHPDgpJQ0KmQAv/aWCqpChMGE8FcqCmBiqiKYUBtGqWozedE0jVZ7S"
    "SC26SC0VZowkhUADqeUUUaHtVEks0Z1GaQWmbbTJL3guvuzeCnQIzTfOL2kr9mVIdPbXrS"
    "nyjd+8aVPC4M2b+hIG8l6hAJaYVAoIR80HiG4vJTnEG3lU/bOthzNDsn0X526k6M6cmTvd"
    "zP76f5PXezw="
)
