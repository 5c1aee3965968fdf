"""Telegram's documented limits and the exact error texts the real Bot API answers with.

Bots are tested against these texts because their error handling often matches on them,
so the wording is copied from Telegram rather than invented.
"""

from __future__ import annotations

from typing import Any

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024
MAX_PHOTO_UPLOAD_SIZE = 10 * 1024 * 1024
MAX_MEDIA_GROUP = 10
MAX_COMMANDS = 100
MAX_COMMAND_LENGTH = 32
MAX_COMMAND_DESCRIPTION = 256
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
MAX_BOT_NAME = 64
MAX_SECRET_TOKEN = 256
MAX_WEBHOOK_CONNECTIONS = 100
DEFAULT_WEBHOOK_CONNECTIONS = 40
MAX_UPDATES_LIMIT = 100
MAX_POLL_TIMEOUT = 50
CHAT_ACTION_SECONDS = 5

UNAUTHORIZED = "Unauthorized"
NOT_FOUND = "Not Found"
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
CHAT_NOT_FOUND = "Bad Request: chat not found"
CHAT_ID_EMPTY = "Bad Request: chat_id is empty"
MESSAGE_ID_MISSING = "Bad Request: message identifier is not specified"
EDIT_NOT_FOUND = "Bad Request: message to edit not found"
DELETE_NOT_FOUND = "Bad Request: message to delete not found"
COPY_NOT_FOUND = "Bad Request: message to copy not found"
FORWARD_NOT_FOUND = "Bad Request: message to forward not found"
REPLY_NOT_FOUND = "Bad Request: message to be replied not found"
CANT_EDIT = "Bad Request: message can't be edited"
NO_TEXT_TO_EDIT = "Bad Request: there is no text in the message to edit"
NO_CAPTION_TO_EDIT = "Bad Request: there is no caption in the message to edit"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
BUTTON_URL_INVALID = "Bad Request: inline keyboard button URL '{url}' is invalid: Wrong HTTP URL"
TEXT_BUTTONS_UNALLOWED = (
    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
)
INLINE_KEYBOARD_EXPECTED = "Bad Request: inline keyboard expected"
MARKUP_UNPARSABLE = "Bad Request: can't parse reply keyboard markup JSON object"
MARKUP_NOT_OBJECT = "Bad Request: object expected as reply markup"
PARSE_ENTITIES = "Bad Request: can't parse entities: {detail}"
UNSUPPORTED_PARSE_MODE = "Bad Request: unsupported parse_mode"
FILE_TOO_BIG = "Bad Request: file is too big"
WRONG_FILE_ID_GET = "Bad Request: wrong file_id or the file is temporarily unavailable"
WRONG_FILE_ID_SEND = "Bad Request: wrong file identifier/HTTP URL specified"
WRONG_FILE_TYPE = "Bad Request: can't use file of type {actual} as {expected}"
URL_UNREACHABLE = "Bad Request: failed to get HTTP URL content"
IMAGE_PROCESS_FAILED = "Bad Request: IMAGE_PROCESS_FAILED"
PHOTO_INVALID_DIMENSIONS = "Bad Request: PHOTO_INVALID_DIMENSIONS"
FILE_EMPTY = "Bad Request: file must be non-empty"
NO_FILE_IN_REQUEST = "Bad Request: there is no {kind} in the request"
MEDIA_GROUP_EMPTY = "Bad Request: there are no messages to send"
MEDIA_GROUP_TOO_BIG = "Bad Request: too many messages to send as an album"
MEDIA_GROUP_MIXED = "Bad Request: {kind} can't be mixed with other media types"
MEDIA_NOT_FOUND = "Bad Request: can't parse InputMedia: media not found"
MEDIA_TYPE_UNSUPPORTED = (
    "Bad Request: can't parse InputMedia: type \"{kind}\" can't be used in sendMediaGroup"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
CALLBACK_ANSWER_TOO_LONG = "Bad Request: MESSAGE_TOO_LONG"
WRONG_CHAT_ACTION = "Bad Request: wrong parameter action in request"
WRONG_LOCATION = "Bad Request: wrong location specified"
COMMAND_INVALID = "Bad Request: BOT_COMMAND_INVALID"
COMMAND_DESCRIPTION_EMPTY = "Bad Request: command description must be non-empty"
COMMAND_DESCRIPTION_INVALID = "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"
COMMANDS_TOO_MUCH = "Bad Request: BOT_COMMANDS_TOO_MUCH"
LANGUAGE_CODE_INVALID = "Bad Request: invalid language code specified"
SCOPE_INVALID = "Bad Request: can't parse BotCommandScope JSON object"
DESCRIPTION_TOO_LONG = "Bad Request: description is too long"
SHORT_DESCRIPTION_TOO_LONG = "Bad Request: short description is too long"
NAME_TOO_LONG = "Bad Request: name is too long"
WEBHOOK_HTTPS_REQUIRED = "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
SECRET_TOKEN_INVALID = "Bad Request: secret token contains unallowed characters"
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
    "webhook first"
)
POLL_TERMINATED = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
PARAMETER_REQUIRED = 'Bad Request: parameter "{name}" is required'
PARAMETER_INVALID = 'Bad Request: invalid parameter "{name}"'
TOO_MANY_REQUESTS = "Too Many Requests: retry after {seconds}"


class BotApiError(Exception):
    """A refusal the Bot API route turns into Telegram's `{"ok": false, ...}` body and HTTP status."""

    def __init__(self, description: str, code: int = 400, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.description = description
        self.code = code
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> BotApiError:
    """Build a 400 refusal; kept short because nearly every validation ends in one."""
    return BotApiError(description, 400)


def too_many_requests(seconds: int) -> BotApiError:
    """Telegram names the wait both in the text and in `parameters.retry_after`; clients read either."""
    return BotApiError(TOO_MANY_REQUESTS.format(seconds=seconds), 429, {"retry_after": seconds})
