"""The demo registry. No Qt here: models and views are named as "module:attr" and imported lazily.

A new demo is a new folder (``model.py`` without Qt, ``view.py`` with it) and one line in
``REGISTERED`` below. The home screen, the attract cycle, ``--self-test``, ``--screenshot`` and
the parametrized demo tests are all built from this list.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from kiosk.i18n import N_


@dataclass(frozen=True)
class DemoSpec:
    id: str
    title: str  # marked with N_(); translated where shown
    summary: str  # marked with N_()
    order: int
    model: str  # "kiosk.demos.bus.model:BusModel"
    view: str  # "kiosk.demos.bus.view:BusView"
    highlights: tuple[str, ...] = field(default=())  # N_() lines for the attract cycle
    icon: str = ""  # file name under assets/icons

    def load_model(self) -> Any:
        return _load(self.model)

    def load_view(self) -> Any:
        return _load(self.view)


def _load(target: str) -> Any:
    module_name, _, attr = target.partition(":")
    if not module_name or not attr:
        raise ValueError(f"expected 'module:attr', got {target!r}")
    return getattr(importlib.import_module(module_name), attr)


#: Every demo the kiosk offers.
REGISTERED: list[DemoSpec] = [
    DemoSpec(
        id="bus",
        title=N_("Autonomous shuttles"),
        summary=N_("Follow the self-driving shuttles on their route, as the operations center sees them."),
        order=30,
        model="kiosk.demos.bus.model:BusModel",
        view="kiosk.demos.bus.view:BusView",
        highlights=(N_("Every shuttle, live on the map: speed, passengers, next stop and punctuality."),),
        icon="bus.svg",
    ),
]


def demos() -> list[DemoSpec]:
    return sorted(REGISTERED, key=lambda spec: (spec.order, spec.id))


def by_id(demo_id: str) -> DemoSpec:
    for spec in REGISTERED:
        if spec.id == demo_id:
            return spec
    raise KeyError(demo_id)
