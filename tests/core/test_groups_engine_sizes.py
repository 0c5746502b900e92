import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.groups.engine import GroupingError, group_sizes


def test_remainder_goes_into_bigger_groups_never_a_group_of_one():
    assert sorted(group_sizes(25, size=4)) == [4, 4, 4, 4, 4, 5]
    assert sorted(group_sizes(21, size=2)) == [2] * 9 + [3]
    assert sorted(group_sizes(24, size=5)) == [4, 5, 5, 5, 5]
    assert sorted(group_sizes(23, size=4)) == [3, 4, 4, 4, 4, 4]
    assert group_sizes(3, groups=2) == [3]
    assert group_sizes(1, size=3) == [1]
    assert group_sizes(0, size=3) == []


def test_asking_for_k_groups_gives_k_groups():
    assert sorted(group_sizes(23, groups=5)) == [4, 4, 5, 5, 5]


@pytest.mark.parametrize("kwargs", [{}, {"size": 3, "groups": 2}, {"size": 1}, {"groups": 0}])
def test_bad_requests_are_refused(kwargs):
    with pytest.raises(GroupingError):
        group_sizes(10, **kwargs)


@settings(deadline=None)
@given(n=st.integers(1, 400), size=st.integers(2, 12), by_count=st.booleans())
def test_sizes_add_up_differ_by_at_most_one_and_nobody_is_alone(n, size, by_count):
    sizes = group_sizes(n, groups=size) if by_count else group_sizes(n, size=size)
    assert sum(sizes) == n
    assert max(sizes) - min(sizes) <= 1
    assert n == 1 or min(sizes) >= 2
    if not by_count:
        assert len(sizes) in (max(1, n // size), -(-n // size))
        # within one of the asked size whenever some number of groups allows it (13 in eights
        # cannot: one group of 13 or two of 7 and 6, and two is the sensible answer)
        feasible = any(k * (size - 1) <= n <= k * (size + 1) for k in range(1, n + 1))
        if n >= size and feasible:
            assert size - 1 <= min(sizes) and max(sizes) <= size + 1
