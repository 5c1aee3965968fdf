from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "calendar_imports" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "seq" INT NOT NULL UNIQUE,
    "year" SMALLINT NOT NULL,
    "days" JSONB NOT NULL,
    "digest" VARCHAR(64) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "imported_at" TIMESTAMPTZ NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_calendar_im_year_5734ae" ON "calendar_imports" ("year");
COMMENT ON COLUMN "calendar_imports"."seq" IS 'position in the chain of imports, from 1';
COMMENT ON COLUMN "calendar_imports"."year" IS 'the schedule''s year';
COMMENT ON COLUMN "calendar_imports"."days" IS '{\"YYYY-MM-DD\": [\"holiday\" | \"workday\", name]}';
COMMENT ON COLUMN "calendar_imports"."digest" IS 'SHA-256 of the days, as used in clock sources';
        CREATE TABLE IF NOT EXISTS "calendar_sync" (
    "id" INT NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL,
    "checked_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "calendar_sync" IS 'The calendar (every year''s source and content) that all running clocks were last checked against,';
        ALTER TABLE "cases" ADD "clock_calendar" JSONB;
        COMMENT ON COLUMN cases."clock_calendar" IS 'source of each year''s working days due_at was computed with';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cases" DROP COLUMN "clock_calendar";
        DROP TABLE IF EXISTS "calendar_sync";
        DROP TABLE IF EXISTS "calendar_imports";"""


MODELS_STATE = (
    "eJztXWtz47bV/isYfcnujNazlr2XJn074/U6iVuvnbG9b9N2OwpEQhJiimAI0lq1yX8vAN"
    "6vJihSgmh0pu2axCGp5wAH547/jlbERBY9+kyRO/oW/HdkwxVi/8hcH4MRdJzkKr/gwZkl"
    "BvpshLgCZ9RzoeGxi3NoUcQumYgaLnY8TGx21fYti18kBhuI7UVyybfxbz6aemSBvKX4kH"
    "/9m13Gtom+Ihr96TxM5xhZZuY7scnfLa5PvY0jrn3Ai0vb+16M5S+cTQ1i+Ss7Ge9svCWx"
    "YwJse/zqAtnIhR7ib/Bcn/8C/oHhL41+VPCxyZDgK1M0JppD3/JSv3g2Ta6NptPrm/vp3c"
    "X9dDqSwMggNseXfSoVACz4J7z602RycvJu8vrk7fs3p+/evXn/+j0bK763eOvdH8HHJGgF"
    "jxKYXf5weX3PP4gwJgas5Rf+EDTQgwGVYEaCvreYyjIgJnmaBxHimgmMJgHdgvbCh+zVBd"
    "zPl9AtRz1NkwOe/aAGwIewxrhHQxLgk0XfHvmRsSQU2WC2AUwQAC5bvhOPASsEbQrmxLLI"
    "GtwjCy1cuBo149IKfp1ayF54S/bn+xr8///s9vzHs9sX719meXAd3pjwO1lmsOkcYcvgNq"
    "WYUkarMHOaL4sM4MdvGyB+/LYScn4ri7lLLESLQP/17ua6HOiYIIeuiQ0P/A4sTFvJniYw"
    "j/48922DIwhmPrY8bNMj/r6/jHoCvwZsDhB/8orS36w0yC8+nf2cx//86uaDgIxQb+GKp4"
    "gHfMgxw8SPmLJvlJ79BUKFp/7oV9/FlE8XzkgyB9AGjJMOMjzitpFCTdZE9ZIorAjDRRyi"
    "KfSKHPjI7nh4hcq5kKXMr4+Q9Cj6R1+rpE9hxH6geWNbm3Cy1AB/f/np4u7+7NNPmUXy8e"
    "z+gt+ZiKub3NUCl+KHgL9f3v8I+J/gnzfXF/m1FI+7/+eIfxP0PTK1yXoKzZQaE12NUMtw"
    "3XfMllzPUmquq8L1CKMU28OvT7iObA+5DhNHqFT3rlS8C3StFHDVVI1AA58cn747fX/y9j"
    "RWvOMrdfp2oFtz23L+UGrfJJgVgf6euAgv7L+hjcD7kn0XtI2ynSy0pS8yDzssnP+IZlN0"
    "NflEF65ju7w4yRgM7McjTwDBvgJcf766GgnMZ9B4WEPXnFaAbxMPG2WK3oeQ8Pu/3SILip"
    "9SCfq1eMhwAM+IglAFYY/eEqXL+EEHKOsloZqyJ/orxIk7wuxj+MDhYveIPUSnzBwvc/ZI"
    "YcafdB4q/ANZkVyWkQlJybCMdCveWk1W+SvQhgvxk/i7+ZtCwJj55N15UIjPgnM2uTmu89"
    "AabNiU8nF79NOKj5D1FaaItLewI5ft3GJqZYEL1WZ6NF5h67ylY+pk0sAIP5lUWuH8VtYM"
    "px5yZLCNxmtsn8aWT2gZn180Xg2XH3/tYFx+DrJN9j18K5xjdyUz40tIFZ78I2gDGHASri"
    "FmnFyA8MtjRWf/K+MRuTT8mIaugBRFN/tqE/hf97utbuUC0F61ZlAP16vmohUHtQ3bc6Qd"
    "8F2xrf1w2Rz4zAsOvmrvU5+23E8uMRBlNvRnISdGJRZdfsi4zq5zosHTQPDs0boLPkDavs"
    "uQaQuvIwuPm/p+iXOrzg6JKFopY+205HD6cjx3YpIcN1G8jqsVr+OC4kXWdpAd1xTnmGB3"
    "MLdQennmTcgc4C2hBwwLsn3LBNhrFeo+bRLrPq0Odp8Wot3B97SJdmcoB6ihHfpWnWbzHN"
    "uYLlvxOUeqVTLV+KyISpYKyZZoY9mAbbUilgQ9FUuEfi5Z0Fva/tWqlOEiE3vSqW05sk48"
    "XPvFOatJNcmhPa5Ooj0uZNGK/5cAOBqvsh7VEtzJ69cN0GWjKuEV9w4sSXN/k7njTEy277"
    "GtUcr6SpEo7AtvGwhqNJ1PaqbzSXE6W5B60yA9qIVyWKQ+GP1wtF4iW5RG/Epmr5bEMpEL"
    "gp8C1pAC/tMA18+CRI3h65E6CbrZmjxMx31VErSE9ZDy1sznbJm4W2Z9RQWRSoiDbtO8mE"
    "iZBiJlS4z+SmY/iucc4EpphNRuM1MPEqIwZ3A7iHS6oKw/4ytc3eHy2FJ8b1zry2CjphTv"
    "NZqkXRk9uDK0ia1NbG1iaxO7oYmtjalq9IdlTOWqZDzs+aJMRm4XLhDq6sInqwtToBWhli"
    "4vvOffzX7NZfaph4V40zrD4nyTLjTsUw9PLOASRTxjHldr4jlz/ElVfHQGHDaW9yeweX+C"
    "JCr5DU27C3nqO3jBbtgGdqAFLCbNkDsGFM6RtwHBb+J/O8jA0HpFHD5/ohrDNAv7f+MXe0"
    "3cB+S+HIM19pbC82kg18NzbLA5Lf4O/TpgAR8RmBOXX1wdgVu0Io/IZF9IHAsB6CLwgBwv"
    "fNAvbnCb7VK/sBeTLzZ/1JJ9KHE3vMED/zP4bmibouOD4xA2H0Xh4EvAFuOGHo20naOcnc"
    "N3RBnVMBqvsp0zStbO7+GqmYarhl8Ils00WCrN/P45g6hJitakOkVrUkjR0tZmn/lvTAIy"
    "FU4qIyEhGZ4BdNrE/jmtNn9OC9bPI3LZFlNa7UwI277syrqamCwH84zR9TWV4ysSEmVOfL"
    "av4SCY6KIF2+rYxseuIb6BYgqiFblVDPHDzc1VxvT5cJlLZ77+/OnDxe2LY8EcNihwXpaU"
    "5XihejuNEuOLNmk5UwqEdSbp4S2FGvS5RZlDUbh3ZRHMED1n9Jgh3colkqbTDpFDcogkZo"
    "Isz7OUB5Nh8mwykPMKVWhSyrm9ioTa7VXcuvfbsUw5aTnUlmWqAd3Ul1jfs+z87O787OPF"
    "qEpgdIDyefZphyUsmqJcFJVKeWzLvOclvtsKJ3u1Fze2PlIea51aMSyXo64S0VUiOoVFp7"
    "DoFBadwnIgwmRYHptW9QDZTNf2ScrpvNrDWoN7SVFOGztlPU2ztlBNV9NkoNanB6ZP7z6+"
    "qRjAPYc3BVoCIFmII6IhqtQ6CeKQkiAo+iqDbTh8eKpzE2CrcS3Ais2p7a9mcn2tMkR9zd"
    "4heTKwKS1+UyQ7bNLG9HJsIjvqwi6TYSLosLc5CqYGPbr8OL3/x08Xd6M2wrmZu6PG21HC"
    "AqbMctes1FFyObKtukvvqGdAgRF/P7u9vrz+4Q48oA0/U5FnAhEb4JVD3IYt3mq40UvLaa"
    "7mL4i7kVJYUjTDk/vd76jMhpXq5R2N19g+je0cu5QJUUr9sqTC6tSrPN1zzr56hBaTvnOX"
    "lMzSagSzVBo/r8Sufgo9r8ywflbYuegRo/XU9KUSJ7NUzxk/IcHkbIqYYnj7y/GkkUUxqT"
    "EpJkWbQgA2jWJx8lhnSHUE79vaCN6BNNkW8lvScms9qRvNaYn+2gFiUxdBKjefC4TDEyG9"
    "RExdsp4uIV3KYJ2mURhm9qeHDI8CCIwltBe8nbmwd4EbnG+2fxtBx6uroR9WvFofNzRkrp"
    "eUHMRRdekshb005VNs56vMU8hITyHVtwQplX1wLp53gKumEVqBZdodWrfieUNCa0c5MOE0"
    "q8+ESeZio3yYaWotNGkbEgznHTxClWgFTQQ8wnSluDKYaUnfgvUSG0sQ/Mgx4D41dgl6Yz"
    "42+Mdsw/5BVvFN5KKjvHa1mzd2nNRTd4zVwPJ69nx8VYvyWq0AKaUANVF7mUgiUv7AmEBn"
    "xzTJjiG+a0jlFyQUClvxKjlLLGyXAFy5SUTDdYFwsUC4UnevzsNIkez+hO/9hFX6SazYc+"
    "m7avj3XJ29z8Jh1aDuqHI4LtDeT+Fw0Qiut+USS7mZLZey1J+25W5sBL74b/702mT/O4PH"
    "4IWLXvFCF2wLW/4lM68M4gYNDdOdFItG2naP0iUVapVUBLMIsbleEkh7KoEhJtsyg0FRAd"
    "Q4BYTyt0uo1AnFAG2Wkybh3pPqcO9JIdxro6+ebIZNmuY559doNU6rcVqN20KNO/NN7P2I"
    "YFYXKdysVdsgHzZdRuOe1NbulwigoLs078IpyLlrHNvfAYsYD8jk/m9L+MnRI7I9gCnvQ8"
    "1o2C1KgnbYfDyw2X2Xd79+oEVVrsf3qKbnqV/a2bOiR9FvcsGLkGB3Uv91v8juJHqR4C2b"
    "LrVVqpRqor8PL7ZElkSvZj0sPxNeXK/dBQy4i3Pg/1VsupMkmDKFmGcFMZJ/jQzsbZ4Y4r"
    "jkETMN5Ylhxas6gqpkBPWB/XgZmRSNH2DlbpOs7+PqtO/jQt63LkQsFKA3qWU4rS5lOC1U"
    "Muy5D5nSM7rjMobM7tB4PqeJFJ7QI2G3sI8FFjNbLABn5BGBwiTZMwsKu29TNhQIVWdF9M"
    "HcEFWPC5i4bKoUGXC3gpZVqbmk6XZnQ51Ion8M/g+sCPWA77LPaVjjHyozJ5N3b2P1hf9R"
    "p7DcfTq7uipaSSpWS+1PhnffacjDniUlO2KCAdqhvWT7QErxwkZSIKdpVJbNEHCb+VVwkB"
    "7wKXKbH/7TeyKbP/sVGd70AUmp3DkydatZR/zEQtN3rOBAQ8PyqRfWeihRVRya+gXo6zNy"
    "E6qdHHyyS1F+IDm4JUVIxSRcg3v/pTT/iEBlcRbUDFhoAS0gPhgE0xHMkEXsBQVBO4v979"
    "ri46ZM03Fbln2W0OuDhpRfcFMDskllwpL095p81wLlIbQeC5LKub2HIFuTGwTdbyjgB5Uy"
    "jgMTbmi0NteQAoOsHN/j0UjsLZst0V2ny/Leb2ytCX+CrKmYp1U25DZa4sUSUc4U0ekOLP"
    "AjEoc8i5MhxVQUD33H/vun1zu3JtFXT4SmS2IMdadzpskUP52Te0uCw0QNkWwZ7mN8kUS/"
    "grHDUOqATsI+uDR7q5YpKareeFJQD1uwpIvtqkOw2bdBS1T/l/dDq1bhipQK63JqOMlN5E"
    "FsSZWnpEh2X54y+vPctw0hN2Y+tjxs0yP+2r+Mdj/n+yla0Z1SnmHJqO6UMjSul9hMxb4e"
    "gUesNKu5LqUkSzegqssdJJfUZT4HsBZ5IZ/1DBudKqoYExpnO2emn/RRl5ky4wcmuuKsst"
    "wKkGnXMijAs+owz1ruAJ6LR3SQ5Q6NQFohSuH2LZIYTJ+CJw0VKA87W4J0j52BrjToedBY"
    "rrZfbmfxgwaKlE08bGy72q7FQwaKELNLHWTEJyK3R+kyftCAkOo7uz3Y6ypS3OONsD7PfZ"
    "psvM2K08PGX6LTF3/AEbglawqgiwBh5gsQ5UVsXiAe0vouiBoY0HUxoqIKiZdPRHVMhD1v"
    "huZM7wTYGzOqvDe0/zd+sYkdlUZxTyaAliXeQsGLXyj67ZeXY14/xbuardh9kzc1AzNmrD"
    "3QVFEVpID6LmIfw/4F2d8W0xyFh1e3MlPeVhoDVYuxng0DdO+4gYfNdbO4XnPsYKw6SeC7"
    "zTkRagPcfWeLQGeQiR8lFAeQ5qFsnAjOS12V1bDHBBr19qg7LnqUPkYiQzRAodK91N5v5b"
    "lC52P3cBIHN22lA04J0ZBa6Ow53BTGLHYTa1KNBY2DTcnUy0SabpnmfXt5fr+33oipWEGF"
    "oykVSnjC1ZQOXzztbLpFjiVcOEH3GhfxNvPIHWf++oYCsrZB9GQAbRMwlHn9iwVs4iE6Bt"
    "CBrse7zP/CCxZn2MLe5pdij50dvE+7gRSWYeMaN1DCSJn9Okulsko0cvyZhQ2mIMeT+fd4"
    "zudXSrNKpkaFTBJHyUGfwSfnQogpVIZeGZVpRsyS2X2PvlZImGj8IMCt87Vd/Hxfb2HFrr"
    "arm+sfouF5s0vnPw47E65J/iNTi/AjDwy1KcjM0eoyMZX93dr+1PanCizY1v7cc09XnoVV"
    "YnaGyVnV5maU/9VrAz9tqylpq7nIQOzbpZsx5ekG52Xt3ibDJlo5xEO2sZFt71FC2kkVWx"
    "94j3iKEBMpwEEuMF04b9p+KQP/+yY9bd5Xt7R5X+ho40BK14TJWOlQTZ5wEDZcrtlDox5C"
    "k5oeQpNiDyGeimaX1Y3XNNxISHaH8shjO/jChauR5EyP6MDvYI1m7H8d9sWtGgl1L22ijk"
    "ACPwkO5OmGONk772zyiEmSs9vc4UkqE32HAHP3jVKjuRm165Kd0xHdAMHuR4C7iJ/wIN0v"
    "NUs2vHr740aNx2r6jqnWAlhptDvubgBN00VUqjlnimR48PZzWCzb2Dy/bCp/bxFYdWRsii"
    "iH85xTHR7SNcB+vPn84eoC/HR7cX55dxmmpcVeWXGTX0qaotxenF3lUSb2ogXMaSqNcwOc"
    "iWH4rltxmmC12MiRDU90nDaRHKfVguO0IDfSn1VAujq6miMbhH636yArtIm9WZGyttW1Ha"
    "0ydDvsMxa5qg62p1WUMTKlCFpl3d2q53sJ6RCky66nfAyj+L1y7u88pbotl5XJmbGgvfDD"
    "5MemQKdpdugR/M9yen4t6Q5siXMTW7LalCxYki4SgUTDgnjVKnWi9AE6f0Ll/IkoGEeR7b"
    "XieIH8YPg9Wi+RHdWWe2BBvDADWfykb0UpepwMBKg/W2EPrHzq8fxjQPkxoeyCt8YdNBc9"
    "uHmj8+qqZfRw8+r2km2lmPR/hslWinFg21wrua5yuo3TvlrvpAAryU3Lwllz1HiWfzpT7f"
    "llqtElnLx5K2M7JhTDO1Oth5On8H/KmtnXde8JKXT6teQkT4lBph1Lp+hkiIbg98tF1xsF"
    "JI9rApLHxYCkamdEd1OHuCQeAb8DhrDP90b2z0fS2JLt++joObaQdKpOhmh4c7uXNB0XmU"
    "wXYta4/BZZQqow6OKcmIufL79/NXcRAgZxNoAueYk5WwbMTJrP28z87rdS4X16bOl9zZBq"
    "z8oheVZ01ovOehkOztpPuC+rIGkUXYp/tcMhTzcgFkyOT9+dvj95exojH1+pA7wIrocd6V"
    "md0AwIUe383rfk7sD5nZvZHSA6qLMc8oAmC7kBnjjTZn9LWIfYsz+PbmH/2SJiw60E9k2d"
    "nZTwMfSRHKDFtJe4TXgSR0nMJjmjozpekzoMRJ1YzXMJ1GypKlWHYJbEMpErdTBoikSNg0"
    "H5+wZzMKjjEgbPSoojaRrNks5ZonOqqsXTcD1/2leyL18J4i04HRdX4F8JfoFuSFHszpwl"
    "fJkwkTTbSE/uPKWe4R05TpKJ24FVepF52IFN9qZmaWGplzdtK533HWD8mSJ1Qqidg5tf5w"
    "38Ktr113Pea59+gZQfq8Q3kPVyVfsHckdhah/BgWkINWmauu/U7vpORaBJzeQskcJ6WZDu"
    "E2/eY3DPkWV4870Be77wIhAXXHyFqzvsIX7a6GgvarJuTLXbjLcIN8k2mjkylTPd1ryacQ"
    "Uf+BErawIcCxrhAb00nCvyLQYbpdVOatJqJ7pDWFOwdYewXRZDdNshTKfx6TS+4eA8Zz+r"
    "PJBeHSNK0+gYUfdhO2aJM+u6Rb5+kVJhaT66+/HsFftMQOaB5oIXNjIBesQmsg3E1Bsbzx"
    "H1AFN1DItQzqI20r/7UjgPuu1ieFlKHcM7qBgem4LtArdpwoPpnNKFdFSJxREmOk6rTBSr"
    "JJmSuNLw5ymHFKjdbygxRnZ3US7V+CCZ2hpPwqdDiDrKpbu7qAB51osUZkHrtOqGgHGbZY"
    "rtLfG6Y0+5bJL4fzAY7SbEHM+u2lBzeg42CTlPM6tAndiz7iXUrfJZHaRm3ykdoE7TDDFO"
    "13lwmhglemW1zzEcroa7kb9W1t0Y/FI65mFoCqBtgijVHqCvTMBYGwAp4P6TZl6unWeuE9"
    "dN5eQ05VuO7ND5B179BTxCy0eA/wQTzDbCd5kxldTjnXbyK8eSsOuw9FmfeTp1D/qMuy6v"
    "EKVMleOdlA3269liyTReZnLPNClvuLxs6eLv/jRQXaZTDf1wXfyJo0DaC1kg1W7IbX3Be+"
    "pvoigPOktG1J52ZT3te2gloRo7uuklUepxhxnv7ZYgS7mCDxXkwqb2NMg6ZtRxzKhJgEN7"
    "oXfvhQ7RKvE8JzhWe5vTHNMe5ufnYcbm1PZXM1QiJqtN/wzR8HrWd58UL1tvM+A6m+6zIE"
    "0o57eC7d1Vu5m2o3+w/7z69OnVx49tnFDHzdrS13SlV6iMSe3J3Eutki7S222RXhRll3ZD"
    "5Ai1F0I72pRxtGkfz359PGYq16cziAeYxJaHOidTZV0R/aZ7PWIPnfPq1NI0r/juuD69i4"
    "8TRa6KGd3PxeLuraWIdHX5NoXOikGbUdNOJg20tJNJpZLGb+VOqiGWFLTR+AHqwN0fgKVL"
    "9ndWso++OthFtEU6R5ZygOkcB5K+EWFSm7/htyvQ9HV55mHwN8qtKuu7WNtNJkU1wK2pe9"
    "+uTn+rhn646W/77ZWsmNzsOu1KbDItGiVn6QaE7HNtk6wYN5p6iOq7JJd38g3nbgcID7tJ"
    "cnaNK9XP98zB5xauqLFMbo7rfG/QwVNDjNOut2G53vabYKGQ662XQ+k98oDs6RLSpQzGWa"
    "rBId1DIst+/XDKGTh9OuIMaLNHlTmVPxBiIWhXWJUpshzIM0bXF8rRLN+tW+bDzc1VxmL8"
    "cJnTbq8/f/pwwcSJwD3p7lg0Otguix9lwU6INNTNodYuk2qJMiyXScGq3I9mfufB+VzYRW"
    "U56PHNWs2c8mFTZn64WjMflmbOeSqrnadptN7YQG+kjgU30gmjebrhRW97sYYcSOmaMKkp"
    "axAVCAeopveSoauzP4ab/bEjuEcUiXNJMAW/+i6mvHMM7+nC2x8h3vtD9PwAPnupC7DYxf"
    "dsoXoL6RBNTNJJdKaXXiwWth+QCe6RhRYuXAFoGMS3PTAnruhfxF7tI2CQFVM3TdqQDXvJ"
    "WZ9DbDFjySKL0oLXSiYV6HaXs/5aaR0yfeSGwSbJlM0LbMkasXlanUijciKN9gtpv9D+V9"
    "Tz9Qulqg4RpeUtFWVaN/wdze6CBx3gNNhL+4YUYiXusyye1f6zNZpN0xxUx4FW10VAbf9O"
    "/lggg5AHjIKmm63sg44cPzUFKNSdT0XYVYYPWSqVjThlPG56L30ue6ku3thWhVWJy02LN8"
    "pbEtalxg6xFWFfBeg+LWs3JJ2KmQktHhjCEgmZbbuy9am0XiF+2k+JvhrcqFVVLT5kj0qq"
    "ThXcmT5K1rZcY7GYQGuhDbRQrY8MVh9RJLXnxvdm5GuZoA/v1Ep6kox5StKPzuLm/DwSBJ"
    "MAEW/cPwZrF3sesvkpF+sl4QE7YCIDs4fwZv4v+K9lZvocG+zR1Fgi07eQ+1JE9yiyPU4H"
    "8zb7Lt75xZ4Rj5+vYrA3HYH76CQCTNkYaCGTPZq9gj1vhviR4RR4RBxJ4BDXQ+7RaLu9Tv"
    "fW3GdvTc7pacDmIhvu0deqY1yzZEPIyqkTxxc/32ckceFMk1gaX91c/xANzx90kvPPcAil"
    "j89NiHR1Y9uouMemtWyfyDSNyorfaM1F9wN7KHcJh3vHt4DZqZ7Pj9NCjrXh/7fir3XH4O"
    "joaJ9+4nTGGtvVpM5cSijUOHGpzTlZXUinXk5csqC98NnUkVkjaZrdrZHRf5bT8+u+cM+d"
    "ndRg1lf3XC60XNYu+mrch+ui54p3C5anyHaSL7RLXfhAuNssXYgZZCun7FTouvOwYhKdaZ"
    "dX10xmtTryJ/+liJQ99q9tgnVXLb0VceHchuroqMSJE98b17lxIoW2mc9+dBZrwMDj+vIS"
    "UjDHLjK/E1kUAc8Bmz1gBR8QBQgaSzEAEJu7UtZLbCyFtyV0mwDXt6mg/ZXMChr1Lt63hQ"
    "dGcml1agWptKreNlpVb2tW1dvXT4UbBNdb7P5pOq3uqaIQKF71eov4M259qzQOmrr7hGwV"
    "X+KygXsMiapWAqSQ4OqkqKdaZHFUSsQVMvAKWhXFbSFJXlIFNEch7QHKqRqkP16cX346u3"
    "rxZnyay3OPeHBaKBpkOgFe+SsJUyFFodN4SowFtjBkEU0oNKJlvRgds6WTKkuptRZVtJYS"
    "N0ZcQqCA1nIO2c5mQvdyxQPMZZpLbkSt9mKEY6dYDFas8kAHuncV6KboN4lNIRzdzYbQS+"
    "EHW+9YxJ+wHVR+LBngPOYXzvMxmLtkBY4bRvc63jQ2CJYk1d0xpc+qxDyi6WsX7gJ1jnSU"
    "R/MNBdEnNwb4ZPLubYwt/6MO1jumTl6V+EPhRipOGo3ffZS0BcD//ZI6WfILX8JfRktiYf"
    "YjvozY534ZrYn7IP4aA47Iv/9oxoBdB1BNvEC0RGWqM1QjCqUTDHIVZ3x2jQGkgPfl5cLI"
    "4NXtgBLfNVDT5gg95xbwbojSnYcyRCpzpKXXYPLmTQOc2ajqLjj8XgnSdAnZBJHGOiEbIN"
    "rdT2qmvxKpxPWYQMPbAN5AjWpl9+ZIB2j4Hq6hW4zXOy56lG+TlibS66nBepJFWPfkroVW"
    "MV/N3cY2RjWeGnF/3MhPQ6OhT0bxRaVCSAZeiA5pwiJjhlmgfoo6B8YMD9neyyDyzgxQHj"
    "u3eSM1oalSsEYuAhakHrOhEW/MBOCC8Y5647z22v8bv9iUCLXaQS4mzETj8X3ApJ0Bbcpe"
    "TREFxLY2QUkGL8IQpYqA14bYoenPXQE24xb7pBUSLeP6KNHY2m2l/rLtuevsnL1cnBJTdg"
    "Jzna6cIdObT5NeGMEya5Nom6HUqpxyqpwiG+EZk9fGsmwLDO/Ubn4wGaNMaOK5xCV6k+9M"
    "O4iaYjWV7SmSAcr1XjxOfFFJIBwOHyC6vfQRD1VZmXBDiuQQIg5KVWDtdTP7439qM/gv"
)
