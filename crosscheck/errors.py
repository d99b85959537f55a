"""Errors the library raises; the CLI turns each into one line and a non-zero exit."""


class CrosscheckError(Exception):
    """Base class: the message is shown to the user as is, on one line."""

    exit_code = 1


class InputError(CrosscheckError):
    """A path or file the user gave cannot be used."""


class ModelError(CrosscheckError):
    """The embedding model cannot be loaded."""


class StateError(CrosscheckError):
    """The state directory or a file in it cannot be used."""
