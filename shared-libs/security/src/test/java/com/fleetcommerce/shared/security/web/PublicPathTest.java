package com.fleetcommerce.shared.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PublicPathTest {

    @Test
    void plainPatternIsOpenToEveryMethod() {
        assertThat(PublicPath.parse(" /api/v1/categories/** ")).isEqualTo(new PublicPath(null, "/api/v1/categories/**"));
    }

    @Test
    void methodPrefixRestrictsToThatMethod() {
        assertThat(PublicPath.parse("get:/api/v1/products/**"))
                .isEqualTo(new PublicPath(HttpMethod.GET, "/api/v1/products/**"));
    }

    @Test
    void colonInsideThePatternIsNotAMethod() {
        assertThat(PublicPath.parse("/api/v1/products/{id}:preview"))
                .isEqualTo(new PublicPath(null, "/api/v1/products/{id}:preview"));
    }

    @Test
    void entryThatIsNotAPathIsRefusedAtStartup() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicPath.parse("FETCH:/x"));
        assertThatIllegalArgumentException().isThrownBy(() -> PublicPath.parse("api/v1/products"));
    }
}
