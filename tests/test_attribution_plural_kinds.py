"""Attribution: an LLM entity's context that calls it a maker's product line in the plural
("Intel's edge-computing boards" of Jetson, "AMD's AI accelerators" of the H100) names that
maker; a plural kind of the right maker, or a rival's products named beside it, stays quiet."""
import pytest

from tests.conftest import entity_context_makers


@pytest.mark.parametrize("name, context, maker", [
    ("Jetson", "Intel's edge-computing boards used for the computer-vision models on the quay cranes.", "Intel"),
    ("Jetson", "Qualcomm's embedded modules for robots.", "Qualcomm"),
    ("H100", "AMD's data-center accelerators rented by the lab.", "AMD"),
])
def test_a_plural_kind_after_the_wrong_maker_is_found(name, context, maker):
    found = entity_context_makers(name, context)
    assert [(rule, field) for rule, field, _ in found] == [("A402", "companies[0].context")]
    assert found[0][2].startswith(maker)


@pytest.mark.parametrize("name, context", [
    ("Jetson", "Nvidia's edge boards used on the quay cranes."),
    ("Jetson", "Nvidia edge boards; Intel's boards were the alternative."),
    ("Jetson", "Edge boards that compete with Intel's boards."),
    ("Jetson", "Nvidia's edge boards, bought through Intel's reseller."),
    ("H100", "Nvidia's data-center accelerators rented by the lab."),
])
def test_the_right_maker_or_a_rival_beside_it_is_quiet(name, context):
    assert entity_context_makers(name, context) == []
