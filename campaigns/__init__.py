"""Campaigns (专项整治): phases, classes in scope, checklists, self-inspection, per-item findings,
coverage and the county → city → province roll-up."""
