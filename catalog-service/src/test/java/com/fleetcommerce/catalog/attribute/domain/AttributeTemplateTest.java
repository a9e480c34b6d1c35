package com.fleetcommerce.catalog.attribute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.web.problem.InvalidValueException;
import org.junit.jupiter.api.Test;

class AttributeTemplateTest {

    private static final UUID ROOT = UUID.randomUUID();
    private static final UUID CHILD = UUID.randomUUID();

    private final AttributeDefinition material = AttributeDefinition.create(UUID.randomUUID(), "material", "Material",
            AttributeType.ENUM, null, null, null, null, List.of("cotton", "linen"));
    private final AttributeDefinition weight = AttributeDefinition.create(UUID.randomUUID(), "weight", "Weight",
            AttributeType.NUMBER, "g", BigDecimal.ONE, BigDecimal.valueOf(1000), null, null);

    @Test
    void requiredWinsWhenAnAttributeIsNamedByAnAncestorAndADescendant() {
        AttributeTemplate template = AttributeTemplate.merge(List.of(
                        new TemplateEntry(CHILD, material.id(), true),
                        new TemplateEntry(ROOT, material.id(), false),
                        new TemplateEntry(ROOT, weight.id(), false)),
                Map.of(material.id(), material, weight.id(), weight), List.of(ROOT, CHILD));

        assertThat(template.slots()).containsOnlyKeys("material", "weight");
        assertThat(template.slots().get("material").required()).isTrue();
        assertThat(template.slots().get("material").categoryIds()).containsExactly(ROOT, CHILD);
        assertThat(template.slots().get("weight").required()).isFalse();
    }

    @Test
    void numbersAreCheckedForRangeUnitAndPrecisionAndKeyedCanonically() {
        assertThat(weight.check(new BigDecimal("250.00")).value().key()).isEqualTo("250");
        assertThat(weight.check(new Measure(new BigDecimal("1E+2"), "g")).value().key()).isEqualTo("100");
        assertThat(weight.check(new Measure(BigDecimal.TEN, "kg")).error()).isEqualTo("must be in g");
        assertThat(weight.check(new BigDecimal("1000.000001")).error()).startsWith("must be within [1, 1000]");
        assertThat(weight.check(new BigDecimal("1.0000001")).error()).contains("decimals");
        assertThat(weight.check("250").error()).startsWith("must be a number");
    }

    @Test
    void checkingNamesEveryRefusedValueAndEveryMissingRequiredOne() {
        AttributeTemplate template = AttributeTemplate.merge(List.of(new TemplateEntry(ROOT, material.id(), true),
                new TemplateEntry(ROOT, weight.id(), false)), Map.of(material.id(), material, weight.id(), weight),
                List.of(ROOT));
        Map<String, Object> raw = new HashMap<>();
        raw.put("weight", new BigDecimal("0"));
        raw.put("colour", "red");

        AttributeTemplate.Outcome outcome = template.check(raw);

        assertThat(outcome.values()).isEmpty();
        assertThat(outcome.errors()).extracting(AttributeError::code)
                .containsExactlyInAnyOrder("colour", "weight", "material");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("material", "linen");
        cleared.put("weight", null);
        assertThat(template.check(cleared).values()).containsOnlyKeys("material");
    }

    @Test
    void definitionsRefuseLimitsThatDoNotFitTheirType() {
        assertThatThrownBy(() -> AttributeDefinition.create(UUID.randomUUID(), "fit", "Fit", AttributeType.ENUM,
                null, null, null, null, List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AttributeDefinition.create(UUID.randomUUID(), "note", "Note", AttributeType.TEXT,
                "cm", null, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThat(material.revise("Material", null, List.of("cotton", "wool"))).containsExactly("linen");
        assertThat(material.allowedValues()).containsExactly("cotton", "wool");
    }
}
