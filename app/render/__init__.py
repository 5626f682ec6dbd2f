"""Drawing the wall: a GPU renderer (vispy) and a CPU fallback (pyqtgraph) behind one interface.

Renderers draw what the engine computed; they never compute temperatures.
"""
