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
from readoutmodel.exceptions import (
    InputTooLargeError,
    ParseError,
    ReadoutModelError,
    SerializationError,
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
from readoutmodel.vocab import Taxonomy, TopicDefinition, Vocabulary

__all__ = [
    "MAX_CHARS",
    "Diagnostic",
    "InputTooLargeError",
    "Kind",
    "ParseError",
    "Participant",
    "ReadoutModelError",
    "Readout",
    "SerializationError",
    "Span",
    "Statement",
    "Taxonomy",
    "TaxonomyError",
    "TimeOfDay",
    "Topic",
    "TopicDefinition",
    "VerbCategory",
    "VocabularyError",
    "Vocabulary",
    "__version__",
    "parse",
]
