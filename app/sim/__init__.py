"""A synthetic radiometric camera of a building entrance: the demo site and the test bed."""

from app.sim.entrance import (
    INCIDENTS,
    MAX_FPS,
    MAX_HEIGHT,
    MAX_PEOPLE,
    MAX_SECONDS,
    MAX_SEED,
    MAX_USER_SEED,
    MAX_WIDTH,
    MIN_FPS,
    MIN_HEIGHT,
    MIN_WIDTH,
    SimConfig,
    SimConfigError,
    Simulator,
    Subject,
)

__all__ = ["INCIDENTS", "MAX_FPS", "MAX_HEIGHT", "MAX_PEOPLE", "MAX_SECONDS", "MAX_SEED", "MAX_USER_SEED", "MAX_WIDTH",
           "MIN_FPS", "MIN_HEIGHT", "MIN_WIDTH", "SimConfig", "SimConfigError", "Simulator", "Subject"]
