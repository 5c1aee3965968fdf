"""Demo data for the sandbox, so a newcomer can try every part at once: back-office accounts, certificates
in several states with their electronic cards (photograph or upload one in the chat page to verify it), an
enterprise with an officer invite code, and an inspector invite code.

Only the sandbox (no BOT_TOKEN) seeds this; it is idempotent.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from foundation import clock
from foundation.config import Settings

DEMO_PASSWORDS = {"admin": "sandbox-admin", "handler": "sandbox-handler", "custodian": "sandbox-custodian"}


def _demo_csv(today: date) -> str:
    def d(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    rows = [
        (
            "T130102199001011237",
            "special_operation",
            "王建国",
            "男",
            "130102199001011237",
            "电工作业",
            "低压电工作业",
            d(-700),
            d(-700),
            d(1500),
            d(400),
            "石家庄市应急管理局",
            "130100",
            "valid",
        ),
        (
            "T130102198703152216",
            "special_operation",
            "李红梅",
            "女",
            "130102198703152216",
            "焊接与热切割作业",
            "熔化焊接与热切割作业",
            d(-2300),
            d(-2300),
            d(-30),
            "",
            "石家庄市应急管理局",
            "130100",
            "valid",
        ),
        (
            "T130102199208204415",
            "special_operation",
            "赵铁柱",
            "男",
            "130102199208204415",
            "高处作业",
            "登高架设作业",
            d(-1200),
            d(-1200),
            d(900),
            d(-20),
            "石家庄市应急管理局",
            "130100",
            "valid",
        ),
        (
            "T130102199311113351",
            "special_operation",
            "钱多多",
            "男",
            "130102199311113351",
            "电工作业",
            "高压电工作业",
            d(-500),
            d(-500),
            d(1600),
            d(600),
            "石家庄市应急管理局",
            "130100",
            "suspended",
        ),
        (
            "T130102199112126678",
            "special_operation",
            "孙大圣",
            "男",
            "130102199112126678",
            "电工作业",
            "低压电工作业",
            d(-900),
            d(-900),
            d(1300),
            d(200),
            "石家庄市应急管理局",
            "130100",
            "revoked",
        ),
        (
            "A130100202400017",
            "safety_management",
            "刘经理",
            "男",
            "130102199006012319",
            "建筑施工 主要负责人",
            "",
            d(-300),
            d(-300),
            d(800),
            "",
            "河北省应急管理厅",
            "130000",
            "valid",
        ),
    ]
    header = (
        "cert_no,cert_type,name,sex,id_number,category,item,first_issued,valid_from,valid_to,review_due,"
        "issuer,issuer_division,status"
    )
    return "\n".join([header, *(",".join(r) for r in rows)]) + "\n"


async def seed(settings: Settings, announce) -> None:  # type: ignore[no-untyped-def]
    from cases import staff
    from cases.invites import create_invite
    from certs import keys
    from certs.cli import issue_card
    from certs.importer import import_csv
    from models.staff import StaffUser

    if await StaffUser.exists(username="admin"):
        announce("demo data already present (back office: admin / sandbox-admin)")
        return
    await staff.create_user("admin", DEMO_PASSWORDS["admin"], "admin", "130000", "演示管理员")
    await staff.create_user("handler", DEMO_PASSWORDS["handler"], "handler", "130100", "演示办案员")
    await staff.create_user("custodian", DEMO_PASSWORDS["custodian"], "custodian", "130100", "演示保密员")
    report = await import_csv(_demo_csv(clock.today()).encode(), actor="demo")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    cards = Path(settings.data_dir) / "demo-cards"
    cards.mkdir(parents=True, exist_ok=True)
    for line in _demo_csv(clock.today()).splitlines()[1:]:
        cert_no, status, name = line.split(",")[0], line.split(",")[-1], line.split(",")[2]
        (cards / f"{cert_no}-{status}-{name}.png").write_bytes(await issue_card(settings, cert_no))
    enterprise_invite = await create_invite(
        "enterprise",
        credit_code="91130100MA07L0QX3W",
        enterprise_name="石家庄演示建筑有限公司",
        division_code="130102",
        days=30,
        created_by="demo",
    )
    inspector_invite = await create_invite("inspector", division_code="130102", days=30, created_by="demo")
    announce(f"demo data: {report.created} certificates; their cards are in {cards}")
    announce(
        "demo back office logins: admin / sandbox-admin, handler / sandbox-handler, "
        "custodian / sandbox-custodian"
    )
    announce(f"demo invite codes: /enterprise {enterprise_invite.code}   /inspect {inspector_invite.code}")
