package com.fleetcommerce.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import com.fleetcommerce.auth.AuthServiceApplication;
import com.fleetcommerce.testsupport.PostgresTestServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The real auth-service application, started once per test JVM on a random port with a fresh database of its own,
 * the test context's embedded Kafka broker and Redis database, and a client {@code user-service} (scope
 * {@code accounts:write}) with a known secret.
 * <p>
 * Its own {@code application.yml} is shadowed on the test classpath by user-service's, so it is copied out of the
 * auth-service jar and named with {@code spring.config.location}; the settings the test needs are command-line
 * arguments (they outrank the file).
 */
public final class InTestAuthService {

    public static final String CLIENT_SECRET = "test-only-user-service-secret";
    public static final String ISSUER = "http://auth-service.in-test";

    private static InTestAuthService instance;

    private final ConfigurableApplicationContext context;
    private final String jdbcUrl;
    private final int port;

    private InTestAuthService(ConfigurableApplicationContext context, String jdbcUrl, int port) {
        this.context = context;
        this.jdbcUrl = jdbcUrl;
        this.port = port;
    }

    public static synchronized InTestAuthService start(Environment testEnvironment) {
        if (instance == null) {
            instance = launch(testEnvironment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                    testEnvironment.getProperty("spring.data.redis.database", "0"));
        }
        return instance;
    }

    /** The running instance (after the test context has started). */
    public static synchronized InTestAuthService get() {
        if (instance == null) {
            throw new IllegalStateException("auth-service has not been started by the test context");
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** auth-service's own database, for checking what it stored. */
    public JdbcTemplate jdbc() {
        PostgresTestServer server = PostgresTestServer.fromEnvironment();
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, server.user(), server.password()));
    }

    private static InTestAuthService launch(String bootstrapServers, String redisDatabase) {
        PostgresTestServer postgres = PostgresTestServer.fromEnvironment();
        String jdbcUrl = postgres.createDatabase();
        List<String> args = List.of(
                "--spring.config.location=file:" + authConfigFile(),
                "--spring.application.name=auth-service",
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.data.redis.database=" + redisDatabase,
                "--spring.jmx.enabled=false",
                "--platform.demo-data.enabled=false",
                "--platform.auth.issuer=" + ISSUER,
                "--platform.auth.clients[0].client-id=user-service",
                "--platform.auth.clients[0].secret=" + CLIENT_SECRET,
                "--platform.auth.clients[0].scopes[0]=accounts:write",
                "--platform.auth.clients[0].scopes[1]=sessions:read",
                // cheap hashes and a believed X-Forwarded-For, as auth-service's own test profile does
                "--platform.auth.password.argon2.memory-kib=64",
                "--platform.auth.password.argon2.iterations=1",
                "--platform.auth.trusted-proxies[0]=127.0.0.1");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AuthServiceApplication.class)
                .run(args.toArray(String[]::new));
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            postgres.dropDatabase(jdbcUrl);
        }, "in-test-auth-service-stop"));
        return new InTestAuthService(context, jdbcUrl, port);
    }

    private static Path authConfigFile() {
        try {
            Path source = Path.of(AuthServiceApplication.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            byte[] yaml;
            if (Files.isDirectory(source)) {
                yaml = Files.readAllBytes(source.resolve("application.yml"));
            } else {
                try (JarFile jar = new JarFile(source.toFile());
                     InputStream in = jar.getInputStream(jar.getEntry("application.yml"))) {
                    yaml = in.readAllBytes();
                }
            }
            Path file = Files.createTempFile("auth-service-in-test-", ".yml");
            file.toFile().deleteOnExit();
            Files.write(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ConfigurableApplicationContext context() {
        return context;
    }
}
