from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Counts per county, kind, status and overdue flag (models.cases.CaseCount), kept by triggers on "cases" so
# that every writer is counted: each change is inserted into case_count_changes as -1 for the old key and +1
# for the new one (insert-only, so concurrent transactions never wait on a counter row), and the case-counts
# job folds them into case_counts. The cases already present are counted once here.


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "case_counts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "division_code" VARCHAR(6) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "is_open" BOOL NOT NULL,
    "overdue" BOOL NOT NULL,
    "n" BIGINT NOT NULL,
    CONSTRAINT "uid_case_counts_divisio_787bf4" UNIQUE ("division_code", "city_code", "province_code", "kind", "status", "is_open", "overdue")
);
CREATE INDEX IF NOT EXISTS "idx_case_counts_city_co_e4f32e" ON "case_counts" ("city_code", "is_open");
CREATE INDEX IF NOT EXISTS "idx_case_counts_provinc_c50d9e" ON "case_counts" ("province_code", "is_open");
COMMENT ON COLUMN "case_counts"."n" IS 'cases with exactly these values; 0 once the last one has left';
COMMENT ON TABLE "case_counts" IS 'How many cases there are per county, kind, status and overdue flag, so that a jurisdiction''s count is';
        CREATE TABLE IF NOT EXISTS "case_count_changes" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "division_code" VARCHAR(6) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "is_open" BOOL NOT NULL,
    "overdue" BOOL NOT NULL,
    "n" SMALLINT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_case_count__divisio_4d7809" ON "case_count_changes" ("division_code", "is_open");
CREATE INDEX IF NOT EXISTS "idx_case_count__city_co_46b964" ON "case_count_changes" ("city_code", "is_open");
CREATE INDEX IF NOT EXISTS "idx_case_count__provinc_1d3a0a" ON "case_count_changes" ("province_code", "is_open");
COMMENT ON TABLE "case_count_changes" IS 'One case entering (+1) or leaving (-1) a `CaseCount` key, written by the triggers on `cases`.';
CREATE OR REPLACE FUNCTION case_count_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO "case_count_changes" (division_code, city_code, province_code, kind, status, is_open, overdue, n) VALUES (OLD.division_code, COALESCE(OLD.city_code, ''), COALESCE(OLD.province_code, ''), OLD.kind, OLD.status, OLD.is_open, OLD.overdue, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "case_count_changes" (division_code, city_code, province_code, kind, status, is_open, overdue, n) VALUES (NEW.division_code, COALESCE(NEW.city_code, ''), COALESCE(NEW.province_code, ''), NEW.kind, NEW.status, NEW.is_open, NEW.overdue, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER case_count_insert_delete AFTER INSERT OR DELETE ON "cases"
    FOR EACH ROW EXECUTE FUNCTION case_count_follow();
CREATE TRIGGER case_count_update AFTER UPDATE OF division_code, city_code, province_code, kind, status, is_open, overdue ON "cases"
    FOR EACH ROW WHEN ((OLD.division_code, OLD.city_code, OLD.province_code, OLD.kind, OLD.status, OLD.is_open, OLD.overdue)
        IS DISTINCT FROM (NEW.division_code, NEW.city_code, NEW.province_code, NEW.kind, NEW.status, NEW.is_open, NEW.overdue))
    EXECUTE FUNCTION case_count_follow();
CREATE OR REPLACE FUNCTION case_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "case_counts";
    DELETE FROM "case_count_changes";
    RETURN NULL;
END $$;
CREATE TRIGGER case_count_truncate AFTER TRUNCATE ON "cases"
    FOR EACH STATEMENT EXECUTE FUNCTION case_count_truncate();
INSERT INTO "case_counts" (division_code, city_code, province_code, kind, status, is_open, overdue, n)
    SELECT division_code, COALESCE(city_code, ''), COALESCE(province_code, ''), kind, status, is_open, overdue, count(*)
    FROM "cases"
    GROUP BY division_code, COALESCE(city_code, ''), COALESCE(province_code, ''), kind, status, is_open, overdue;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS case_count_truncate ON "cases";
        DROP TRIGGER IF EXISTS case_count_update ON "cases";
        DROP TRIGGER IF EXISTS case_count_insert_delete ON "cases";
        DROP FUNCTION IF EXISTS case_count_truncate();
        DROP FUNCTION IF EXISTS case_count_follow();
        DROP TABLE IF EXISTS "case_count_changes";
        DROP TABLE IF EXISTS "case_counts";"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B6Us7NYo3vuTSybxT5Tjuae8mdm/svDO77S4FoiAJbYpQE6QV9eW/Lw"
    "54Ee8mJFKCaGzV9sQSDkk9AIFznnP7ozdjI2Lzwy+cuL236I+eg2dE/CP1eR/18Hy++hQ+"
    "8PDQlgN9MUJ+gofcc7HliQ/H2OZEfDQi3HLp3KPMEZ86vm3Dh8wSA6kzWX3kO/Q3nww8Ni"
    "HeVD7Iz7+Ij6kzIt8Ij/6c3w/GlNij1HPSEdxbfj7wlnP52Xs6uXS8H+RYuOFwYDHbnzmr"
    "8fOlN2VOLEAdDz6dEIe42CNwB8/14RfAA4a/NPpRwcOuhgRPmZAZkTH2bS/xi4eD1We9we"
    "Dq+nZwc3E7GPQUMLKYA/iKR+USgAk8wvPvj49PTl4fvzh59ebl6evXL9+8eCPGyufNf/X6"
    "r+BhVmgFl5KYXf7z8uoWHoiJSQymFj74S8pgDwdScjJW6HuTgeoExCKPz0GEuJkEIbMC3c"
    "bOxMfi1jncz6fYLUY9KZMBXvygGsCHsMa4R0NWwK9e+vWR71lTxomDhkskNgIEe8s7eRk0"
    "I9jhaMxsmy3QLbHJxMWzXr1ZmuFvA5s4E28q/nxTgf//P/t8/uPZ54M3z9JzcBV+cQzfpC"
    "dDLOcIWwH3SGlSimQ1npz6r0UK8KNXNRA/elUKOXyVxtxlNuF5oP/z5vqqGOhYIIPuiFoe"
    "+hPZlK+199SBuff3se9YgCAa+tT2qMMP4X7/6LUEfgXYABBcecb5b3YS5INPZ//O4n/+8f"
    "q9hIxxb+LKq8gLvM9Mxog+UC6eUXn15wQ1Xvq9X32XclguMJFsjLCDxEzOieUxd51dqM47"
    "Uf5K5N4IyyUA0QB7+Rn4IL7x6IwUz0JaMvt+hKKH0T/aekva3IzEDxxdO/YyXCwVwN9efr"
    "q4uT379FPqJflwdnsB3xzLT5eZT3OzFF8E/evy9kcEf6L/vb66yL5L8bjb/+3BM2HfYwOH"
    "LQZ4lFBjok8j1FKz7s9Ha856WtLMui6zHmGUmPbw6VezThyPuHOxHZFC3btU8c7JraWA66"
    "ZqBBr48dHp69M3J69OY8U7/qRK3w50a7Atx/eF9s0KszzQPzCX0InzX2Qp8b4Uz4Udq+gk"
    "C23pi9TF9gvnv6LVFH26ekQXL2K7PL/IBAzixxNPAiGeAl19+fixJzEfYut+gd3RoAR8h3"
    "nUKlL03oeCP/zXZ2Jj+VNKQb+SF+kO4KmtIFRBxKU3ROkyvtAe7vWKUA3EFf0ZAeGGMPsQ"
    "XrC72D1Qj/CBMMeLyB4lzOBK56HC38E3kvvDX8WigFEetjZdYjfB1c6Di3VpecH+z45ZYt"
    "9PnQj5r2bHs+wn2MET+ZPg3nCnEDVhcno3HpZHTo7QXn3Zr2K1LTFswGHcDrlt+RCq/GpC"
    "yDCsDdHcY1uo4rlZKKc2ovEaMxprknknxzWIi5PjUuYCvkpTF9wjcxVso/EG28exhQWtwp"
    "NG4/WgSeG2naFJ58QZieeBo3BM3ZnKii8Q1Xjx97CDcDCTeIGpmMkJCp881nZ2/2Y8EJeH"
    "D1OTPklINHOu1oH/RbvH6ka0iWEi60HdXSbSJTMAdZ1pz4g2MO+aHe37O82BnyFHipYzdm"
    "3acj+5zCKck9EXuU/0Ciy67JB+lV03jwYPgo1nh9Zd8ADK9l1KzFh4DVl4YOr7BWxNlR0S"
    "SayljK2nJYfLF/DciklyVEfxOipXvI5yihdbOEFEYV2cY4HtwbyG0gvRSuHkIG+KPWTZWJ"
    "xbI0S9dRTeV6d14gNOywMETnMRAsHzrBMhkJLsoIa270d1cprH1KF8utY8Z0SNSqbbPGui"
    "kiXc2AXaWNrJXa6IrRzFmgWPP5XI8Q1t/3JVynLJiHrK4YAZsUYYrt3inNak6sQdH5UHHh"
    "/lIo/l/yoAHI3XWY9aE9zjFy9qoCtGlcIrv9uzwNbdLeaGo1fFuSeORiXrKyGiMRe+riOo"
    "1nI+qVjOJ/nlbGPuDYKQqjWUw7z03uiHvcWUODKd5Fc2fD5l9oi4KPgpaIE5gp+GQD8Lgl"
    "u6r0eawPF67+R+EvdlgeMK1kOCrRmPxWvibhjGFCWRarEdNBvvJbaUQbClbIjRf7Lhj/I6"
    "e/im1EJqu9G8ewlRGGe5GUSdDLFslc/4hmc3tNi3FH/Xr+QyxKgBpzv1JhkqowUqw5jYxs"
    "Q2JrYxsWua2MaYKke/W8ZUJrPIo54vU4vUTuGcoMnIfDQjMwFaHmrllMxbeG7xay7TV90v"
    "xOvmZubXm3JyZpt6+MoCLlDEU+ZxuSaeMccfVcV7Z2guxkJNBwdqOqy8kt/xJF0Ioe/oQH"
    "zhWHSObWSL3Yy4fcTxmHhLFPwm+HtOLIrt52wO6yfKy0xOYft3vHMWzL0n7rM+WlBvKplP"
    "i7geHVNLrGn5d8jroAl+IGjMXPhwdog+kxl7ICPxhGxuE4Rdgu7J3Asv9NUNvhan1FdxY3"
    "bnwKWm4kGZu4SiGPBn8NzYGckqGfM5E+tRJls+Q+JlXPLDnrFztLNz4ERUUQ2j8TrbOb3V"
    "u/Nn+NYMwrcGPghem0HwqtTj/TMGUZ0QrePyEK3jXIiWsTbbjH8TO6BQ4ZQiElYi3TOATu"
    "vYP6fl5s9pzvp5IK44YgozxBkTx5dTmlcTi2VgHgq5tpZy/InCjjJmvjjXaOBMdMlEHHXi"
    "4BOfEThAKUfRG7mRD/H99fXHlOnz/jITznz15dP7i88HR3JyxKCAvCxIy/FC9XYQBcbnbd"
    "LiSckJVpmk+/cqVKAPFmUGRUnvqiKYEnrK6AlDei1KJClnCJF9IkRWZoLqnKcl9ybC5MlE"
    "IGcVqtCkVKO98oKG9sof3but8qbdbtnVMm+6AV2XS6yu83Z+dnN+9uGiV7ZhNIDyefpq+7"
    "VZ1EU5v1VqxdgWsecF3G0JyV7O4sbWR4KxNqEV3aIcTZaIyRIxISwmhMWEsJgQlj3ZTLrF"
    "2KyVD5COdF0/SDkZV7tf7+BOQpSTxk5RTdO0LVRR1XQ10OjTHdOnt+/f1Azglt2bEi0JkC"
    "rEkVAXVWoTBLFPQRCcfFPBNhzePdW5DrDluOZgpaOB48+GanWtUkJtrd4uMRl0pLz9JkS2"
    "WKRN6OV0RJyoCrtKhImUo97yMFga/PDyw+D2f366uOmtsznXozsq2I6CKRDKLFCzSu33Mm"
    "IbVZfeUs2A3ET86+zz1eXVP2/QPVlCH0qIBGIOorM5c2uWeKuYjVZKToOaP2HuUklhSch0"
    "b99v/kQVNqxSLe9ovMH2cWzH1OViE+XcLwoqLA+9yso95eirB2yL3XfssoJVWo5gWsrg5x"
    "XY1Y+h5xUZ1k8KO5c8ULIYjHylwMm01FPGT+5gajZFLNG98+XouJZFcVxhUhznbQoJ2CDy"
    "xaljnRI1Hry3lR68PSmyLfdvRctt7UVda00r1NcOEBu4BHO19ZwT7N4W0orHNHaJKUcA5C"
    "U1hjyMvEHwqFGuJ/wABD8AMRdlErN3zxe5bDGYYj5VmZKkjM6TMSIesTyOMLKm2JlAnXlJ"
    "RCA3aDy3e+PNBBKUQ9+tQALTB6rLs16QCxKHOyiHj+ykWqJmKklpAElq95S7+oYgJcJCzu"
    "X19vCtqYVWQBk0h9Zneb0uobWl4KRwmVWHKK3WYq1ApUHiXahTzyUYDqVVQpVohoXG6jGh"
    "K8Up20JLeosWU2pNUfAj+wjITvER9vowNvjHcCn+wWbxl8Qlh1ntajt3bDjaqqq/WMcCrn"
    "bcV2yNvGejAGmlANVRe8WWxJSI2ljAhC3VCVtivmspUSsrCY2teJ1YLJs6BQCXHhLRcJO5"
    "nc/cLtXdywNkEiLbb72+G39XOxEvO65JoBv+LafN7zKjWzeoG0rpjjPnd5PRnZiDS2nLfJ"
    "YaT5U5txrXr2vRBWbSQNhEClYdse7JCOwoWVgytrWoA31XYVPgb6VTQthPNhFGlvgP5VBz"
    "EthxMKT68LWDZsSVfLkTBGjkbLkW7nPnfE1m3nyFizFHmIgudrj44eJXQj1NITKDSpqyTi"
    "Ya29iTViF5kOXFgnt9J25Ffxf3GPlzO7icLM4ZFCW7c+TzQN3OIEJR2JMgCebJEAOyUJgT"
    "fhSUb3D9ubfyHNgEPxCeLm2GOaIeNEmqaYT+3Aun9p7ICMIow+QXY51qaZ2mZ6t25ENKqo"
    "MWTPPJQ9tUr7XDtmn9WoNMt11DanLdTK5bp8A1uW6t7Q5PJddtl7GpJtlNPdlt3W3YZLV1"
    "j7czmWomU22PsTWZaiZTTQ/8TKaayVQzmWq7PV+ebqbaLg/1p5iqtsUlbfLU9jzC54nkqW"
    "nD4Owk/UzvXaQZw0sh82RLoRJhvkB1nMQqqaBekEQiqeHxAIlrh6A7/+X3L0biv0N8hA5c"
    "8hzeW+rItIdnyCUWc4OmnMluoPl49s0uZcqC6lUWNFhFRKz1gkP2MdMmFtvQttFtV1I1Dj"
    "ncXWUbjyU6uImf1FEFT8pVwZOcKuiQb56q7Z2UecqWt4l4NRGvJuJ1AzXuzB9R70eC07pI"
    "7stKtQ3DsME0GveotnYLtTOCDukQbinFIYuQOu+QzWT86WIqAzkdRB6I40GEqbi9kBFfcR"
    "a0dIfxyJHRoWPm3vO8KtfifXTT8+q8L51W9Dj5LQ9rVSRtKLC9Xf9Fu8huJZR2hbeqaW/M"
    "+j0x6zEnRUeB/LzyFLDEiPa7avycbxy1Yp6FQgwFVITIzz2LestHhsxd9kCFhvLIsOJPc4"
    "9B+YCJoyMxri/37/zTVI7MPVTpaJNUoGVSwb348So7YzS+gzXw6ziljsq9Ukc5t5QJlMqF"
    "t9Yh7k/LifvTHHG/445+Wq/ohr2sqVOh9npOCmm8oHvSehIPi2xhPNkID9kDQblFsuMpyB"
    "23dachJ6j7VEQPDOawfrNAmSuWSn4CbmbYtks1l6Tc9iy5E0X0j9D/QzPGPeS74nFqdssI"
    "lZmT49evYvUF/qhSWG4+nX38mLfVdAzm2N0e3nweU0JDzyjdjNkEO2VhSbFUBuShEGtr7U"
    "a4KyzfYDEANwZJ22L3uP7p4mpwc3t2++Xm4uYduidzmR/OPTKHjGuOH8jBs3qrvEr7vr7+"
    "CBeJI+3fX2Z08asvn95fCA1S3ksMol4JWeFRz1ba3GOBDtIVrUTXYM7pxCFKICdldD48MQ"
    "Jq5Tkbj6k4PX1O3CgRcfeR99wf/kos5RT2jJi+hft7Y+auaj0gy/bFLhNUT9UiLHXFyOQ9"
    "t+U17lZSDdS506uBQgXEOlW1i0CqLGtngZNIyTSLBHTezoIqnDaZYBvJB0bBckRDYjNnwl"
    "G+MMxu1Cr5cAOhfbhrFlIvkN/K+6ZLvMR+vnADC4tFNcIF+RQVFeRyknuQjxqWaQSVmmDx"
    "Ti4Jdr/jaMHcezHjaARlkMJ3c4E5sths7kPFIih4tLF63UoiKyQEi3dNEj6qtnxWVlvPbG"
    "9KJ1PCYVJk+jOa0AcCFa2QNxVGklyK8qKvxf9//2Lr5j755skIBkV7NCm2RYM0/kSRznog"
    "bhBVIz4LzzF4SaJfIabDqqmjb8cGZeKBC4P8KiclIdXanOTUwzWmpInjqkGwZXikrGW3ht"
    "6QE94XJV2odsQJCt4RPIIiWuhXNkQzYTMh+FHIZkzsTDjeuFhQWG/owvGz8cuyd+qGAA/b"
    "sutKcdp1RUpQTlJjjV8PX9eIeJjaShVGEiLbLwvc+/vYd2RtSjT0qe1Rhx/Cbf/R2/7O2E"
    "7REdOhqvRF6G6pftOhqmuzXnDU5fspBbxpYYpEVWRYWq5D1e63ECNWlUYRwJqfC/UUijAs"
    "c78moXbqRGr5pdImxCOgqy8fP1blTaTqz96LrSsOUc28ASptsjoFeFodhhSIBuC5eCB7mT"
    "tVC6QZ4Rxv3ppOwPQpuFJXgfLofEOQbum8o28a9jxhcM82f93O4gt1FCmHedTa9G27khfp"
    "KELCLp0TaaduiNJlfKGOIjUSukVjGH0QF+soTnPiYNujm751P8nLLLt6vs2ZLTaVgexhMt"
    "64oe9P8mq34cW6ilkUdgTq+IaA3QSXqqmO7w1abaf2nTNf3qwwvy/4sv9Ykp94bD/UXB7P"
    "9f6RLZB4oiWSthe4G9ygQc+cuEheaNlHkALVR2GcKbToCd1e0ARo0g8ysbGHMPrVdykHFl"
    "Zc/TseyCOaCwfbzl3vHIy4P5NiiHrhF2Lf/A7aJ3F0gNGYLMRFmM9l3yFPRoE/Q+LI9ggO"
    "KwgtsH0fXAJSzIMnhq5D0Cc8aLV054g16xP5iCPMp0MmlkJwM9l4aRn0SsJB8yJYKzaboA"
    "k8w+Gdc+d8CLsfiRVGJxOxVYGr+qtE5itauNQj0a3DRr4CDfS3I/Qf6PlR1Ajqa7w+gvbF"
    "X9HBYspkUvwM3xPok/T2zoH7X3/+1BfyQ1/8LMCWgHYKn8zoxA0qKL0LEuvFFZ+HvwLcVG"
    "P4wYCWeFKJH3VkP6lDFNySywlkjr28C7LxBYwEQnuCqVqwZD8pLqB+ABdXsACg4dR8zqCI"
    "GxpRN9SXwqz+BRZwC0gOINQQHGfgS4YZeRb8Ii7elABuMVg82SE6i9dA4PKXrwea2z6PSg"
    "bI5xXKK1oST/4yeEzgF6PeVzE0YoouZnNPoC/eNjmfYpoh6hHYjXgRwmXvCawOBw0JCvYx"
    "eOgh86Zxf6vS2gQF6arpNKJsMkuUlLhKBEiEq0dO6V9yubmFaa7Vaa0mjVXPNFb90wC74x"
    "vdUR7gk8J4x4l+Twpr3VLgd4hs8znwOmbz7RDgp53Ot5vA8icRFtlBsIvWdIVCXbSYtSqL"
    "GNQckvHwiHwTlp8t+/0KA/IB2z7h79ALGQcszScbc0+aXlNh4NpkrJaHvYuAgd1VgEpY+r"
    "0qsigc0q9HGQ1Cw7gecwSFmCUZQsDwBlv+4G9HzyBmFVo1y7+fi79xgpv4CjZyX3IaHnGi"
    "7s8FtEdx2edW77ZWaauUCW2Ma2NcG+PaGNcaYmyMa2NcG+O6ewAb47olmI1x3TmwC9Z0dc"
    "Kz9ua1qlK9bvKyRoZvELtcYvLGgc2PGLurQOqaVm7gd/cYNBQSFzhEn8H/Hbm7Ucrb/S6o"
    "FWBh16VBaAMQGtOoyD0QHEMyZi4EEfSFVLGl2+Yd7xzmRHXzZWCDeAlCP/zBV05++/pMeu"
    "wxcslMfD+SMQaQg3rPExX3MUfcd4l4GIhHEH/bwi6Xed2tdFoytu+2bN/dVup/MhOQjDbP"
    "412d6tfZFL/9TenLZ3KKY4Up9RyOBTpoqDRfWQ/HofAK+G7SXlhvgJtvexboDHmAy+sBrC"
    "T2oLhTE3tSK3n/eFyYeloOeyxgUF8f9blLHpT74aaEOripNL9r77Yt0W6Vy5ahlaatcgGB"
    "lVCXmI4dlw8Ik162UztAtymoXTxgtfRSlQM+C8378+X57a46LiZzv0uIpkRq+CNUUzId/X"
    "Gy6TOZ25LCCVobumTOXHG291N/fccRWzgourJMO6EQFOFgG1IaCO8jPMeuBxEPX8EdPaQ2"
    "9ZYFQRVbuJ+hgTTew/oVNNBqIlXO67SUzipRb+4PbWoJBTlezH/Gaz77ptRydtaxwI7KLb"
    "CjnAWGfQGfGoUQS+gMvTYq05CNClb3LflWssNE4zsBbhXXdvHv22oLK6baPl5f/TManjW7"
    "TD27uut8Pyub1alnJ9Qi+gCOoXXaMGRkTXF4nfluY38a+1OHKdjU/jw/uzk/+3CxK/MTqm"
    "oVmJ1hsa1yczOq59Vqd2djq2lpq7nEIuLZlaN7s3KdY1mbt8noiMzmzCOOtVRt6lUg2khV"
    "8jbw7kGIkNhSZEGWkYtrZ2Ol4H9Tp5Pdm/JGdm9yfezmmPMFE3ussqsmK9gJGy4TDVyrc+"
    "BxRefA43znQAhFc4q6xVQkZ6xEtodyzxMn+MTFs57iSo/k0J9oQYbiv3PxxGu1D2x+t4kK"
    "ckn8FGYgK9fFxd546PsDZauqZvUJT1ZaCq0LMDffvz5am1GTTtU1Hcl1EOx2NnCXjKi6bp"
    "gR617/lKNa7UYruo3mm43uNmtUa7QbTrLDo5FLuFIiWEKke/C20jQaDjbPL1rKP9gMl1j2"
    "SaEMzmOQ2j+kK4D9cP3l/ccL9NPni/PLm8swLC1mZeWX8NEqLenzxdnHLMrMmawBc1LK4F"
    "wDZ2ZZvgvOBDUFLyPWva3jtM7OcVq+cZzm9o3kY+WQLveuZsQ6od9t28mKHeYsZ6woRboy"
    "pzQlt8Ws0oiq2tus0ihiZMAJtkkBC16+3gtEu7C7bHvJxzDK36tGf2clW8K/S2HGNnYmfh"
    "j8WBfopMwWGcHfp4PzK0U6cE2c69iS5aZkzpJ0iXQkWjams7VCJwovYOIndI6fiJxxnDje"
    "WjOeE9+b+V41RragmPqEeWEEsvxJb2UqehwMhLg/nFEvbJsshopfPIKK/N6CNtBSfO/WjY"
    "mrK9+juxtXt5NoK812/ycYbKXZDGwaa6XWJdS05auAvNXWRAnACmLT0nCWh6hl5s9Eqj29"
    "SDU+xccvX6nYjiuJtizHLlnnnP5eVE6uqnpPKGHCrxUXeWIbFNqxcohOSqgLvF/Gu17LIX"
    "lU4ZA8yjsku1hatTefMo+hP5FA2IezUfzzgdW2ZNsuuDqmNlEO1UkJdW9ttxKm45KR0IWE"
    "Na5+RBaIagx6D6idi39f/vB87BJo3DdfIj6FFHPxGggzaTxeZ+U3f5RK9ulhTfY1JWqYlX"
    "1iVkzUi4l66Q7OhifclVVA4170hfiXEw5ZuQ5NwfHR6evTNyevTmPk40+qAM+D69G58qpe"
    "yXQIUUN+73rnboD8zqzsBhAN04W7CejqRa6B52o7bQDWy9TFuolu7vzZwGMDVoJ4pg3dNS"
    "vUP4QcyR5aTDvx21wxD5ikAp9N+E2/yl/jyDGa+WqeiqNmQ1Wp3AUzZfaIuAWvZHmF4YTI"
    "RjWG1wvj+/vYd+Tbj4Y+tT2xPx3C/f7Ra/dNLUK3pdLDTMAzU5qRpIyZksanxMRUlW9P3W"
    "X+DFeyK65ENvWdu7QE/1Lwc3Jd8mI3RpbAayK2pOFSeXFnJc0Kb4g4WS3cBqzSi9TF9myx"
    "1zVLc696cdG2wnXfAMZfONHHhdo4uNn3vAavYqi/luNe2+QFEjxWATeQZrnK+YEVU2Q4gm"
    "5xBKbu1BbrTkWgKa3ktJDGelkQ7hMf3n10C8gKvOFsoJ4vWQTmootveHZDPQLdRns7UZNN"
    "YartRrxFuCmW0cyI6RzptoBsxhm+hxYrC4bmNrbCBr08XCvqJQZrhdUeV4TVHpsKYXXBNh"
    "XCtpkM0WyFMBPGZ8L4uoPzWPysYkd6uY8oKWN8RM277YQlLqzrNeL185Ia7+a9mx/PnovH"
    "RGwcaC504pARIg90RByLCPXGoWPCPSRUHctmHKZond2/+VQ4D7vr+fDSksaHt1c+PLEE13"
    "PcJgX3pnJKE7ujTlMcYWL8tNp4sQqCKZmrDH9WskuO2t26EmNkt+fl0m0eFENb40X4uAvR"
    "eLlMdRcdIE+zSGEUtAmrrgkY2CwD6myI1424ymWdwP+9xIh6BNzHZTSD0sISl/ohuFKH3s"
    "Dt+OPjV7HSL598Yev45wepLUMfR70pvNSspl7u0RfPqezNT8p00anZuCefWQVKeDlBGw7X"
    "g5uF26pys8Ev5X3w2XOEnRGK8hIQ+SY2GHuJMEdANtWjBLce5s9cNxHAVHfeMmL7Pn/o+T"
    "/QA7Z9guAnjNBwKYnelF2p39wZj4h2UxKWaFZujJqV07cralyiekY4F6oclJ22xK8XL0uq"
    "SrXY90YjDtWpp2v6Q5pvnWpymsqh764/ZMWqKFO2OVHD2W5KnO+oGIymc9BY5KZxS2jrlt"
    "hB3Q3dpqOZwhuF7gmcoro3BFmJN99XkHOH2uMgGwdbww62Ot4gQ9lvn4UO0Spgnlc4lrPN"
    "yRkzDPPTY5jpaOD4syEp2CbLTf+UUPcK/DefQaCanNThpKTmQ0ZHWI23wuvTVdtZtr3/Ef"
    "/3/NOn5x8+rENCHdWr4V9Rwl+jnC+9F3MriV0mo3G7GY2Rl12ZhsgIGhbCEG3aEG2G49kt"
    "xzNKxPo0BnEHI/6yUGf2VFUqot1wrwfqkXNI5S0M84q/7VeHd8E4mRGsmdH9VCzu1uqvKK"
    "fib5IVrhm0KTXt5LiGlnZyXKqkwVeZtj7MVoI2Gt9BHbj5bmGR4aC6frNyOufDCkg9scui"
    "YPvlb1FQBwPBs0dJsnRV2+Y7jsJfh6At2lpmuKlDsb91KMi3OXUJXyPsJi3ZwbCbPQmziT"
    "CpjLPx18s69k3O8X7MbxQDV1RMtLJEUkKqgypE8xy8CVMsh767YYq7LQCu2b7ZdHicPGTW"
    "qP6dlusQsk+19rdms1GXyasu/V1cnjpcuw0g3O3K3+l3fIP0/dAs3jRgKzCVz4OLdQf2Vu"
    "O2zub03KYlScOrL/tVZDKe04ElxxkuuVtc8m4jhjTiko9qufyPKlz+R3mXv8fuiTOYYj5V"
    "wTgt1TmkW4jM2i1hqZ0l2CZjaWFnEFHVmZOcMZtgp8T8TohlQB4KubZQjlb5dvmr99fXH1"
    "Om9fvLjBlw9eXT+wuxnUjcV7Vd89aZOGXpgyrYKyEDdX2oDbdUvqN0i1vKmd+7CfS48fB4"
    "LA3IoqSK+MtKzZzDsIGw01yjmXdLM4c5VdXOkzJGb6yhN/K5jZfKEdBZue65uVuxhuaY8w"
    "UTu6aqQZQT7KCa3krIuQlnajGcSX+rs4kcIU5kUyLK0a++SzlUQoIaRVDOi0AtG1nDBvni"
    "ni6i8hDfsYHqTZRdWbFII16sVmoL2dS5JyN0S2wycfEMYctivuOhMXNlTJm4tU+QxWZC2x"
    "zxmtOwkxyMMaa2sJVsNilM4C6dpJzc9nIwXmitQib77VhikQzEuqC2qg2blTUBRzoHHBla"
    "yNBCu3+jOkYLpUOOhC4sE4RUjZW8pMbmYbJ/E0bMIc9hKQbR6gvqTdFiSq2p1DCAW0CceF"
    "wMjAyytdS9xs34FeIbhFOXXMMcgzofg6tZU4u8zcrp/IYupgxRzn2h/cNraGPuofj5gzf1"
    "wPK5x0YUy17JQ7Er3z+fiIH82Tov6EktJuKkgok4qeB+xA6yxutZIL43b6aYQeKstlA5ge"
    "JnwCfUVdxKu/Tyesybi/kUWlLBcqiKjkiJ6fzqiqdkzkhcC4qeoYPPP5yjV8cnb9Z6K5s5"
    "NhU8X4m8PcJ5cRV0leC9f5HhTXChPdR0dxK5l0CswEGYxrPcQ7ggw0FyBvVxEVYV/tLbg5"
    "Vte2oxdk9JUCd/lzpxRc44d8cDGVimMg9pqQ56BUyGkqELGqELTB7vU1BZQYFXS0FLSJia"
    "UY9nP/m8qEKoclZOKnhqzxBWyM1Zt5Bym0rrRwLdTAv01eCLSlXVhiE7VFJNMsTW9FG2cN"
    "RqAccCRgutQ4kbfaSr+ogmwcvXvjdk34o2+vCbyp2ercY8ttP3zuJ+WhDsglcxMNBrq48W"
    "LvU84kBjusWUQUwSGhGLiotA/60D+LXCTB9TS1yaW1My8m3iPpMBTBwYdCGHszb7Nu555w"
    "yZBy0RLXGnQ3QbNQ+jXIzBNhkhyRuL6w2JzZwJRx6TXcTmzPWIe9jb7Kwz5fB3WQ4fZnoQ"
    "THN+Gm7Jt5JJyIhpzH03sh1f/Ps2tRPn2hDGu/HH66t/RsOzvQkz/AxAqLr4E0Km0MW6gX"
    "+eWNaqpd2TMjorfr0FbN334qJACYdnx1sk7FTPhw64ZG4v4X9mcFu3jw4PD3fJEyf9suJU"
    "U2qTupLQo0nqOq1tm9idWmmSamNn4oulo/KOJGW29470fp8Ozq/awj3T7rTGqi8vcJmrb2"
    "ko+nLcu0vRg+K9xpQnxLYScbJNXXhPZrdeRLQwyGbzogpDVS1sYxGTTJBV10bCap2rN+tO"
    "CGnbqXvdFLKmuvBoQuF8DtXRXgGJE3/Xr6JxIoW2HmffO4s1YOSBvjzFHI2pS0bvgvA4Oe"
    "dIrB40w/eEI4KtqRyAmANUigxGlmxLSJsg13e4lP2VDXMa9TbutwEDo/hqNWoF6fRWvar1"
    "Vr2qeKtevXjM3SBnfY3TPyln1D1dFALN63p8JnCNz75d6AdNfPvI3iqfxBUDd+gS1S3JWa"
    "ONq5G85fItC1Ap2K6IRWfYLsY8EsnuVIHMYSi7h/tUBdIfLs4vP519PHjZP82k8kVzcJpL"
    "RhA6AZ35MwVTISFhwngKjAXxYqgiupIwiBaV5Z6P1iSp0pJGa9FFaymgMeIUAg20lnMsTr"
    "YRdi9n4GAu0lwyIyq1FyscO6BysGaZB8bRvS1HNye/KRwK4ehmDoRWEj/E+06l/4kGKX3W"
    "VAAOPr9wnffR2GUzdFTTu9fwobEkuCCo7kYofXYp5pFMW6dwE6gD0lEczXccRY9cG+CT49"
    "evYmzhjypYb4Q6+bGAD8VLJT9pNH77XtI1AP7jLtEM/g5e4bvelNlU/Ii7nnjcu96Cuffy"
    "rz4CRH75q94EbNuBOqITwpXySVcSWgcYZDLOYHX1EeaQUzyCzciCAj6IM9+1SN36Ty3HFk"
    "C9Z+XaiikhnWdkTdbg+OXLGjiLUeV1/uC7AqT5FIsFooz1SqyDaDe/qGUutwrIsYCBtwa8"
    "gRq1lt2bEe2g4bu/hm7eXz93yYN6IdikkHmfarxPqgibriOV0GrG1dwsHatXwdTI7/u1eB"
    "oeDX3Uiy8zFUIxdCCLwEqLDHpZS/VT5jlAxy/ieM8Cz7swQMF37kCtWKmpcrQgbljNSBh2"
    "UHsS4QmG1tj9rPba/h3vHM6kWj0nLmXCRAP/PhK7nYUdLm7NCUfMsZdBSgYkYchURai2hJ"
    "3Q9AcqwBGzJR5pRmRV3DZSNDamrfR/bVuuqz8WN5cNAx0lMzEjZg6fOrUwgtdsnUDblKRR"
    "5bRT5TQ5CC8dPicyIeCDixdFR2FmROVhSOOxg5EYXDOq7dohkODhspFvUXEl5IrTiM0QXA"
    "Id3PkvTyzrzv/+1Zvxnf/q9Ql+9hZRD5L8yKgfHDqM2eIoA9WrL08yKPm3wFxewYnqcLJZ"
    "PsBtu7fW7SjbEw9MayeZbrE5uw1mb7WpwEzolkp2VCygs6IQcf7r0MVVSzcC+HUpwK+zAM"
    "OWpIJvNF5neLXRw2CXV+dakkIG5rowc/p7wV5cetalZEwgVIFP2yXiZ3GvaHsoRTUlY1At"
    "QpXy+8GC0Mm0ENnKPhI52S22k4g/2dt+ElKzziNeEUgQCeiRbw33U8237v38B/eHvwrbKo"
    "ge6KPQ1GIuFyqtrItNR/yXv36pp4psO6pAGKpAJCrFfyRl9nfmmnh5WpkS44c1ZWxN+HHD"
    "OfLg6VAvjrMSMsVxVOJmcxxqeiLys6BcB/U8vMx+zcBf0Qp7pAJqYuGlKqCK+6OrLx8/7q"
    "oE6opy/m+febhXyUoHQ/o1aenfYHRNXvrC8aTDCpyXHos0LoSR5KYgZhCne3oeAKmCXrw4"
    "QkJ5naGj128R9hB4Oj308tk75BAsthpxhfncpoTn6eit3NGw0IaF1hfsNklosnq9FNZxRs"
    "qwIWWn724Oi49kgu33mFNedE4kvq08ImwYNxjWLp/dOxN7setRseignR9xsO1BFYwlkvst"
    "c/qB7w98hGPqSMfihEAxUmzbbMHRgZiRMZ34LjzBO+lRJKNnBSU42ruPOQj0OghU9//Obv"
    "snxzX2/ZPj8vZ5x7me5tSzyUCtd09SpoOURytdCgPMflfykyVlDM71cA6iNpX8vbGEwbge"
    "xntS5GJfyuGZChdNI2p62Lfqc1SwbxIhDFJDp0UGpkqvz58CRX8PF3kZ99hqo88IrgIDMI"
    "FkufWXmrV6tt8INnsYCK9TbJhBpSguibk7/82bU+vOf/XyZHznv/z+xemd/3r8Eot/Hw1P"
    "xH+H3+Nnwn4TVh3QsMWGXxs3MVafXlZfNJsDhymRf2mxztmAzXtkgwYzYqcpsALBI1uO80"
    "qqyhu7v5t1EcTgTc23OvCUKq7GAh00OY5rmRzHFSbHcd7kwDPmF2VVlVfgjgV01pB7Sx87"
    "2QNuOzpy0EBEyVCOJbbYCyLcZXqKuIZi6E80xxT+xyWAp/jMJcGfD+w+vKxyVeEay/uo3P"
    "lylPO+RHEtQ6U9JC3VwY3EhB6Z0KMmQo9MvcuuzXpB7mj49KtZH4JrU62jdlJEZ61hZ7za"
    "ToL4NAV1yy3uwiB3tQWdFupQCGVbTeK3Gxyp28reNDoy7g9fsHAbQPVmdaX9WrR1cU2/ri"
    "WBp7kzrgFk07FAHV21ydM9he1noWp8vjy/3VVQ70/Mpha5dbHDx8UtkzIj+pWMvRw78MLB"
    "NYn7c1cosMiyfQIlGxwwnb2wbpG8HjDqr78fD+/8U4JPgUV/ZQGL/ub7gsisTS9miHi9iP"
    "hoLbnKHHFe8knzxC6xCH0Q1xuI51eqEZWX7CDh0wpzzP3ZDLsFzFp5L/SESCdQrrLq22iE"
    "vifUMvRfVeWVQQb9ibBlkbknmeQRsWzqyH9aNuOGU9Zs8RtO2bCL/W6ks2o3v4YJ2zn4hg"
    "kzTNj+LNpGmbDdsDUR9gU0TWJayvmZ8Kdp1rbMcCSbpqi5ZEQ95UzljFjnghWP3tQxbN6U"
    "GzZvCvTtCLFBWAipQAurCvQvuYLepcZ62EEEu/YSwXMHhejHmNpBz/h/vkcnx0cvXgTl56"
    "FePGwrxH2L7oWd2kdjG08mdU3T9hIHkvOo2r2p7cZNu3tHWqK9ghNU4qQAc1ZOZw6gJyEF"
    "UhRaLVDPl5U//kTkG54VfcTFYoR/x2UL1qFqjuswCMflDMJxPvxaszIXOr0bDde5EAa+S7"
    "gSNZkQWQtezTTwLaSHTulkOoBKnornckpO89N4in8XlgTzOZy4M2qJS/TRTG5GfcRnBMoi"
    "in8dHua8o7s8c/eEmF9lYiopSFJK7O/c53PiBNHfFhjStq0LKx/AOXAJ5kWO1MfmISFo9q"
    "J65QAC3Dh1iooClDuus3Ibuq23A3xP9pCScRbiyAJPVfAzkMfYPSLjMZRMO7DYbI4hC0KW"
    "x7GI69Gx2MCEakQ596H/q0f4s423rQL3t3GVlL8K3XWVmPD7rs16Wfj9ftQF0OwQLC0LkO"
    "7/kA/q2wCrXDhhByGTrhmbOvcbghWS+h1zZKWgggqp4t10RsWF6FXQuhSX+iG4UlfR4sQe"
    "D1aFczddXuJqq5K9XcUMGqji0Om1+asYXKxLWG3BYSk3sHKnZbS/Peq4HFgKpUBlcZXAWS"
    "F+tLA1HI4wCq8kxJjvjNBwiQKXjHRt9KH1rfgIHjNqvjum7ozIgVgGlNvELSgL0/LNCjyu"
    "Pyd9+jJi4hfjhN2hE3bKFiqkSjhcaxdHwlkJdFa0PPWgs+LHUQ0zzch1j8wycabGjDZxpi"
    "bOtDvotxVououoSN0gbiAssjDi1ATxNhLEu5tA03M8m2MxT70Coy3+rl9lsVnhKBNr2i0z"
    "R9aFV9G3YwGdTR2d3MbiIVSrjsYSOmPcA+eweFR/Bt5hx58NiQvZ+K9evnl95788Gb+u6f"
    "jNWJa15uCoYg6OCubgKYTFyQmxqLcEImrusgcIOECu70AkEQoyvXccM5eMCFVqU5sTNL1q"
    "U1ZnE71q51Nc2LOrfFZWEvs7Hb2f/5A/ow8BLq7H+4g4I/7XL0FIy+XNdRDEUu/l2faUyR"
    "B9+NVK05aW0mPq4LbKU/dHclsAteaeLPvo9ynM4V+//KXpnJlsesNy7hr6brGcawULmSAF"
    "E6SwN4735DIr4HAyq7CiSXM2PKdWH5Zw8pn7HUfMeS5zn8QbK2BFY2FrMIegWKeQPZIT/T"
    "LJAx0RMETmU+axiYvnUzKSYtQr7MfS6s0KHe9WggFLUMhwbeOE3yk7JadAQUuKxndQP2q+"
    "XWfwUqnAu5LQGeAeu4deDS4Td52Jfzl4LR6qDt5H5Xgf5fB2mFfAPZWXjovGdyGioUrBbK"
    "NsXHQQqJjFSRk9jOK1+AzsediaSlKWjjTlLaCDijtSNoIzYjpvQsYK3gPou2UFp731gUqr"
    "FnGSkTIhJwWhPCtDWA3bnJwpHGfipHYUJ5U0eDeO51ldas9Arh/Tk9oV9SzOt6/gqoah0R"
    "R1uCG8SjykZltvXYBz545eFRDTbHBRTlGOL65IKypgqh8nOK8dEmX2fMcRdviCuFDnAFGP"
    "r6jGt2hOXMk3InYvc31wzDFI/nFGMPddcf2R0CqhjHcfJDhz8iznVu5Ym+o0FOcuKc5w9l"
    "WIioSIHjzFOs57bcNgAnSVuYmMmOEmanATYgeaUW89diIr2wA/oecJrzsdEWFiCrc8KRaq"
    "YNoL6mYYFsoQJbrjaogSQ5ToD24domQ3Nvy/iDXFUEnlQRgluMyOLxjVr7LlF3I84JIWeN"
    "Scv50SiPiZIeqAuQzHGUdsLAOHxsy2mVDT+6sKHhA2dE+WZISmmE9hIHxyPSfO5Qd04BBx"
    "d8Q9BkUOqZOz5Nu82Z0jTmzsPnuHvoL1+BVNmZgOKRFRBpwJFEpLitS165m4Px0N5FAVky"
    "cr17mOA01ZPOXW/9hWKzMSje9CTEjb8U3cI3MVbKPxBtvHsYUFrUJZReMNX9U4X2VjZ+KL"
    "k1llqSdltliM+/fp4PyqLdzTS75Or5jyVjG5TjGGvyjHvVv8hUIuSftK9SehTmJp4pbo09"
    "GAOqr0LDG2llNMXIgKjXQJKis6+MQnlyPphuJQEd9Ff0PnMkLsFjq0/w0J5dUJQvTlv/gz"
    "ZNmYQvk7KKBX7ARr/A4baMHiEVS20HB453Teo1e18u9fVeTfv3rxmNq7X0GJW52M/dxNG8"
    "jMa383vWX3pIKbCL6us5N68chabAR0+Obg3xdSETkg7oGo2Oz4VPZPGC5hTxMb4dxlMPgd"
    "cslYQA/pS0MitjyCvpJvcyo+Ekv/a343bfE+G+yp4u6FFHWFGzWW6NzO2j6bEK/LuikmsU"
    "An3NVbTzKJXxTVUywt2UGjYE+OrVq+a+CfC+MNSx1tCYntedletLWJteFi21G0Ybroe0UF"
    "81VZ+BpFzBMF6ZutjPdzz+dBUw0Tq7c9L3tXzBbDAq1vt6RDzh+oV1w5uSLbJyFjMn1MAM"
    "u2cIUDQ7nId0KoS6Buoch3RexQdHRvGNnyhddqq6XbFNQNa0ksPRMv1CSw6olVcGI1AO2l"
    "vNB5WC91v065+klVieNdq4SqM+JSa9orMG3Cb/pVJg1ejTElvvdLBSi3Wkr5i3IWtpzA2E"
    "9mME3EHr98WYOJFaNKqVj5XSZtaK4UbBQO7yC6rRTwBo6FOAUnf0WV25XI9qOOdkOtNhZf"
    "tFO+7q//A/J3t9A="
)
