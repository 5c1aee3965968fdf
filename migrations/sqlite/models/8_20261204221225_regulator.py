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
        DROP TABLE IF EXISTS "inspection_quotas";
        DROP TABLE IF EXISTS "penalties";
        DROP TABLE IF EXISTS "inspection_draws";
        DROP TABLE IF EXISTS "self_inspections";
        DROP TABLE IF EXISTS "police_transfers";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "legal_bases";
        DROP TABLE IF EXISTS "item_findings";
        DROP TABLE IF EXISTS "subject_cases";
        DROP TABLE IF EXISTS "subjects";"""


MODELS_STATE = (
    "eJztfftz27aa9r+C0S9NZpRMJDuJm+6eGcdxe7zr2P1sZ8/ZrTsqREISaopQCdKK2uZ//w"
    "DwfjUhkSJEY2e2J6bw8vLg9r7Pe8FfgyUxkUVff6HIGXwAfw1suETsH6nrQzCAq1V8lV9w"
    "4dQSDT3WQlyBU+o60HDZxRm0KGKXTEQNB69cTGx21fYsi18kBmuI7Xl8ybPxHx6auGSO3I"
    "V4kV9+ZZexbaKviIZ/rh4mM4wsM/We2OTPFtcn7mYlrn3E8wvb/VG05Q+cTgxieUs7br/a"
    "uAtiRwLYdvnVObKRA13En+A6Hv8C/oLBl4Yf5b9s3MR/y4SMiWbQs9zEF08n8bXBZHJ1fT"
    "e5Pb+bTAYSGBnE5viyV6UCgDl/hVffj8dHR+/Hb47enbw9fv/+7cmbE9ZWvG/+p/ff/JeJ"
    "0fJvJTC7+Oni6o6/EGGd6Hctv/BNyEAX+lKiM2L03flEtgMikaf7IERcdwKTiUG3oD33IH"
    "t0DvezBXSKUU/KZIBnH1QD+ADWCPewSQx8POm3R35gLAhFNphuAFsIAF9bfhC3AUsEbQpm"
    "xLLIGtwhC80duBzU66Ul/DqxkD13F+zPkwr8/+f05uyfpzcvTl6m++Aq+GHMf0l3BhvOIb"
    "YMblOqU4pkFe6c+tMiBfjoXQ3ER+9KIec/pTF3iIVoHuj/ur2+KgY6Esiga2LDBX8DC9Ot"
    "1p46MA/+Y+bZBkcQTD1sudimr/nz/jFoCfwKsDlA/M5LSv+wkiC/+Hz67yz+Z5fXHwVkhL"
    "pzR9xF3OBjpjNM/Igpe0fp0Z8TVHjoD373HEz5cOEdSWYA2oD15AoZLnG2WYXqzInyKZGb"
    "EYaDOEQT6OZ74BP7xcVLVNwLacns/AhEX4f/aGuWtLkYsQ80r21rEwyWCuDvLj6f396dfv"
    "45NUk+nd6d81/G4uomczXXS9FNwL8u7v4J+J/g/66vzrNzKWp3938D/k7Qc8nEJusJNBNq"
    "THg1RC3V697K3LLX05K611Xp9RCjRLcHbx/3OrJd5KzYcoQKde9SxTsnt5UCrpqq4Wvg49"
    "Hx++OTo3fHkeIdXanSt33dmtuWs4dC+ybGLA/0j8RBeG7/N9oIvC/Ye0HbKNrJAlv6PHWz"
    "w8L5WziawqvxKzpwHdnl+UHGYGAfj1wBBHsLcPXl8nIgMJ9C42ENHXNSAr5NXGwUKXofA8"
    "Ef//sGWVB8SinoV+Im/QE8tRQEKgi79Y4oXUQ3OsC1XhKqCbujt0RcuCHMPgU37C92j9hF"
    "dMLM8SKyRwozfqezQOHvyYzkaxkZk8Qallrd8j8tx8vsFWjDufgk/mz+pAAwZj65ty4Uy2"
    "eOnI1/HFYxtAZrNqG8XYc8rXgJWa4wIaTZwoYo25nF1MpcL5Sb6WF7ha3zLYmpo3ENI/xo"
    "XGqF85/SZjh10UoG27C9xvZpbPmAluH8wvZqUH78sb2h/FbINtn78K1whp2lzIgvEFV48A"
    "+gDaDfk3ANMevJOQjePFJ0up8Zj8ihwcvUpAISEs3sq3Xgf9PutroTBaBZtXpQ95dVc9CS"
    "g7pNt2dEG+h3xbb2w+1mnzPPEXzl7FObttzPDjEQZTb0F7FODAosumyTYZVdtwobT/yFp0"
    "Przn8BafsuJaYtvIYsPG7qewXkVpUdEkpspYxtpyUHw5fjuReTZFRH8RqVK16jnOJF1rYf"
    "HVcX50hgfzBvofTyyJugc4C7gC4wLMj2LRNgdytX93EdX/dxubP7OOft9t9nG293SrKHGt"
    "qhb9XJbp5hG9PFVv2cEdUqmWr9rIhKlnDJFmhjaYdtuSIWOz0VC4R+LlHQO9r+5aqU4SAT"
    "u9KhbRmxRhiubnFOa1J1YmhH5UG0o1wUrfhfCYDD9irrUVuCO37zpga6rFUpvOK3AwvS7G"
    "4wNxyJyfY9tjVKWV8JEYW58G0dQbWG81HFcD7KD2cLUnfihwdtoRzmpQ9GPxysF8gWqRG/"
    "k+mrBbFM5AD/U8AaUsA/DXD9zA/U6L8eqYOg683JwyTuy4KgJayHBFszm7Fp4uwY9RUmRC"
    "qxHDQb5sWWlIm/pOyI0X+R6T/FfQ5wptRCar+RqQcJURAzuBtEOlxQls/4Cpe3uNi3FP02"
    "rOQyWKsJxZ16kzSV0QKVoU1sbWJrE1ub2DVNbG1MlaPfL2MqkyXjYtcTaTJyu3BOUGcXPp"
    "ldmAAtD7V0euEdf2/2NRfpux4W4nXzDPPjTTrRsE09PLaACxTxlHlcrolnzPEnVfHBKVix"
    "trw+gc3rE8Reye9oki7koe/gBfvBNvAKWsBiqxlyhoDCGXI3wP8m/vcKGRhar8iKj58wxz"
    "DZhe0/8d5eE+cBOS+HYI3dhWA+DeS4eIYNNqbF3wGvA+bwEYEZcfjF5Wtwg5bkEZnsDcnK"
    "QgA6CDyglRvc6DfH/5ntUr+xB5N7m99qwV6UOBte4IH/6b83tE1R8WG1Imw8isTBl4BNxg"
    "19PdB2jnJ2Dt8RZVTDsL3Kds4gnjt/B7NmEswafsGfNhN/qtTj/TMGUZ0QrXF5iNY4F6Kl"
    "rc0249/YCshUOKmIhFikfwbQcR3757jc/DnOWT+PyGFbTGG2MyFs+7JL82oisQzMUybX1l"
    "COrkisKDPisX0N+85EB83ZVsc2PnYN8Q0UUxDOyJ18iB+vry9Tps/Hi0w489WXzx/Pb16M"
    "ROewRj55WZCW4wbq7SQMjM/bpMWdkhOsMkkPbypUoM8tygyKgt6VRTAl9JzRY4b0VpRIUk"
    "4TIodEiMRmgmyfpyUPJsLk2UQgZxWqwKSUo73ygpr2ym/d3VYsU2617GvJMtWArsslVtcs"
    "Ozu9PTv9dD4oWzAaQPksfbfDWizqopxfKpVibIvY8wLutoRkL2dxI+sjwVjr0Ip+UY46S0"
    "RniegQFh3CokNYdAjLgSwm/WJstsoHSEe6bh+knIyrPaw52EmIctLYKappmraFKqqaxg21"
    "Pt0zfXr//k3FAG7ZvSnQEgDJQhwK9VGl1kEQhxQEQdFXGWyD5v1TnesAW45rDlZsTmxvOZ"
    "Wra5USamv09onJwKb08psQ2WORNqaXYxPZYRV2mQgTIYfdzWt/aNDXF58md//78/ntYJvF"
    "uR7dUcF2FHQBU2Y5NSt1lFxGbKfq0nuqGZDriH+d3lxdXP10Cx7Qhp+pyCOBiA3wckWcmi"
    "XeKnqjlZLTXM2fE2cjpbAkZPq37je/ozIbVqqWd9heY/s0tjPsULaIUuoVBRWWh15l5Z5z"
    "9NUjtNjqO3NIwSgtRzAtpfFzC+zqp9BziwzrZ4Wdgx4xWk9MTypwMi31nPETK5icTRFJ9G"
    "9/GY1rWRTjCpNinLcpBGCT0Bcnj3VKVHvwPlR68A6kyLZYvyUtt60Hda0xLVFf20ds4iBI"
    "5cZzTrB/S0grHlOHrCcLSBcyWCdlFIaZ/ekiw6UAAmMB7TkvZy7sXeD455t1byNof3U59P"
    "3yV+vjhvrc6wUpB5FXXTpKoZOifIrtfKVxCqnVU6zqO4KUiD44E/c7wFlTCy3fMm0OrRtx"
    "vz6htacYmGCYVUfCxGOxVjzMJDEX6pQN8ZvzCh6BSrSEJgIuYbpSlBnMtKQPYL3AxgL4Hz"
    "kEnFNjl6A75G39f0w37B9kGf2IHPQ6q13t54kNB/VUHWPVs7iejo+v2iK9VitASilAddRe"
    "tiQRKT4wEtDRMXWiY4jnGFLxBbGEwla8SmSJhe0CgEs3ibC5ThDOJwiX6u7lcRgJkf2f8N"
    "2NW6WdwIqOU99Vw7/l7OwuE4dVg7qhzOEoQbubxOFEH1wIW+ZGaDxV5lzcbljXovPNpAmz"
    "iSSsOmQ8IJPbUaJ+YWRrYZsf78kXBfpBlH9i9pOFmJHF/oMpL23I2XFuSA35zzZYIkfw5b"
    "YfB5Cz5Vp4zr39WzLB4zd+M2IzE9GBNmUfzr6Sl21kIktesFGUYwQzC7rCKkSPooqV/6zv"
    "2KPwn+wZprey/NuJGpB+7at7W7wPLw/pB8Ixe5JLcvNkCjmyvP4j/yheJcDxVm7sObAQfE"
    "Q0XUELUoBdfhZPTSP0l0HQtQ9IBKqFiQy/autUSes03Vu1HewpqR5aMM3nqOxTvVYO26b1"
    "awUSqrqGVKdU6ZSqXoGrU6paWx2eS0pVlyGQOqdKPqdq22VYJ0/1j7fTCVE6IeqAsdUJUT"
    "ohSg38dEKUTojSCVHd7i/PNyGqy039OWZE7XFI63SoA4/w6SQdSu1R3YwhIJEJsSfXfRC/"
    "Xu23j4Pc6zntE0H2Tzvsr20E7r23378x2X+ncAReOOgVr1GJbRGG/xI4yCCOfxZh8hDEfH"
    "z1brfS1RDVqobojyLExnrBov+Uqh2J7ahrq7YqyRorlD9dZhmPJHq4iB/VUU2OylWTo5xq"
    "YqOvrqwtmJR5zpagjsDUEZg6AnMHNe7UM7H7TwTTukjux0q1DfJmk0XY7klt7W6BAPIPhu"
    "bhf0KcZ7Vh+wdgEREPuV6IwEIboEdkuzzikT2eybCfKPFPsubtgS2iFWfEeaB5Va7F56im"
    "59WZL71W9Cj6Iw9rVWRnILC/Vf9Nu8juJbQzxlvWtNdm/YGY9ZCioq1AXK/cBQzWov3DBH"
    "7Jn5cTM6FMIeYFPZjILwMDu5snmqwc8oiZhvJEs/xVHV6uZHj5A/t4mTUpbN/Dott13BOj"
    "cv/EKOeg0CEzuUDHOl6343Kn23HO59bxEWJKj+iG/W2p3aH2eE4KKTygB8JuYS8LLGa2WA"
    "BOySMCuUHScRfkdt+63ZATVL0rwhfmhqh6vYCJw4ZKvgNul9CySjWXpNz+bKgjSfRH4D/B"
    "klAXeA57nZrl+QNl5mj8/l2kvvA/qhSW28+nl5d5K0lFt353a3jzGS0udi2ptSMS6KEd2o"
    "obH1KK5zaSAjkpo/LaDAG3mV+R2QyzxdmjyAkznroP8aXe9HdkSOfKZsTULUQ9mBEnTioH"
    "huVRNyjTqET8W2Dq56CvLqYVSzVQUEutguAVEKtUPisEqbJ+lsHZfynNPxRQeTnzy/1ZaA"
    "4tIF4Y+MMRTJFF7DkF+QoU3eza4uUmTNNxtqzYXCC/l/mmiiP8MCfcxIBsUJmwIHC7olRV"
    "TvIAEt+CenDc3kOQzckNgs53FKyJ88B6HJi83kowN9eQAoMsVx4vjcIrq9SbovvOmOOZh2"
    "yuCT5B1lTMyirrchss8HyBKO8UkWcJ5vgR8dI5wF1g6q+p4qbv2f9//2bv1iT66grXdIGP"
    "gRALQbsY/6RYBvspk2sL/OiKJFvyiBw/XIJdC/YxPknCr2DdYdTU0ascDNfXl6lJ8vEi42"
    "64+vL54zlTG8WMYY2wW+IJJeyFC6O3KjslIdVan+TUwy26pIntqkGwRdybKJq1hd6QEz4U"
    "JZ2pdsj2K2shaPJqPeB3MgVLZjMB/lHAIoStTDBauIhfwWvq8O1n58lycOoGAw9a4niH4v"
    "zOckU/L6mwxq+GK8VELsSWVCmDhMj+648O/mPm2aIIHph62HKxTV/zx/5jsP+VsZ3qBvoo"
    "nNKJ0N+a4PoonL71esFWlz+4xedNC2PfqwKP0nI9Kqu9hxCkqvh4H9Z8X8jHxgfxdofVCb"
    "Vj4lPDLxUPz14BXH25vKwKiE8VunxgS1cUe5iZATLn8fQK8LQ6zGPbG4Dn/BEdZFJMLZCW"
    "iFK4+xlYDKbP/p36CpSLVzuCdIdXPZ1p0HWZwb3cfbqdRjfqKVI2cbGx62y7EjfpKULMLl"
    "0hYafuiNJFdKOeImUy3aIxjD6xm/UUpxWyoeXiXWfdz+I2m77ubytisUVlIg5LmO18cujP"
    "4m53wc36ilkYdsTV8R0Bu/VvVVMdPxi02s7Z8nXzksStSHGvzt6axIZCvZIrwUmU4uhJfo"
    "PX4IasqTgPhNjWBoikWbaPIR6o8YPvCzeg4+Dg4A+eFBhm5/IDSqZoxuxkgN0hk8q6Ldp/"
    "4r1N7DDhl/vnALQs8RQKXvxG0R+/vRTHpvBjNpfsd//UFu5jeaCJVGFIAfUcZInjTCD722"
    "KWrvBb6rM1led2hkDVFONn0wH6MNOee2f16aWtRo7DyNSTwHeXOp1qA9x8vSZfZ5Dxd8cS"
    "BxC8qKxfG84KXSvlsEcCGvXtUV856FG6kGdKqIeLSvOrdrf1VLpVLluGVpi20g7yWKhPhe"
    "E6do8HpM5+fOOqdUFt53g89FKe8Rumed9cnN11dlhvwrdZQjQlXJ9PUE1Jd+vTZNMNWlmC"
    "wiHBgbH8RFDkDFN/fUcBWfODcP07i7NnxcGzNrSATVxEhwCuoOPyY2p/42n4U2xhd/Nbvn"
    "LcHp6naSCF17BhBQ0Ud6TMfp2WUlklGqy8qYUNpiBHg/nvaMxnZ0qdHb35Yv7QY/DJUQiR"
    "hMrQK6MyTYlZMLrv0NeSFSZs3wtwq7i283/fVVtYEdV2eX31U9g8a3bpeO1+R+7Widdmah"
    "F+5I6hbcoMZGR18rPKfLe2P7X9qUIX7Gp/dlypnEeNFpidQTBpubkZxqu2WpZW22pK2moO"
    "MhB7d+kSg1m53rGszdtk2ETLFXGRbWxki1YViDaSddsG3gMeIsSWFLBCDjAdOKtbVDAF/0"
    "mdSm0n5YXaTnJ12laQ0jVha6y0qyYr2AsbLnuGe71D3KtOcc8hzkPR7KJqKBVlpGKR/aE8"
    "cNkOPnfgciA50kM58DdYoyn774q98Vbl8Vo4zjEIOBX4SfRAVq6Pg73xel2PmMRRu/UJT1"
    "Ia6tsHmJsv/x2OzbAIpeyYDuV6CHY7C7iD+LlF0lXA02L9qw8yqlVOs6KapmqF7ZVGu+Fq"
    "LNA0HUSlSk4nRPoHbytFkfnG5npFQ/lHi8ASyz4plMF5xqUOD+kKYD9df/l4eQ5+vjk/u7"
    "i9CMLSIlZW/MgvxaW+bs5PL7MoE3u+BcxJKY1zDZyJYXiOU3JGbvmykRHr39JxXGflOC5f"
    "OI5z60bytXJIl3tXM2K90O/27WSFNrE3S1J0GENlncaU3B6rZ4ZU1cFWagwjRiYUQauoZm"
    "n5eC8Q7cPqsu8hH8EovleO/s5KqnuQgDIxMxa0514Q/FgX6KTMHhnBPxeTsytJOnBLnOvY"
    "kuWmZM6SdJBwJBoWxMutQicKb6DjJ1SOnwidcRTZ7lY9nhM/mP6OC/8aC+iCOXGDCGTxSR"
    "9EKnoUDASoN11iNygLzJpSfvg1u+CucQMlsw9u3Oi4uvI1ur9xdZ1EWym2+j/DYCvFemDX"
    "WCu5Kpi67FxXpXcSgBXEpqXhLA9Ry/SfjlR7fpFqdAHHb9/J2I6xRP9OCm3hPEX8Z9ERLV"
    "XVewIJHX4tOcgTyyDTjqVDdFJCfeD9Mt71Wg7JUYVDcpR3SD6wT5PBOGyvsithsFoQl4C/"
    "AUPY43sj++cjqW3JZlCv42YflfvZRzlH+wxbSDpUJyXUv7HdSpiOg0ymCzFrXH6LLBBVGH"
    "Rx+tn5vy9+fDVzEAIGWW0AXfAUczYNmJk0m20z8pvfSgX79Lgl+5oS1czKITErOupFR730"
    "B2fNE3ZlFcSF7QvxLyccsnI96oLx6Pj98cnRu+MI+ehKFeB5cF28kh7VsUyPENXkd9crdw"
    "Pkd2ZkN4Bor86eyQIaT+QaeOLUsSA7wtrHM0ay6Ob2nx08NtxKYO/U3KklAUdygBZTJ36b"
    "4OSgAp9NfKZQub8mcXiROr6a5+Ko2VFVKnfBLIhlFp73Ul5hOCGixkHG/Hm9Och45RAGz1"
    "KqR5Iyuksa7xIdU1W+PPWX+dNcSVdcCeIlOFcOLsG/FPycXJ+82I2RJXyasCVpupEe3FlJ"
    "PcIbIk7igduAVXqeutmBDfa6ZmluqhcXbSsc9w1g/IXWOtZQsbFeF9zsPK/Bq2jqr+W41z"
    "Z5gQSPVcANpFmucn4gc3Sv5ggOTEOoCNPUdaf2V3cqBE1qJKeFFNbL/HCfaPMegjuOLMOb"
    "7w3Y9QSLQBxw/hUub7GL+Gmjg07UZF2Yar8RbyFukmU0M2IqR7qteTbjEj7wI1bWBKwsaA"
    "QH9NJgrMiXGKwVVjuuCKsd6wphdcHWFcL2mQzRbIUwHcanw/j6g/OMfVaxI73cR5SU0T6i"
    "5t12zBJn1vUW8fp5SYVX88HtP09fsdcEZOZrLnhuIxOgR2wi20BMvbHxDFEXMFXHsAjlXb"
    "TN6t98KpwLne18eGlJ7cM7KB8eG4LbOW6TggdTOaWJ1VGlLg4x0X5aZbxYBcGUxJGGPyvZ"
    "J0dtt67ECNn9eblU6wfJ0NZoED7tQtReLl3dRQXI0yxSEAWtw6prAsZtlgm2d8Trlt3lok"
    "7g/0FihF3E3cdlNIPUwGK3+tG/U49m4H788dFUrPTLJydsHf/8JLVkqOOo14WXmtXUyz36"
    "7D2lvflJmT46NRv35BOjQAkvJ2iD5mpws/yxstys/6V0yH32FEDbBGFeAkBf2QJjbQCkgJ"
    "NN9SjBvYf5E8dJBDDV7beM2KH3H3j1D/AILQ8B/gkmmG4E0ZuyK9XrO+0RUa5LghLN0gej"
    "ZuXUPRU1KlG9RJQyVY6XnTbY17PJkqpSzdY906S8OvViS39I80en6pymcuj76w+JWRVpyj"
    "YnqjnbXYnzjorBKNoHjUVuareEsm6JDupuqNYdzRTeKHRPwBTVvSPIUrz5oYKc29SeBlk7"
    "2Bp2sNXxBmnKfv8sdIBWAfMc41jONid7TDPMz49hxubE9pZTVLBMlpv+KaH+FfhvPoNANj"
    "mpx0lJzYeMmlCOt4Lb01X7GbaD/2X/9+rz51efPm1DQo3q1fCvKOGvUM6X2oO5lcQundG4"
    "34zG0MsuTUNkBDULoYk2ZYg2zfF0y/GYiVifxiDuYcRfFurMmipLRbQb7vWIXXTGU3kLw7"
    "yiX4fV4V28ncgIVszofi4Wd2v1V6RT8XfJClcM2pSadjSuoaUdjUuVNP5T5lgfYklBG7bv"
    "oQ7c/Glhur7B3uoboK8r7CC6RThHWrKH4RwHEr4RYlIZv+Ftl83q6VzWw+jfMLaqqEhlZe"
    "mdhFQPt6bmuV0d/lYOfX/D37otLK3Yutl02JXYZLaoKp2W6xGyz7WmtGK9UZchqi4pXVz2"
    "OBi7DSDc74rS6TmuVPHj0xU+s3BJjmX847CKe4MrPDFEO0299Yt66zbAQiHqbVTLQzqq8J"
    "CO8h5Slzwge7KAdCGDcVqqd0i3EMjSLQ+nnIHTJhFnQJvdqohU/kiIhaBdYlUmxDIgT5lc"
    "WyiHo3y/tMzH6+vLlMX48SKj3V59+fzxnC0nAve4FGbe6GC7LH6UBTsW0lDXh1pTJuUrSr"
    "8ok5xV2Y1mfuvC2UzYRUUx6NGPlZo55c0mzPxwtGbeL82c96msdp6U0XpjDb2Rriy4kQ4Y"
    "zcr1z3vbijW0gpSuCVs1ZQ2inGAP1fRWInR19Ed/oz/2BPeAInGIC6bgd8/BlFeO4TVdeP"
    "kjxGt/iJofwGMPdQAWu3jHFqo7l3bRRCKNeGdaqcViYfsBmeAOWWjuwCWAhkE82wUz4oj6"
    "RezRHgIGWTJ106Q1u6GTmPUZxBYzliwyL0x4Le2knNz+YtbfKK1DJs8nMdggmbBxgS1ZIz"
    "YrqwNpVA6k0byQ5oW6n1E944XSoTRMGRYJFbLWSl5SYfswed4NBMRGr/hQBFwzBWvsLsB6"
    "gY2F0DA4uQAocilrGFpkW6l7jdvxMeI7hAmX3ENvgypvg3GvyUWUZuVUnqHrBQGYUo9p/3"
    "waWpC6IHp/f6a+MDzqEhNDcbbslK3KD6/mrCF9uc0EPapFRRxVUBFHFeQPW0G2mJ4F4gcz"
    "M1kPIjteQkUHss/gV7AjuZT2afK6xF2x/mRaUsFwqAqPSImpPHXZWxLbZPfiRaLAi5sfz8"
    "C78dHJVrOymW1TwvWVKKyAKC2uGi1TnepfaHrr3+gANd2yQMBWK1QlECvwEKbxLHcRrtF0"
    "kuxBdXyEVYWS1HZhZY+JNAh5wMivK96lTlyRY0ud2URElsn0Q1pKZZ5aGaeipgvKoe8xXa"
    "DzU5+DysoVeLnUqoSErrHzdFaPR4sqKkpnm6Sipw4MYYmck20Lz7aptF4ifvpjgb7q/1Cp"
    "qlq8SYdKqs6G2Js+Sta2XO3USEBroXUoca2P9FUfUSR6+dpzp+Rr0UIf/FK50pO4zVMr/e"
    "A0On+IB7vAOAaGn000BGsHuy6y+UFe6wXhMUnARAZmN+HnFb3gX8vM9Bk22K2psUCmZyHn"
    "pQhgopxBZ3Iwa7Pv45n39pS4/Ag5gz3pNbgLD1vClLWBFjKB4I3Z/abIIvacApeIU5dWxH"
    "GR83qw216ny4d3WT6c9/TE7+Z8N9yhryWdkBFTmPtuZDk+//ddaiXOHdsWrcaX11c/hc2z"
    "Z7ll+BkOoezgTwjpAg7bBv65bFjLlsJOyqis+A3WfOl+YDfllHCwd3wAzE51PX5iKFpZG/"
    "4/S/5YZwhev37dJU+c9MuyXU3qWMlYQo1DJbc5CrSJ1amVQyUtaM89NnRk5khSZn9zZPDn"
    "YnJ21RbumeMha4z68mMlcqdKaIq+HPf+UvRc8d6iyxNie4k42acufCC9Wy8imhlky5Urk1"
    "GQFNHJBFl1zWRW60r+cOOEkLInG2+bQ9bUqSWKUDg3gTo6KCBxot+GVTROqNDW4+wHp5EG"
    "DFyuLy8gBTPsIPMHPzxO9Dlgowcs4QOiAEFjIRoAYnMqRQQjC7YloE2A49lUyP5OpjmNeh"
    "/P24GBkZxajVpBKs2qd7Vm1buKWfXuzVPuBtHrW+z+STmt7qmiEChe2OMG8XvceFahHzTx"
    "6xNrq3gThzXs0CWqWpazQgtXI3nL5UsWR6VguUIGXkKrGPNQJLtS+TKvA9kDXKcqkP50fn"
    "bx+fTyxdvhcSaVL+yD41wyAtMJ8NJbSpgKCQkdxlNgLLCJIYtoLKERLSo3vTK3JKnSklpr"
    "UUVrKaAxohQCBbSWM8h2NhM6F0vuYC7SXDItKrUXI2g7waKxYpkH2tG9L0c3RX9IbApB62"
    "Y2hFYSP9h8x8L/hP2UPmPBAOc+v2CcD8HMIUswqunda3jT2CBYEFR3y5Q+qxTzUKatXbgJ"
    "1DnSYRzNdxSEr1wb4KPx+3cRtvyPKlhvmTp5WcCHwo2UnzRsv38v6RYA/3WfODz7nk/h+8"
    "GCWJh9xP2Ave79YE2cB/HXEHBEfv1WrwP27UA18RxRqXzSWELpAINMxhkfXUMAKc8pNvli"
    "ZPACPoASzzFQ3fpPLccW8ILP0sUVU0Iq98iWrMH47dsaOLNW5YX++G8FSNMFZANEGutYrI"
    "doNz+oRS63DMiRgIa3Bry+GrWV3ZsR7aHhe7iGbt5fv3LQo3wl2KSQnk815pMswvrYkUpo"
    "FeNqbje2MahgasTvw1o8DQ2bPunFF5kKgRh4IYrACouMGWa++inyHFhnuMh2X/qed2aAct"
    "+5zWvFCk2VgjVygmpGzLDjtScBnLO+o+4wq722/8R7mxKhVq+Qgwkz0bh/H7DVzoA2ZY+m"
    "iAJiWxs/JYMnYYhURV5tCdqB6c+pAJv1FnulJRJVcdtI0diZtlJ/2rZcWH/GHi4OwrOlzM"
    "SMmN586tTC8KfZNoG2KUmtyimnyimyEV7YdIVEQsAnB66LtsJMi8rNEEdtJyZrXDOq7dpG"
    "PMHDIaZnYHYn4LDdiCwBvwV4ce+9PTKMe+/7dyeze+/d+yP48gPALk/yQ+bQ33QIsdhWxl"
    "WvodjJeMm/NaTiDnZYh5Ms8wFu+320alvZgXhgWtvJVIvN6TaYvdVDBZZMt5SyoyIBlRWF"
    "kPPfhi6uGrohwO9LAX6fBZgvSTL4hu1VhlcZPYyv8vJcS1JIw1wXZor/LFiLS/e6lIwOhC"
    "rwaTuIfRZ1i5aHUlRTMhrVIlQxfZisEZ4vCpGtPEciJ7vH4ySiKwd7noTQrPOIVwQShAJq"
    "5Fvz58nmWw9++Yt609+ZbeVHDwxBYGoRhzKVVtTFxib99duv9VSRfUcVMEOVE4lS8R9Jmc"
    "PtuSYmTytdov2wuoytDj9uOEeeezrki+PEQro4jkzcbI5DTXdEvhek66CeBbc5rB74Fo6w"
    "JyqgJgZeqgIqez64+nJ52VUJ1Jhy/n8eceGgkpX2mwxr0tJ/8NY1eelz2xUOK+68dEmocQ"
    "EIBDfFYwZh+kzPF5xUAW/ejABTXpdg9P4DgC7gnk4XvH35A7ARZEsNu8NqZWFE83T0Xp6o"
    "WWjNQqsLdpskNIqnl8Q4zkhpNqRs9+1ms7hEc2h9hBTTon0i8WvlFmHxdpNp7fLZg1O2Fj"
    "suZoOOH+eHbGi5vArGBoj1lthD3/fHfYQzbAvH4hzxYqTQssiaghesR2Z47jn8DX4QHkVk"
    "viwowdHec/RGoNZGILv+93bZPxrXWPePxuXH541zZ5pj10ITubN7kjI9pDxaOaXQx+xPKT"
    "9ZUkbjXA9nP2pTyt8bSWiM62F8IEUuDqUcnq5w0TSi+gz7Vn2OEvZNIoRBaOi4yMCUOevz"
    "Z1/RP8BBXsY9tnrQZwhXgQGYQLLc+kv1Wj3bz+SLPW/Ip1NkmPFKUVQQc/feycmxce+9e3"
    "s0u/fefv/m+N57P3sL2b9H0yP23+n38CWz35hVx2nYYsOvjYdoq08tqy/szYlNpMi/tFjv"
    "bMDmPbL+ATNspSmwArlHthznWKrKG3u4i3URxNybmj/qwJWquBoJ9NDkGNcyOcYVJsc4b3"
    "LAJfGKsqrKK3BHAipryIONB+3sBrcfHdk/QETKUI4k9ngWRLDKDCRxDcTA32AFMf8fB3E8"
    "2TUH+X8+kofgttJVhWsM71G582WU876EcS1TqTUkLdXDhUSHHunQoyZCj3S9y771ekHuaP"
    "D2ca9PuWtT7kTtpIjKWkNnvFonQXyKgrrnI+6CIHe5AZ0W6lEIZVuHxO83OFK1kb1rdGR0"
    "PnzBwG0A1dv4Toc1aOvimp6uJYGnuT2uAWTTsUA9HbXJ3T2F7Q1TNW4uzu66Cur9mVjYQH"
    "cOtOms+MikTIthJWMv2k7coHFN4v7MYQosMCwP8ZINNjed3aBukbgfZ9Tffz+b3nvHCB5z"
    "Fv2dwVn0k+8LIrN2vZkm4tUi4sOx5EhzxHnJZ80TO8hA+JHdb8LeX6pGVF6yh4RPK8wx9Z"
    "ZL6BQwa+VnoSdEeoFylVXfxkHoB0It8/NXZXllLgP+BtAw0MoVTLKJDAvb4p+GRajmlBUb"
    "/JpT1uzisB/prMr1r2bCOgdfM2GaCTucQdsoE9YNWxNiX0DTJLqlnJ8JPk2xY8s0R7Jrip"
    "qDTOxKZypnxHoXrDg6qWPYnJQbNicF+naI2CQohFSghVUF+pfcQe1SYwNoAwQdawP4e/uF"
    "6GcQW/6Z8T99BEfj0Zs3fvl5Xi+eLyvI+QAemJ06BDMLzud1TdP2EgeS/Sh7elPbBzd1N0"
    "daor38HVTgJAFzVk5lDmAgIOWkKD9qAbueqPzxN0Bf4bLoEmWDkf87KluwDVUzrsMgjMsZ"
    "hHE+/FqxMhcqzY2G61wwA99BVIqaTIhsBa9iGvge0kMXeL6Y8EqekvtySk7x3XgB/2SWBP"
    "Eo33GX2GC3GIKlWIyGgC4RL4vI/vX6dc472uWeeyDEfJyJKaUgCSm2vlOPrpDtR38b3JC2"
    "LFVYeR/OiYMgLXKkPtUPCUG9FtVaizQ7X45+f9l5HfHdt14vi/g+jFR0xdbd0kz09JED+T"
    "iyHbDKRbD1EDLhDbCw/bAjWAGP3DPfSQoqXpSTzU3bLK59LoPWBbvVj/6d+ooWRdZsEtdq"
    "3XV4sbvFVWL7hNke/D5iUpb7fsI5+6T/Z2JIVFQUNSp8zpd9tIEcmwIIgjsxMeLZJphugM"
    "9sC4Z4yE8QZZf4a4ZnmM6ws0SiIRRxuRZyCqprtPywAsfVL0nXqHA8/6p9WR36shZkLWOb"
    "Bs2VZooTPh/OCoTDUw1WIHod2Wi9jFz/OAEdrqdNQx2up8P1+oN+W/F6XQSXqQZxA9FlhY"
    "F7OhaykVjIbuL1zuByBVk/DQqMtui3YZXFZgStdMhev8wcUV5bRt+OBFQ2dVTyvrGXkC3e"
    "GEmojPGAx9yxV/WWPB3M9pZT5PCk5ndvT97fe2+PZv7x1NKWZa0+GFX0waigD55DdJHoEA"
    "O7G05ErRzyiNlODBzP5gEZwE+Y7Tj0KBlYJ3XaZ05QH/mZsjqbOPJztYCFRx+V90oscbjd"
    "MfjlL/EZQ8BUV8elQ4Bsk3771T845+L2GnA2g9abPPvuMhHpzL9aqtvSUmp0HX+sdNf9lV"
    "wWuFrzgDZD8OeC9+G3X78p2mc6KVmznF1D3y+Wc6sAGO141473g3G8J4dZAYeTGYUVZ91m"
    "Q05qHWcRdD5xvqOA2K9ECgmbsQxWMGO2BrERiHQKcdRs4thB9IhNxA2R1YK4ZO7A1QKZQg"
    "y7hcdatPqwQse7kWDAEhQyv7d2wnfKTokukNCSwvY91I+aP/XQn1Qy8MYSKgM8IA+85L1D"
    "2FOX7F823IqHqoP3qBzvUQ5vm7gF3FN5Ba6wfR8iGvZdfSvcCGTM4qSMGkbxVnwGdF1oLA"
    "Qpi01FeQt+EIVjShvBGTGVFyFtBR8A9P2ygtPeel+llYs4yUjpkJOCUJ7YEJbDNien62/p"
    "OKmO4qSSBu/O8TzxrQ4M5PoxPalVUc0aZ4cKrmwYGk5RhzvCK8VDKrb01gU4t++oVUguzQ"
    "YX5RTl+OKKtKICpvppgvPaRmFmz3cUQJuukUN5sX7s0phq/ABWyBF8IyAPItcHRhyD4B+X"
    "CFLPYfc3mVbJqyEPuQQldp7l3MsTa1OdmuLskuIMel+GqEiIqMFTbOO8VzYMxkdXmpvIiG"
    "luogY3wVagJXa3Yyeysg3wE2ru8KrTESEmuhjJs2KhCrq9oBaEZqE0UaI6rpoo0USJ+uDW"
    "IUq6seFPkYONxaDAdg9+GVbZ7DBuo7PKDmnZHFYYtY/MPC2k6Mrtp4RID22n8du3NYwn1q"
    "q8ZDL/LWOpskklgXDQvIfotpIzxp7oBoej1U6siEX2T8x0Y4k2RsFIxHA3v5l9+//wPATx"
)
