package com.fleetcommerce.shared.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The counting stream on its own: a body of unknown length is cut off at the limit, not buffered. */
class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1024, new ProblemResponseWriter(
            new ProblemDetailFactory(ProblemDetailFactory.DEFAULT_TYPE_BASE),
            JsonMapper.shared()));

    @Test
    void bodyWithoutContentLengthIsStoppedOnceTheLimitIsCrossed() throws Exception {
        MockHttpServletRequest request = chunked(new byte[10_000]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong read = new AtomicLong();

        filter.doFilter(request, response, (req, res) -> {
            InputStream in = req.getInputStream();
            byte[] buffer = new byte[100];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.addAndGet(n);
            }
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"payload-too-large\"");
        assertThat(read.get()).isLessThanOrEqualTo(1024);
    }

    @Test
    void bodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = chunked(new byte[1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong read = new AtomicLong();

        filter.doFilter(request, response, (req, res) -> read.set(req.getInputStream().readAllBytes().length));

        assertThat(read.get()).isEqualTo(1024);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void declaredContentLengthAboveTheLimitIsRefusedBeforeReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }
}
