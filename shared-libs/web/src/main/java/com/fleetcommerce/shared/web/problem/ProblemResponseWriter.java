package com.fleetcommerce.shared.web.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for code that runs outside Spring MVC's exception handling:
 * servlet filters and Spring Security's entry point and access-denied handler.
 */
public class ProblemResponseWriter {

    private final ProblemDetailFactory factory;
    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(ProblemDetailFactory factory, JsonMapper jsonMapper) {
        this.factory = factory;
        this.jsonMapper = jsonMapper;
    }

    public ProblemDetailFactory factory() {
        return factory;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException ex) throws IOException {
        write(response, factory.create(ex, request));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
            String detail) throws IOException {
        write(response, factory.create(status, code, detail, request));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        byte[] body = jsonMapper.writeValueAsBytes(ProblemDetailFactory.toMap(problem));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
