"""Tortoise models, one module per part of the domain.

`MODEL_MODULES` is what the Tortoise config and aerich load; a new module must be added there.
"""

MODEL_MODULES = [
    "models.users",
    "models.state",
    "models.orgs",
    "models.certificates",
    "models.cases",
    "models.tips",
    "models.attachments",
    "models.notices",
    "models.inspections",
    "models.invites",
    "models.staff",
    "models.ops",
    "models.calendar",
    "models.subjects",
    "models.campaigns",
    "models.wechat",
    "models.contacts",
]
