"""The ground floor: the EM model, the data-file and session-file formats, presets,
standardising and simulated truth. numpy and scipy only; nothing here imports Qt.
"""
