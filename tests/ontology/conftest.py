"""Markers of the ontology tests."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds and installs a wheel (some 15-30 s)")
