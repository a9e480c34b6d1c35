package com.fleetcommerce.catalog.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fleetcommerce.shared.web.problem.InvalidValueException;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void aNameBecomesLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(Slug.fromName("  Áo thun Cổ tròn — Đen/Trắng!  ").value()).isEqualTo("ao-thun-co-tron-den-trang");
        assertThat(Slug.fromName("Phone X1 (128 GB)").value()).isEqualTo("phone-x1-128-gb");
        assertThat(Slug.fromName("x".repeat(150)).value()).hasSize(Slug.MAX_LENGTH);
    }

    @Test
    void aNameWithoutLatinLettersOrDigitsGivesNoSlug() {
        assertThatThrownBy(() -> Slug.fromName("!!!")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Slug.fromName("日本")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyCanonicalSlugsAreAccepted() {
        assertThat(new Slug("a-b-1").value()).isEqualTo("a-b-1");
        for (String bad : new String[] {"", "A", "a--b", "-a", "a-", "a b", "a_b", "x".repeat(121)}) {
            assertThatThrownBy(() -> new Slug(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void aSuffixKeepsTheSlugWithinTheLimit() {
        assertThat(new Slug("shirt").withSuffix(2).value()).isEqualTo("shirt-2");
        Slug longest = new Slug("a".repeat(Slug.MAX_LENGTH));
        assertThat(longest.withSuffix(12).value()).hasSize(Slug.MAX_LENGTH).endsWith("-12");
    }
}
