"""Safe YAML reading that remembers where each mapping started.

Validation errors must name the file and line a student or teacher has to
fix, so every mapping comes back as a dict carrying its source line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tutor.errors import TutorError


class DataFileError(TutorError):
    """A knowledge, intent or eval file that cannot be used, with its location."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class LineDict(dict):
    """A mapping from YAML that knows the 1-based line it started on."""

    line: int = 0


# libyaml's parser when PyYAML has it (ten times faster on big note sets), with
# the same safe constructors either way: nothing but plain data is ever built.
_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise DataFileError("", key_node.start_mark.line + 1, "a mapping key must be plain text") from None
        if key in result:
            raise DataFileError("", key_node.start_mark.line + 1, f"duplicate key {key!r}")
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path):
    """Parse one YAML file with safe loading only; any problem becomes a DataFileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataFileError(path, None, "not UTF-8 text") from None
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except DataFileError as exc:
        raise DataFileError(path, exc.line, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataFileError(path, line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DataFileError(path, None, f"invalid YAML: {exc}") from None


def line_of(node, default: int | None = None) -> int | None:
    return getattr(node, "line", None) or default


def expect_type(node, kind, path: Path, where: str, line: int | None):
    """Return node if it is of the expected type, else raise naming what was wanted."""
    if not isinstance(node, kind) or isinstance(node, bool) and kind is not bool:
        names = {str: "text", int: "a whole number", list: "a list", dict: "a mapping"}
        wanted = names.get(kind, getattr(kind, "__name__", str(kind)))
        raise DataFileError(path, line_of(node, line), f"{where} must be {wanted}, got {type(node).__name__}")
    return node


def require(mapping: dict, key: str, kind, path: Path, where: str):
    """Fetch a required field of a mapping, with a clear error when absent or mistyped."""
    if key not in mapping:
        raise DataFileError(path, line_of(mapping), f"{where} is missing '{key}'")
    return expect_type(mapping[key], kind, path, f"{where} '{key}'", line_of(mapping))


def text_list(mapping: dict, key: str, path: Path, where: str, required: bool = False) -> tuple[str, ...]:
    """An optional (or required) list of strings."""
    if key not in mapping:
        if required:
            raise DataFileError(path, line_of(mapping), f"{where} is missing '{key}'")
        return ()
    items = expect_type(mapping[key], list, path, f"{where} '{key}'", line_of(mapping))
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise DataFileError(path, line_of(mapping), f"{where} '{key}' must hold only non-empty text")
    return tuple(items)
