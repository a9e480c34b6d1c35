package com.fleetcommerce.shared.web.idempotency;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fleetcommerce.shared.web.problem.PayloadTooLargeException;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * {@code Idempotency-Key} for unsafe methods: the first request with a key runs and its answer is stored; a repeat
 * (same caller, method and path, same body) gets that answer again with {@code Idempotent-Replayed: true} and the
 * handler does not run again. A repeat arriving while the first still runs waits briefly, then gets 409
 * {@code idempotency-request-in-progress}; the same key with another body gets 422 {@code idempotency-key-reused}.
 * A 5xx or an exception releases the key so that a retry may run. Requests without the header pass untouched.
 *
 * <p>Runs after Spring Security's filter chain, so the caller is known.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Just after Spring Security's filter chain ({@code spring.security.filter.order}, default -100). */
    public static final int DEFAULT_ORDER = -100 + 10;
    public static final int MAX_KEY_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";

    private final IdempotencyStore store;
    private final CallerResolver callers;
    private final ProblemResponseWriter problems;
    private final IdempotencySettings settings;

    public IdempotencyFilter(IdempotencyStore store, CallerResolver callers, ProblemResponseWriter problems,
            IdempotencySettings settings) {
        this.store = store;
        this.callers = callers;
        this.problems = problems;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UNSAFE_METHODS.contains(request.getMethod()) || request.getHeader(IDEMPOTENCY_KEY_HEADER) == null;
    }

    /** An async handler finishes in a later dispatch; its answer is stored there. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            continueAsync(request, response, chain);
            return;
        }
        List<String> keys = Collections.list(request.getHeaders(IDEMPOTENCY_KEY_HEADER));
        String key = keys.size() == 1 ? keys.getFirst() : null;
        if (key == null || !isValidKey(key)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key must be a single value of 1 to " + MAX_KEY_LENGTH + " printable ASCII characters.");
            return;
        }
        RequestFingerprint fingerprint;
        try {
            fingerprint = RequestFingerprint.of(request);
        }
        catch (PayloadTooLargeException ex) {
            problems.write(request, response, ex);
            return;
        }
        catch (IOException | ServletException | IllegalStateException ex) {
            // the container could not read or parse the body (a multipart upload over its limits, a broken stream)
            if (mentionsExceededLimit(ex)) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
                        "The upload exceeds the maximum allowed size.");
            }
            else {
                problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                        "The request body could not be read.");
            }
            return;
        }
        IdempotencyScope scope = new IdempotencyScope(key, callers.resolve(request),
                request.getMethod() + " " + request.getRequestURI());
        long deadline = System.nanoTime() + settings.inProgressWait().toNanos();
        while (true) {
            ClaimResult claim = store.claim(scope, fingerprint.sha256(), settings.ttl(), settings.claimTimeout());
            if (claim.isClaimed()) {
                runFirst(new ActiveClaim(scope, claim.claimToken()), fingerprint.request(), response, chain);
                return;
            }
            IdempotencyRecord record = claim.existing();
            while (record != null && !record.claimable()) {
                if (!record.requestHash().equals(fingerprint.sha256())) {
                    problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                            ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was already used for a different request body.");
                    return;
                }
                if (record.completed()) {
                    replay(record.response(), response);
                    return;
                }
                if (System.nanoTime() - deadline >= 0 || !pause(settings.pollInterval())) {
                    inProgress(request, response);
                    return;
                }
                record = store.find(scope).orElse(null);
            }
            // the first request failed and released the key, or it was abandoned: try to claim it ourselves
            if (System.nanoTime() - deadline >= 0) {
                inProgress(request, response);
                return;
            }
        }
    }

    private void runFirst(ActiveClaim claim, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        request.setAttribute(CLAIM_ATTRIBUTE, claim);
        runAndRecord(claim, request, recorder, recorder, chain);
    }

    private void continueAsync(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ActiveClaim claim = (ActiveClaim) request.getAttribute(CLAIM_ATTRIBUTE);
        ContentCachingResponseWrapper recorder = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (claim == null || recorder == null) {
            chain.doFilter(request, response);
            return;
        }
        runAndRecord(claim, request, response, recorder, chain);
    }

    /** Runs the rest of the chain for the claim's owner: a failure releases the key, an answer is stored. */
    private void runAndRecord(ActiveClaim claim, HttpServletRequest request, HttpServletResponse response,
            ContentCachingResponseWrapper recorder, FilterChain chain) throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException | Error ex) {
            release(claim);
            throw ex;
        }
        finish(claim, request, recorder);
    }

    private void finish(ActiveClaim claim, HttpServletRequest request, ContentCachingResponseWrapper recorder)
            throws IOException {
        if (request.isAsyncStarted()) {
            return;
        }
        int status = recorder.getStatus();
        if (status >= 500 || status == 408 || status == 429) {
            // a failure or a "not now" answer is not the outcome of the request: let a retry run it
            release(claim);
        }
        else {
            try {
                store.complete(claim.scope(), claim.token(), new StoredResponse(status, recorder.getContentType(),
                        recorder.getHeader(HttpHeaders.LOCATION), recorder.getHeader(HttpHeaders.ETAG),
                        recorder.getContentAsByteArray()), settings.ttl());
            }
            catch (RuntimeException ex) {
                // the work is done and the caller gets its answer; a retry will wait for the claim timeout
                log.error("Could not store the response for Idempotency-Key {} on {}", claim.scope().key(),
                        claim.scope().route(), ex);
            }
        }
        recorder.copyBodyToResponse();
    }

    private void release(ActiveClaim claim) {
        try {
            store.release(claim.scope(), claim.token());
        }
        catch (RuntimeException ex) {
            log.error("Could not release Idempotency-Key {} on {}; it frees itself after the claim timeout",
                    claim.scope().key(), claim.scope().route(), ex);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, HttpStatus.CONFLICT, ProblemCodes.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed. Retry shortly with the same key.");
    }

    /** @return false when interrupted (the duplicate then stops waiting) */
    private static boolean pause(Duration interval) {
        LockSupport.parkNanos(interval.toNanos());
        return !Thread.currentThread().isInterrupted();
    }

    /** Tomcat reports multipart limits as "...exceeds its maximum permitted size..." (what Spring MVC checks too). */
    private static boolean mentionsExceededLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    private record ActiveClaim(IdempotencyScope scope, UUID token) {
    }
}
