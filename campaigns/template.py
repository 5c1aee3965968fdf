"""The default checklist: seed 002 section 三 (重点整治内容), one list per subject class, in Chinese as the
document has it and in English. A campaign copies it at creation and may edit its copy."""

from __future__ import annotations

import copy

from foundation.i18n import N_

PHASES = {
    "self_inspection": N_("Self-inspection (自查自改)"),
    "enforcement": N_("Enforcement inspection (执法检查)"),
    "cross_inspection": N_("Cross-inspection (督导互查)"),
    "summary": N_("Summary report (总结提升)"),
    "follow_up": N_("Follow-up (回头看)"),
}

_ITEMS: dict[str, list[tuple[str, str]]] = {
    "training_institution": [
        (
            "安全生产培训管理制度不健全、师资力量不足或不具备安全教师资格、培训场地及教学设施不满足要求",
            "Training rules, teachers, premises or teaching equipment fall short of the basic conditions",
        ),
        (
            "未按照培训大纲组织教学，擅自改变教学内容、压缩培训学时、模拟真题代替理论培训、实操实训流于形式",
            "Teaching departs from the syllabus: content changed, hours cut, mock exams instead of theory, "
            "practical training a formality",
        ),
        (
            "未建立安全生产培训档案、档案不规范甚至档案造假",
            "No training archive, an irregular archive, or a falsified one",
        ),
        (
            "与考试机构和考试点勾结，举办“包过班”，参与考生作弊，倒卖证书，收取高价培训费用",
            "Collusion with exam bodies: guaranteed-pass classes, cheating, reselling certificates, "
            "excessive fees",
        ),
    ],
    "exam_institution": [
        (
            "考试管理制度不健全、办事流程不明晰，监控设施不健全、监管措施不落实",
            "Exam rules or procedures unclear, monitoring equipment or supervision lacking",
        ),
        (
            "考务人员职责不明确、监考员和考评员管理不规范",
            "Exam staff duties unclear, invigilators and examiners poorly managed",
        ),
        (
            "未安排监考、考评人员进行理论考试监考和实操考评",
            "No invigilators or examiners assigned to theory and practical exams",
        ),
        ("从事与所承担考试任务有关培训活动", "Training for the exams it conducts"),
    ],
    "exam_site": [
        (
            "考试管理制度不健全、理论和实操考试场地、设备不达标",
            "Exam rules lacking, theory or practical exam rooms and equipment below standard",
        ),
        ("从事与所承担考试任务有关培训活动", "Training for the exams it hosts"),
        (
            "身份识别、无线屏蔽、在线监控等防作弊设施缺失或功能不全",
            "Identity checks, signal jamming or online monitoring missing or not working",
        ),
        (
            "未进行考试全过程录像，录像资料未建档，考试数据不规范、不准确，考试档案造假",
            "Exams not fully recorded on video, recordings not archived, exam data irregular or falsified",
        ),
        ("完全以答代替实操考试", "Written answers entirely in place of the practical exam"),
        (
            "监考不严格、考场秩序混乱，考务人员纵容、参与或组织考生作弊",
            "Lax invigilation, disorder, staff tolerating, joining or organising cheating",
        ),
    ],
    "enterprise": [
        ("未制定本单位安全生产培训计划、未按计划实施培训", "No training plan, or the plan not carried out"),
        (
            "自身不具备安全培训条件，且未委托具备条件的培训机构开展培训",
            "Unable to train its staff itself and no qualified institution engaged",
        ),
        (
            "特种作业人员无证上岗或持假证上岗",
            "Special-operations workers without a certificate or with a fake one",
        ),
        (
            "高危行业主要负责人、安全管理人员未经考核合格；其他从业人员未按规定培训和每年再培训",
            "High-risk industry: principal or safety managers not assessed; other staff not trained or "
            "retrained yearly",
        ),
        (
            "非高危行业主要负责人、安全管理人员未按规定培训和再培训；新上岗、转岗人员未进行岗前安全培训",
            "Other industries: principal or safety managers not trained; new or moved staff not trained "
            "before starting",
        ),
        ("未如实记录安全生产教育和培训情况", "Training not truthfully recorded"),
    ],
}
PREFIX = {"training_institution": "tr", "exam_institution": "ex", "exam_site": "site", "enterprise": "en"}


def default_checklists() -> dict[str, list[dict[str, str]]]:
    return {
        kind: [{"key": f"{PREFIX[kind]}{n}", "zh": zh, "en": en} for n, (zh, en) in enumerate(items, 1)]
        for kind, items in copy.deepcopy(_ITEMS).items()
    }


def item_text(item: dict[str, str], locale: str) -> str:
    return item.get("zh" if locale == "zh_CN" else "en") or item.get("zh") or item["key"]
