from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "inspection_documents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "doc_type" VARCHAR(24) NOT NULL,
    "ocr" JSON NOT NULL /* fields, rows and problems exactly as read */,
    "corrections" JSON NOT NULL /* field -> value typed by the inspector */,
    "findings" JSON NOT NULL,
    "delivery_key" VARCHAR(80) UNIQUE /* the chat message it came in: a redelivery adds nothing */,
    "created_at" TIMESTAMP NOT NULL,
    "attachment_id" BIGINT NOT NULL REFERENCES "attachments" ("id") ON DELETE CASCADE,
    "inspection_id" INT NOT NULL REFERENCES "inspections" ("id") ON DELETE CASCADE,
    "inspector_id" BIGINT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "sign_ins" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "id_number" VARCHAR(18) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "day" VARCHAR(10) NOT NULL /* YYYY-MM-DD */,
    "subject_key" VARCHAR(120) NOT NULL,
    "subject_name" VARCHAR(200) NOT NULL,
    "document_id" BIGINT NOT NULL REFERENCES "inspection_documents" ("id") ON DELETE CASCADE,
    "inspection_id" INT NOT NULL REFERENCES "inspections" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_sign_ins_id_numb_ef7afa" ON "sign_ins" ("id_number");
CREATE INDEX IF NOT EXISTS "idx_sign_ins_day_e73080" ON "sign_ins" ("day");
        ALTER TABLE "inspections" ADD "subject_id" INT /* the Enterprise, TrainingInstitution or ExamSite row */;
        ALTER TABLE "inspections" ADD "package_sha256" VARCHAR(64) /* SHA-256 of the signed evidence manifest at closing */;
        ALTER TABLE "inspections" ADD "subject_key" VARCHAR(120) /* what makes two places the same */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "inspections" DROP COLUMN "subject_id";
        ALTER TABLE "inspections" DROP COLUMN "package_sha256";
        ALTER TABLE "inspections" DROP COLUMN "subject_key";
        DROP TABLE IF EXISTS "sign_ins";
        DROP TABLE IF EXISTS "inspection_documents";"""


MODELS_STATE = (
    "eJztXXtz47a1/yoY/dPdGa9nLXsfSXoz4/U6iVuvnbG9t7lN7jAQCUmIKYIhQGudJt+9AN"
    "9vExQpQTQ603ZN4pDU7wAH543/TFbEQjY9/EyRN/ka/GfiwBXi/8hdPwAT6LrpVXGBwZkd"
    "DPT5iOAKnFHmQZPxi3NoU8QvWYiaHnYZJg6/6vi2LS4Skw/EziK95Dv4dx8ZjCwQWwYf8v"
    "P/88vYsdAXROM/3XtjjpFt5b4TW+LdwXWDPbrBtQ94ceGw74Kx4oUzwyS2v3LS8e4jWxIn"
    "IcAOE1cXyEEeZEi8gXm++AXiA6NfGv+o8GPTIeFXZmgsNIe+zTK/eGak1yaGcXV9Z9ye3x"
    "nGRAIjkzgCX/6pNABgIT7h1VfT6fHxu+nr47fv35y8e/fm/ev3fGzwveVb7/4KPyZFK3xU"
    "gNnF9xdXd+KDCGdiyFpx4a+ABjIYUgXMSNFnC0OWAQnJ0zyIEddM4DQp6DZ0Fj7kry7hfr"
    "aEXjXqWZoC8PwHtQA+gjXBPR6SAp8u+u7IT8wlocgBs0fABQEQsuWb4DFghaBDwZzYNlmD"
    "O2SjhQdXk3ZcWsEvho2cBVvyP9834P+/pzdnP5zevHj/Ms+Dq+jGVNzJM4NP5xhbDrclxZ"
    "QqWoWZ035Z5AA/etsC8aO3tZCLW3nMPWIjWgb6H7fXV9VAJwQFdC1sMvAnsDHtJHvawDz5"
    "+9x3TIEgmPnYZtihh+J9304GAr8BbAGQePKK0t/tLMgvPp3+VMT/7PL6QwAZoWzhBU8JHv"
    "ChwAwLP2DKv1F69pcIFZ76k998D1MxXQQjyRxAB3BOushkxOsihdqsifolUVoRpocERAZk"
    "ZQ585HcYXqFqLuQpi+sjIj2M/zHUKhlSGPEfaF079mM0WRqAv7v4dH57d/rpx9wi+Xh6dy"
    "7uTIOrj4WrJS4lDwH/urj7AYg/wb+vr86LaykZd/fvifgm6DNiOGRtQCujxsRXY9RyXPdd"
    "qyPX85Sa66pwPcYow/bo61OuI4chz+XiCFXq3rWKd4mukwKumqoRauDTo5N3J++P354kin"
    "dypUnfDnVrYVvO7yvtmxSzMtDfEQ/hhfNP9BjgfcG/Czpm1U4W2dLnuYftF85/xbMpvpp+"
    "ogfXiV1enmQcBv7jEQuA4F8Brj5fXk4CzGfQvF9DzzJqwHcIw2aVovchIvzunzfIhsFPqQ"
    "X9KnjIeADPiYJIBeGP3hCli+RBeyjrJaEy+BP9FRLEPWH2MXrgeLF7wAxRg5vjVc4eKczE"
    "k84ihX8kK1LIMjIlGRmWk27lW6vpqngFOnAR/CTxbvGmCDBuPrFbBgPxWXLOpjcPmjy0Jh"
    "9mUDFuh37a4CNkfYUZIu0t7MllO7e5WlniQr2ZHo9X2Drv6Jg6nrYwwo+ntVa4uJU3wylD"
    "rgy28XiN7dPYigkt4/OLx6vh8hOvHY3Lz0WOxb9HbIVz7K1kZnwFqcKTfwIdAENOwjXEnJ"
    "MLEH15oujsfmU8II9GH9PSFZCh6GdfbQP/62G31Y1cANqr1g7q8XrVPLQSoHZhe4G0B74r"
    "trXvL5tDn3nJwVfvfRrSlvvRIyai3Ib+HMiJSYVFVxxy0GTXufFgIxQ8O7Tuwg+Qtu9yZN"
    "rC68nCE6a+X+HcarJDYopOylg3LTmavgLPrZgkR20Ur6N6xeuopHiRtRNmx7XFOSHYHswd"
    "lF6ReRMxB7AlZMC0Id+3LIBZp1D3SZtY90l9sPukFO0Ov6dLtDtHOUINbd+36iyb59jBdN"
    "mJzwVSrZKpxmdFVLJMSLZCG8sHbOsVsTToqVgi9HPJgt7Q9q9XpUwPWZhJp7YVyHrxcO0W"
    "57wm1SaH9qg+ifaolEUb/L8EwPF4lfWojuBOX79ugS4fVQtvcG/PkjR3N5l7zsTk+x7fGq"
    "WsrwyJwr7wroGgVtP5uGE6H5ensw0pM8L0oA7KYZl6b/TDyXqJnKA04jcye7UktoU8EP4U"
    "sIYUiJ8GhH4WJmqMX4/USdDt1uR+Ou7rkqAlrIeMt2Y+58vE2zDrKy6IVEIc9JvmxUWKEY"
    "qUDTH6B5n9EDxnD1dKK6S2m5m6lxBFOYObQaTTBWX9GV/g6hZXx5aSeweNvgw+yqB4p9Ek"
    "7coYwJWhTWxtYmsTW5vYLU1sbUzVoz8uY6pQJcMw84MyGblduESoqwufrC7MgFaGWrq88E"
    "58N/81F/mn7hfibesMy/NNutBwSD08tYArFPGceVyviRfM8SdV8ckpcPlY0Z/AEf0J0qjk"
    "32jWXShS38ELfsMxsQttYHNphrwDQOEcsUcQ/ibxt4tMDO1XxBXzJ64xzLJw+Df+4qyJd4"
    "+8lwdgjdky8HyayGN4jk0+p4O/I78OWMAHBObEExdXh+AGrcgDsvgXEtdGAHoI3COXRQ/6"
    "1Qtv813qV/5i8osjHrXkH0q8R9HgQfwZfjd0rKDjg+sSPh+DwsGXgC/GR3o40XaOcnaO2B"
    "FlVMN4vMp2ziRdO39Gq8aIVo24EC4bI1wq7fz+BYOoTYrWtD5Fa1pK0dLW5pD5b1wCchVO"
    "KiMhJRmfAXTSxv45qTd/TkrWzwPy+BZTWe1MCN++nNq6moSsAPOM0w01lZMrEhJlTny+r+"
    "EwmOihBd/q+MbHryGxgWIK4hW5UQzxw/X1Zc70+XBRSGe++vzpw/nNi6OAOXxQ6LysKMth"
    "kXprxInxZZu0miklwiaTdP+WQgP6wqIsoBi4d2URzBE9Z/S4Id3JJZKl0w6RfXKIpGaCLM"
    "/zlHuTYfJsMpCLClVkUsq5vcqE2u1V3rp327FMOWk51pZlqgHd1pfY3LPs7PT27PTj+aRO"
    "YPSA8ln+afslLNqiXBaVSnlsq7znFb7bGid7vRc3sT4yHmudWjEul6OuEtFVIjqFRaew6B"
    "QWncKyJ8JkXB6bTvUA+UzX7knK2bza/VqDO0lRzho7VT1N87ZQQ1fTdKDWp0emT28/vqkY"
    "wAOHNwO0AoBkIY6JxqhS6ySIfUqCoOiLDLbR8PGpzm2Arce1BCu2DMdfzeT6WuWIhpq9Y/"
    "JkCK1lQbxHKfmboRnfNO5fQHCVXKo1cTxeY/s0tnPsUWZgSv2qHKn6TJIi3XNOJnmANpeb"
    "c49UzNJ6BPNUGj9WYSY8hR6rshOeFXYeesBobVi+VB5Ynuo54xdIMDkVKaEY3/5yNG2lIE"
    "0bNKRpSUUKATPi0II81jlSHZBoDkjsSc/gQH5PtjSpW81piXbBIWKGhyCVm88lwvGJkEEC"
    "QB5ZG0tIlzJYZ2kUhpn/yZDJKIDAXEJnIbozr1ziMeCFxzXt3kbQ4bd66McVftOnp4yZ6x"
    "UZ1EmQUDroupMeY4rtfLVh15z0DKT6hiBlgqlnwfP2cNW0Qiu0TPtD6yZ43pjQ2lJIP5pm"
    "zYH9dC62Cu8bmbXQpgtCOFw0JIhUohW0EGCE60pJoSPXkr4G6yU2lyD8kQdA+NT4JcgOxN"
    "jwH7NH/g+ySm4iDx0WtavtvLHnHIWmU3lGlqaw49N4OlQLagVIKQWojdrLRRKR8gcmBDrY"
    "3ybYT3zPlMqlSCkUtuJVcpbY2KkAuHaTiIfresdyvWOt7l5/WnGGZPsHFu8mrDLI0cS7ru"
    "RVDf+Bi013WQepGtQ9FUIm9aa7qYMsG8HNtlxqKbez5TKW+tO23LWDwC/+m69eW/x/Z/AI"
    "vPDQK5G3j53Aln/JzSuTeGF/tmxjuLKRttmjdIa4Whni4SxCfK5XBNKeSmBIyDbMYFBUAL"
    "VOAaHi7RIqdUoxQpvluE2497g+3HtcCvc66AuTzbDJ0jzn/Bqtxmk1TqtxG6hxp76F2Q8I"
    "5nWR0s1GtQ2KYcYyHvektna3RACFzXJFU8GAXLjGsfMNsIl5jyzh/7YDPzl6QA4DmIq2up"
    "yG36Ik7O4rxgOH3/dEM997WlblBnyPanqe+pVqAyt6FP0uF7yICLYn9V8Pi+xWohcp3rLp"
    "UhulSqkm+ofwYktkSQxq1sPqI66D6427gAm3caz1z+UeImmCKVeIRVYQJ/l5YmL2+MQQ1y"
    "MPmGsoTwwrX9URVCUjqPf8x8vIpHj8CAsR22R9H9WnfR+V8r51IWKpnrZNLcNJfSnDSamS"
    "YcdtlZSe0T2XMeR2h9bzOUuk8ISeBHYL/1hgc7PFBnBGHhAoTZIds6C0+7ZlQ4lQdVbEHy"
    "wMUfW4gInHp0qZAbcraNu1mkuWbns21LEk+kfgf8CKUAZ8j38Oa4l3qMwcT9+9TdQX8UeT"
    "wnL76fTysmwlqVgttTsZ3n/jFIaZLSU7EoIR2qGDZPtASvHCQVIgZ2lUls0QCJv5VXguGP"
    "Ap8tqfZTJ4Ips/+w2ZzLhHUip3gUzdataJOIDN8l07PJ/NtH3KoloPJaqKI1O/BH1zRm5K"
    "tZVzHLYpyvckB7eiCKmchGsK77+U5h8TqCzOwpoBGy2gDYIPBuF0BDNkE2dBQdjOYve7dv"
    "BxBtd0vI5lnxX0+twUlRfcGnoOZ1VgjspaGkVaZSM2kyVeLBE3NsQXc86CBX5AwZGnwTlp"
    "wawNHvqO//er11s3RtAXFkQ2K1zUTWfVZckUP6tOGNvh0XpmkKsXicE1pCD+FZwdplLH1R"
    "H+wZXJP41MyVANxpOSdtGBJX1Iux7B5t8G7aB4vLqdVr0GUKZUWBVQw8dqIQaxLVXdkCHZ"
    "fnXD5O9z3zEDuTHzsc2wQw/Fa7+dbH/OD1PzoBttPMOKQ91oY2xcr1C5y20hQodKZVJsU0"
    "ZCnm5ERXtbyE1oSpwNYS3zQj5pFrY6Y08xJrROls1NP+mD33JVqvdcdCVJSYUVINPtY1SA"
    "59VhkfTaAzznD2gvs+VbgbRClMLNO+xwmD6FTxorUAy7G4J0h92RrjTIGDSXq82X22nyoJ"
    "Ei5RCGzU1X21XwkJEixO1SF5nJ+aDdUbpIHjQipIZOjg73upoM6WQjbE6TNtKNt11tc9Q3"
    "KmgUJR5wCG7ImgLoIUC4+QKC6hQ+L5CIiHwDEBcRfJznYUSDIhaRfR+XwRD+vBmac70TYH"
    "bAqYre0OHf+ItDnLiyRngyAbTt4C0UvPiVot9/fXkgym9EU6wVv2+Jnlhgxo21e5qpyYEU"
    "UN9D/GP4vyD/2+aaY+Dh1Z2wlLeVDoCqtTzPhgG69djIo66619igKVowUZ0k8N3kmAG1Ae"
    "6/MUKoM8jEj1KKjcJHauq6W4sTwXmlq7Ie9oRAo94ddddDD9KnEOSIRihU+pfauy1cVui0"
    "2AEOchCmrXTAKSUaUweWHYebopjFdmJNqrGgdbApnXq5SNMN17xvLs7udtZaLxMrqHE0ZU"
    "IJT7iasuGLp51NN8i1AxdO2PzEQ6JLOfIOcn/9jQKydkD8ZAAdC3CURfmEDRzCED0A0IUe"
    "E03KfxX1bjNsY/b4a7lFyxbep91ACsuwgwY3UMpImf06T6WySjRx/ZmNTa4gJ5P5z2TOF1"
    "dKu0KYVnUwEieRQZ/DJ+dCSChUhl4ZlWlGrIrZfYe+1EiYePwowG3ytZ3/dNdsYSWutsvr"
    "q+/j4UWzS+c/jjsTrk3+I1eL8IMIDHWp5yvQ6iojlf3d2v7U9qcKLNjU/txxS1CRhVVhdk"
    "bJWfXmZpz/NWj/N22rKWmrechE/Nule/kU6UbnZe3fJsMWWrmEIcd8lO0OUUHaSxXbEHhP"
    "RIoQFynARR6wPDhv270nB//7Ni1R3td3RHlfaojiQkrXhMtY6VBNkXAUNlyhV0CrFjTThh"
    "Y003ILGpGK5lTVjTf0a0hJtnjoPOM7+MKDq4nkTI/pwJ9gjWb8f13+xZ360AxwFn3UUCbA"
    "T4IDRboxTvbeG2M8YJLm7LZ3eJLaRN8xwNx/n814bsbdnmTndEw3QrCHEeAeEgcESLfbzJ"
    "ONr97+qFXfqoa2Vap1kFUa7Z67G0DL8hCV6u2YIRkfvMOcNco3NuZXTeXvbALrThzNEBVw"
    "nguq/UO6AdiP158/XJ6DH2/Ozy5uL6K0tMQrG9wUl9KmKDfnp5dFlImz6ABzlkrj3AJnYp"
    "q+59UcRlcvNgpk4xMdJ20kx0m94DgpyY3sZ5WQro+uFshGod9tO8gKHeI8rkhV1+PGjlY5"
    "ui32GYtdVXvb0yrOGDEognZVd7f6+V5BOgbpsu0pn8AY/F4593eRUt2OvcrkzNjQWfhR8m"
    "NboLM0W/QI/rE0zq4k3YEdcW5jS9abkiVL0kNBING0IV51Sp2ofIDOn1A5fyIOxlHksE4c"
    "L5HvDb8n6yVy4tpyBhaERRnIwU/6OihFT5KBAPVnK8zAyqdM5B8DKk6Z5BfYGvfQXHTv5o"
    "3Oq6uX0ePNq9tJtpVi0v8ZJlspxoFNc63kusrpNk67ar2TAawiNy0PZ8NJ1Xn+6Uy155ep"
    "Rpdw+uatjO2YUozvSK4BDi7Cf1Q1s2/q3hNR6PRryUmeEYNcO5ZO0ckRjcHvV4iutwpIHj"
    "UEJI/KAUnVjhjupw5xSRgBfwKOsC/2Rv7PB9Lakh365OE5tpF0qk6OaHxze5A0HQ9ZXBfi"
    "1rj8FllBqjDowTkx5z9dfPdq7iEETOI+AroUJeZ8GXAzaT7vMvP730oD79NDR+9rjlR7Vv"
    "bJs6KzXnTWy3hw1n7CXVkFaaPoSvzrHQ5FuhGxYHp08u7k/fHbkwT55EoT4GVwGXalZ3VK"
    "MyJEtfN715K7B+d3YWb3gOioznIoApou5BZ44lyb/Q1hHWPP/iK6pf1ng4iNsBL4N/V2Us"
    "LHyEeyhxbTTuI20UkcFTGb9IyO+nhN5jAQdWI1zyVQs6GqVB+CWRLbQp7UwaAZEjUOBhXv"
    "G83BoK5HODwrKY5kaTRLemeJzqmqF0/j9fxpX8mufCVItOB0PVyDfy34JboxRbF7c5aIZc"
    "JF0uxRenIXKfUM78lxkk7cHqzS89zD9myytzVLS0u9umlb5bzvAePPFKkTQu0d3OI6b+FX"
    "0a6/gfNeh/QLZPxYFb6BvJer3j9QOApT+wj2TENoSNPUfae213cqBk1qJueJFNbLwnSfZP"
    "M+AHcCWY632Bsw8wMvAvHA+Re4usUMidNGJztRk3Vjqu1mvMW4SbbRLJCpnOm2FtWMK3gv"
    "jlhZE+Da0IwO6KXRXJFvMdgqrXbakFY71R3C2oKtO4Rtsxii3w5hOo1Pp/GNB+c5/1nVgf"
    "T6GFGWRseI+g/bcUucW9cd8vXLlApL88ntD6ev+GcCMg81F7xwkAXQA7aQYyKu3jh4jigD"
    "XNUxbUIFi7pI//5L4Rj0usXw8pQ6hrdXMTw+BbsFbrOEe9M5pQ/pqBKLY0x0nFaZKFZFMi"
    "XxpOEvUo4pULvbUGKC7PaiXKrxQTK1NZmET4cQdZRLd3dRAfK8FynKgtZp1S0BEzaLgZ0N"
    "8brlT7lok/i/NxhtJ8SczK7GUHN2DrYJORu5VaBO7Fn3EupX+awPUvPvlA5QZ2nGGKfrPT"
    "hNzAq9st7nGA1Xw90oXivrbgx/KT0QYWgKoGOBONUeoC9cwNiPAFIg/CftvFxbz1wnnpfJ"
    "yWnLtwLZvvMPvPoWPEDbR0D8BAvMHgPfZc5UUo932smvHEuirsPSZ30W6dQ96DPpurxClH"
    "JVTnRSNvmv54sl13iZyz3LoqLh8rKji7//00B1mU499ON18aeOAmkvZIlUuyE39QXvqL+J"
    "ojzoLRlRe9qV9bTvoJWEauzop5dEpccd5ry3G4Is5QreV5BLm9rTIOuYUc8xozYBDu2F3r"
    "4XOkKrwvOc4ljvbc5yTHuYn5+HGVuG469mqEJM1pv+OaLx9azvPylett5mxHU2/WdBWlDO"
    "bwW7u6u2M20n/8f/8+rTp1cfP3ZxQh21a0vf0JVeoTImtSfzILVKukhvu0V6cZRd2g1RIN"
    "ReCO1oU8bRpn08u/XxWJlcn94gHmESWxHqgkyVdUUMm+71gBk6E9WplWleyd2D5vQuMS4o"
    "clXM6H4uFvdgLUWkq8s3KXRWDNqcmnY8baGlHU9rlTRxq3BSDbGloI3Hj1AH7v8ALF2yv7"
    "WSffTFxR6iHdI58pQjTOfYk/SNGJPG/A2/W4Gmr8sz94O/cW5VVd/Fxm4yGaoRbk39+3Z1"
    "+ls99ONNf9ttr2TF5GbfaVfBJtOhUXKebkTIPtc2yYpxo62HqLlLcnUn32ju9oDwuJsk59"
    "e4Uv18T118ZuOaGsv05kGT7w262DCDcdr1Ni7X224TLBRyvQ1yKD0j98gxlpAuZTDOU40O"
    "6QESWXbrh1POwBnSEWdChz+qyqn8gRAbQafGqsyQFUCecbqhUI5n+XbdMh+ury9zFuOHi4"
    "J2e/X504dzLk4C3NPujmWjg++y+EEW7JRIQ90eau0yqZco43KZlKzK3WjmtwzO54FdVJWD"
    "ntxs1MypGGZw88PTmvm4NHPBU1ntPEuj9cYWeiN1bfgonTBapBtf9HYQa8iFlK4Jl5qyBl"
    "GJcIRq+iAZujr7Y7zZH1uCe0JRcC4JpuA338NUdI4RPV1E+yMken8EPT+Az1/qARzs4ju2"
    "UNlCOkSTkPQSnRmkF4uNnXtkgTtko4UHVwCaJvEdBubEC/oX8Vf7CJhkxdVNi7Zkw05y1u"
    "cQ29xYssmisuC1lkkluu3lrL9WWofMHrlh8kli8HmBbVkjtkirE2lUTqTRfiHtF9r9inq+"
    "fqFM1SGitLqlokzrhn+h2W34oD2cBjtp35BBrMJ9lsez3n+2RjMjy0F1HGhNXQTU9u8Ujw"
    "UyCbnHKGy62ck+6Mnx01CAQr25EYRdZfiQp1LZiFPG46b30ueyl+rijU1VWJW43LZ4o7ol"
    "YVNq7BhbEQ5VgO7TqnZD0qmYudDiniEskZDZtSvbkErrJRKn/VToq+GNRlXVFkN2qKTqVM"
    "Gt6aNk7cg1FksItBbaQgvV+sho9RFFUnuufTYjX6oEfXSnUdKTdMxTkn5ymjTnF5EgmAaI"
    "ROP+A7D2MGPIEadcrJdEBOyAhUzMHyKa+b8Qv5ab6XNs8kdTc4ks30beyyC6R5HDBB0s2u"
    "zbeOcvzowwcb6Kyd90CO7ikwgw5WOgjSz+aP4K/rwZEkeGU8BIcCSBSzyGvMPJZnud7q25"
    "y96agtNGyOYyG+7Ql7pjXPNkY8jKaRLH5z/d5SRx6UyTRBpfXl99Hw8vHnRS8M8ICKWPz0"
    "2JdHVj16g449Natk9klkZlxW+yFqL7nj9UuISjveNrwO1U5ovjtJBrP4r/W4nXegfg8PBw"
    "l37ibMYa39WkzlxKKdQ4canLOVl9SKdBTlyyobPw+dSRWSNZmu2tkckfS+PsaijcC2cntZ"
    "j19T2XSy2XtYu+HvfxuuiF4t2B5RmyreQLbVMX3hPutksX4gbZyq06FbrpPKyERGfaFdU1"
    "i1utrvzJfxkiZY/965pg3VdLb0VcODeROjqpcOIk9w6a3DixQtvOZz85TTRgwIS+vIQUzL"
    "GHrG+CLIqQ54DPHrCC94gCBM1lMAAQR7hS1ktsLgNvS+Q2AZ7v0ID2NzIradTbeN8GHhjJ"
    "pdWrFaTSqnrbalW9bVhVb18/FW4IuN5h98/SaXVPFYVA8arXGySecePblXHQzN0nZGvwJR"
    "4fuMOQqGolQAoJrl6KeupFlkClQlwhE6+gXVPcFpEUJVVIcxjR7qGcakD64/nZxafTyxdv"
    "Dk4Kee4xD05KRYNcJ8ArfyVhKmQodBpPhbHAF4YsoimFRrSqF6NrdXRS5Sm11qKK1lLhxk"
    "hKCBTQWk6Rx62dKo0lutOorcB0jDL1Bc8llj1Ygw5u+cb1JW3VvgyJyvG6jirf9M2bNi0M"
    "3rypb2Eg7hUaYPFFJYFwNHyE6A7SkoO/kVUetlQf4cyQbD/EuRsturdg5k43s7/+C4X8ey"
    "s="
)
