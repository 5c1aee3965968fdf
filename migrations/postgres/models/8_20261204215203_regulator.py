from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "inspection_quotas" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "division_code" VARCHAR(6) NOT NULL UNIQUE,
    "enterprises" INT NOT NULL
);
COMMENT ON TABLE "inspection_quotas" IS 'Enterprises to inspect a month in a jurisdiction (seed 001 item 17: at least 5); nearest one up applies.';
        CREATE TABLE IF NOT EXISTS "legal_bases" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "title_en" VARCHAR(300) NOT NULL,
    "title_zh" VARCHAR(300) NOT NULL,
    "source" VARCHAR(300) NOT NULL,
    "minimum" INT NOT NULL,
    "maximum" INT NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON TABLE "legal_bases" IS 'An article a penalty may rest on, with the fine range it allows (configurable; seeded).';
        CREATE TABLE IF NOT EXISTS "subjects" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "credit_code" VARCHAR(18) NOT NULL UNIQUE,
    "credit_code_warning" BOOL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "subject_type" VARCHAR(24) NOT NULL,
    "division_code" VARCHAR(6) NOT NULL,
    "address" VARCHAR(300),
    "high_risk" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_reason" VARCHAR(300),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_subjects_name_b39fcc" ON "subjects" ("name");
CREATE INDEX IF NOT EXISTS "idx_subjects_divisio_3f362e" ON "subjects" ("division_code");
COMMENT ON COLUMN "subjects"."credit_code_warning" IS 'an early code that fails the GB 32100 check character: kept, flagged';
COMMENT ON COLUMN "subjects"."subject_type" IS 'training_institution | exam_institution | exam_site | enterprise';
COMMENT ON COLUMN "subjects"."high_risk" IS 'hazardous chemicals, mining, smelting, ...';
COMMENT ON COLUMN "subjects"."status" IS 'active | suspended | cancelled';
        CREATE TABLE IF NOT EXISTS "inspection_draws" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "division_code" VARCHAR(6) NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "pool_hash" VARCHAR(64) NOT NULL,
    "pool_size" INT NOT NULL,
    "requested" INT NOT NULL,
    "risk_weighted" BOOL NOT NULL,
    "drawn" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" BIGINT REFERENCES "cases" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_inspection__divisio_e020fc" ON "inspection_draws" ("division_code");
COMMENT ON COLUMN "inspection_draws"."month" IS 'YYYY-MM';
COMMENT ON COLUMN "inspection_draws"."drawn" IS '[{subject, name, inspectors: [user ids]}]';
COMMENT ON TABLE "inspection_draws" IS 'One reproducible random draw (双随机): its seed, the pool''s hash, and who was drawn with whom.';
        CREATE TABLE IF NOT EXISTS "penalties" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "decision_no" VARCHAR(64) NOT NULL UNIQUE,
    "decided_on" DATE NOT NULL,
    "party" VARCHAR(200) NOT NULL,
    "amount" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "basis_id" INT NOT NULL REFERENCES "legal_bases" ("id") ON DELETE RESTRICT,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT REFERENCES "subjects" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "penalties"."amount" IS 'yuan';
COMMENT ON COLUMN "penalties"."status" IS 'decided | paid | reconsidered | revoked';
COMMENT ON TABLE "penalties" IS 'An administrative penalty decision (行政处罚决定) on a case.';
        CREATE TABLE IF NOT EXISTS "police_transfers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "transferred_on" DATE NOT NULL,
    "receiving_unit" VARCHAR(200) NOT NULL,
    "summary" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT REFERENCES "subjects" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "police_transfers"."status" IS 'sent | accepted | declined | closed';
COMMENT ON TABLE "police_transfers" IS 'Crime clues handed to the police (移交公安).';
        CREATE TABLE IF NOT EXISTS "subject_cases" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "how" VARCHAR(16) NOT NULL,
    "confirmed_by" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "cases" ("id") ON DELETE CASCADE,
    "subject_id" INT NOT NULL REFERENCES "subjects" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_subject_cas_subject_881852" UNIQUE ("subject_id", "case_id")
);
COMMENT ON COLUMN "subject_cases"."how" IS 'credit_code | confirmed';
COMMENT ON TABLE "subject_cases" IS 'A case that concerns a subject: found by credit code, or by name and confirmed by a handler.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "penalties";
        DROP TABLE IF EXISTS "inspection_draws";
        DROP TABLE IF EXISTS "legal_bases";
        DROP TABLE IF EXISTS "subjects";
        DROP TABLE IF EXISTS "police_transfers";
        DROP TABLE IF EXISTS "inspection_quotas";
        DROP TABLE IF EXISTS "subject_cases";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoY/dNkRvHEspM46d6dcRy39a5j99rO3UfdUSESklBThEqQVtTHd78A+H"
    "6akEgRonFnbjemcPj4ATg47/PHYEFMZNGDLxQ5gw/gj4ENF4j9I3V9CAZwuYyv8gsunFhi"
    "oMdGiCtwQl0HGi67OIUWReySiajh4KWLic2u2p5l8YvEYAOxPYsveTb+zUNjl8yQOxcv8t"
    "PP7DK2TfQV0fDP5cN4ipFlpt4Tm/zZ4vrYXS/FtY94dmG734mx/IGTsUEsb2HH45drd07s"
    "iADbLr86QzZyoIv4E1zH41/AXzD40vCj/JeNh/hvmaAx0RR6lpv44sk4vjYYj6+u78a353"
    "fj8UACI4PYHF/2qlQAMOOv8Or9aHR09G70+ujtyZvjd+/enLw+YWPF++Z/eveX/zIxWv6t"
    "BGYX319c3fEXImwS/anlF/4SNNCFPpWYjBh9dzaWnYCI5Ok5CBHXk8BoYtAtaM88yB6dw/"
    "1sDp1i1JM0GeDZB9UAPoA1wj0cEgMfb/rNkR8Yc0KRDSZrwBgB4LzlW3EbsEDQpmBKLIus"
    "wB2y0MyBi0G9WVrAr2ML2TN3zv48qcD//05vzn44vXlx8jI9B1fBDyP+S3oy2HIOsWVwm1"
    "KTUkSr8OTU3xYpwA/f1kD88G0p5PynNOYOsRDNA/2P2+urYqAjggy6JjZc8CewMN2I99SB"
    "efC3qWcbHEEw8bDlYpse8Of9fdAS+BVgc4D4nReU/mYlQX7x+fTfWfzPLq8/CsgIdWeOuI"
    "u4wcfMZJj4EVP2jtKrP0eo8NIf/Oo5mPLlwieSTAG0AZvJJTJc4mzChersifItkdsRhoM4"
    "RGPo5mfgE/vFxQtUPAtpyuz+CEgPwn+0tUvaZEbsA81r21oHi6UC+LuLz+e3d6eff0xtkk"
    "+nd+f8l5G4us5czc1SdBPwr4u7HwD/E/z3+uo8u5eicXf/HfB3gp5LxjZZjaGZEGPCqyFq"
    "qVn3luaGs56m1LOuyqyHGCWmPXj7eNaR7SJnydgRKpS9SwXvHN1GArhqooYvgY8Oj98dnx"
    "y9PY4E7+hKlbzty9Zct5w+FOo3MWZ5oL8jDsIz+59oLfC+YO8FbaPoJAt06fPUzfYL57/C"
    "1RRejV/RgatIL88vMgYD+3jkCiDYW4CrL5eXA4H5BBoPK+iY4xLwbeJio0jQ+xgQfvfPG2"
    "RB8SmloF+Jm/QH8BQrCEQQdustUbqIbrSHvF4SqjG7o7dAnLghzD4FN+wvdo/YRXTM1PEi"
    "Y48UZvxOZ4HA35MdyXkZGZEED0txt/xPi9EiewXacCY+iT+bPykAjKlP7q0LBfvMGWfjH4"
    "dVFlqDDRtTPq5DO614CVlbYYJIWwsbMtlOLSZW5mahXE0PxyusnW9omDoa1VDCj0alWjj/"
    "Ka2GUxctZbANx2tsn8aWL2gZm184Xg2TH39sb0x+S2Sb7H34UTjFzkJmxReQKrz4B9AG0J"
    "9JuIKYzeQMBG8eCTrd74xH5NDgZWqaAhIUzZyrdeB/3e6xupUJQFvV6kHdX6uagxYc1E2m"
    "PUPawLwrdrTv7zT7NvOcga/c+tSmLvejQwxEmQ79RfCJQYFGlx0yrNLrluHgsc94OtTu/B"
    "eQ1u9SZFrDa0jD46q+V2DcqtJDQoqNhLHNpORg+XI8d6KSHNYRvA7LBa/DnOBFVrYfHVcX"
    "54hgdzBvIPTyyJtgcoA7hy4wLMjOLRNgdyNX93EdX/dxubP7OOft9t9nE293irKHEtq+H9"
    "XJaZ5iG9P5RvOcIdUimWrzrIhIlnDJFkhjaYdtuSAWOz0VC4R+LlHQW+r+5aKU4SATu9Kh"
    "bRmyRixc3eKclqTqxNAelgfRHuaiaMX/SgAcjldZjtoQ3NHr1zXQZaNK4RW/7VmQZneLue"
    "FITHbusaNRSvtKkChsC9/UEVRrOR9VLOej/HK2IHXHfnjQBsJhnnpv5MPBao5skRrxK5m8"
    "mhPLRA7wPwWsIAX80wCXz/xAjf7LkToIut6e3E/DfVkQtIT2kLDWTKdsmzhbRn2FCZFKsI"
    "Nmw7wYSxn7LGVLjP5BJj+I++zhTqmF1G4jU/cSoiBmcDuIdLigrD3jK1zc4mLfUvTbsNKW"
    "wUaNKe7Um6RNGS2YMrSKrVVsrWJrFbumiq2VqXL0+6VMZbJkXOx6Ik1G7hTOEerswiezCx"
    "Og5aGWTi+84+/NvuYifdf9QrxunmF+vUknGrYph8cacIEgnlKPyyXxjDr+pCg+OAVLNpbX"
    "J7B5fYLYK/kNTZoLeeg7eMF+sA28hBawGDdDzhBQOEXuGvjfxP9eIgND6xVZ8vUT5hgmp7"
    "D9J97bK+I8IOflEKywOxeWTwM5Lp5ig61p8Xdg1wEz+IjAlDj84uIA3KAFeUQme0OytBCA"
    "DgIPaOkGN/rF8X9mp9Qv7MHk3ua3mrMXJc6aF3jgf/rvDW1TVHxYLglbjyJx8CVgm3FNDw"
    "Zaz1FOz+EnooxoGI5XWc8ZxHvnz2DXjINdwy/422bsb5V6dv+MQlQnRGtUHqI1yoVoaW2z"
    "zfg3xgGZCCcVkRCT9E8BOq6j/xyXqz/HOe3nETnsiCnMdiaEHV92aV5NRJaBecLo2lrK0R"
    "UJjjIlHjvXsO9MdNCMHXXs4GPXED9AMQXhjtzKh/jx+voypfp8vMiEM199+fzx/ObFoZgc"
    "Nsg3Xhak5biBeDsOA+PzOmnxpOQIq1TS/dsKFehzjTKDojDvyiKYInrO6DFFeiOTSJJOG0"
    "T2ySASqwmyc56m3JsIk2cTgZwVqAKVUs7slSfUZq/80d1txTLluGVfS5apBnRdW2J1zbKz"
    "09uz00/ngzKG0QDKZ+m77RezqItynlUqZbEtsp4X2G5LjOzlVtxI+0hYrHVoRb9MjjpLRG"
    "eJ6BAWHcKiQ1h0CMueMJN+WWw2ygdIR7puHqScjKvdrz3YSYhyUtkpqmma1oUqqprGA7U8"
    "3TN5evf+TcUAbtm9KdASAMlCHBL1UaTWQRD7FARB0VcZbIPh/ROd6wBbjmsOVmyObW8xka"
    "trlSJqa/X2yZKBTWn2myDZYZE2JpdjE9lhFXaZCBNBh931gb806MHFp/Hdf348vx1swpzr"
    "mTsqrB0FU8CEWW6alWollyHbqrr0jmoG5CbiX6c3VxdX39+CB7TmPRV5JBCxAV4siVOzxF"
    "vFbLRScpqL+TPirKUElgRN//h+8ycq02GlanmH4zW2T2M7xQ5lTJRSryiosDz0Kkv3nKOv"
    "HqHFuO/UIQWrtBzBNJXGzy3Qq59Czy1SrJ8Vdg56xGg1Nj2pwMk01XPGT3AwOZ0ioujf+X"
    "I4qqVRjCpUilFepxCAjUNfnDzWKVLtwftQ6cHbkyLbgn9Lam4bL+paa1qivraP2NhBkMqt"
    "5xxh/1hIKx5Th6zGc0jnMlgnaRSGmf3pIsOlAAJjDu0ZL2cu9F3g+P3NutcRtL+6HPp++a"
    "t1u6E+z3pBykHkVZeOUuikKJ9iJ19pnEKKewquviVIieiDM3G/Pdw1tdDyNdPm0LoR9+sT"
    "WjuKgQmWWXUkTLwWa8XDjBN7oU7ZEH84r+ARiEQLaCLgEiYrRZnBTEr6AFZzbMyB/5FDwG"
    "1q7BJ0h3ys/4/Jmv2DLKIfkYMOstLVbp7YcFBPVRurnsX1dNy+aoP0Wi0AKSUA1RF7GUsi"
    "UvbAiEBHx9SJjiGeY0jFF8QUCmvxKhlLLGwXAFx6SITDdYJwPkG4VHYvj8NIkOy+w3c3bp"
    "V2Ais6Tn1XDf+Ws7O7TBxWDeqGMoejBO1uEocTc3AhdJkbIfFUqXPxuGFdjc5Xk8ZMJ5LQ"
    "6pDxgEyuR4n6hZGuhW3e3pMzBfpBlH9i+pOFmJLF/oMpL23IreNckRryn22wQI6wl9t+HE"
    "BOl2vhOff2L8kEj1/4zYjNVEQH2pR9OPtKXraRkSx4wUZRjhFMLegKrRA9iipW/rO+YY/C"
    "v7NnmN7S8m8nakD6ta/ubfE+vDykHwjH9ElOydWTCeTI8vqP/KN4lQDHW7qx58BC8BHRdA"
    "UtSAF2eS+emkroT4Ngah+QCFQLExl+1tqpktpperZqO9hTVD3UYJrPUdmleK0ctk3L1wok"
    "VHUNqU6p0ilVvQJXp1S1xh2eS0pVlyGQOqdKPqdqUzask6f6Z7fTCVE6IWqPsdUJUTohSg"
    "38dEKUTojSCVHdni/PNyGqy0P9OWZE7XBJ63SoPY/w6SQdSu1V3YwiIJEJsSPXfRC/Xu23"
    "j4Pc6zntE0H2Tzvsr20E7r0371+b7L8TeAheOOgVr1GJbRGG/xI4yCCO34sw2QQxH1+93a"
    "10NUS1qiH6qwixtV7A9J8StSOyLWVt1biSrLJC+dNl2HhE0UMmflRHNDkqF02OcqKJjb66"
    "srpgkuY5a4I6AlNHYOoIzC3EuFPPxO4PCKZlkdyPlWIb5MPG83Dck9La3RwB5DeG5uF/gp"
    "xntWH7W2AREQ+5movAQhugR2S7POKRPZ7RsJ8o8TtZ8/HAFtGKU+I80Lwo1+JzVJPz6uyX"
    "Xgt6FP2Wh7UqsjMg2B3Xf90usjsJ7YzxllXttVq/J2o9pKjoKBDXK08Bg41ov5nAT/l+Ob"
    "EllAnEvKAHI/lpYGB3/cSQpUMeMZNQnhiWv6rDy5UML39gHy/Dk8LxPSy6Xcc9cVjunzjM"
    "OSh0yEwu0LGO1+243Ol2nPO5ddxCTOkV3bC/LXU61F7PSSKFF/RA6C3sZYHF1BYLwAl5RC"
    "C3SDqegtzpW3cacoSqT0X4wlwRVW8WMHHYUslPwO0CWlap5JKk250OdSSJ/iH4H7Ag1AWe"
    "w16nZnn+QJg5Gr17G4kv/I8qgeX28+nlZV5LUtGt3x0Pbz6jxcWuJcU7IoIe6qGtuPEhpX"
    "hmIymQkzQq82YIuM78ikynmDFnjyInzHjqPsSXepNfkSGdK5shU7cQ9WBKnDipHBiWR92g"
    "TKMS8W+Bqp+DvrqYVkzVQEEttQqCV0CsUvmsEKTK+lkGt/5LSf4hgcrszC/3Z6EZtIB4Ye"
    "AvRzBBFrFnFOQrUHRzaouXGzNJx9mwYnMB/U72myqO8P3ccGMDskVlwoLA7YpSVTnKPUh8"
    "C+rBcX0PQbYn1wg631CwIs4Dm3Fg8norwd5cQQoMslh6vDQKr6xSb4vuOmOOZx6yvSbsCb"
    "KqYpZWWZfbYI5nc0T5pIg8SzDDj4iXzgHuHFOfp4qbvmP///71zrVJ9NUVrukCHwMhFoJ2"
    "Mf5Jsgz2E0bXFvjRFUlrySNy/HAJdi04x/gmCb+CTYdRU0avcjBcX1+mNsnHi4y74erL54"
    "/nTGwUO4YNwm6JJ5SwFy6M3qqclARVa3OSEw83mJImjqsGwRZxb6Jo1gZyQ454X4R0Jtoh"
    "26+shaDJq/WAX8kELJjOBPhHAYsQxplgxLiIX8Fr4vDjZ+vNsnfiBgMPWqK9Q3F+Z7mgn6"
    "dUWOJXw5ViIhdiS6qUQYJk9/VHB3+berYoggcmHrZcbNMD/ti/D3bPGdupbqBb4ZRuhP7W"
    "BNetcPo26wVHXb5xi283LYx9rwo8StP1qKz2DkKQquLjfVjzcyEfGx/E2+3XJNSOiU8tv1"
    "Q8PHsFcPXl8rIqID5V6PKBsa4o9jCzA2T68fQK8LQ4zGPbG4Dn/BHtZVJMLZAWiFK4fQ8s"
    "BtNn/059BcrFyy1BusPLnu406LpM4V5sv91Ooxv1FCmbuNjYdrddiZv0FCGmly6R0FO3RO"
    "kiulFPkTKZbNEYRp/YzXqK0xLZ0HLxtrvuR3GbdV/PtyWxGFMZi2YJ0607h/4o7nYX3Kyv"
    "mIVhR1wc3xKwW/9WNcXxvUGr7ZwtXzYvSdyKBPfq7K1xrCjUK7kSdKIUrSf5DQ7ADVlR0Q"
    "+E2NYaiKRZdo4hHqjxre8LN6Dj4KDxB08KDLNzeYOSCZoyPRlgd8iosm6L9p94bxM7TPjl"
    "/jkALUs8hYIXv1D02y8vRdsU3mZzwX73u7ZwH8sDTaQKQwqo5yBLtDOB7G+LabrCb6l7ay"
    "pv2xkCVVOMn80E6GamPffO6u6lrUaOw0jVk8B3mzqdagPcfL0mX2aQ8XfHFHsQvKisXxtO"
    "C10r5bBHBBr1zVFfOuhRupBniqiHTKV5rt1tPZVuhcuWoRWqrbSDPCbqU2G4jt3jgVFnN7"
    "5x1aagtnM8Xnopz/gNk7xvLs7uOmvWm/BtlhiaEq7PJ0xNSXfr08amG7S0hAmHBA1jeUdQ"
    "5AxTf31DAVnxRrj+nUXvWdF41oYWsImL6BDAJXRc3qb2F56GP8EWdte/5CvH7eB52gykMA"
    "8bVpiB4omUOa/TVCqLRIOlN7GwwQTkaDH/Ga357E6pc6I3X8wfegw+ORNCRKEy9MqITBNi"
    "FqzuO/S1hMOE43sBbpWt7fzfd9UaVmRqu7y++j4cnlW7dLx2vyN368RrM7EIP3LH0CZlBj"
    "K0OvlZZXu31j+1/qnCFGyrf3ZcqZxHjRaonUEwabm6GcartlqWVutqSupqDjIQe3fpEoNZ"
    "ut5ZWZvXybCJFkviIttYyxatKiBtJOu2DbwHPESIsRSwRA4wHTitW1QwBf9JnUptJ+WF2k"
    "5yddqWkNIVYTxW2lWTJeyFDpft4V6viXtVF/cc4jwUzS6qhlJRRiom2R3KA5ed4DMHLgaS"
    "Kz2kA3+CFZqw/y7ZG29UHq+Fdo5BwKnAT2IGsnR9XOyN1+t6xCSO2q1v8CSlob59gLn58t"
    "/h2gyLUMqu6ZCuh2C3w8AdxPsWSVcBT5P1rz7IYa1ymhXVNFUrbK802g1XY4Gm6SAqVXI6"
    "QdI/eFspiswPNtcrWsrfWQSWaPZJogzOU061f0hXAPvp+svHy3Pw48352cXtRRCWFlllxY"
    "/8Ulzq6+b89DKLMrFnG8CcpNI418CZGIbnOCU9csvZRoasf6zjuA7nOC5nHMc5vpF8rRzS"
    "5d7VDFkv5LtdO1mhTez1ghQ1Y6is05ii22H1zNBUtbeVGsOIkTFF0CqqWVq+3gtI+8Bddr"
    "3kIxjF98qZv7OU6jYSUCZmxoL2zAuCH+sCnaTZoUXw9/n47ErSHLghznV0yXJVMqdJOkg4"
    "Eg0L4sVGoROFN9DxEyrHT4TOOIpsd6MZz5HvzXzHhX+NOXTBjLhBBLL4pA8iFT0KBgLUmy"
    "ywG5QFZkMpb37NLrgr3EDJ7L1bNzqurpxH9zeurpNoK8W4/zMMtlJsBraNtZKrgqnLznVV"
    "eicBWEFsWhrO8hC1zPzpSLXnF6lG53D05q2M7hhT9K9TaAv9FPHvRS1aqqr3BBQ6/FpykS"
    "fYIJOOpUN0UkR9sPtlvOu1HJKHFQ7Jw7xD8oF9mgzG4XiVXQmD5Zy4BPwJGMIePxvZPx9J"
    "bU02g3odN/thuZ/9MOdon2ILSYfqpIj6t7ZbCdNxkMlkIaaNyx+RBaQKgy66n53/++K7V1"
    "MHIWCQ5RrQOU8xZ9uAqUnT6SYrv/mjVFifHje0vqZItWVlnywrOupFR730B2dtJ+xKK4gL"
    "2xfiX25wyNL1aApGh8fvjk+O3h5HyEdXqgDPg+vipfSqjml6hKg2fnfNuRswfmdWdgOI9q"
    "r3TBbQeCPXwBOn2oJsCWsfe4xk0c2dP1t4bLiWwN6pua4lgY1kDzWmTvw2QeegAp9N3FOo"
    "3F+TaF6kjq/muThqthSVyl0wc2KZhf1eyisMJ0jUaGTMn9ebRsZLhzB4FlIzkqTRU9L4lO"
    "iYqnL21F/Ln7aVdGUrQbwE59LBJfiXgp+j65MXuzFjCd8mjCVN1tKLO0upV3hDhpN44Tag"
    "lZ6nbrZni72uWprb6sVF2wrXfQMYf6G12hoqttbrgpvd5zXsKtr013Lca5t2gYQdq8A2kL"
    "ZyldsHMq17tY1gzySEijBNXXdqd3WnQtCkVnKaSGG5zA/3iQ7vIbjjyDK8+dmAXU9YEYgD"
    "zr/CxS12Ee82OuhETNaFqXYb8RbiJllGM0OmcqTbimczLuADb7GyImBpQSNo0EuDtSJfYr"
    "BWWO2oIqx2pCuE1QVbVwjbZTJEsxXCdBifDuPrD85T9lnFjvRyH1GSRvuImnfbMU2cadcb"
    "xOvnKRXm5oPbH05fsdcEZOpLLnhmIxOgR2wi20BMvLHxFFEXMFHHsAjlU7QJ928+Fc6Fzm"
    "Y+vDSl9uHtlQ+PLcHNHLdJwr2pnNIEd1RpikNMtJ9WGS9WQTAlcaThz1L2yVHbrSsxQnZ3"
    "Xi7V5kEytDVahE+7ELWXS1d3UQHytBUpiILWYdU1AeM6yxjbW+J1y+5yUSfwf28w2o2LOV"
    "pdla7m5Bqs43Iep3aBOr5nXUuoWeGz3EnN3lPaQZ2k6aOfrnHnNDEK5Mpym2MwXA1zI3+s"
    "rLnR/1I65G5oCqBtgjDUHqCvjMFYawAp4PaTelaunUeuE8dJxOTUnbcM2b7PH3j1d/AILQ"
    "8B/gkmmKyF7TKlKqk3d9rIr9yUBFWHpXt9ZunUbfQZVV1eIEqZKMcrKRvs69lmSRVeZnzP"
    "NCkvuDzf0MTffDdQnaZTDn1/TfyxoUDaCpkj1WbIbW3BHdU3UXQOGgtG1JZ2ZS3tHZSSUG"
    "06mqklUWhxhynr7ZYgS5mC9xXk3KH2NMjaZ9Swz6iOg0NboXdvhQ7QKrA8xziWW5uTM6Yt"
    "zM/PwozNse0tJqiATZar/imi/tWsbz4oXjbfpsd5Ns1HQZpQzm4FNzdX7WbZDv7D/u/V58"
    "+vPn3axAh1WK8sfUVVeoXSmNRezK3kKukkvd0m6YVedmkzRIZQWyG0oU0ZQ5u28XRr4zET"
    "sT6NQdzDILYs1BmeKmuKaDfc6xG76IxnpxaGeUW/DqvDu/g4keSqmNL9XDTu1kqKSGeXb5"
    "PorBi0KTHtaFRDSjsalQpp/KdMpxpiSUEbju+hDNx8Ayydsr+zlH30dYkdRDcI50hT9jCc"
    "Y0/CN0JMKuM3vM0SND2dnrkf8xvGVhXVXaysJpOg6uHR1LxtV4e/lUPf3/C3bmslK8Y3mw"
    "67EofMBoWS03Q9Qva5lklWbDbqWoiqqyQXV/IN1m4DCPe7SHJ6jytVz/d0ic8sXJJjGf84"
    "rLK9wSUeG2KcNr31y/TWbYCFQqa3VprSu+QB2eM5pHMZjNNUvUO6hUCWbu1wyik4bRriDG"
    "izWxUZlT8SYiFol2iVCbIMyBNG1xbK4SrfrVnm4/X1ZUpj/HiRkW6vvnz+eM7YicA9ru6Y"
    "VzrYKYsfZcGOiTTU9aHWJpNyjtIvk0lOq+xGMr914XQq9KKiGPTox0rJnPJhY6Z+OFoy75"
    "dkzudUVjpP0mi5sYbcSJcWXEsHjGbp+ue9bUUbWkJKV4RxTVmFKEfYQzG9lQhdHf3R3+iP"
    "HcE9oEj0JcEU/Oo5mPLKMbymCy9/hHjtD1HzA3jsoQ7A4hTvWEN1Z9IumoikEe9MK7VYLG"
    "w/IBPcIQvNHLgA0DCIZ7tgShxRv4g92kPAIAsmbpq05jR0ErM+hdhiypJFZoUJr6WTlKPb"
    "Xcz6a6VlyGTLDYMtkjFbF9iSVWKztDqQRuVAGm0X0nah7ndUz+xC6VAaJgyLhApZbSVPqb"
    "B+mGzhAgGx0Su+FAGXTMEKu3OwmmNjLiQMblwAFLmUDQw1so3Evcb1+BjxLcKES+6hj0GV"
    "j8F41uQiSrN0Ku/Q1ZwATKnHpH++DS1IXRC9v79TXxgedYmJoWiXOmFc+eHVjA2kLzfZoE"
    "e1TBFHFaaIowrjD+MgG2zPAvK92ZlsBpEds1Axgewz+BXsSLLSPm1el7hLNp9MSipYDlXh"
    "ESkylbcue0tim+xevEgUeHHz3Rl4Ozo62WhXNnNsSri+EoUVEKXFVaNlqlP9C01u/Rvtoa"
    "RbFgjYaoWqBGIFHsI0nuUuwhWajJMzqI6PsKpQktourGznQ4OQB4z8uuJdysQVObbUmY5F"
    "ZJnMPKSpVLZTK+NU1OaCcuh7bC7Q+anPQWTlArxcalWCQtfYeTqrx6NFFRWls01S0VN7hr"
    "BEzsmmhWfbFFovEW9oWCCv+j9UiqoWH9KhkKqzIXYmj5KVLVc7NSLQUmgdk7iWR/oqjygS"
    "vXztuRPytYjRB79UcnoSj3mK0w9Oo/5DPNgFxjEwvDfREKwc7LrI5o28VnPCY5KAiQzMbs"
    "L7Fb3gX8vU9Ck22K2pMUemZyHnpQhgotyCzuhgVmffxTPv7QlxeQs5gz3pANyFzZYwZWOg"
    "hUwg7MbsfhNkEXtGgUtE16UlcVzkHAy2O+t0+fAuy4fzmR7705yfhjv0taxTfZpMYdt3I+"
    "z4/N93KU6ca9sWcePL66vvw+HZXm4Z+wyHUHbxJ4h0AYdNA/9ctqxlS2EnaVQW/AYrzrof"
    "2E25STg4Oz4Apqe6Hu8YipbWmv/Pgj/WGYKDg4Mu7cRJvyw71aTaSsYUajSV3KQVaBPcqZ"
    "Wmkha0Zx5bOjJ7JEmzuz0y+H0+PrtqC/dMe8gaq768rUSuq4Q20Zfj3l8TPRe8N5jyBNlO"
    "Ik52KQvvyezWi4hmCtli6cpkFCRJdDJBVlwzmda6lG9unCBStrPxpjlkTXUtUcSEcxOIo4"
    "MCI07027DKjBMKtPVs9oPTSAIGLpeX55CCKXaQ+a0fHifmHLDVAxbwAVGAoDEXAwCxuSlF"
    "BCMLa0tgNgGOZ1NB+yuZ5CTqXTxvCwuM5NZqVAtSaVe9rbWr3lbsqrevn3I3iFnf4PRP0m"
    "lxTxWBQPHCHjeI3+PGswr9oIlfn+Ct4k0cNrBDl6hqWc4KMa5G8pbLWRZHpYBdIQMvoFWM"
    "eUiS5VQ+zUFAu4d8qgLpT+dnF59PL1+8GR5nUvnCOTjOJSMwmQAvvIWEqpCg0GE8BcoC2x"
    "iyiMYUGtGictNLc0MjVZpSSy2qSC0FZowohUABqeUMspPNhM7FgjuYiySXzIhK6cUIxo6x"
    "GKxY5oF2dO/K0U3RbxKHQjC6mQOhlcQPtt+x8D9hP6XPmDPAuc8vWOdDMHXIAhzW9O41fG"
    "isESwIqrtlQp9VinlI09Yp3ATqHOkwjuYbCsJXrg3w0ejd2whb/kcVrLdMnLwssIfCtZSf"
    "NBy/ey/pBgD/cZ9onn3Pt/D9YE4szD7ifsBe936wIs6D+GsIOCI//1VvAnbtQDXxDFGpfN"
    "KYQukAg0zGGV9dQwApzyk2OTMyeAEfQInnGKhu/aeWYwt4wWfp4oopIpVnZEOrwejNmxo4"
    "s1Hlhf74bwVI0zlkC0Qa65ish2g3v6hFLrcMyBGBhrcGvL4YtZHemyHtoeK7v4pu3l+/dN"
    "CjfCXYJJHeTzX2kyzCuu1IJbSK2Wpu17YxqLDUiN+Htew0NBz6pBdfZCoEZOCFKAIrNDKm"
    "mPnip8hzYJPhItt96XvemQLKfec2rxUrJFUKVsgJqhkxxY7XngRwxuaOusOs9Nr+E+9tSo"
    "RYvUQOJkxF4/59wLidAW3KHk0RBcS21n5KBk/CEKmKvNoStAPVn5sCbDZb7JUWSFTFbSNF"
    "Y2uzlfrbtuXC+lP2cNEIz5ZSEzNk+vCpUwvD32abBNqmKLUop5wop8hBeGHTJRIJAZ8cuC"
    "o6CjMjKg9DHI0dm2xwzai2axvxBA+HmJ6B2Z2Aw04jsgD8FuDFvffmyDDuvfdvT6b33tt3"
    "R/DlB4BdnuSHzKF/6BBisaOMi15DcZLxkn8rSMUd7LAOJ1nkA9x2+2jVjrI98cC0dpKpFp"
    "vTbTB7q00FFky2lNKjIgKVBYXQ5r+Jubhq6YYAvysF+F0WYM6SZPANx6sMrzJyGOfy8raW"
    "JJGGuS7MFP9ewItLz7oUjQ6EKvBpO4h9FnWL2EMpqikajWoRqpg+jFcIz+aFyFb2kcjR7r"
    "CdRHRlb/tJCMk6j3hFIEFIoEa+NX+ebL714Kc/qDf5lelWfvTAEASqFnEoE2lFXWxs0p//"
    "+rmeKLLrqAKmqHJDolT8R5Jmf2euic3TypRoP6wuY6vDjxvOkeeeDvniODGRLo4jEzebs6"
    "GmJyI/C9J1UM+C2+zXDPwVrrAnKqAmFl6qAip7Prj6cnnZVQnU2OT8vx5x4aDSKu0PGdY0"
    "S//GR9e0S5/brnBYceelS0KJC0AgbFM8ZhCme3q+4EYV8Pr1IWDC6wIcvvsAoAu4p9MFb1"
    "5+C2wEGatxeZso4C0Be2ELI5q3Su/ywdomrW3S6oLdpkkaxbtMYh1nqLRtpOws7ubouEQz"
    "aH2EFNOiUyPxa+WBYfFx40ntYtqDU8aSHRezRceb+yEbWi6vibEGAdsd+p5A7jGcYlu4GW"
    "eIlyaFlkVWFLxgMzLFM8/hb/Ct8C8i82VBQY72nqMPArUOAln+31u2fzSqwfePRuXN9Ea5"
    "DufYtdBYrpNPkqaHBpBWehb6mP0u5TVL0mic6+Hsx3BKeX8jCo1xPYz3pOTFvhTH0/Uumk"
    "ZUd7Rv1QMpod8kAhqEhI6LFEyZzp8/+oL+Hi7yMktkq20/Q7gKFMAEkuXaX2rW6ul+Jmf2"
    "fCDfTpFixutGUWGfu/dOTo6Ne+/tm6Ppvffm/evje+/d9A1k/z6cHLH/Tt7Dl0x/Y1odN8"
    "oWK35tPERrfWppfeFsjm0iZfxLk/VOB2zeP+u3m2GcpkAL5P7Zcpxjqirf7P4y6yKIuW81"
    "3/jAlaq/GhH0UOUY1VI5RhUqxyivcsAF8YpyrMrrcUcEKkvIg7UH7ewBtxsZ2W8nIqUoRx"
    "Q77AwRcJmBJK4BGfgTLCHm/+Mgjie75iD/z0fyENxWusZwjeV9WO58Ocx5X8Iol4kUD0lT"
    "9ZCR6EAkHYjURCCSrn7Zt1kvyCQN3j6e9Ql3bcr1106SqCw1dGZX6ySkT1FQd9zwLgh5l1"
    "vQaaIeBVS21TJ+t6GSqq3sbWMlo27xBQu3AVRv4zvt16Kti2t6u5aEoebOuAaQTccC9XTV"
    "Jk/3FLY3TNS4uTi76yrE90diYQPdOdCm0+IGSpkRw0qLvRg7doPBNQ33Zw4TYIFheYgXcL"
    "C56uwGVYzE/bhF/d376eTeO0bwmFvR3xrcin7yviAya9ubaUO8Wob4cC050jbiPOWzthM7"
    "yED4kd1vzN5fqmJUnrKHBp9WLMfUWyygU2BZK++MniDpBcpVWn0bbdH3xLTMu7HK2pU5Df"
    "gTQMNAS1dYkk1kWNgW/zQsQrVNWbHFr23K2ro47Edyq3Lzqy1hnYOvLWHaErY/i7ZRS1g3"
    "1poQ+wIzTWJayu0zwacp1sRM20i2TVFzkIld6UzlDFnvghUPT+ooNiflis1JgbwdIjYOyi"
    "IVSGFVgf4ld1C78NgA2gBBx1oD/t5+WfopxJbfQf77j+BodPj6tV+MnleP52wFOR/AA9NT"
    "h2BqwdmsrmraXuJAch5lezm13capuz3SktnLP0EFThIwZ+lUtgEMBKTcKMobL2DXEwVA/g"
    "ToK1wUXaJsMfJ/R2ULNjHVjOpYEEblFoRRPvxasTIXKu2NhutcMAXfQVTKNJkg2QhexSTw"
    "HaSHzvFsPuZ1PSXP5RSd4qfxHP7ONAniUX7iLrDBbjEEC8GMhoAuEC+SyP51cJDzjnZ55u"
    "6JYT7OxJQSkAQV4+/Uo0tk+9HfBlekLUsVq7wP59hBkBY5Up+ahwSh5kW1eJG2zpej31/r"
    "vI747tusl0V870cqumJ8tzQTPd2AIB9HtgVWuQi2HkImvAEWth+2BCuwI/fMd9JqnYMkZO"
    "WW+RDRJ63zY0Oi3p2oIOBb5NhHG8ixKYAguBMjI55tgska+HZHYb8b8m6P7BJ/zbDf5BQ7"
    "CyQGQhE1aSGnoPZByw8rcCv8lHRcCbfgz9rT0KGnYU5WMppDMFxpO17CIs91tnB5qqGzRa"
    "8jG0uVoeufxqaDqbTgroOpdDBVf9BvK5qqi9Af1SBuIPanMKxKR6o1EqnWTTTVKXKwMR8U"
    "qGzBL8MqbQ3GY3Qk1T6xymGFfvOIHIrlvCMJEpX1nE3jQ968qRNy8OZNecwB/y3jCWebSg"
    "LhYHgP0T2s5XY6rHA7HRa4nYjtoqJ6ZeUt/hIku+/w1/4BVQRuY738JLwAzR9mf/0/i59O"
    "rQ=="
)
