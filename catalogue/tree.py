"""The category tree as search and the menus read it: every category with its ancestors, in one
query."""

from collections.abc import Iterable
from dataclasses import dataclass

from .models import Category


@dataclass(frozen=True)
class CategoryNode:
    id: int
    name: str
    parent_id: int | None
    ancestor_ids: tuple[int, ...]  # from the root down to this category, itself included
    is_public: bool


class CategoryTree:
    """Every category with its ancestors, read in one query (there are tens, not thousands)."""

    def __init__(self) -> None:
        rows = list(
            Category.objects.order_by("path").values_list(
                "id", "name", "path", "is_public", "ancestors_are_public"
            )
        )
        by_path = {path: pk for pk, _name, path, _public, _ancestors in rows}
        step = Category.steplen
        self.nodes: dict[int, CategoryNode] = {}
        for pk, name, path, is_public, ancestors_are_public in rows:
            ancestors = tuple(by_path[path[:end]] for end in range(step, len(path) + 1, step))
            self.nodes[pk] = CategoryNode(
                id=pk,
                name=name,
                parent_id=ancestors[-2] if len(ancestors) > 1 else None,
                ancestor_ids=ancestors,
                is_public=is_public and ancestors_are_public,
            )

    def with_ancestors(self, ids: Iterable[int]) -> list[int]:
        return sorted({a for pk in ids if pk in self.nodes for a in self.nodes[pk].ancestor_ids})

    def full_name(self, pk: int) -> str:
        return " > ".join(self.nodes[a].name for a in self.nodes[pk].ancestor_ids)

    def children(self, parent_id: int | None) -> list[CategoryNode]:
        return [n for n in self.nodes.values() if n.parent_id == parent_id and n.is_public]

    def subtree(self, category_id: int) -> list[int]:
        """The category and every category beneath it."""
        return [pk for pk, node in self.nodes.items() if category_id in node.ancestor_ids]
