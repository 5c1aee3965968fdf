"""Multi-step forms declared once (questions, choices, checks, messages) and driven by every channel."""
