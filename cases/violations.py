"""What the public can report, by kind of subject (DOMAIN.md; seed 002 section 三, seeds 000 and 003).

Codes are stable identifiers (they are stored on tips and cases and used as Open311 service codes); labels
are English msgids translated for display. `crime_clue` marks matters that are clues of crime and may have to
be transferred to the police (移交公安).
"""

from __future__ import annotations

from dataclasses import dataclass

from foundation.i18n import N_


@dataclass(frozen=True)
class Violation:
    code: str
    label: str
    crime_clue: bool = False


SUBJECT_TYPES: dict[str, str] = {
    "training": N_("Training institution"),
    "exam_body": N_("Exam institution"),
    "exam_site": N_("Exam site"),
    "enterprise": N_("Enterprise / employer"),
    "other": N_("Other"),
}

OTHER = Violation("other", N_("Something else"))

VIOLATIONS: dict[str, list[Violation]] = {
    "training": [
        Violation("tr_unqualified", N_("Not qualified to train (teachers, premises, equipment)")),
        Violation("tr_hours_cut", N_("Training not to the syllabus or hours cut")),
        Violation("tr_mock_exam", N_("Mock exam questions instead of teaching")),
        Violation("tr_no_practice", N_("Practical training skipped or only for show")),
        Violation("tr_fake_records", N_("Training records missing or faked (sign-in, attendance, hours)")),
        Violation("tr_pass_guarantee", N_('"Guaranteed pass" class or collusion with an exam site'), True),
        Violation("tr_cheating_help", N_("Helps candidates cheat in the exam"), True),
        Violation("tr_selling_certs", N_("Sells certificates"), True),
        Violation("tr_overcharging", N_("Overcharges for training")),
    ],
    "exam_body": [
        Violation("eb_no_rules", N_("Exam rules, monitoring or supervision missing")),
        Violation("eb_no_invigilator", N_("No invigilator or examiner at the exam")),
        Violation("eb_staff_unclear", N_("Exam staff duties unclear, invigilators poorly managed")),
        Violation("eb_trains_too", N_("Runs training for the exams it holds")),
        Violation("eb_leak", N_("Exam questions leaked"), True),
    ],
    "exam_site": [
        Violation("es_not_equipped", N_("Exam rooms or equipment not up to standard")),
        Violation("es_trains_too", N_("Runs training for the exams it holds")),
        Violation("es_no_id_check", N_("No identity check, signal jamming or video monitoring")),
        Violation("es_no_recording", N_("Exam not fully recorded, or exam records faked")),
        Violation("es_answers_for_practice", N_("Written answers replace the practical exam")),
        Violation("es_staff_cheating", N_("Staff let or help candidates cheat"), True),
        Violation("es_proxy", N_("Someone else sits the exam for a candidate (proxy exam)"), True),
        Violation("es_disorder", N_("Lax invigilation, disorder in the exam room")),
    ],
    "enterprise": [
        Violation("en_no_plan", N_("No training plan, or the plan is not carried out")),
        Violation("en_untrained", N_("Staff work without safety training")),
        Violation("en_no_cert", N_("Special-operations work without a certificate"), False),
        Violation("en_fake_cert", N_("Working with a fake certificate"), True),
        Violation("en_leader_not_assessed", N_("Leader or safety manager not assessed within 6 months")),
        Violation("en_no_retraining", N_("No yearly re-training")),
        Violation("en_new_staff", N_("New or transferred staff not trained before starting work")),
        Violation("en_false_records", N_("Training records not truthful")),
        Violation("en_no_notice", N_("Required job-holder notice not posted")),
    ],
    "other": [
        Violation("ot_fake_site", N_("Fake certificate lookup website")),
        Violation("ot_cert_selling", N_("Certificates offered for sale"), True),
    ],
}


def violations_for(subject_type: str) -> list[Violation]:
    return [*VIOLATIONS.get(subject_type, []), OTHER]


def find_violation(subject_type: str, code: str) -> Violation | None:
    return next((v for v in violations_for(subject_type) if v.code == code), None)
