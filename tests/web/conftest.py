from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from webclient import client


@pytest.fixture
def c() -> Iterator[TestClient]:
    """A client of a fresh in-memory app, CSRF cookie set."""
    with client() as test_client:
        yield test_client
