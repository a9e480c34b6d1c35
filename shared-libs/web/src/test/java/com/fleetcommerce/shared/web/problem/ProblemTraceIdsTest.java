package com.fleetcommerce.shared.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The problem's trace id on top of shared-observability's {@code TraceIds} (whose own order of sources is proven in
 * that module): a traced request keeps its id; an untraced one gets a generated id that is logged and stays the same
 * for the rest of the request.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemTraceIdsTest {

    private final ProblemDetailFactory problems = new ProblemDetailFactory(ProblemDetailFactory.DEFAULT_TYPE_BASE);

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void theTraceOfTheRequestIsUsedWhenThereIsOne() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");

        assertThat(problems.traceIdOf(new MockHttpServletRequest())).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void generatedAndLoggedWhenNothingTracesTheRequestAndStableWithinIt(CapturedOutput output) {
        MDC.put("traceId", "00000000000000000000000000000000");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");

        String id = problems.traceIdOf(request);

        assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo("00000000000000000000000000000000");
        assertThat(output).contains("No trace context for GET /x; generated traceId=" + id);
        assertThat(problems.traceIdOf(request)).isEqualTo(id);
        assertThat(problems.create(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, "gone", request)
                .getProperties()).containsEntry("traceId", id);
        assertThat(problems.traceIdOf(new MockHttpServletRequest())).isNotEqualTo(id);
    }

    @Test
    void outsideARequestAnIdIsStillGenerated() {
        assertThat(problems.traceIdOf(null)).matches("[0-9a-f]{32}");
    }
}
