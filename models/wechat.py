"""What the WeChat channel keeps in the database so that any number of processes behind one Official
Account act as one: the ledger of handled messages (WeChat retries an unanswered one three times), the
shared access token (WeChat invalidates the previous one on every fetch), and each follower's conversation.
"""

from tortoise import fields
from tortoise.models import Model


class WechatMessage(Model):
    """One delivery key (MsgId, or sender + CreateTime + event for events) claimed once."""

    key = fields.CharField(max_length=160, primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "wechat_message"


class WechatToken(Model):
    """The access token of one app id, shared by every process; refreshed before `expires_at`."""

    app_id = fields.CharField(max_length=64, primary_key=True)
    token = fields.TextField()
    expires_at = fields.DatetimeField()
    version = fields.IntField(default=0)

    class Meta:
        table = "wechat_token"


class WechatConversation(Model):
    """The form in progress of one follower, found by the keyed hash of the OpenID (never stored in
    clear); `data` holds the answers so far."""

    openid_index = fields.CharField(max_length=64, primary_key=True)
    flow = fields.CharField(max_length=32, null=True)
    step = fields.CharField(max_length=32, null=True)
    data = fields.JSONField(default=dict)
    language = fields.CharField(max_length=8, default="zh_CN")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "wechat_conversation"
