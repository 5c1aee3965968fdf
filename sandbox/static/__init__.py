"""Static assets of the chat page; a package only so that setuptools ships chat.html as package data."""
