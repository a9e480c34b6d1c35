package com.fleetcommerce.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fleetcommerce.testsupport.TestJwts;

/**
 * The fleet under test: started through the launcher ({@code ./platform up}) unless every member already answers
 * ready, in which case the tests attach to it and leave it running. What this class started it also stops.
 */
public final class Fleet implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final List<FleetMember> members;
    private final boolean startedHere;

    private Fleet(Path root, List<FleetMember> members, boolean startedHere) {
        this.root = root;
        this.members = members;
        this.startedHere = startedHere;
    }

    public static Fleet startOrAttach() {
        Path root = Path.of(System.getProperty("fleet.root", "..")).toAbsolutePath().normalize();
        List<FleetMember> members = readMembers(root);
        if (!members.isEmpty() && members.stream().allMatch(Fleet::isReady)) {
            return new Fleet(root, members, false);
        }
        // The reactor has just packaged every jar, so the launcher must not start a nested Maven build.
        int exit = launcher(root, "up");
        if (exit != 0) {
            launcher(root, "down");
            throw new IllegalStateException("./platform up failed with exit " + exit + "; see "
                    + root.resolve("system-tests/target/fleet-launcher.log") + " and " + root.resolve(".platform/logs"));
        }
        return new Fleet(root, members, true);
    }

    public List<FleetMember> members() {
        return members;
    }

    public Path root() {
        return root;
    }

    /** True when the fleet was started by these tests and so trusts tokens minted by {@link TestJwts}. */
    public boolean startedHere() {
        return startedHere;
    }

    /** The broker the fleet uses: the launcher's own on 9092 unless {@code KAFKA_BOOTSTRAP_SERVERS} names another. */
    public static String kafkaBootstrapServers() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    public boolean hasMember(String name) {
        return members.stream().anyMatch(m -> m.name().equals(name));
    }

    public FleetMember member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not part of the fleet"));
    }

    /** Runs the launcher with the given arguments, output appended to the module's target folder. */
    public int runLauncher(String... args) {
        return launcher(root, args);
    }

    @Override
    public void close() {
        if (startedHere) {
            int exit = launcher(root, "down");
            if (exit != 0) {
                throw new IllegalStateException("./platform down failed with exit " + exit);
            }
        }
    }

    static boolean isReady(FleetMember member) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(member.baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<FleetMember> readMembers(Path root) {
        try {
            return Files.readAllLines(root.resolve("deploy/services.conf")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(f -> new FleetMember(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]))
                    .filter(m -> Files.exists(root.resolve(m.module()).resolve("pom.xml")))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read deploy/services.conf under " + root, e);
        }
    }

    private static int launcher(Path root, String... args) {
        File log = root.resolve("system-tests/target/fleet-launcher.log").toFile();
        log.getParentFile().mkdirs();
        String[] command = new String[args.length + 1];
        command[0] = root.resolve("platform").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("PLATFORM_SKIP_BUILD", "1");
        // A fleet started by the tests trusts the test JWKS served by this JVM (it lives exactly as long as that
        // fleet: both end with the test run), and auth-service signs with that same test key under the same issuer,
        // so tokens minted by the tests (any role, any service) and tokens auth-service issues are both accepted.
        builder.environment().put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", TestJwts.jwkSetUri());
        builder.environment().put("PLATFORM_AUTH_ISSUER", TestJwts.ISSUER);
        // ... and the same issuer hands out the client-credentials tokens services use to call each other
        builder.environment().put("PLATFORM_AUTH_TOKEN_URI", TestJwts.tokenUri());
        // every system test logs in from 127.0.0.1, so the per-IP login limits (10 and 20 a minute, tested in the
        // gateway's and auth-service's own tests) would make the suite's outcome depend on how its tests are timed
        builder.environment().put("PLATFORM_AUTH_RATELIMITS_LOGIN_LIMIT", "200");
        builder.environment().put("PLATFORM_GATEWAY_RATELIMIT_CLASSES_AUTH_LIMIT", "200");
        if (Boolean.getBoolean("fleet.benchmark")) {
            // benchmarks drive logins and anonymous reads from one address far beyond the per-IP limits; the
            // limiters still run (their Redis round trip is part of what is measured), they just never refuse
            builder.environment().put("PLATFORM_AUTH_RATELIMITS_LOGIN_LIMIT", "1000000000");
            builder.environment().put("PLATFORM_GATEWAY_RATELIMIT_CLASSES_AUTH_LIMIT", "1000000000");
            builder.environment().put("PLATFORM_GATEWAY_RATELIMIT_CLASSES_ANONYMOUS_LIMIT", "1000000000");
            builder.environment().put("PLATFORM_GATEWAY_RATELIMIT_CLASSES_USER_LIMIT", "1000000000");
        }
        try {
            builder.environment().put("PLATFORM_AUTH_IMPORT_SIGNING_KEY", testSigningKey().toString());
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./platform " + String.join(" ", args) + " did not finish in 10 min");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the launcher", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test signing key in a file only this user can read, for auth-service to import. */
    private static Path testSigningKey() throws IOException {
        Path file = Files.createTempFile("fleet-test-signing-key", ".jwk",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        file.toFile().deleteOnExit();
        Files.writeString(file, TestJwts.signingKeyJwk());
        return file;
    }
}
