"""The category tree search and the menus read: ancestors, children, subtrees, in one query."""

import pytest
from oscar.apps.catalogue.categories import create_from_breadcrumbs

from catalogue.tree import CategoryTree

pytestmark = pytest.mark.django_db


def test_the_tree_knows_each_categorys_ancestors_and_subtree(django_assert_num_queries):
    coffee = create_from_breadcrumbs("Đồ uống > Cà phê > Robusta")
    tea = create_from_breadcrumbs("Đồ uống > Trà")
    drinks = tea.get_parent()
    arabica = create_from_breadcrumbs("Đồ uống > Cà phê > Arabica")
    honey = create_from_breadcrumbs("Mật ong")

    with django_assert_num_queries(1):
        tree = CategoryTree()

    robusta = tree.nodes[coffee.pk]
    assert robusta.ancestor_ids == (drinks.pk, coffee.get_parent().pk, coffee.pk)
    assert robusta.parent_id == coffee.get_parent().pk
    assert tree.full_name(coffee.pk) == "Đồ uống > Cà phê > Robusta"
    assert sorted(tree.subtree(coffee.get_parent().pk)) == sorted(
        [coffee.get_parent().pk, coffee.pk, arabica.pk]
    )
    assert tree.with_ancestors([arabica.pk, honey.pk]) == sorted(
        [drinks.pk, arabica.get_parent().pk, arabica.pk, honey.pk]
    )
    assert [n.name for n in tree.children(None)] == ["Đồ uống", "Mật ong"]


def test_a_hidden_category_and_what_lies_beneath_it_are_not_listed():
    tea = create_from_breadcrumbs("Đồ uống > Trà > Shan tuyết")
    hidden = tea.get_parent()
    hidden.is_public = False
    hidden.save()

    tree = CategoryTree()

    drinks = hidden.get_parent()
    assert tree.children(drinks.pk) == []
    assert tree.nodes[tea.pk].is_public is False
