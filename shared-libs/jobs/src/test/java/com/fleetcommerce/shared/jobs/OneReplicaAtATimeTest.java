package com.fleetcommerce.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.testsupport.PostgresTestServer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** Two "replicas" (two application contexts) on one database: the locked job never runs on both at once. */
class OneReplicaAtATimeTest {

    static final CountDownLatch GATE = new CountDownLatch(1);
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MAX_RUNNING = new AtomicInteger();

    private final PostgresTestServer postgres = PostgresTestServer.fromEnvironment();
    private String url;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startReplicas() {
        url = postgres.createDatabase();
        first = replica("first");
        await().atMost(Duration.ofSeconds(20)).until(() -> probe(first).entered.get() == 1);
        second = replica("second");
    }

    @AfterEach
    void stop() {
        GATE.countDown();
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        postgres.dropDatabase(url);
    }

    @Test
    void whileOneReplicaRunsTheJobTheOtherIsRefusedTheLock() {
        // The first replica is inside the job, held at the gate; the second keeps trying on its schedule.
        await().atMost(Duration.ofSeconds(20)).until(() -> probe(second).refused.get() >= 3);
        assertThat(probe(second).entered.get()).isZero();
        assertThat(probe(first).entered.get()).isEqualTo(1);
        assertThat(new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
                .queryForObject("SELECT count(*) FROM shedlock WHERE name = 'probe-job'", Integer.class)).isOne();

        GATE.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe(second).entered.get() >= 1);
        assertThat(MAX_RUNNING.get()).isEqualTo(1);
    }

    @Test
    void jobsStayOffUnlessEnabled() {
        try (var disabled = new SpringApplicationBuilder(ProbeApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + postgres.user(),
                        "platform.jobs.enabled=false", "probe.name=disabled")
                .run()) {
            assertThat(disabled.getBeansOfType(LockProvider.class)).isEmpty();
        }
    }

    private ConfigurableApplicationContext replica(String name) {
        return new SpringApplicationBuilder(ProbeApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + postgres.user(),
                        "spring.datasource.password=" + postgres.password(), "platform.jobs.enabled=true",
                        "probe.name=" + name)
                .run();
    }

    private static Probe probe(ConfigurableApplicationContext context) {
        return context.getBean(Probe.class);
    }

    /** Counts this replica's entries into the job and its refused lock attempts. */
    static final class Probe {
        final AtomicInteger entered = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
    }

    @SpringBootApplication
    static class ProbeApplication {

        @Bean
        Probe probe() {
            return new Probe();
        }

        @Bean
        ProbeJob probeJob(Probe probe) {
            return new ProbeJob(probe);
        }

        /** Wraps the auto-configured provider only to count refusals; locking itself is untouched. */
        @Bean
        static BeanPostProcessor countRefusals(org.springframework.beans.factory.ObjectProvider<Probe> probe) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof LockProvider delegate) {
                        return (LockProvider) (LockConfiguration configuration) -> {
                            Optional<SimpleLock> lock = delegate.lock(configuration);
                            if (lock.isEmpty()) {
                                probe.getObject().refused.incrementAndGet();
                            }
                            return lock;
                        };
                    }
                    return bean;
                }
            };
        }
    }

    static class ProbeJob {
        private final Probe probe;

        ProbeJob(Probe probe) {
            this.probe = probe;
        }

        @Scheduled(fixedDelay = 100)
        @SchedulerLock(name = "probe-job", lockAtMostFor = "PT1M")
        public void run() throws InterruptedException {
            probe.entered.incrementAndGet();
            MAX_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            try {
                GATE.await();
            } finally {
                RUNNING.decrementAndGet();
            }
        }
    }
}
