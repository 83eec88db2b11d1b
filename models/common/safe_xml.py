"""Parse untrusted XML into an ElementTree, refusing DTDs and entity declarations outright."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import NoReturn
from xml.parsers import expat

from models.common.messages import UserError


class XmlError(UserError):
    """The bytes are not well-formed XML, or declare a DTD; str() is the message to show."""


def _refuse_dtd(*_: object) -> NoReturn:
    raise XmlError(
        "The file declares a DTD (<!DOCTYPE …>). Bank statements never do, and DTDs can read "
        "local files or expand into gigabytes, so the file is refused."
    )


def _refuse_entity(*_: object) -> NoReturn:
    raise XmlError("The file declares XML entities, which bank statements never do; refused.")


def _name(raw: str) -> str:
    """expat's “uri}local” → ElementTree's “{uri}local”."""
    return "{" + raw if "}" in raw else raw


def parse_untrusted(data: bytes) -> ET.Element:
    """The document's root element. Any DOCTYPE, ENTITY or external reference raises XmlError,
    so there is no external entity access and no entity expansion at all.
    """
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_entity
    parser.buffer_text = True
    parser.StartElementHandler = lambda tag, attributes: builder.start(
        _name(tag), {_name(k): v for k, v in attributes.items()}
    )
    parser.EndElementHandler = lambda tag: builder.end(_name(tag))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise XmlError(
            "The file is not well-formed XML: {reason} (line {line}, column {column}).",
            reason=expat.ErrorString(error.code),
            line=error.lineno,
            column=error.offset + 1,
        ) from None
    return builder.close()
