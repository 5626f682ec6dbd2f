"""A synthetic radiometric camera of a building entrance: the demo site and the test bed."""

from app.sim.entrance import INCIDENTS, SimConfig, Simulator, Subject

__all__ = ["INCIDENTS", "SimConfig", "Simulator", "Subject"]
