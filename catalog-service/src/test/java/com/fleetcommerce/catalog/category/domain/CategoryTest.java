package com.fleetcommerce.catalog.category.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.catalog.common.domain.Slug;
import org.junit.jupiter.api.Test;

class CategoryTest {

    private static Category category(String name, Category parent) {
        return Category.create(UUID.randomUUID(), name, Slug.fromName(name), parent);
    }

    @Test
    void aChildsPathExtendsItsParents() {
        Category root = category("Root", null);
        Category child = category("Child", root);
        assertThat(child.path().ids()).containsExactly(root.id(), child.id());
        assertThat(child.parentId()).isEqualTo(root.id());
        assertThat(CategoryPath.parse(child.path().asString())).isEqualTo(child.path());
        assertThat(child.path().isWithin(root.path())).isTrue();
        assertThat(root.path().isWithin(child.path())).isFalse();
    }

    @Test
    void aCategoryNeverMovesUnderItselfOrItsDescendants() {
        Category root = category("Root", null);
        Category child = category("Child", root);
        Category grandchild = category("Grandchild", child);

        for (Category target : new Category[] {root, child, grandchild}) {
            assertThatThrownBy(() -> root.moveUnder(target, 2))
                    .isInstanceOf(CatalogRuleViolation.class)
                    .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("category-move-cycle");
        }
        assertThat(root.path().ids()).containsExactly(root.id());
    }

    @Test
    void aMoveKeepsTheDeepestDescendantWithinSixLevels() {
        Category level = category("L1", null);
        for (int i = 2; i <= 5; i++) {
            level = category("L" + i, level);
        }
        Category other = category("Other", null);
        Category deepParent = level;
        assertThatThrownBy(() -> other.moveUnder(deepParent, 1)).isInstanceOf(CatalogRuleViolation.class)
                .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("category-too-deep");
        assertThat(other.moveUnder(deepParent, 0).depth()).isEqualTo(6);
        assertThat(other.parentId()).isEqualTo(deepParent.id());
    }
}
