"""readoutmodel: official diplomatic readouts as a typed document model.

>>> import readoutmodel
>>> readout = readoutmodel.parse(
...     "Readout of the Secretary's Call with Foreign Minister Doe of Ruritania\\n\\n"
...     "Secretary of State Jane Roe spoke today with Foreign Minister John Doe of Canada. "
...     "The Secretary stressed the importance of the alliance."
... )
>>> [p.name for p in readout.participants]
['Jane Roe', 'John Doe']
>>> readout.statements[0].verb
'stressed'
"""

from typing import TYPE_CHECKING, Any

from readoutmodel.__about__ import __version__
from readoutmodel.exceptions import (
    InputTooLargeError,
    ParseError,
    ReadoutModelError,
    SerializationError,
    SourceError,
    TaxonomyError,
    VocabularyError,
)
from readoutmodel.model import (
    Diagnostic,
    Kind,
    Participant,
    Readout,
    Span,
    Statement,
    TimeOfDay,
    Topic,
    VerbCategory,
)
from readoutmodel.parser import MAX_CHARS, parse
from readoutmodel.serialize import (
    SCHEMA_VERSION,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from readoutmodel.vocab import Taxonomy, TopicDefinition, Vocabulary

if TYPE_CHECKING:
    from readoutmodel.batch import Failure, ParseResult, parse_many, to_dataframe, to_records

# The batch API loads on first use: it brings file reading, decoding and HTML
# with it, a tenth of the import time, which a program parsing strings never needs.
_BATCH = frozenset({"Failure", "ParseResult", "parse_many", "to_dataframe", "to_records"})


def __getattr__(name: str) -> Any:
    if name in _BATCH:
        from readoutmodel import batch

        value = getattr(batch, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'readoutmodel' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_BATCH})


__all__ = [
    "MAX_CHARS",
    "SCHEMA_VERSION",
    "Diagnostic",
    "Failure",
    "InputTooLargeError",
    "Kind",
    "ParseError",
    "ParseResult",
    "Participant",
    "Readout",
    "ReadoutModelError",
    "SerializationError",
    "SourceError",
    "Span",
    "Statement",
    "Taxonomy",
    "TaxonomyError",
    "TimeOfDay",
    "Topic",
    "TopicDefinition",
    "VerbCategory",
    "Vocabulary",
    "VocabularyError",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_many",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_records",
]
