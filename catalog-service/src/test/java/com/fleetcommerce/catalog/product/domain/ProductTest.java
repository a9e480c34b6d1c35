package com.fleetcommerce.catalog.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.web.problem.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static ProductContent content() {
        return new ProductContent("Shirt", new Slug("shirt"), null, null, List.of(), null, List.of());
    }

    private static Sku sku(String code, Map<String, String> options) {
        return Sku.of(UUID.randomUUID(), code, options, null, null, null);
    }

    @Test
    void aNewProductIsADraftAndRecordsItsCreation() {
        Product product = Product.create(UUID.randomUUID(), content(), List.of(sku("A-1", Map.of())), Instant.now());
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.pullChanges()).containsExactly(new ProductChange.Created());
        assertThat(product.pullChanges()).isEmpty();
    }

    @Test
    void statusTransitionsFollowTheLifecycle() {
        Product product = Product.create(UUID.randomUUID(), content(), List.of(), Instant.now());
        assertThatThrownBy(() -> product.changeStatus(ProductStatus.ACTIVE))
                .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("product-without-skus");
        product.addSku(sku("A-1", Map.of()));
        product.changeStatus(ProductStatus.ACTIVE);
        product.changeStatus(ProductStatus.ARCHIVED);
        assertThatThrownBy(() -> product.changeStatus(ProductStatus.ACTIVE))
                .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("illegal-status-transition");
        assertThatThrownBy(() -> product.changeStatus(ProductStatus.ARCHIVED))
                .isInstanceOf(CatalogRuleViolation.class);
        product.changeStatus(ProductStatus.DRAFT);
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.pullChanges()).containsExactly(new ProductChange.Created(), new ProductChange.Updated(),
                new ProductChange.StatusChanged(ProductStatus.DRAFT, ProductStatus.ACTIVE),
                new ProductChange.StatusChanged(ProductStatus.ACTIVE, ProductStatus.ARCHIVED),
                new ProductChange.StatusChanged(ProductStatus.ARCHIVED, ProductStatus.DRAFT));
    }

    @Test
    void skusOfOneProductHaveDistinctCodesAndOptionValues() {
        Product product = Product.create(UUID.randomUUID(), content(),
                List.of(sku("A-1", Map.of("size", "M"))), Instant.now());
        assertThatThrownBy(() -> product.addSku(sku("A-1", Map.of("size", "L"))))
                .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("sku-code-taken");
        assertThatThrownBy(() -> product.addSku(sku("A-2", Map.of("size", " M "))))
                .extracting(e -> ((CatalogRuleViolation) e).code()).isEqualTo("duplicate-variant");
        assertThat(product.skus()).hasSize(1);
    }

    @Test
    void skuValuesAreChecked() {
        assertThatThrownBy(() -> sku("lower", Map.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> sku("A", Map.of("Size", "M"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Sku.of(UUID.randomUUID(), "A", Map.of(), "8930000000010", null, null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Gtin.isValid(Gtin.withCheckDigit("893000000001"))).isTrue();
        assertThat(Gtin.isValid("4006381333931")).isTrue();   // a published EAN-13 example
        assertThat(Gtin.isValid("4006381333932")).isFalse();
        assertThatThrownBy(() -> new Dimensions(0, 1, 1)).isInstanceOf(InvalidValueException.class);
    }
}
