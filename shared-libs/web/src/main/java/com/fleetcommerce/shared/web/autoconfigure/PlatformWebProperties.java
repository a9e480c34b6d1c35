package com.fleetcommerce.shared.web.autoconfigure;

import java.time.Duration;

import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.web.*}.
 *
 * @param maxRequestSize   largest accepted request body (multipart uploads excepted: see spring.servlet.multipart.*)
 * @param problemTypeBase  base of the problem {@code type} URIs; the code is appended
 */
@ConfigurationProperties("platform.web")
public record PlatformWebProperties(
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue(ProblemDetailFactory.DEFAULT_TYPE_BASE) String problemTypeBase,
        @DefaultValue Pagination pagination,
        @DefaultValue Idempotency idempotency) {

    public record Pagination(@DefaultValue("20") int defaultSize, @DefaultValue("200") int maxSize) {
    }

    /**
     * @param enabled        the Idempotency-Key filter (needs a DataSource)
     * @param ttl            how long a stored answer is replayed
     * @param inProgressWait how long a concurrent duplicate waits for the first request before 409
     * @param pollInterval   how often a waiting duplicate re-reads the store
     * @param claimTimeout   an unfinished claim older than this is taken to be abandoned and may be taken over
     * @param filterOrder    servlet filter order; must stay after Spring Security's filter chain
     */
    public record Idempotency(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("24h") Duration ttl,
            @DefaultValue("2s") Duration inProgressWait,
            @DefaultValue("100ms") Duration pollInterval,
            @DefaultValue("5m") Duration claimTimeout,
            @DefaultValue("-90") int filterOrder,
            @DefaultValue Cleanup cleanup) {
    }

    /**
     * @param enabled   schedule the cleanup on this instance (replicas cooperate via SKIP LOCKED; ShedLock later)
     * @param interval  time between runs
     * @param batchSize rows deleted per statement
     */
    public record Cleanup(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10m") Duration interval,
            @DefaultValue("1000") int batchSize) {
    }
}
