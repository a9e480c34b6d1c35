package com.fleetcommerce.shared.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fleetcommerce.shared.web.problem.PreconditionFailedException;
import com.fleetcommerce.shared.web.problem.PreconditionRequiredException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void versionsAreStrongQuotedETags() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.parseVersion("\"7\"")).hasValue(7);
        assertThat(ETags.parseVersion(" \"12\" ")).hasValue(12);
    }

    @Test
    void weakMalformedAndNonNumericTagsHaveNoVersion() {
        assertThat(ETags.parseVersion("W/\"7\"")).isEmpty();
        assertThat(ETags.parseVersion("7")).isEmpty();
        assertThat(ETags.parseVersion("\"abc\"")).isEmpty();
        assertThat(ETags.parseVersion("\"\"")).isEmpty();
        assertThat(ETags.parseVersion("\"99999999999999999999\"")).isEmpty();
    }

    @Test
    void ifMatchListsAndWildcard() {
        assertThat(ETags.parseIfMatch("\"1\", \"3\"").versions()).containsExactly(1L, 3L);
        assertThat(ETags.parseIfMatch("*").matches(42)).isTrue();
        assertThat(ETags.parseIfMatch(null).present()).isFalse();
        assertThat(ETags.parseIfMatch("W/\"3\"").matches(3)).as("weak tags never match If-Match").isFalse();
    }

    @Test
    void checkIfMatchAllowsAbsentOrMatchingAndRefusesStale() {
        assertThatCode(() -> ETags.checkIfMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ETags.checkIfMatch("garbage", 3)).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void requireMatchRefusesAbsentWith428() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireMatch(" ", 3)).isInstanceOf(PreconditionRequiredException.class);
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void requireIfMatchReturnsTheSingleExpectedVersion() {
        assertThat(ETags.requireIfMatch("\"5\"")).isEqualTo(5);
        assertThatThrownBy(() -> ETags.requireIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireIfMatch("*")).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ETags.requireIfMatch("\"1\", \"2\"")).isInstanceOf(PreconditionFailedException.class);
    }
}
