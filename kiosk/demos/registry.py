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
    DemoSpec(
        id="disaster",
        title=N_("Disaster response"),
        summary=N_("A day of floods and emergencies: how the center works with the fire service and the police."),
        order=10,
        model="kiosk.demos.disaster.model:DisasterModel",
        view="kiosk.demos.disaster.view:DisasterView",
        highlights=(N_("From the first alarm to the all-clear: every step of the response, minute by minute."),),
        icon="disaster.svg",
    ),
    DemoSpec(
        id="cctv",
        title=N_("AI CCTV monitoring"),
        summary=N_("What the 24-hour cameras and their AI detect, shown without showing anyone's face."),
        order=20,
        model="kiosk.demos.cctv.model:CctvModel",
        view="kiosk.demos.cctv.view:CctvView",
        highlights=(N_("Speeding in a school zone, a fall, smoke: the AI raises the alert, an operator confirms it."),),
        icon="cctv.svg",
    ),
]


def demos() -> list[DemoSpec]:
    return sorted(REGISTERED, key=lambda spec: (spec.order, spec.id))


def by_id(demo_id: str) -> DemoSpec:
    for spec in REGISTERED:
        if spec.id == demo_id:
            return spec
    raise KeyError(demo_id)
