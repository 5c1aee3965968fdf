from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "inspection_quotas" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "division_code" VARCHAR(6) NOT NULL UNIQUE,
    "enterprises" INT NOT NULL
) /* Enterprises to inspect a month in a jurisdiction (seed 001 item 17: at least 5); nearest applies. */;
        CREATE TABLE IF NOT EXISTS "legal_bases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "title_en" VARCHAR(300) NOT NULL,
    "title_zh" VARCHAR(300) NOT NULL,
    "source" VARCHAR(300) NOT NULL,
    "minimum" INT NOT NULL,
    "maximum" INT NOT NULL,
    "active" INT NOT NULL
) /* An article a penalty may rest on, with the fine range it allows (configurable; seeded). */;
        CREATE TABLE IF NOT EXISTS "subjects" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "credit_code" VARCHAR(18) NOT NULL UNIQUE,
    "credit_code_warning" INT NOT NULL /* an early code that fails the GB 32100 check character: kept, flagged */,
    "name" VARCHAR(200) NOT NULL,
    "subject_type" VARCHAR(24) NOT NULL /* training_institution | exam_institution | exam_site | enterprise */,
    "division_code" VARCHAR(6) NOT NULL,
    "address" VARCHAR(300),
    "high_risk" INT NOT NULL /* hazardous chemicals, mining, smelting, ... */,
    "status" VARCHAR(16) NOT NULL /* active | suspended | cancelled */,
    "status_reason" VARCHAR(300),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_subjects_name_b39fcc" ON "subjects" ("name");
CREATE INDEX IF NOT EXISTS "idx_subjects_divisio_3f362e" ON "subjects" ("division_code");
        CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "doc_no" VARCHAR(100) NOT NULL /* the document number (文号) */,
    "division_code" VARCHAR(6) NOT NULL /* the city or province running it */,
    "subject_types" JSON NOT NULL,
    "phases" JSON NOT NULL /* [{phase, starts, ends}] with ISO dates */,
    "checklists" JSON NOT NULL /* {subject_type: [{key, zh, en}]} */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_campaigns_divisio_f25caf" ON "campaigns" ("division_code");
        CREATE TABLE IF NOT EXISTS "wechat_conversation" (
    "openid_index" VARCHAR(64) NOT NULL PRIMARY KEY,
    "flow" VARCHAR(32),
    "step" VARCHAR(32),
    "data" JSON NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* The form in progress of one follower, found by the keyed hash of the OpenID (never stored in */;
        CREATE TABLE IF NOT EXISTS "wechat_message" (
    "key" VARCHAR(160) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL
) /* One delivery key (MsgId, or sender + CreateTime + event for events) claimed once. */;
CREATE INDEX IF NOT EXISTS "idx_wechat_mess_created_edbc09" ON "wechat_message" ("created_at");
        CREATE TABLE IF NOT EXISTS "wechat_token" (
    "app_id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL
) /* The access token of one app id, shared by every process; refreshed before `expires_at`. */;
        CREATE TABLE IF NOT EXISTS "inspection_draws" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "division_code" VARCHAR(6) NOT NULL,
    "month" VARCHAR(7) NOT NULL /* YYYY-MM */,
    "seed" VARCHAR(64) NOT NULL,
    "pool_hash" VARCHAR(64) NOT NULL,
    "pool_size" INT NOT NULL,
    "requested" INT NOT NULL,
    "risk_weighted" INT NOT NULL,
    "drawn" JSON NOT NULL /* [{subject, name, inspectors: [user ids]}] */,
    "warnings" JSON NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
) /* One reproducible random draw (双随机): its seed, the pool's hash, and who was drawn with whom. */;
CREATE INDEX IF NOT EXISTS "idx_inspection__divisio_e020fc" ON "inspection_draws" ("division_code");
        CREATE TABLE IF NOT EXISTS "penalties" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "decision_no" VARCHAR(64) NOT NULL UNIQUE,
    "decided_on" DATE NOT NULL,
    "party" VARCHAR(200) NOT NULL,
    "amount" INT NOT NULL /* yuan */,
    "status" VARCHAR(16) NOT NULL /* decided | paid | reconsidered | revoked */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "basis_id" INT NOT NULL REFERENCES "legal_bases" ("id") ON DELETE RESTRICT,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT REFERENCES "subjects" ("id") ON DELETE SET NULL
) /* An administrative penalty decision (行政处罚决定) on a case. */;
        CREATE TABLE IF NOT EXISTS "police_transfers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "transferred_on" DATE NOT NULL,
    "receiving_unit" VARCHAR(200) NOT NULL,
    "summary" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* sent | accepted | declined | closed */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT REFERENCES "subjects" ("id") ON DELETE SET NULL
) /* Crime clues handed to the police (移交公安). */;
        CREATE TABLE IF NOT EXISTS "subject_cases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "how" VARCHAR(16) NOT NULL /* credit_code | confirmed */,
    "confirmed_by" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT NOT NULL REFERENCES "subjects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_subject_cas_subject_881852" UNIQUE ("subject_id", "case_id")
) /* A case that concerns a subject: found by credit code, or by name and confirmed by a handler. */;
        CREATE TABLE IF NOT EXISTS "item_findings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item" VARCHAR(32) NOT NULL,
    "result" VARCHAR(12) NOT NULL /* ok | problem | na */,
    "note" TEXT,
    "evidence" JSON NOT NULL /* attachment ids */,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    "inspection_id" INT REFERENCES "inspections" ("id") ON DELETE SET NULL,
    "subject_id" INT NOT NULL REFERENCES "subjects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_item_findin_campaig_d49e0c" UNIQUE ("campaign_id", "subject_id", "item")
) /* An inspector's on-site result for one checklist item, with the evidence photographed for it. */;
        CREATE TABLE IF NOT EXISTS "self_inspections" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "answers" JSON NOT NULL,
    "answered_by" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    "subject_id" INT NOT NULL REFERENCES "subjects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_self_inspec_campaig_1e6abc" UNIQUE ("campaign_id", "subject_id")
) /* One subject's answers to its checklist: per item ok, or a problem with measure, deadline, person. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "wechat_conversation";
        DROP TABLE IF EXISTS "wechat_message";
        DROP TABLE IF EXISTS "subject_cases";
        DROP TABLE IF EXISTS "penalties";
        DROP TABLE IF EXISTS "police_transfers";
        DROP TABLE IF EXISTS "subjects";
        DROP TABLE IF EXISTS "inspection_draws";
        DROP TABLE IF EXISTS "wechat_token";
        DROP TABLE IF EXISTS "item_findings";
        DROP TABLE IF EXISTS "self_inspections";
        DROP TABLE IF EXISTS "inspection_quotas";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "legal_bases";"""


MODELS_STATE = (
    "eJztfflz27iW7r+C0i+d1CipeImTTs+7VY7jvu2ZxO4XO+/emXaXApGQhDZFqAnSinv539"
    "8BuIi7CYmUIBpTNX1jCofLh+2c7yz4czBnNnH4yy+ceIN36M+Bi+cE/pG5PkQDvFisrooL"
    "Ph47smEALeQVPOa+hy0fLk6wwwlcsgm3PLrwKXPhqhs4jrjILGhI3enqUuDS3wMy8tmU+D"
    "P5Ir/8Cpepa5NvhMd/Lu5GE0ocO/Oe1BbPltdH/sNCXntPpxeu/6NsKx44HlnMCebuqv3i"
    "wZ8xNxGgri+uTolLPOwT8QTfC8QXiBeMvjT+qPBlV03Ct0zJ2GSCA8dPffF4tLo2GI0ur2"
    "5G1+c3o9FAASOLuQJfeFUuAZiKV3jx/eHh0dGbw1dHJ29fH7958/rtq7fQVr5v8ac3f4cv"
    "s0IrvJXE7OKfF5c34oUYdGLYteLC31IG+ziUkp2xQt+fjlQ7IBF5vA9ixE0ngMwKdAe70w"
    "DDowu4n82wV456WiYHPHxQA+AjWBPc4yYr4FeTfn3kB9aMceKi8QOChQCJteUHeRs0J9jl"
    "aMIchy3RDXHI1MPzQbNemuNvI4e4U38Gf76twf//nX4+++n087O3z7N9cBn9cCh+yXYGDO"
    "cYW4DbVuqUMlmNO6f5tMgAfnDSAPGDk0rIxU9ZzD3mEF4E+r+ury7LgU4Ecuja1PLRX8ih"
    "fK21pwnMg/+cBK4lEETjgDo+dflL8bx/DDoCvwZsAZC485zz3500yM8+nf47j//Zx6v3Ej"
    "LG/akn7yJv8D7XGTa9pxzeUXn0FwQ1HvqD3wKPcjFcREeyCcIugp5cEMtn3jqrUJM5UT0l"
    "CjPC8oiAaIT9Yg98gF98OiflvZCVzM+PSPRl/I+uZkmXixF8oH3lOg/RYKkB/ubi0/n1ze"
    "mnnzOT5MPpzbn45VBefchdLfRSchP0r4ubn5D4E/3v1eV5fi4l7W7+dyDeCQc+G7lsOcJ2"
    "So2Jr8aoZXo9WNhr9npW0vS6Lr0eY5Tq9ujtV71OXJ94C1iOSKnuXal4F+TWUsB1UzVCDf"
    "zw4PjN8dujk+NE8U6u1OnboW4tbMvJXal9s8KsCPSPzCN06v43eZB4X8B7Ydcq28kiW/o8"
    "c7P9wvnveDTFV1ev6OFlYpcXBxnAAB9PfAkEvAW6/PLx40BiPsbW3RJ79qgCfJf51CpT9N"
    "5Hgj/+92fiYPkplaBfypv0B/DMUhCpIHDrDVG6SG60h2u9IlQjuGMwJ0K4Jcw+RDfsL3b3"
    "1Cd8BOZ4GdmjhJm401mk8PdkRoq1jB2y1BqWWd2KP80P5/kr2MVT+Uni2eJJEWBgPvnXPp"
    "bLZ4GcXf04rGNoLWg24qLdDnla+RKqXGFKyLCFLVG2EwfUykIvVJvpcXuNrfM1iamjwwZG"
    "+NFhpRUufsqa4dwnCxVs4/YG28exFQNahfOL2+tB+YnH9obyWxDXhvcRW+GEenOVEV8iqv"
    "HgH2AX4bAn8RJT6Mkpit48UXR2PzPuicejl2lIBaQk2tlXm8D/qtttdSMKwLBqzaDuL6vm"
    "kbkAdZ1uz4m20O+abe37280hZ14g+KrZpy5tuZ89ZhEONvQXuU4MSiy6fJNhnV23iBuPwo"
    "Vnh9Zd+ALK9l1GzFh4LVl4wtQPSsitOjskllhLGVtPS46Gr8BzKybJQRPF66Ba8TooKF5s"
    "6YbRcU1xTgS2B/MaSq+IvIk6B/kz7CPLwbBv2Yj6a7m6j5v4uo+rnd3HBW93+D7reLszkj"
    "3U0PZ9q05384S6lM/W6uecqFHJdOtnTVSylEu2RBvLOmyrFbGV01OzQOinEgW9oe1frUpZ"
    "HrGprxzalhNrheHaLc5ZTapJDO1BdRDtQSGKVv6vAsBxe531qDXBPXz1qgG60KoSXvnbng"
    "Vp7m4wtxyJCfsebI1K1ldKRGMufF1HUKPhfFQznI+Kw9nB3B+F4UFrKIdF6b3RDwfLGXFl"
    "asRvbPxixhybeCj8FLTEHIlPQ0I/CwM1+q9HmiDoZnNyP4n7qiBoBeshxdZMJjBNvA2jvu"
    "KESC2Wg3bDvGBJGYVLyoYY/Rcb/yTvs4czpRFS241M3UuIopjBzSAy4YKqfMY3PL+m5b6l"
    "5LdhLZcBrUac7tSbZKiMDqgMY2IbE9uY2MbEbmhiG2OqGv1+GVO5LBmf+oFMk1HbhQuCJr"
    "vw0ezCFGhFqJXTC2/Ee8PXXGTvul+IN80zLI435UTDLvXwlQVcoohnzONqTTxnjj+qig9O"
    "0QLaivoErqhPsPJKfsfTdKEIfUfP4AfXogvsIAdWM+INEccT4j+g8JvE3wtiUey8YAsxfu"
    "Icw3QXdv/EW3fJvDviPR+iJfVnkvm0iOfTCbVgTMu/I14HTfE9QRPmiYvzl+gzmbN7YsMb"
    "soVDEPYIuiMLP7rRVy/8GXapr/BgduuKW83gRZn3IAo8iD/D98auLSs+LBYMxqNMHHyOYD"
    "I+8JcDY+doZ+eIHVFFNYzb62znDFZz569o1oyiWSMuhNNmFE6VZrx/ziBqEqJ1WB2idVgI"
    "0TLWZpfxb7ACggqnFJGwEumfAXTcxP45rjZ/jgvWzz3xYIspzXZmDLYvtzKvJhHLwTwGua"
    "6GcnJFYUWZsAD2NRo6Ez0yha0ONj64RsQGSjmKZ+RGPsT3V1cfM6bP+4tcOPPll0/vzz8/"
    "O5CdA41C8rIkLceP1NtRHBhftEnLO6UgWGeS7t9UqEFfWJQ5FCW9q4pgRugpoweG9FqUSF"
    "rOECL7RIiszATVPs9K7k2EyZOJQM4rVJFJqUZ7FQUN7VXcundbsUy71bKvJct0A7opl1hf"
    "s+zs9Prs9MP5oGrBaAHls+zd9muxaIpycanUirEtY89LuNsKkr2axU2sjxRjbUIr+kU5mi"
    "wRkyViQlhMCIsJYTEhLHuymPSLsVkrHyAb6bp+kHI6rna/5uBOQpTTxk5ZTdOsLVRT1XTV"
    "0OjTPdOnt+/f1Azgjt2bEi0JkCrEsVAfVWoTBLFPQRCcfFPBNmreP9W5CbDVuBZgpfbIDe"
    "ZjtbpWGaGuRm+fmAxqKy+/KZEtFmkDvZzaxI2rsKtEmEg56j+8DIcGf3nxYXTzPz+fXw/W"
    "WZyb0R01bEdJF4AyK6hZpaPkcmIbVZfeUs2AQkf86/Tz5cXlP6/RHXkQZyqKSCDmIjpfMK"
    "9hibea3uik5LRQ86fMe1BSWFIy/Vv3299RwYZVquUdtzfYPo7thHocFlHOg7KgwurQq7zc"
    "U46+uscOrL4Tj5WM0moEs1IGP7/Ern4MPb/MsH5S2HnknpLlyA6UAiezUk8ZP7mCqdkUiU"
    "T/9peDw0YWxWGNSXFYtCkkYKPYF6eOdUbUePDe1Xrw9qTItly/FS23tQd1ozGtUF87RGzk"
    "EczVxnNBsH9LSCceU48tRzPMZypYp2U0hhn+9Inlc4SRNcPuVJQzl/Yu8sLzzXZvIxh/dT"
    "X0/fJXm+OG+tzrJSkHiVddOUphJ0X5NNv5KuMUMqunXNU3BCkVfXAm77eHs6YRWqFl2h5a"
    "n+X9+oTWlmJgomFWHwmzGouN4mFGqbnQpGxI2FxU8IhUojm2CfIZ6EpJZjBoSe/QckatGQ"
    "o/cogEpwaXsD8UbcN/jB/gH2ye/Eg88jKvXW3niS0H9dQdY9WzuJ4dH1+1RnqtUYC0UoCa"
    "qL2wJDElPjARMNExTaJjWOBZSvEFKwmNrXidyBKHuiUAV24ScXOTIFxMEK7U3avjMFIi2z"
    "/hezdulW4CK3ac+q4b/h1nZ+8ycVg3qFvKHE4StHeTOJzqgwtpy3yWGk+dObdqN2xq0YVm"
    "0ghsIgWrjlh3xBZ2lKxfmNha1BXHe4pFgb+T5Z/AfnIIGFnwH8pFaUPBjgtDaih+dtGceJ"
    "Ivd8M4gIIt18Fzbt2v6QSPr+JmzAUT0cMuhw+HrxRlG0FkLgo2ynKMaOJgX1qF5F5WsQqf"
    "9R08iv4Bz7CDhRPeTtaADGtf3bryfUR5yDAQDuxJISnMkzEWyIr6j+KjRJUAL1j4K8+BQ/"
    "A94dkKWpgj6ouzeBoaob8Moq69IzJQLU5k+NVYp1pap9neauxgz0j10IJpP0dlm+q1dti2"
    "rV9rkFC1a0hNSpVJqeoVuCalqrPV4amkVO0yBNLkVKnnVK27DJvkqf7xdiYhyiRE7TG2Ji"
    "HKJETpgZ9JiDIJUSYharf7y9NNiNrlpv4UM6K2OKRNOtSeR/jsJB1K71HdjiGgkAmxJdd9"
    "FL9e77dfBbk3c9qnguwfd9hfuQTdBq+/f2XDf8f4AD3zyAtRo5K6Mgz/OfKIxbzwLML0IY"
    "jF+OrNbmWqIepVDTEcRQTGesmi/5iqnYhtqGvrtiqpGitcPF1lGU8keriIHzVRTY6qVZOj"
    "gmrikm++qi2YlnnKlqCJwDQRmCYCcwM17jSwqf8TwVldpPBjrdqGRbPRLG73qLZ2MyOIhA"
    "dDi/A/KS6y2qj7A3KYjIdczmRgoYvIPXF9EfEIjwcZ+Imz8CRr0R65Mlpxwrw7XlTlOnyO"
    "bnpek/nSa0WPk9+LsNZFdkYC21v1X3WL7FZCO1d4q5r2xqzfE7Mec1K2FcjrtbuABS26P0"
    "zgl+J5OSsmFBRiUdADRH4ZWNR/eKTJwmP3FDSUR5qVXy28BuUjBltHqt1Qrt/Ft6ltWXip"
    "ytYmyF3LIPc7+HiVlTFu38PS302cJAfVXpKDgpvEBO4Uwi2b+P6Oq11/xwXP344PMtN6RL"
    "fs9cvsCo3Hc1pI4wE9kNYTvCxywHhyEB6ze4IKg2THXVDYbpt2Q0FQ966IX1iYw/r1AmUe"
    "DJViB1zPseNUai5pue1ZckeK6B+g/4PmjPso8OB1Gh4SECkzR4dvThL1RfxRp7Bcfzr9+L"
    "Foq+kYXLC7Nbz9vJqUhp5TuhlzCHarwmQSqRzIYxDrauzGuCsM33AwCG5MJBHD6nH18/nl"
    "6Prm9ObL9fn1D+iOLGS+MvfJQmQAc3xPnj1vNsrrtO+rq4/iJknk9/uLnC5++eXT+3PQIO"
    "WzoBH1K8gKn/qO0uKeCPSQrugk2gNzTqcuUQI5LaPz5omRoFZesMmEwu4ZcOLFiXG7jwTn"
    "wfg3YimnVOfE9K1XPpgwb1V7AFlOAKtMWM1TizDJFSNT9NxW11xbSbVQd02vuvE1EOtUZS"
    "0GqbbMmiWcREqmWSyg83IWVoV0yBQ7SL4wCocjGhOHuVOOioVKdqNWyZcbgfbhrVnYu0R+"
    "K/NNl3iJ/ZxwIwvDoLJxSXx/TUWzguQe5EdGZQOFSk0wzMkHgr3vOFoy7w56HNmiLE80N5"
    "eYI4vNF4GooCMK8GysXneSWCkSVGGuScJH1ZbPy2rrmR3M6HRGuOgUmY6LpvSeiApLyJ+B"
    "kSSHorzpG/j/719t3dwn33wZwaBoj6bFtmiQJlcU6ax74oVRNXAt2sfEJIm/ArrDaqijb8"
    "cGZfDCpUF+tZ2SkuqsTwrq4Rpd0sZ21SLYMjxS1lZbQ28oCO+Lkg6qHXHDAmwE26KoE/qN"
    "jdEcbCYkPgo5jMHKhJOFi4WF3sae2H42nix7p24AeNiRp4CUpwFXK/pFSY01fj18XTbxMX"
    "WUKl6kRLZfpnbwn5PAlbUS0Tigjk9d/lI89h+D7a+M3RTBMCcmVU6E/paONycm9a3XS7a6"
    "4vk+IW9amiJRFxmWletR9fUtxIjVpVGEsBb7Qj2FIgrL3K9OaJw6kRl+mbQJeAV0+eXjx7"
    "q8iUw91DtYupIQ1dwMUDm2qVeAZ9VhkQLRAjzn92Qvc6cagTQnnOPNj0oDmD6Fd+orUD5d"
    "bAjSDV30dKZh3weDe775dDtNbtRTpFzmU2vT2XYpb9JThMAuXRBpp26I0kVyo54iZYNu0R"
    "pGH+BmPcVpQVzs+HTTWfezvM1DX/e3BXNgURnJMzUmGx8w+7O82010s75iFocdCXV8Q8Cu"
    "w1s1VMf3Bq2uU/tC3bwivy9R3OuT/EYrQ6FZZZ7owFJ5Qqm4wUv0mS25PDaGuc4DkrnVsI"
    "8REajxQ+gLt7Dn0eh8GJE7GidxixDUMZmAnYyoPwSpvNui+yfeusyN88KFfw5hx5FP4ejZ"
    "V05+//pcnq4jTmOdw+/h4T7Cx3LHUxnlmCMeeMSRp95g+NsBS1f6Lc0RrNpzO0Okayb6k+"
    "kAc+Ztz72z5pDbTiPHcWLqKeC7STlXvQFuv6xXqDOo+LtXEnsQvKitXxtPSl0r1bAnAgb1"
    "9VFfeOReud5rRqiHi0r7q/Zuy+7sVrnsGFpp2io7yFdCfaofuGP3eETqbMc3rlsXNHaOr4"
    "ZexjP+GTTvzxdnNzs70znl26wgmlKuz0eoprS79XGy6TNZOJLCYdG5wuLgWOINM399xxFb"
    "ivOSwzvLI4rl+cQudpDLfMKHCC+w54tc5q+iTsKYOtR/+FosMLiF5xkaSOM1bFhDA606Um"
    "W/zkrprBINFsHYoRYoyMlg/isZ8/mZ0mRHb//MBxwAfGoUQiKhM/TaqExjZpeM7hvyrWKF"
    "idv3Atw6ru383zf1FlZCtX28uvxn3Dxvdpl47X5H7jaJ1wa1iN4Lx9A6ZQZysib5WWe+29"
    "ifxv7UoQs2tT93XNBeRI2WmJ1RMGm1uRnHq3ZavdjYalraah6xCLy7cg3IvFzvWNb2bTJq"
    "k/mC+cS1HlSLVpWItpJ12wXeAxEiBEsKWhAP2R6eNK36mIH/bZNKbW+rC7W9LdRpW2DOlw"
    "zWWGVXTV6wFzZcroRRo8p4hzWV8Q6LlfFEKJpbVg2lpozUSmR7KA982MGnHp4PFEd6LIf+"
    "Qksyhv8u4I3XKo/XwamfUcCpxE+hB/JyfRzsrdfruqdsFbXbnPBklaG+fYC5/frs8diMi1"
    "CqjulYrodgd7OAe0Qcb6Vcpj0r1r/6IAeNymnWVNPU7eQBrdFuuRoLtm2PcKWa4CmR/sHb"
    "SVFksbH5QdlQ/tFhuMKyTwvlcJ4Iqf1DugbYD1df3n88Rz9/Pj+7uL6IwtISVlb+KC6tSn"
    "19Pj/9mEeZudM1YE5LGZwb4MwsK/C8iqOUq5eNnFj/lo7jJivHcfXCcVxYN9KvVUC62rua"
    "E+uFfrdtJyt2mfswZ2WnZdTWaczIaX2cQxvQt1ipMY4YGXGCnbKapdXjvUS0D6vLtod8Aq"
    "P8XjX6Oy+p70EC2sTMONidBlHwY1Og0zJbZAT/mI3OLhXpwDVxbmJLVpuSBUvSI9KRaDmY"
    "ztcKnSi9gYmf0Dl+InbGceL6a/V4QXxv+ntV+NeaYR9NmR9FIMtPeidT0ZNgIMSD8Zz6UV"
    "lgaMrFGelwwV/SFkpm7924MXF11Wt0f+PqdhJtpdnq/wSDrTTrgU1jrdSqYJqyc7sqvZMC"
    "rCQ2LQtndYharv9MpNrTi1TjM3z4+kTFdlxJ9O8o1w7OU6R/lB3RUle9J5Iw4deKgzy1DI"
    "J2rByikxHqA++X8643ckge1DgkD4oOyTv4NBWM4/Y6uxIGixnzGfoLAcKB2Bvhn/essSWb"
    "Q72Jm/2g2s9+UHC0T6hDlEN1MkL9G9udhOl4xAZdCKxx9S2yRFRj0OXpZ+f/vvjxxcQjBF"
    "ls8YD4TKSYwzQAM2kyWWfkt7+VSvbpfk32NSNqmJV9YlZM1IuJeukPzoYn3JVVsCpsX4p/"
    "NeGQl+tRFxweHL85fnt0cpwgn1ypA7wIrk8XyqN6JdMjRA35veuVuwXyOzeyW0C0V2fP5A"
    "FdTeQGeNLMsSAbwtrHM0by6Bb2nw08NsJKgHdq79SSiCPZQ4tpJ36b6OSgEp/N6kyhan9N"
    "6vAifXw1T8VRs6GqVO2CmTHHLj3vpbrCcEpEj4OMxfN6c5DxwmMAz1ypR9Iypkta7xITU1"
    "W9PPWX+TNcya64EiJKcC48WoF/JfgFuT55sVsjS8Q0gSVp/KA8uPOSZoS3RJysBm4LVul5"
    "5mZ7NtibmqWFqV5etK103LeA8Rfe6FhDzcZ6U3Dz87wBr2Kov47jXrvkBVI8Vgk3kGW5qv"
    "mB3NG9hiPYMw2hJkzT1J3aXt2pGDSlkZwV0lgvC8N9ks17iG4EsoC32BuoH0gWgXno/Bue"
    "X1OfiNNGBztRk01hqu1GvMW4KZbRzInpHOm2FNmMc3wnjlhZMrRwsBUd0MujsaJeYrBRWO"
    "1hTVjtoakQ1hRsUyFsm8kQ7VYIM2F8JoyvPzhP4LPKHenVPqK0jPERte+2A0scrOs14vWL"
    "khqv5oPrn05fwGsiNgk1Fzp1iY3IPbWJaxFQb1w6IdxHoOpYDuOii9ZZ/dtPhfOxt54PLy"
    "tpfHh75cODIbie4zYtuDeVU9pYHXXq4hgT46fVxotVEkzJPGX485J9ctTu1pWYILs9L5du"
    "/aAY2poMwsddiMbLZaq76AB5lkWKoqBNWHVDwITNMqLuhnhdw10umgT+7yVG1CfCfVxFMy"
    "gNLLjVj+GdejQDt+OPT6ZirV8+PWGb+OdHmSVDH0e9KbzUrqZe7dGH91T25qdl+ujUbN2T"
    "z6wSJbyaoI2a68HNiseqcrPhl/Kh8NlzhF0bxXkJiHyDBcZ5QJgjQTY1owS3HubPPC8VwN"
    "S033Ji+95/6MU/0D12AoLEJ9ho/CCJ3oxdqV/fGY+Idl0SlWhWPhg1L6fvqahJieo54RxU"
    "OVF22oKvh8mSqVIN655tc1GderamP6T9o1NNTlM19P31h6xYFWXKtiBqONtNifMdFYPRtA"
    "9ai9w0bglt3RI7qLuhW3e0U3ij1D2BM1T3hiAr8eb7CnJhU3scZONga9nB1sQbZCj77bPQ"
    "EVolzPMKx2q2Od1jhmF+egwztUduMB+TkmWy2vTPCPWvwH/7GQSqyUk9TkpqP2TUxmq8FV"
    "6frtrOsB38D/zfi0+fXnz4sA4JddCshn9NCX+Ncr70HsydJHaZjMbtZjTGXnZlGiInaFgI"
    "Q7RpQ7QZjme3HI+divVpDeIeRvzloc6tqapURLfhXvfUJ2cilbc0zCv5dVgf3iXayYxgzY"
    "zup2Jxd1Z/RTkVf5OscM2gzahpR4cNtLSjw0olTfyUO9aHOUrQxu17qAO3f1qYqW+wtfoG"
    "5NuCeoSvEc6RlexhOMeehG/EmNTGbwTrZbMGJpd1P/o3jq0qK1JZW3onJdXDral9bteEv1"
    "VD39/wt90WltZs3Ww77EpuMmtUlc7K9QjZp1pTWrPeaMoQ1ZeULi97HI3dFhDud0Xp7BzX"
    "qvjx6YKeObQix3L147COe8MLOrJkO0O99Yt6222AhUbU20EjD+lBjYf0oOgh9dkdcUczzG"
    "cqGGeleod0B4Esu+XhtDNwuiTiLOzCrcpI5feMOQS7FVZlSiwH8hjkukI5HuXbpWXeX119"
    "zFiM7y9y2u3ll0/vz2E5kbivSmEWjQ7YZem9KtgrIQN1c6gNZVK9ovSLMilYlbvRzK99PJ"
    "lIu6gsBj35sVYz56LZCMwPz2jm/dLMRZ+qaudpGaM3NtAb+cLBD8oBo3m5/nlvO7GGFpjz"
    "JYNVU9UgKgj2UE3vJELXRH/0N/pjSykVnMgzXChHvwUe5aJwjCjpIqofEVH6Q5b8QAE800"
    "NUbuI7NlD9qbKHJhFpxTnTSSkWh7p3xEY3xCFTD88RtiwWuD6aME+WL4JHBwRZbA7aps0b"
    "dsNOQtYnmDpgKzlsWprvWtlJBbnthay/0lqFTB9PYsEgGcG4oI6qDZuXNXE0OsfRGFrI0E"
    "K7n1E9o4WykTSgC8t8ClVjpSipsXmYPu4GI+aSF2IoIqGYoiX1Z2g5o9ZMahiCW0Cc+Bwa"
    "xgbZWupe62b8CvENooQr7mG2QZ23wVWvqQWU5uV0nqHLGUOU8wC0fzENHcx9lLx/OFOfWQ"
    "H3mU2xPFp2DKvy3YspNOTP15mgR42YiKMaJuKohvuBFWSN6VkivjczE3qQuKslVHYgfIa4"
    "Qj3FpbRPk9dn/gL6E7SkkuFQFx2REdN56sJbMteGe4kaUejZ5x/P0Mnh0du1ZmU726aC5y"
    "tVV4FwXl40WqU41b/I+Dq80R5qulVxgJ0WqEohVuIgzOJZ7SFckvEo3YP6uAjr6iTp7cHK"
    "nxJpMXZHSVhWfJc6cU2KLfcmIxlYptIPWakeegVM4o2hC1qhC0x66lNQWYUCr5ZZlZIwJX"
    "YeT+oJeFlBReVkk0zw1J4hrJBysm7d2S6V1o9EHP5Yoq+GP9Sqqo5oskMl1SRDbE0fZUtX"
    "rXRqImC00CaUuNFH+qqPaBK8fBX4Y/atbKGPfqld6dmqzWMr/eA0OX5IBLvgVQyMOJpoiJ"
    "Ye9X3iinO8ljMmYpKQTSwKNxHHFT0TXwtm+oRacGtuzYgdOMR7LgOYuGDQQQ7nbfZtPPPW"
    "HTNfnCBnwZNeopv4rCXKoQ12iI0kbwz3GxOHuVOOfCYPXVowzyfey8Fme52pHr7L6uGip0"
    "dhNxe74YZ8q+iEnJjG3Hcry/H5v28yK3Hh1LZkNf54dfnPuHn+KLccPyMgVB38KSFTv2Hd"
    "wD8fhrVqJey0jM6K32Aplu47uKmghKO94x0CO9UPxIGhZOE8iP+Zi8d6Q/Ty5ctd8sRpvy"
    "zsakqnSq4k9DhTcp2TQNtYnTo5U9LB7jSAoaMyR9Iy25sjgz9mo7PLrnDPnQ7ZYNRXnypR"
    "OFTCUPTVuPeXoheK9xpdnhLbSsTJNnXhPendZhHRYJDNF75KRkFaxCQT5NU1G6zWhfrZxi"
    "khbQ82XjeFrK1DSzShcD5H6uighMRJfhvW0TixQtuMsx+cJhow8oW+PMMcTahH7B/C8DjZ"
    "5whGD5rjO8IRwdZMNkDMFVSKDEaWbEtEmyAvcLmU/Y2NCxr1Np63AQOjOLVatYJ0mlUnjW"
    "bVSc2sOnn1mLtB9voau39azqh7uigEmtf1+EzEPT4HTqkfNPXrI2urfBMPGu7QJapbkrNG"
    "C1crecvVS5ZApWS5IhadY6cc81gkv1KFMi8j2T1cp2qQ/nB+dvHp9OOz18PjXCpf3AfHhW"
    "QE0AnoPJgrmAopCRPGU2IswMRQRXQlYRAtqza9sNckqbKSRmvRRWspoTGSFAINtJYzDDub"
    "jb2LuXAwl2kuuRa12osVtR1R2VizzAPj6N6Wo5uT3xU2hah1OxtCJ4kfMN+p9D/RMKXPmg"
    "HgwucXjfMhmnhsjg4aevda3jQeCC4JqrsGpc+pxDyW6WoXbgN1gXQcR/MdR/ErNwb46PDN"
    "SYKt+KMO1mtQJz+W8KH4QclPGrffvpd0DYD/vE2dnX0rpvDtYMYcCh9xO4DXvR0smXcn/x"
    "oigcivfzfrgG07UG06JVwpn3QloXWAQS7jTIyuIcJc5BTbYjGyRAEfxFngWaRp/aeOYwtE"
    "vWfl2ooZIZ17ZE3W4PD16wY4Q6vqOn/itxKk+QzDAFHGeiXWQ7TbH9Qyl1sF5ETAwNsA3l"
    "CNWsvuzYn20PDdX0O36K9feORevRBsWsjMpwbzSRVhc+pILbSacTXXD641qGFq5O/DRjwN"
    "j5s+6sWXmQqRGHomi8BKiwwMs1D9lHkO0Bk+cf3noecdDFDhO3dFrVipqXK0JF5UzQgMO1"
    "F7EuEp9B33h3nttfsn3rqcSbV6QTzKwEQT/n0Eq52FXQ6P5oQj5joPYUqGSMKQqYqi2hJ2"
    "I9NfUAEu9Ba80pzIqrhdpGhsTFvpP207rqs/gYfLc/BcJTMxJ2Y2nya1MMJptk6gbUbSqH"
    "LaqXKabIQXLl8QmRDwwcPLsq0w16J2M6RJ25ENjRtGtV25RCR4eMwOLAp3Qh7sRmyOxC3Q"
    "s9vg9ZFl3Qbfn7yd3AYnb47w83eI+iLJj9jDcNNhzIGtTKheQ7mTiZJ/S8zlHdy4DiebFw"
    "Pctvto3bayPfHAdLaT6Rabs9tg9k4PFZiDbqlkRyUCOisKMee/Dl1cN3RjgN9UAvwmD7BY"
    "klTwjdvrDK82ephY5dW5lrSQgbkpzJz+UbIWV+51GRkTCFXi0/YIfBb3y5aHSlQzMgbVMl"
    "QpvxstCZ3OSpGtPUeiILvF4ySSK3t7noTUrIuI1wQSxAJ65FuL56nmWw9++ZMH49/Atgqj"
    "B4YoMrWYx0GllXWxqc1//fvXZqrItqMKwFAVRKJS/EdaZn97ro3J00mXGD+sKWNrwo9bzp"
    "EXng714jgrIVMcRyVutsChZjui2AvKdVDPotvsVw/8HY+wRyqgpgZepgIqPB9dfvn4cVcl"
    "UFeU8/8NmI8Htax02GTYkJb+XbRuyEufu750WAnnpc9ijQthJLkpETOIs2d6PhOkCnr16g"
    "CB8jpHB2/eIewj4en00evnPyCXYFhq4A6LhUMJL9LRW3miYaENC60v2F2S0GQ1vRTGcU7K"
    "sCFVu+9uNouPZIqd95hTXrZPpH6t3SIc0W40blw+e3AKa7HnUxh04jg/4mLHF1UwHpBcb5"
    "k7DH1/wkc4oa50LE6JKEaKHYctOXoGPTKh08ATb/CD9CgS+3lJCY7unmM2Ar02AtX1v7fL"
    "/tFhg3X/6LD6+LzDwpnm1HfISO3snrRMDymPTk4pDDH7Q8lPlpYxODfDOYzaVPL3JhIG42"
    "YY70mRi30ph2cqXLSNqDnDvlOfo4J9kwphkBo6LTMwVc76/DlU9PdwkFdxj50e9BnDVWIA"
    "ppCstv4yvdbM9rPFYi8aiumUGGaiUhSXxNxt8PbtsXUbnLw+mtwGr79/dXwbvJm8xvDvg/"
    "ER/Hf8PX4O9htYdYKGLTf8uniIsfr0svri3hy5TIn8y4r1zgZs3yMbHjADK02JFSg8stU4"
    "r6TqvLH7u1iXQSy8qcWjDnyliquJQA9NjsNGJsdhjclxWDQ58JwFZVlV1RW4EwGdNeTBQ4"
    "Dd/Aa3HR05PEBEyVBOJLZ4FkS0ygwUcY3E0F9ogan4H48IPOGaR8I/79lddFvlqsINhvdB"
    "tfPloOB9ieNaxkprSFaqhwuJCT0yoUdthB6Zepd96/WS3NHo7Ve9PhauTbUTtdMiOmsNO+"
    "PVdhLEpymoWz7iLgpyVxvQWaEehVB2dUj8doMjdRvZm0ZHJufDlwzcFlC9Xt1pvwZtU1yz"
    "07Ui8LSwx7WAbDYWqKejNr27Z7D9DKrG54uzm10F9f7MHGqRGw+7fFJ+ZFKuxbCWsZdtR3"
    "7UuCFxf+aBAossJyCiZIMrTGc/qlsk7ycY9TffT8a3wTHBx4JFP7EEi/72+5LIrE1vZoh4"
    "vYj4eCx5yhxxUfJJ88QesQi9h/uN4P2VakQVJXtI+HTCHPNgPsdeCbNWfRZ6SqQXKNdZ9V"
    "0chL4n1LI4f1WVVxYy6C+ELYssfMkk28RyqCv/aTmMG05Zs8FvOGXDLg77kc6qXf8aJmzn"
    "4BsmzDBh+zNoW2XCdsPWxNiX0DSpbqnmZ6JP0+zYMsORbJqi5hGb+sqZyjmx3gUrHrxtYt"
    "i8rTZs3pbo2zFio6gQUokWVhfoX3EHvUuNDbCLCPacByTeOyxEP8HUCc+M/+d7dHR48OpV"
    "WH5e1IsXywrx3qE7sFOHaOLg6bSpadpd4kC6H1VPb+r64KbdzZGOaK9wB5U4KcCcl9OZAx"
    "hISAUpKo5aoH4gK3/8hcg3PC+7xGEwin8nZQvWoWoOmzAIh9UMwmEx/FqzMhc6zY2W61yA"
    "ge8RrkRNpkTWglczDXwL6aEzOp2NRCVPxX05I6f5bjzDf4AlwQIudtw5teAWQzSXi9EQ8T"
    "kRZRHhXy9fFryju9xz94SYX2ViKilIUgrWdx7wBXHD6G9LGNKOowsrH8I58gjmZY7Ux/oh"
    "JWjWokZrkWHnq9HvLztvIr771utVEd/7kYqu2bpbmYmePXKgGEe2AVaFCLYeQia9AQ517z"
    "YEK+KRe+Y7yUAlinLC3HTt8trnKmhdwK1+DO/UV7Q4cSajVa3WTYcX3G1VJbZPmG3B7yMn"
    "ZbXvJ56zj/p/RpZCRUVZoyLkfOGjLeK5HGEU3QnEWODaaPyAQmZbMsRDcYIoXBKvGZ9hOq"
    "HenMiGWMblOsQrqa7R8cNKHFe/pF2j0vH8q/Fl7dCXNWNLFds0aq41U5zy+QhWIB6eerAC"
    "yeuoRuvl5PrHCZhwPWMamnA9E67XH/S7itfbRXCZbhC3EF1WGrhnYiFbiYXcTbzeGZ4vMP"
    "TToMRoS34b1llsVtTKhOz1y8yR5bVV9O1EQGdTRyfvG7yEavHGREJnjAci5g5eNZiLdDA3"
    "mI+JJ5KaT16/fXMbvD6ahMdTK1uWjfrgoKYPDkr64ClEF8kOsaj/IIiohcfuKezEyAtcEZ"
    "CBwoTZHYcepQPrlE77LAiaIz8zVmcbR34uZrj06KPqXllJ7G93DH75U37GEIHq6vl8iIhr"
    "879/DQ/Oubi+QoLN4M0mz7a7TEY6i69W6raslB5dJx6r3HV/ppcFodbckYch+mMm+vDvX/"
    "/WtM9MUrJhOXcNfb9YzrUCYIzj3Tje98bxnh5mJRxObhTWnHWbDzlpdJxF1PnM+44j5r6Q"
    "KSQwYwFWNAFbg7kEJTqFPGo2dewguac2EYbIYsZ8NvXwYkZsKUb90mMtOn1YqePdSjFgKQ"
    "pZ3Ns44XfKTskuUNCS4vY91I/aP/UwnFQq8K4kdAZ4wO5EyXuPwVPn8C8Xr8VDNcH7oBrv"
    "gwLeLvNLuKfqClxx+z5ENGy7+la8EaiYxWkZPYzitfgM7PvYmklSltqa8hbiIArPVjaCc2"
    "I6L0LGCt4D6PtlBWe99aFKqxZxkpMyIScloTwrQ1gN24Kcqb9l4qR2FCeVNng3judZ3WrP"
    "QG4e05NZFfWscbav4KqGodEMdbghvEo8pGZLb1OAC/uOXoXksmxwWU5RgS+uSSsqYaofJz"
    "ivXBJn9nzHEXb5knhcFOunPl9Rje/QgniSb0TsTub64IRjkPzjnGAeeHB/G7RKUQ15KCQ4"
    "c4ss51ae2JjqNBTnLinOqPdViIqUiB48xTrOe23DYEJ0lbmJnJjhJhpwE7ACzam/HjuRl2"
    "2Bn9Bzh9edjogxMcVInhQLVdLtJbUgDAtliBLdcTVEiSFK9Ae3CVGyGxv+X8SaYf+Mufdg"
    "lOAqO76k1bDOll/K9gKXrMCj5vzNjIiInzmirjCXxXbGEZvIwKEJcxwGavpwVcFDhA3dkQ"
    "dioxnmM9FQXLlaEPfiA3rmEng64j6MRxtuWLDku3zYrQs7Nvae/4C+CuvxK5ox6A4pEVMG"
    "nAEKlSVFmtr1DJ5P7ZFsqmLy5OV6V7i9LYun2vqfOGplRuL2fYgJ6Tq+iftkoYJt3N5g+z"
    "i2YkCrUFZxe8NXtc5XOdidBrAzqwz1tMwWaxr/MRudXXaFe3bINzlyo/rEjcKBG4a/qMa9"
    "X/yFQi5J90r1J1AnsTRxK/TpuEETVXqeatvIKQY3oqCRPgiVFT37xKcXtnRDcVFY3EP/gc"
    "5khNiNOOj6PxAor24Yoi//xZ8jy8FUlL8TBfTKnWCtP2EDLRheQWUJjZr3Tuc9OGmUf39S"
    "k39/8uoxtXe/ghK32hn7uZq2kJnX/Wp6w+5IDTcR/txkJfWTlo3YCHFQMhf+fZCKyQF4Bq"
    "Kw2HFYYMIKoUQuhAuPicY/II9MAHqRvjQmsOQR9JV8W1C4BEP/a3E17fA5G6yp8PRSirrG"
    "jZpI9G5l7Z5NSMZl0xSTRKAX7uqtJ5kkE0V1F8tK9tAo2JNtq5HvWvDPpfGGlY62lMT2vG"
    "yvulrEunCx7UYNOCUetWZlGkD0S+3mj1dtTP27rW2hHYffVU7uahWlenbv57aZO9rx9esG"
    "agq0qj7cUfyWi6lbKDHxUfMeottJdTt4ok/cEiWkpgTUSmT7lPxu9I7WyPedbmZ//3/3GK"
    "bq"
)
