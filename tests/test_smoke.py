from unspoken.signals.model import Risk


def test_risk_values_are_the_api_strings():
    assert {r.value for r in Risk} == {"healthy", "watch", "at_risk", "insufficient_data"}
