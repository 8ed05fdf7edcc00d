"""The ablation of factlint's event-instance model on MEANTIME: the whole model, then each component turned off."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from benchmarks.instances.responses import MentionInstances


def variants(mention_instances: MentionInstances) -> list[tuple[str, MentionInstances]]:
    """(label, response) for the whole model and for each component off; the whole model alone when the model
    takes no `components` (an older factlint)."""
    parameter = inspect.signature(mention_instances).parameters.get("components")
    if parameter is None or not dataclasses.is_dataclass(parameter.default):
        return [("factlint", mention_instances)]
    whole = parameter.default
    out: list[tuple[str, MentionInstances]] = [("factlint", mention_instances)]
    for field in dataclasses.fields(whole):
        if getattr(whole, field.name) is True:
            off = dataclasses.replace(whole, **{field.name: False})
            out.append((f" -{field.name}", functools.partial(mention_instances, components=off)))
    return out

