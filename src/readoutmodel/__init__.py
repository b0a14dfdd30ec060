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

from readoutmodel.__about__ import __version__
from readoutmodel.batch import Failure, ParseResult, parse_many, to_dataframe, to_records
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
