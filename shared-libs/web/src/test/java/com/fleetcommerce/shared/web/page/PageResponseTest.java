package com.fleetcommerce.shared.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageResponseTest {

    @Test
    void plainFactoryComputesTotalPages() {
        assertThat(PageResponse.of(List.of("a", "b"), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(PageResponse.of(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(PageResponse.of(List.of("a"), 1, 20, 40).totalPages()).isEqualTo(2);
    }

    @Test
    void mapKeepsTheCounts() {
        PageResponse<Integer> lengths = PageResponse.of(List.of("a", "bb"), 1, 2, 9).map(String::length);

        assertThat(lengths).isEqualTo(new PageResponse<>(List.of(1, 2), 1, 2, 9, 5));
    }

    @Test
    void springDataPageConverts() {
        PageImpl<String> page = new PageImpl<>(List.of("x", "y"), PageRequest.of(2, 2), 7);

        assertThat(SpringDataPages.from(page)).isEqualTo(new PageResponse<>(List.of("x", "y"), 2, 2, 7, 4));
        assertThat(SpringDataPages.from(page, String::toUpperCase).items()).containsExactly("X", "Y");
        assertThat(SpringDataPages.toPageable(new PageQuery(3, 25))).isEqualTo(PageRequest.of(3, 25));
    }

    @Test
    void pageQueryDefaultsAndClamps() {
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(PageQuery.of(4, 1000)).isEqualTo(new PageQuery(4, 200));
        assertThat(PageQuery.of(4, 200)).isEqualTo(new PageQuery(4, 200));
        assertThat(new PageQuery(Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE * 200L);
    }

    @Test
    void pageQueryRefusesNegativePagesAndEmptySizes() {
        assertThatThrownBy(() -> PageQuery.of(-1, 10)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> PageQuery.of(0, 0)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("size");
    }
}
