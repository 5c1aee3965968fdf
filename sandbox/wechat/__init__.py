"""The WeChat side of the sandbox: an emulation of WeChat's servers and a WeChat chat page."""

from .emulator import WechatEmulator

__all__ = ["WechatEmulator"]
