"""The CRFs are trained in an order where each comes after the CRFs it is stacked on."""

from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.ner.train import STACKED, training_order


def test_train_stacked_crf_comes_after_its_inputs():
    order = training_order(("peyma", "arman"))
    for name, inputs in STACKED.items():
        assert all(order.index(needed) < order.index(name) for needed in inputs)


def test_train_stacked_crf_without_its_input_is_an_input_error():
    stacked = next(iter(STACKED))
    with pytest.raises(InputError):
        training_order((stacked,))
